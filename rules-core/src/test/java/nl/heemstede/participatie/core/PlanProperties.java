package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.ActivityKind;
import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PartyAccount;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.StakeholderKind;

/**
 * The invariants of the plan check and the accountability review, over seeded random opgaven (the generator of
 * the advice properties; {@code -Dparticipatie.seed=} replays a run) and exhaustively over every goal and framework
 * choice a plan can make in every room, every role a plan can give every stakeholder against every role the advice
 * gives, and every part a stakeholder can have played against every planned role. The oracles state the severity rule
 * independently of the DRL: an ERROR only for a norm of the seed, a WARNING for a departure from one of our
 * readings or a deviation from the adopted plan, an INFO for what has not happened yet. {@code BrokenPlanRulesTests}
 * shows that the exhaustive oracles catch a deliberately broken rule.
 */
class PlanProperties {

    /** A plan check or a review under test: the bundled rules, or a deliberately broken copy. */
    interface Checker {
        List<PlanFinding> check(Opgave opgave, ParticipationPlan plan);
    }

    interface Reviewer {
        ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record);
    }

    private static final ParticipationAdvisor ADVISOR = InForce.bundled();
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
        return has(findings, code, Severity.ERROR, subject);
    }

    private static boolean has(List<PlanFinding> findings, FindingCode code, Severity severity, String subject) {
        return findings.stream().anyMatch(f -> f.severity() == severity && f.code() == code
                && (subject == null || f.subject().orElse("").equals(subject)));
    }

    /** The severity rule and honest labels on every finding: an error rests on the seed, and no sentence forbids. */
    private static void assertHonest(List<PlanFinding> findings, Object context) {
        for (PlanFinding f : findings) {
            assertTrue(f.severity() != Severity.ERROR || f.basis() == Basis.SEED, () -> "an error that is our"
                    + " reading: " + f + " for " + context + replay());
            String text = f.text().toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains("niet toegestaan") || text.contains("fouten"), () -> f + replay());
        }
    }

    /** The review of a record that carries the plan out, with the evaluations when the project is followed. */
    private static ProcessRecord soundRecord(Opgave opgave, ParticipationPlan plan) {
        ProcessRecord record = Plans.carriedOut(plan);
        return opgave.intentions().learningPilot() ? Plans.evaluated(plan, record) : record;
    }

    @Test
    void aPlanBuiltFromThePolicysOwnAdviceHasNoError() {
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            PlanCheck check = ADVISOR.checkPlan(opgave, plan);
            assertEquals(Set.of(), errors(check.findings()), () -> opgave + replay());
            assertHonest(check.findings(), opgave);
            ProcessReview review = ADVISOR.review(opgave, plan, soundRecord(opgave, plan));
            assertEquals(Set.of(), errors(review.findings()), () -> opgave + replay());
            assertHonest(review.findings(), opgave);
            // the carried-out record has every party in its planned role: no deviation
            assertFalse(review.has(FindingCode.PARTY_NOT_INVOLVED), () -> opgave + replay());
            assertFalse(review.has(FindingCode.PARTY_INVOLVED_LIGHTER), () -> opgave + replay());
            assertFalse(review.has(FindingCode.PARTY_INVOLVED_HEAVIER), () -> opgave + replay());
            assertTrue(review.parties().stream().noneMatch(PartyAccount::deviates), () -> review + replay());
        }
    }

    /**
     * The account per party and per goal says the same as the findings: a party or goal deviates exactly when a
     * deviation finding names it, and then it carries that finding. Every deviation from the plan is a warning once
     * the result is sent; the errors of a review are only the two norms of the seed.
     */
    @Test
    void theAccountPerPartyAndGoalAgreesWithTheFindingsAndEveryDeviationIsAWarning() {
        OpgaveGenerator sampler = new OpgaveGenerator(seed + 3);
        Set<FindingCode> deviations = EnumSet.of(FindingCode.PARTY_NOT_INVOLVED, FindingCode.PARTY_INVOLVED_LIGHTER,
                FindingCode.PARTY_INVOLVED_HEAVIER, FindingCode.GOAL_NOT_SERVED);
        int deviating = 0;
        for (Opgave opgave : opgaven()) {
            ParticipationPlan plan = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
            ProcessRecord sound = soundRecord(opgave, plan);
            // leave out a random half of the activities and shift every role of a random quarter of the rest
            List<Activity> kept = new ArrayList<>();
            for (Activity activity : sound.activities()) {
                if (sampler.nextInt(2) == 0) {
                    continue;
                }
                List<Participation> participants = new ArrayList<>();
                for (Participation p : activity.participants()) {
                    Role role = sampler.nextInt(4) == 0 ? Role.values()[sampler.nextInt(Role.values().length)]
                            : p.role();
                    participants.add(Participation.of(p.party(), role));
                }
                kept.add(new Activity(activity.date(), activity.kind(), activity.description(), participants));
            }
            ProcessReview review = ADVISOR.review(opgave, plan, Plans.activities(sound, kept));
            assertHonest(review.findings(), opgave);
            for (PlanFinding f : review.findings()) {
                if (deviations.contains(f.code())) {
                    assertEquals(Severity.WARNING, f.severity(), () -> f + replay());
                    deviating++;
                } else if (f.severity() == Severity.ERROR) {
                    assertEquals(FindingCode.PARTICIPATION_BEFORE_ADOPTION, f.code(), () -> f + replay());
                }
            }
            for (PartyAccount party : review.parties()) {
                List<PlanFinding> about = review.findings().stream().filter(f -> deviations.contains(f.code())
                        && f.code() != FindingCode.GOAL_NOT_SERVED
                        && f.subject().orElse("").equalsIgnoreCase(party.party().strip())).toList();
                assertEquals(about.stream().findFirst(), party.deviation(), () -> party + replay());
                assertTrue(about.size() <= 1, () -> about + replay());
            }
            for (GoalAccount goal : review.goals()) {
                List<PlanFinding> about = review.findings().stream().filter(f -> f.code() == FindingCode.GOAL_NOT_SERVED
                        && f.subject().orElse("").equals(goal.goal().name())).toList();
                assertEquals(about.stream().findFirst(), goal.deviation(), () -> goal + replay());
                assertEquals(goal.done(), about.isEmpty(), () -> goal + replay());
            }
        }
        assertTrue(deviating > OPGAVEN / 4, "too few deviations: " + deviating + replay());
    }

    /**
     * Removing the process owner or the decision maker is an error (the seed names both); removing a stakeholder
     * is a warning (that every stakeholder gets a role is our reading), never an error.
     */
    @Test
    void removingAnyOnePartysRoleIsAlwaysTheMatchingFindingWithItsSeverity() {
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
                boolean stakeholder = expected == FindingCode.PARTY_WITHOUT_ROLE;
                String subject = stakeholder ? removed.name().strip() : null;
                assertTrue(has(findings, expected, stakeholder ? Severity.WARNING : Severity.ERROR, subject),
                        () -> "removed " + removed + " from the plan for " + opgave + ": " + findings + replay());
                assertFalse(stakeholder && findings.stream().anyMatch(f -> f.severity() == Severity.ERROR),
                        () -> "removed " + removed + ": " + findings + replay());
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
     * every set of intentions (64), for a complex opgave: the goal findings, with their severity, are exactly what
     * the severity rule and table Doelen say, against the goals the advice gives and the plan's own frameworks.
     */
    @Test
    void goalFindingsOverEveryGoalAndFrameworkChoiceInEveryRoom() {
        List<String> mismatches = goalMismatches((opgave, plan) -> ADVISOR.checkPlan(opgave, plan).findings(), 10);
        assertEquals(List.of(), mismatches);
    }

    /**
     * The mismatches (at most {@code limit}) between the goal findings of the checker and the oracle, over the whole
     * space of the test above; an empty list when they agree everywhere.
     */
    static List<String> goalMismatches(Checker checker, int limit) {
        Opgave base = Plans.binnenweg();
        Room[] rooms = {Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE),
            Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)};
        RoomLevel[] spaces = {RoomLevel.NONE, RoomLevel.LIMITED, RoomLevel.AMPLE};
        List<String> mismatches = new ArrayList<>();
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
                        Set<String> expected = expectedGoalFindings(advice, goals, f == 7);
                        Set<String> actual = new TreeSet<>();
                        for (PlanFinding finding : checker.check(opgave, plan)) {
                            if (GOAL_CODES.contains(finding.code()) && (finding.code()
                                    != FindingCode.PARTICIPATION_NOT_FEASIBLE || goalSubject(finding))) {
                                actual.add(describe(finding));
                            }
                        }
                        if (!expected.equals(actual)) {
                            mismatches.add("space " + space + ", " + intentions + ", plan goals " + goals
                                    + ", frameworks " + f + ": expected " + expected + " but was " + actual);
                            if (mismatches.size() >= limit) {
                                return mismatches;
                            }
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(3 * 64 * 16 * 8, checked);
        return mismatches;
    }

    private static boolean goalSubject(PlanFinding finding) {
        return finding.subject().filter(s -> java.util.Arrays.stream(Goal.values()).anyMatch(g -> g.name().equals(s)))
                .isPresent();
    }

    private static String describe(PlanFinding finding) {
        return finding.code() + "/" + finding.severity() + " " + finding.subject().orElse("");
    }

    private static String expect(FindingCode code, Severity severity, Object subject) {
        return code + "/" + severity + " " + (subject == null ? "" : subject);
    }

    /**
     * Every role a plan can give to every kind of stakeholder (6 × 5), in every room and for every set of
     * intentions (3 × 64), so against every role the advice can give: participation while not feasible is an error
     * (the seed), a role heavier or lighter than advised a warning (our reading), a stakeholder as second process
     * owner or decision maker a structural error (the seed).
     */
    @Test
    void roleFindingsOverEveryPlannedRoleOfEveryStakeholderKindAgainstEveryAdvisedRole() {
        Set<String> advisedPairs = new HashSet<>();
        List<String> mismatches = roleMismatches((opgave, plan) -> ADVISOR.checkPlan(opgave, plan).findings(),
                advisedPairs, 10);
        assertEquals(List.of(), mismatches);
        // the space reaches every role the advice gives to each kind
        assertTrue(advisedPairs.containsAll(Set.of("NEIGHBOURS=CO_PRODUCER", "NEIGHBOURS=CONSULTED",
                "NEIGHBOURS=INFORMED", "ORGANISATION=CO_PRODUCER", "ORGANISATION=CONSULTED", "EXPERT=ADVISER",
                "RESIDENTS=CONSULTED", "DISTANT_RESIDENTS=INFORMED")), advisedPairs::toString);
    }

    /** The mismatches (at most {@code limit}) between the role findings of the checker and the oracle. */
    static List<String> roleMismatches(Checker checker, Set<String> advisedPairs, int limit) {
        Opgave base = Plans.binnenweg();
        Room[] rooms = {Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE),
            Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)};
        List<String> mismatches = new ArrayList<>();
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
                    StakeholderKind kind = assignment.kind().get();
                    Role advised = assignment.role();
                    advisedPairs.add(kind + "=" + advised);
                    for (Role planned : Role.values()) {
                        Set<String> expected = expectedRoleFindings(advice.participationFeasible(), name, kind,
                                planned, advised);
                        Set<String> actual = new TreeSet<>();
                        for (PlanFinding finding : checker.check(opgave, Plans.role(sound, name, planned))) {
                            if (ROLE_CODES.contains(finding.code()) && (finding.code()
                                    != FindingCode.PARTICIPATION_NOT_FEASIBLE || !goalSubject(finding))) {
                                actual.add(describe(finding));
                            }
                        }
                        if (!expected.equals(actual)) {
                            mismatches.add(name + " planned " + planned + ", advised " + advised + " in " + room + ", "
                                    + intentions + ": expected " + expected + " but was " + actual);
                            if (mismatches.size() >= limit) {
                                return mismatches;
                            }
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(3 * 64 * 5 * 6, checked);
        return mismatches;
    }

    /**
     * The oracle for one stakeholder's planned role: the severity rule, Haalbaarheid and Rol van belanghebbende, stated
     * apart from the DRL.
     */
    private static Set<String> expectedRoleFindings(boolean feasible, String name, StakeholderKind kind, Role planned,
                                                    Role advised) {
        Set<String> expected = new TreeSet<>();
        // co-producer, adviser and consulted take part in participation; an external expert who advises does not
        boolean participates = (planned == Role.CO_PRODUCER || planned == Role.ADVISER || planned == Role.CONSULTED)
                && !(kind == StakeholderKind.EXPERT && planned == Role.ADVISER);
        boolean notFeasible = !feasible && participates;
        if (notFeasible) {
            expected.add(expect(FindingCode.PARTICIPATION_NOT_FEASIBLE, Severity.ERROR, name));
        }
        if (planned.ordinal() < advised.ordinal() && !notFeasible) {
            expected.add(expect(FindingCode.ROLE_HEAVIER_THAN_ADVISED, Severity.WARNING, name));
        } else if (planned.ordinal() > advised.ordinal()) {
            expected.add(expect(FindingCode.ROLE_LIGHTER_THAN_ADVISED, Severity.WARNING, name));
        }
        if (planned == Role.PROCESS_OWNER) {
            expected.add(expect(FindingCode.PROCESS_OWNER_NOT_UNIQUE, Severity.ERROR, null));
        } else if (planned == Role.DECISION_MAKER) {
            expected.add(expect(FindingCode.DECISION_MAKER_NOT_UNIQUE, Severity.ERROR, null));
        }
        return expected;
    }

    /**
     * Every part a stakeholder of each kind can have played (none, or any of the six roles in one activity) against
     * every role the plan gave it, with the result sent and while the process runs: the deviation is exactly what
     * basisstap 5 asks to account for, a warning once the result is sent; what has not happened yet while the
     * process runs is information. The party's account carries the same finding.
     */
    @Test
    void partyDeviationsOverEveryPlannedRoleAgainstEveryPartPlayed() {
        List<String> mismatches = partyMismatches((opgave, plan, record) -> ADVISOR.review(opgave, plan, record), 10);
        assertEquals(List.of(), mismatches);
    }

    /** The mismatches (at most {@code limit}) between the party deviations of the reviewer and the oracle. */
    static List<String> partyMismatches(Reviewer reviewer, int limit) {
        Opgave opgave = Plans.binnenweg();
        ParticipationPlan sound = Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
        ProcessRecord soundRecord = Plans.evaluated(sound, Plans.carriedOut(sound));
        LocalDate result = soundRecord.resultSentOn().orElseThrow();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (var stakeholder : opgave.stakeholders()) {
            String name = stakeholder.name();
            // the record without this stakeholder
            List<Activity> others = new ArrayList<>();
            for (Activity activity : soundRecord.activities()) {
                List<Participation> rest = activity.participants().stream()
                        .filter(p -> !p.party().equals(name)).toList();
                if (!rest.isEmpty()) {
                    others.add(new Activity(activity.date(), activity.kind(), activity.description(), rest));
                }
            }
            for (Role planned : Role.values()) {
                ParticipationPlan plan = Plans.role(sound, name, planned);
                for (int d = -1; d < Role.values().length; d++) {
                    Optional<Role> done = d < 0 ? Optional.empty() : Optional.of(Role.values()[d]);
                    List<Activity> activities = new ArrayList<>(others);
                    done.ifPresent(role -> activities.add(new Activity(Plans.ADOPTED.plusDays(20),
                            ActivityKind.MEETING, "Bijeenkomst", List.of(Participation.of(name, role)))));
                    for (boolean sent : new boolean[] {true, false}) {
                        ProcessRecord record = Plans.activities(soundRecord, activities);
                        if (!sent) {
                            record = Plans.result(Plans.activities(record, activities.stream()
                                    .filter(a -> !a.date().isAfter(result)).toList()), Optional.empty(),
                                    Optional.empty());
                        }
                        String expected = expectedPartyDeviation(planned, done, sent, name);
                        ProcessReview review = reviewer.review(opgave, plan, record);
                        Set<String> actual = new TreeSet<>();
                        for (PlanFinding f : review.findings()) {
                            if (PARTY_CODES.contains(f.code()) && f.subject().orElse("").equals(name)) {
                                actual.add(describe(f));
                            }
                        }
                        Optional<PlanFinding> account = review.parties().stream()
                                .filter(p -> p.party().equals(name)).findFirst().orElseThrow().deviation();
                        Set<String> wanted = expected == null ? Set.of() : Set.of(expected);
                        if (!wanted.equals(actual) || !account.map(PlanProperties::describe).equals(
                                Optional.ofNullable(expected))) {
                            mismatches.add(name + " planned " + planned + ", played " + done + ", result "
                                    + (sent ? "sent" : "not sent") + ": expected " + wanted + " but was " + actual
                                    + ", account " + account.map(PlanProperties::describe));
                            if (mismatches.size() >= limit) {
                                return mismatches;
                            }
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(5 * 6 * 7 * 2, checked);
        return mismatches;
    }

    /** The oracle for one stakeholder's part: basisstap 4 and 5, the severity rule; {@code null} for no deviation. */
    private static String expectedPartyDeviation(Role planned, Optional<Role> done, boolean sent, String name) {
        Severity notYet = sent ? Severity.WARNING : Severity.INFO;
        if (done.isEmpty()) {
            return expect(FindingCode.PARTY_NOT_INVOLVED, notYet, name);
        }
        if (done.get().ordinal() > planned.ordinal()) {
            return expect(FindingCode.PARTY_INVOLVED_LIGHTER, notYet, name);
        }
        if (done.get().ordinal() < planned.ordinal()) {
            return expect(FindingCode.PARTY_INVOLVED_HEAVIER, Severity.WARNING, name);
        }
        return null;
    }

    private static final Set<FindingCode> PARTY_CODES = EnumSet.of(FindingCode.PARTY_NOT_INVOLVED,
            FindingCode.PARTY_INVOLVED_LIGHTER, FindingCode.PARTY_INVOLVED_HEAVIER);

    private static final Set<FindingCode> ROLE_CODES = EnumSet.of(FindingCode.PARTICIPATION_NOT_FEASIBLE,
            FindingCode.ROLE_HEAVIER_THAN_ADVISED,
            FindingCode.ROLE_LIGHTER_THAN_ADVISED, FindingCode.PROCESS_OWNER_NOT_UNIQUE,
            FindingCode.PROCESS_OWNER_MISSING, FindingCode.DECISION_MAKER_NOT_UNIQUE,
            FindingCode.DECISION_MAKER_MISSING, FindingCode.PARTY_WITHOUT_ROLE);

    private static final Set<FindingCode> GOAL_CODES = EnumSet.of(FindingCode.PARTICIPATION_NOT_FEASIBLE,
            FindingCode.GOAL_BEYOND_ROOM,
            FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, FindingCode.GOAL_NOT_ADVISED,
            FindingCode.ADVISED_GOAL_MISSING, FindingCode.PLAN_WITHOUT_GOAL, FindingCode.FRAMEWORKS_INCOMPLETE);

    /**
     * The oracle for the goals and frameworks of a plan, stated apart from the DRL: participation while not feasible
     * is an error (the seed: "Alleen starten met participatie als het haalbaar is"); B or C with limited room, a goal
     * the advice does not give and an advised goal left out are warnings (our readings, table Doelen); goal C without
     * all three frameworks in the plan is an error (the seed: "binnen welke kaders"), a framework missing under another
     * goal a warning; a required participation plan without a goal an error.
     */
    private static Set<String> expectedGoalFindings(Advice advice, Set<Goal> planned, boolean allFrameworks) {
        Set<String> expected = new TreeSet<>();
        boolean feasible = advice.participationFeasible();
        RoomLevel space = advice.participationSpace();
        Set<Goal> advised = advice.goals();
        for (Goal goal : planned) {
            if (!feasible) {
                expected.add(expect(FindingCode.PARTICIPATION_NOT_FEASIBLE, Severity.ERROR, goal));
            } else if (space == RoomLevel.LIMITED && (goal == Goal.DO_TOGETHER || goal == Goal.DECIDE_TOGETHER)) {
                expected.add(expect(FindingCode.GOAL_BEYOND_ROOM, Severity.WARNING, goal));
            } else if (!advised.contains(goal)) {
                expected.add(expect(FindingCode.GOAL_NOT_ADVISED, Severity.WARNING, goal));
            }
        }
        for (Goal goal : advised) {
            if (!planned.contains(goal)) {
                expected.add(expect(FindingCode.ADVISED_GOAL_MISSING, Severity.WARNING, goal));
            }
        }
        if (!allFrameworks) {
            expected.add(planned.contains(Goal.DECIDE_TOGETHER)
                    ? expect(FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, Severity.ERROR, null)
                    : expect(FindingCode.FRAMEWORKS_INCOMPLETE, Severity.WARNING, null));
        }
        if (advice.participationPlanRequired() && planned.isEmpty()) {
            expected.add(expect(FindingCode.PLAN_WITHOUT_GOAL, Severity.ERROR, null));
        }
        return expected;
    }
}
