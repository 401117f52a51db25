package nl.heemstede.participatie.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.ActivityKind;
import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;

/**
 * Test helpers for plans and records: the worked example (a complex council opgave), a plan built from the policy's
 * own advice, a record that carries such a plan out, and small edits of each.
 */
final class Plans {

    static final LocalDate ADOPTED = LocalDate.of(2026, 3, 2);

    private Plans() {
    }

    /**
     * A complex council opgave with ample room, co-production wanted, all frameworks, a project the municipality
     * follows.
     */
    static Opgave binnenweg() {
        return Opgave.builder("Herinrichting Binnenweg")
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL)
                .impact(Impact.of(true, true, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .difficulty(Difficulty.of(false, true))
                .intentions(Intentions.of(true, false, Frameworks.ALL, true))
                .stakeholder("Bewoners Binnenweg", StakeholderKind.NEIGHBOURS)
                .stakeholder("Digipanel Heemstede", StakeholderKind.RESIDENTS)
                .stakeholder("Bewoners Merlenhoven", StakeholderKind.DISTANT_RESIDENTS)
                .stakeholder("Verkeerskundig adviesbureau", StakeholderKind.EXPERT)
                .stakeholder("Winkeliersvereniging Binnenweg", StakeholderKind.ORGANISATION)
                .build();
    }

    /** The opgave with other room, intentions and difficulty. */
    static Opgave with(Opgave opgave, Room room, Intentions intentions, Difficulty difficulty) {
        return new Opgave(opgave.title(), opgave.reference(), opgave.initiator(), opgave.municipalDecisionRequired(),
                opgave.withinCivilServiceMandate(), opgave.competentBody(), opgave.impact(), room, difficulty,
                intentions, opgave.stakeholders());
    }

    /**
     * The plan a project would write by following the advice: the advised goals and roles, the frameworks the
     * opgave says are set (all three when the plan decides together: the competent body sets them when it adopts
     * the plan, table Doelen), a weighing statement, every question answered, adopted by the competent body (no
     * adopting body when college and council do not decide).
     */
    static ParticipationPlan fromAdvice(Opgave opgave, Advice advice) {
        Set<String> stakeholders = new java.util.HashSet<>();
        opgave.stakeholders().forEach(s -> stakeholders.add(key(s.name())));
        List<PlannedParty> parties = new ArrayList<>();
        for (RoleAssignment assignment : advice.roles()) {
            String name = assignment.party();
            if (assignment.kind().isEmpty() && stakeholders.contains(key(name))) {
                name = name + " (" + assignment.role().label() + ")"; // a stakeholder that happens to share the name
            }
            parties.add(PlannedParty.of(name, assignment.role()));
        }
        Map<FrameworkKind, String> frameworks = new EnumMap<>(FrameworkKind.class);
        Frameworks set = opgave.intentions().frameworksSet();
        boolean decideTogether = advice.goals().contains(Goal.DECIDE_TOGETHER);
        if (set.content() || decideTogether) {
            frameworks.put(FrameworkKind.CONTENT, "Het Verkeerscirculatieplan 2019 blijft het uitgangspunt.");
        }
        if (set.financial() || decideTogether) {
            frameworks.put(FrameworkKind.FINANCIAL, "Het budget is 1,2 miljoen euro, inclusief onvoorzien.");
        }
        if (set.process() || decideTogether) {
            frameworks.put(FrameworkKind.PROCESS, "Drie ontwerpsessies, een enquête en een evaluatie; besluit Q4.");
        }
        Map<PlanQuestion, String> answers = new EnumMap<>(PlanQuestion.class);
        for (PlanQuestion question : PlanQuestion.values()) {
            answers.put(question, "Antwoord op: " + question.label() + ".");
        }
        return new ParticipationPlan(advice.goals(), parties, frameworks,
                Optional.of("De raad weegt de inbreng af tegen verkeersveiligheid, bereikbaarheid en kosten."),
                opgave.competentBody(), answers);
    }

    /**
     * A record that carries the plan out: one activity per party in its planned role, one per goal, for a followed
     * project an evaluation afterwards, and the result with both accounts (basisstap 5).
     */
    static ProcessRecord carriedOut(ParticipationPlan plan) {
        List<Activity> activities = new ArrayList<>();
        LocalDate day = ADOPTED.plusDays(7);
        int n = 0;
        for (PlannedParty party : plan.parties()) {
            n++;
            ActivityKind kind = switch (party.role()) {
                case CO_PRODUCER -> ActivityKind.CO_DESIGN_SESSION;
                case INFORMED -> ActivityKind.INFORMATION_LETTER;
                default -> ActivityKind.MEETING;
            };
            activities.add(new Activity(day, kind, "Activiteit " + n + " (" + party.role().label() + ")",
                    List.of(Participation.of(party.name(), party.role()))));
        }
        for (Goal goal : plan.goals()) {
            ActivityKind kind = switch (goal) {
                case THINK_TOGETHER -> ActivityKind.SURVEY;
                case DO_TOGETHER -> ActivityKind.CO_DESIGN_SESSION;
                case DECIDE_TOGETHER -> ActivityKind.DECISION_SESSION;
                case LEARN_TOGETHER -> ActivityKind.EVALUATION;
            };
            // a stakeholder whose planned role serves the goal, playing that role
            plan.parties().stream().filter(p -> serves(goal, p.role())).findFirst().ifPresent(p ->
                    activities.add(new Activity(day.plusDays(14), kind, "Activiteit voor " + goal.label(),
                            List.of(Participation.of(p.name(), p.role())))));
        }
        LocalDate result = ADOPTED.plusMonths(6);
        return new ProcessRecord(ADOPTED, activities, Optional.of(result),
                Optional.of("Alle inbreng staat in bijlage 2 met per punt wat ermee is gedaan."),
                Optional.of("Bijlage 1 zet per partij en per doel naast elkaar wat gepland en wat gedaan is."));
    }

    /**
     * The record of a project the municipality follows (seed section 6: "zowel tussentijds als achteraf
     * evalueren"): the record with an evaluation during the process and one afterwards, by the process owner.
     */
    static ProcessRecord evaluated(ParticipationPlan plan, ProcessRecord record) {
        List<Activity> activities = new ArrayList<>(record.activities());
        plan.parties().stream().filter(p -> p.role() == Role.PROCESS_OWNER).findFirst().ifPresent(owner -> {
            LocalDate result = record.resultSentOn().orElseThrow();
            activities.add(new Activity(result.minusMonths(1), ActivityKind.EVALUATION, "Tussentijdse evaluatie",
                    List.of(Participation.of(owner.name(), owner.role()))));
            activities.add(new Activity(result.plusMonths(2), ActivityKind.EVALUATION, "Evaluatie achteraf",
                    List.of(Participation.of(owner.name(), owner.role()))));
        });
        return activities(record, activities);
    }

    private static boolean serves(Goal goal, Role role) {
        return switch (goal) {
            case THINK_TOGETHER -> role == Role.CO_PRODUCER || role == Role.ADVISER || role == Role.CONSULTED;
            case DO_TOGETHER, DECIDE_TOGETHER -> role == Role.CO_PRODUCER;
            case LEARN_TOGETHER -> role != Role.PROCESS_OWNER && role != Role.DECISION_MAKER;
        };
    }

    static ParticipationPlan goals(ParticipationPlan plan, Goal... goals) {
        Set<Goal> set = goals.length == 0 ? EnumSet.noneOf(Goal.class) : EnumSet.of(goals[0], goals);
        return new ParticipationPlan(set, plan.parties(), plan.frameworks(), plan.weighing(), plan.adoptedBy(),
                plan.planDescription());
    }

    static ParticipationPlan parties(ParticipationPlan plan, List<PlannedParty> parties) {
        return new ParticipationPlan(plan.goals(), parties, plan.frameworks(), plan.weighing(), plan.adoptedBy(),
                plan.planDescription());
    }

    /** The plan with the named party's role changed. */
    static ParticipationPlan role(ParticipationPlan plan, String party, Role role) {
        return parties(plan, plan.parties().stream()
                .map(p -> p.name().equals(party) ? PlannedParty.of(p.name(), role) : p).toList());
    }

    /** The plan without the named party. */
    static ParticipationPlan without(ParticipationPlan plan, String party) {
        return parties(plan, plan.parties().stream().filter(p -> !p.name().equals(party)).toList());
    }

    /** The plan with all three frameworks set. */
    static ParticipationPlan allFrameworks(ParticipationPlan plan) {
        Map<FrameworkKind, String> frameworks = new EnumMap<>(FrameworkKind.class);
        for (FrameworkKind kind : FrameworkKind.values()) {
            frameworks.put(kind, "Het " + kind.label() + " van de raad.");
        }
        return new ParticipationPlan(plan.goals(), plan.parties(), frameworks, plan.weighing(), plan.adoptedBy(),
                plan.planDescription());
    }

    static ParticipationPlan withoutFramework(ParticipationPlan plan, FrameworkKind kind) {
        Map<FrameworkKind, String> frameworks = new EnumMap<>(FrameworkKind.class);
        frameworks.putAll(plan.frameworks());
        frameworks.remove(kind);
        return new ParticipationPlan(plan.goals(), plan.parties(), frameworks, plan.weighing(), plan.adoptedBy(),
                plan.planDescription());
    }

    static ParticipationPlan weighing(ParticipationPlan plan, Optional<String> weighing) {
        return new ParticipationPlan(plan.goals(), plan.parties(), plan.frameworks(), weighing, plan.adoptedBy(),
                plan.planDescription());
    }

    static ParticipationPlan adoptedBy(ParticipationPlan plan, Optional<CompetentBody> body) {
        return new ParticipationPlan(plan.goals(), plan.parties(), plan.frameworks(), plan.weighing(), body,
                plan.planDescription());
    }

    static ParticipationPlan answer(ParticipationPlan plan, PlanQuestion question, String answer) {
        Map<PlanQuestion, String> answers = new EnumMap<>(PlanQuestion.class);
        answers.putAll(plan.planDescription());
        answers.put(question, answer);
        return new ParticipationPlan(plan.goals(), plan.parties(), plan.frameworks(), plan.weighing(),
                plan.adoptedBy(), answers);
    }

    static ProcessRecord activities(ProcessRecord record, List<Activity> activities) {
        return new ProcessRecord(record.adoptedOn(), activities, record.resultSentOn(), record.inputAccount(),
                record.planAccount());
    }

    static ProcessRecord adoptedOn(ProcessRecord record, LocalDate adoptedOn) {
        return new ProcessRecord(adoptedOn, record.activities(), record.resultSentOn(), record.inputAccount(),
                record.planAccount());
    }

    /** The record with another result day and input account; the account of how far it met the plan stays. */
    static ProcessRecord result(ProcessRecord record, Optional<LocalDate> sentOn, Optional<String> account) {
        return new ProcessRecord(record.adoptedOn(), record.activities(), sentOn, account, record.planAccount());
    }

    /** The record with another account of how far the process met the plan. */
    static ProcessRecord planAccount(ProcessRecord record, Optional<String> planAccount) {
        return new ProcessRecord(record.adoptedOn(), record.activities(), record.resultSentOn(),
                record.inputAccount(), planAccount);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
