package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Severity;

/**
 * The invariants of the plan check and the accountability review, over seeded random opgaven (the generator of
 * the advice properties; {@code -Dparticipatie.seed=} replays a run) and exhaustively over every goal and framework
 * choice a plan can make in every room.
 */
class PlanProperties {

    private static final ParticipationAdvisor ADVISOR = ParticipationAdvisor.bundled();
    private static final int OPGAVEN = 400;
    private static long seed;

    @BeforeAll
    static void seed() {
        seed = OpgaveGenerator.seed();
        System.out.println("PlanProperties seed: " + seed + " (replay with -D" + OpgaveGenerator.SEED_PROPERTY + "="
                + seed + ")");
    }

    private static String replay() {
        return " (seed " + seed + ")";
    }

    private static List<Opgave> opgaven() {
        OpgaveGenerator generator = new OpgaveGenerator(seed);
        List<Opgave> opgaven = new ArrayList<>();
        for (int i = 0; i < OPGAVEN; i++) {
            opgaven.add(generator.next(i % 10 == 0 ? generator.nextInt(201) : generator.nextInt(9)));
        }
        return opgaven;
    }

    private static Set<String> errors(List<PlanFinding> findings) {
        Set<String> errors = new TreeSet<>();
        findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> errors.add(f.code() + " "
                + f.subject().orElse("")));
        return errors;
    }

    private static boolean hasError(List<PlanFinding> findings, FindingCode code, String subject) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.code() == code
                && (subject == null || f.subject().orElse("").equals(subject)));
    }

    @Test
    void aPlanBuiltFromThePolicysOwnAdviceHasNoError() {
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            PlanCheck check = ADVISOR.checkPlan(opgave, plan);
            assertEquals(Set.of(), errors(check.findings()), () -> opgave + replay());
            ProcessReview review = ADVISOR.review(opgave, plan, Plans.carriedOut(plan));
            // the carried-out record serves every goal a stakeholder of the plan can serve
            assertFalse(review.has(FindingCode.PARTICIPATION_BEFORE_ADOPTION), () -> opgave + replay());
            assertFalse(review.has(FindingCode.PARTY_NOT_INVOLVED), () -> opgave + replay());
            assertFalse(review.has(FindingCode.PARTY_INVOLVED_LIGHTER), () -> opgave + replay());
            assertFalse(review.has(FindingCode.PARTY_INVOLVED_HEAVIER), () -> opgave + replay());
        }
    }

    @Test
    void removingAnyOnePartysRoleIsAlwaysTheMatchingError() {
        OpgaveGenerator sampler = new OpgaveGenerator(seed + 1);
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            List<PlannedParty> parties = plan.parties();
            // every party of small plans; a sample of large ones
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < parties.size(); i++) {
                if (parties.size() <= 12 || i < 2 || sampler.nextInt(parties.size()) < 6) {
                    indexes.add(i);
                }
            }
            for (int i : indexes) {
                PlannedParty removed = parties.get(i);
                List<PlannedParty> rest = new ArrayList<>(parties);
                rest.remove(i);
                List<PlanFinding> findings = ADVISOR.checkPlan(opgave, Plans.parties(plan, rest)).findings();
                FindingCode expected = switch (removed.role()) {
                    case PROCESS_OWNER -> FindingCode.PROCESS_OWNER_MISSING;
                    case DECISION_MAKER -> FindingCode.DECISION_MAKER_MISSING;
                    default -> FindingCode.PARTY_WITHOUT_ROLE;
                };
                String subject = expected == FindingCode.PARTY_WITHOUT_ROLE ? removed.name().strip() : null;
                assertTrue(hasError(findings, expected, subject), () -> "removed " + removed + " from the plan for "
                        + opgave + ": " + findings + replay());
            }
        }
    }

    @Test
    void removingAnyOneFrameworkUnderDecideTogetherIsAlwaysAnError() {
        int plansWithC = 0;
        for (Opgave opgave : opgaven()) {
            Advice advice = ADVISOR.advise(opgave);
            ParticipationPlan plan = Plans.fromAdvice(opgave, advice);
            if (!plan.goals().contains(Goal.DECIDE_TOGETHER)) {
                continue;
            }
            plansWithC++;
            assertFalse(ADVISOR.checkPlan(opgave, plan).has(FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS));
            for (FrameworkKind kind : FrameworkKind.values()) {
                List<PlanFinding> findings = ADVISOR.checkPlan(opgave, Plans.withoutFramework(plan, kind)).findings();
                assertTrue(hasError(findings, FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, null),
                        () -> "without " + kind + ": " + findings + replay());
                assertTrue(findings.stream().anyMatch(f -> f.text().contains(kind.label())), findings::toString);
            }
        }
        assertTrue(plansWithC > 0, "the generator gave no opgave with goal C" + replay());
    }

    /**
     * Participation is an activity where a stakeholder is consulted or takes a heavier part; informing and internal
     * work before the adoption are allowed.
     */
    @Test
    void movingTheAdoptionAfterTheFirstParticipationIsAlwaysAnError() {
        int withParticipation = 0;
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            ProcessRecord record = Plans.carriedOut(plan);
            java.util.Optional<LocalDate> first = record.activities().stream()
                    .filter(a -> a.participants().stream().anyMatch(p -> plan.party(p.party())
                            .filter(party -> opgave.stakeholders().stream().anyMatch(s -> s.name().strip()
                                    .equalsIgnoreCase(party.name().strip())))
                            .isPresent() && p.role().ordinal() <= Role.CONSULTED.ordinal()))
                    .map(Activity::date).min(LocalDate::compareTo);
            LocalDate firstActivity = record.activities().stream().map(Activity::date).min(LocalDate::compareTo)
                    .orElseThrow();
            if (first.isEmpty()) {
                // nobody to participate (no stakeholders, or all only informed): nothing is early
                assertFalse(ADVISOR.review(opgave, plan, Plans.adoptedOn(record, firstActivity.plusDays(1))).findings()
                        .stream().anyMatch(f -> f.code() == FindingCode.PARTICIPATION_BEFORE_ADOPTION), replay());
                continue;
            }
            withParticipation++;
            List<PlanFinding> findings = ADVISOR.review(opgave, plan, Plans.adoptedOn(record,
                    first.get().plusDays(1))).findings();
            assertTrue(hasError(findings, FindingCode.PARTICIPATION_BEFORE_ADOPTION, null),
                    () -> findings + replay());
            assertFalse(ADVISOR.review(opgave, plan, Plans.adoptedOn(record, first.get())).findings().stream()
                    .anyMatch(f -> f.code() == FindingCode.PARTICIPATION_BEFORE_ADOPTION), replay());
        }
        assertTrue(withParticipation > OPGAVEN / 4, "too few opgaven with participation: " + withParticipation);
    }

    @Test
    void findingsDoNotDependOnTheOrderOfPartiesActivitiesOrParticipants() {
        OpgaveGenerator shuffler = new OpgaveGenerator(seed + 2);
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            // a plan with findings of several kinds, so order could matter
            List<PlannedParty> edited = new ArrayList<>(plan.parties());
            if (edited.size() > 3) {
                edited.remove(edited.size() - 1);
                edited.set(2, PlannedParty.of(edited.get(2).name(), Role.CO_PRODUCER));
            }
            edited.add(PlannedParty.of("Tweede proceseigenaar", Role.PROCESS_OWNER));
            ParticipationPlan messy = Plans.goals(Plans.parties(plan, edited), Goal.values());
            ParticipationPlan shuffled = Plans.parties(messy, shuffler.shuffled(messy.parties()));
            assertEquals(ADVISOR.checkPlan(opgave, messy).findings(), ADVISOR.checkPlan(opgave, shuffled).findings(),
                    replay());

            ProcessRecord record = Plans.carriedOut(plan);
            List<Activity> activities = new ArrayList<>();
            for (Activity activity : shuffler.shuffled(record.activities())) {
                activities.add(new Activity(activity.date(), activity.kind(), activity.description(),
                        shuffler.shuffled(activity.participants())));
            }
            ProcessRecord reordered = Plans.activities(Plans.adoptedOn(record, record.adoptedOn().plusDays(10)),
                    activities);
            ProcessRecord late = Plans.adoptedOn(record, record.adoptedOn().plusDays(10));
            ParticipationPlan planShuffled = Plans.parties(plan, shuffler.shuffled(plan.parties()));
            ProcessReview one = ADVISOR.review(opgave, plan, late);
            ProcessReview other = ADVISOR.review(opgave, planShuffled, reordered);
            assertEquals(one.findings(), other.findings(), replay());
            assertEquals(new HashSet<>(one.parties()), new HashSet<>(other.parties()), replay());
            // the summary lists a goal's activities by date, then in record order: compare them as sets
            assertEquals(one.goals().stream().map(g -> java.util.Map.entry(g.goal(), new HashSet<>(g.servedBy())))
                    .toList(), other.goals().stream()
                    .map(g -> java.util.Map.entry(g.goal(), new HashSet<>(g.servedBy()))).toList(), replay());
        }
    }

    /**
     * Every choice of goals (16) and frameworks (8) a plan can make, in every room (none, limited, ample) and for
     * every set of intentions (64), for a complex opgave: the goal findings are exactly what POLICY.md §2.8 and the
     * seed's "vooraf kaders meegeven" say, against the goals the advice gives.
     */
    @Test
    void goalFindingsOverEveryGoalAndFrameworkChoiceInEveryRoom() {
        Opgave base = Plans.binnenweg();
        Room[] rooms = {Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE),
            Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)};
        RoomLevel[] spaces = {RoomLevel.NONE, RoomLevel.LIMITED, RoomLevel.AMPLE};
        int checked = 0;
        for (int r = 0; r < rooms.length; r++) {
            RoomLevel space = spaces[r];
            for (int intent = 0; intent < 64; intent++) {
                Intentions intentions = Intentions.of((intent & 1) != 0, (intent & 2) != 0,
                        Frameworks.of((intent & 4) != 0, (intent & 8) != 0, (intent & 16) != 0), (intent & 32) != 0);
                Opgave opgave = Plans.with(base, rooms[r], intentions, base.difficulty());
                Advice advice = ADVISOR.advise(opgave);
                assertEquals(Complexity.COMPLEX, advice.complexity());
                assertEquals(space, advice.participationSpace());
                ParticipationPlan sound = Plans.fromAdvice(opgave, advice);
                for (int g = 0; g < 16; g++) {
                    Set<Goal> goals = EnumSet.noneOf(Goal.class);
                    for (Goal goal : Goal.values()) {
                        if ((g & (1 << goal.ordinal())) != 0) {
                            goals.add(goal);
                        }
                    }
                    for (int f = 0; f < 8; f++) {
                        ParticipationPlan plan = Plans.allFrameworks(Plans.goals(sound, goals.toArray(Goal[]::new)));
                        for (FrameworkKind kind : FrameworkKind.values()) {
                            if ((f & (1 << kind.ordinal())) == 0) {
                                plan = Plans.withoutFramework(plan, kind);
                            }
                        }
                        Set<String> expected = expectedGoalFindings(space, advice.goals(), goals, f == 7);
                        Set<String> actual = new TreeSet<>();
                        for (PlanFinding finding : ADVISOR.checkPlan(opgave, plan).findings()) {
                            if (GOAL_CODES.contains(finding.code())) {
                                actual.add(finding.code() + " " + finding.subject().orElse(""));
                            }
                        }
                        assertEquals(expected, actual, "space " + space + ", " + intentions + ", plan goals " + goals
                                + ", frameworks " + f);
                        checked++;
                    }
                }
            }
        }
        assertEquals(3 * 64 * 16 * 8, checked);
    }

    /**
     * Every role a plan can give to every kind of stakeholder (6 × 5), in every room and for every set of
     * intentions (3 × 64), so against every role the advice can give: heavier than advised is an error, lighter a
     * warning, a stakeholder as second process owner or decision maker is also a structural error.
     */
    @Test
    void roleFindingsOverEveryPlannedRoleOfEveryStakeholderKindAgainstEveryAdvisedRole() {
        Opgave base = Plans.binnenweg();
        Room[] rooms = {Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE),
            Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)};
        Set<String> advisedPairs = new HashSet<>();
        int checked = 0;
        for (Room room : rooms) {
            for (int intent = 0; intent < 64; intent++) {
                Intentions intentions = Intentions.of((intent & 1) != 0, (intent & 2) != 0,
                        Frameworks.of((intent & 4) != 0, (intent & 8) != 0, (intent & 16) != 0), (intent & 32) != 0);
                Opgave opgave = Plans.with(base, room, intentions, base.difficulty());
                Advice advice = ADVISOR.advise(opgave);
                ParticipationPlan sound = Plans.fromAdvice(opgave, advice);
                for (var assignment : advice.roles()) {
                    if (assignment.kind().isEmpty()) {
                        continue;
                    }
                    String name = assignment.party();
                    Role advised = assignment.role();
                    advisedPairs.add(assignment.kind().get() + "=" + advised);
                    for (Role planned : Role.values()) {
                        Set<String> expected = new TreeSet<>();
                        if (planned.ordinal() < advised.ordinal()) {
                            expected.add(FindingCode.ROLE_HEAVIER_THAN_ADVISED + " " + name);
                        } else if (planned.ordinal() > advised.ordinal()) {
                            expected.add(FindingCode.ROLE_LIGHTER_THAN_ADVISED + " " + name);
                        }
                        if (planned == Role.PROCESS_OWNER) {
                            expected.add(FindingCode.PROCESS_OWNER_NOT_UNIQUE + " ");
                        } else if (planned == Role.DECISION_MAKER) {
                            expected.add(FindingCode.DECISION_MAKER_NOT_UNIQUE + " ");
                        }
                        Set<String> actual = new TreeSet<>();
                        for (PlanFinding finding : ADVISOR.checkPlan(opgave, Plans.role(sound, name, planned))
                                .findings()) {
                            if (ROLE_CODES.contains(finding.code())) {
                                actual.add(finding.code() + " " + finding.subject().orElse(""));
                            }
                        }
                        assertEquals(expected, actual, name + " planned " + planned + ", advised " + advised + " in "
                                + room + ", " + intentions);
                        checked++;
                    }
                }
            }
        }
        assertEquals(3 * 64 * 5 * 6, checked);
        // the space reaches every role the advice gives to each kind
        assertTrue(advisedPairs.containsAll(Set.of("NEIGHBOURS=CO_PRODUCER", "NEIGHBOURS=CONSULTED",
                "NEIGHBOURS=INFORMED", "ORGANISATION=CO_PRODUCER", "ORGANISATION=CONSULTED", "EXPERT=ADVISER",
                "RESIDENTS=CONSULTED", "DISTANT_RESIDENTS=INFORMED")), advisedPairs::toString);
    }

    private static final Set<FindingCode> ROLE_CODES = EnumSet.of(FindingCode.ROLE_HEAVIER_THAN_ADVISED,
            FindingCode.ROLE_LIGHTER_THAN_ADVISED, FindingCode.PROCESS_OWNER_NOT_UNIQUE,
            FindingCode.PROCESS_OWNER_MISSING, FindingCode.DECISION_MAKER_NOT_UNIQUE,
            FindingCode.DECISION_MAKER_MISSING, FindingCode.PARTY_WITHOUT_ROLE);

    private static final Set<FindingCode> GOAL_CODES = EnumSet.of(FindingCode.GOAL_BEYOND_ROOM,
            FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, FindingCode.GOAL_NOT_ADVISED,
            FindingCode.ADVISED_GOAL_MISSING, FindingCode.PLAN_WITHOUT_GOAL, FindingCode.FRAMEWORKS_INCOMPLETE);

    /** The oracle: POLICY.md §2.8 (room per goal) and the seed's frameworks, stated independently of the DRL. */
    private static Set<String> expectedGoalFindings(RoomLevel space, Set<Goal> advised, Set<Goal> planned,
                                                    boolean allFrameworks) {
        Set<String> expected = new TreeSet<>();
        for (Goal goal : planned) {
            boolean roomAllows = switch (space) {
                case NONE -> false;
                case LIMITED -> goal == Goal.THINK_TOGETHER || goal == Goal.LEARN_TOGETHER;
                case AMPLE -> true;
            };
            if (!roomAllows) {
                expected.add(FindingCode.GOAL_BEYOND_ROOM + " " + goal);
            } else if (!advised.contains(goal)) {
                expected.add(FindingCode.GOAL_NOT_ADVISED + " " + goal);
            }
        }
        for (Goal goal : advised) {
            if (!planned.contains(goal)) {
                expected.add(FindingCode.ADVISED_GOAL_MISSING + " " + goal);
            }
        }
        if (!allFrameworks) {
            expected.add(planned.contains(Goal.DECIDE_TOGETHER) ? FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS + " "
                    : FindingCode.FRAMEWORKS_INCOMPLETE + " ");
        }
        if (space != RoomLevel.NONE && planned.isEmpty()) {
            expected.add(FindingCode.PLAN_WITHOUT_GOAL + " ");
        }
        return expected;
    }
}
