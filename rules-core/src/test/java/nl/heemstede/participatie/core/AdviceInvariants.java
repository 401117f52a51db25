package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * The invariants of the policy over one whole advice. Each invariant is a function of the opgave and its advice
 * that returns what is wrong (empty when it holds), so that the property suites can assert it holds and
 * {@code BrokenPolicyTests} can show it catches a broken policy.
 */
final class AdviceInvariants {

    private AdviceInvariants() {
    }

    static final String COMPLEX_IFF = "complex ⇔ college or council decides and an impact aspect holds";
    static final String PROCESS_FRAMEWORK_IFF = "route PROCESS_FRAMEWORK ⇔ quickscan ⇔ complex";
    static final String PLAN_IFF = "participation plan ⇔ complex and feasible";
    static final String FEASIBLE_IFF = "feasible ⇔ space is not NONE and participation is desirable";
    static final String NOT_FEASIBLE =
            "not feasible ⇒ no goal, every stakeholder INFORMED but an expert, who advises";
    static final String DECIDE_TOGETHER =
            "goal C ⇒ space AMPLE and decision power shared (frameworks come with the plan)";
    static final String DO_TOGETHER = "goal B ⇒ space AMPLE";
    static final String LEARN_TOGETHER = "goal D ⇔ feasible and the parties want to learn together";
    static final String EXPERT_ADVISES = "an external expert is ADVISER";
    static final String NETWORKING = "government role NETWORKING ⇒ goal B or C";
    static final String EVALUATION = "followed project ⇔ interim evaluation, and a final evaluation as the last step";
    static final String ONE_ROLE_EACH =
            "one process owner, one decision maker, then one role per stakeholder in input order";
    static final String MUNICIPALITY_OWNS = "the municipality owns the process ⇔ it took the initiative";
    static final String ADOPTION_FIRST = "complex steps: ADOPTION before PROCESS, RESULT_TO_DECIDER and FINAL_DECISION";
    static final String EXPLAINED = "every decision that applies is explained, in the order of the explanation";
    static final String DELIVERABLES_IFF = "quickscan deliverables ⇔ quickscan";
    static final String QUESTIONS_IFF = "six plan-description questions ⇔ complex";
    static final String VERSION = "policy version: a name and a SHA-256 of 64 hex digits";
    static final String ORACLE = "every field equals the policy as written in PolicyOracle";

    /** Every invariant, by name, in the order of the decisions. */
    static final Map<String, BiFunction<Opgave, Advice, List<String>>> ALL = new LinkedHashMap<>();

    static {
        ALL.put(COMPLEX_IFF, AdviceInvariants::complexIff);
        ALL.put(PROCESS_FRAMEWORK_IFF, AdviceInvariants::processFrameworkIff);
        ALL.put(PLAN_IFF, AdviceInvariants::planIff);
        ALL.put(FEASIBLE_IFF, AdviceInvariants::feasibleIff);
        ALL.put(NOT_FEASIBLE, AdviceInvariants::notFeasible);
        ALL.put(DECIDE_TOGETHER, AdviceInvariants::decideTogether);
        ALL.put(DO_TOGETHER, AdviceInvariants::doTogether);
        ALL.put(LEARN_TOGETHER, AdviceInvariants::learnTogether);
        ALL.put(EXPERT_ADVISES, AdviceInvariants::expertAdvises);
        ALL.put(NETWORKING, AdviceInvariants::networking);
        ALL.put(EVALUATION, AdviceInvariants::evaluation);
        ALL.put(ONE_ROLE_EACH, AdviceInvariants::oneRoleEach);
        ALL.put(MUNICIPALITY_OWNS, AdviceInvariants::municipalityOwns);
        ALL.put(ADOPTION_FIRST, AdviceInvariants::adoptionFirst);
        ALL.put(EXPLAINED, AdviceInvariants::explained);
        ALL.put(DELIVERABLES_IFF, AdviceInvariants::deliverablesIff);
        ALL.put(QUESTIONS_IFF, AdviceInvariants::questionsIff);
        ALL.put(VERSION, AdviceInvariants::version);
        ALL.put(ORACLE, AdviceInvariants::oracle);
    }

    /** Not an invariant of one advice, but of the advisor: a valid opgave gets an advice. */
    static final String NO_EXCEPTION = "every valid opgave gets an advice, without an exception";

    /**
     * Advises on the opgave and records in the survey every invariant it violates, or the exception it threw.
     *
     * @return the advice, or {@code null} when the advisor threw
     */
    static Advice adviseAndCheck(ParticipationAdvisor advisor, Opgave opgave, Survey survey, String input) {
        Advice advice;
        try {
            advice = advisor.advise(opgave);
        } catch (RuntimeException e) {
            survey.fail(NO_EXCEPTION, input + describe(opgave), e.toString());
            return null;
        }
        ALL.forEach((name, invariant) -> {
            List<String> failures = invariant.apply(opgave, advice);
            if (!failures.isEmpty()) {
                survey.failAll(name, input + describe(opgave), failures);
            }
        });
        return advice;
    }

    /** Every {@code stride}-th valid opgave of {@link OpgaveDomain}, advised and checked against every invariant. */
    static Survey surveyDomain(ParticipationAdvisor advisor, int stride) {
        Survey survey = new Survey("opgaven of the domain (every " + stride + "th)");
        java.util.stream.IntStream.iterate(0, i -> i < OpgaveDomain.SIZE, i -> i + stride).parallel()
                .filter(OpgaveDomain::valid).forEach(i -> {
                    survey.countInput();
                    adviseAndCheck(advisor, OpgaveDomain.opgave(i), survey, "domain index " + i + ": ");
                });
        return survey;
    }

    /** Every violated invariant for this advice, each as "invariant: what is wrong". */
    static List<String> check(Opgave opgave, Advice advice) {
        List<String> failures = new ArrayList<>();
        ALL.forEach((name, invariant) -> invariant.apply(opgave, advice)
                .forEach(f -> failures.add(name + ": " + f)));
        return failures;
    }

    static List<String> complexIff(Opgave o, Advice a) {
        boolean expected = (a.decider() == Decider.COLLEGE || a.decider() == Decider.COUNCIL) && o.impact().any();
        return when((a.complexity() == Complexity.COMPLEX) != expected,
                "complexity " + a.complexity() + " with decider " + a.decider() + " and " + o.impact());
    }

    static List<String> processFrameworkIff(Opgave o, Advice a) {
        boolean complex = a.complexity() == Complexity.COMPLEX;
        return when((a.route() == Route.PROCESS_FRAMEWORK) != complex || a.quickscanRequired() != complex,
                "route " + a.route() + ", quickscan " + a.quickscanRequired() + ", complexity " + a.complexity());
    }

    static List<String> planIff(Opgave o, Advice a) {
        return when(a.participationPlanRequired()
                        != (a.complexity() == Complexity.COMPLEX && a.participationFeasible()),
                "plan " + a.participationPlanRequired() + " with " + a.complexity() + ", feasible "
                        + a.participationFeasible());
    }

    static List<String> feasibleIff(Opgave o, Advice a) {
        return when(a.participationFeasible()
                        != (a.participationSpace() != RoomLevel.NONE && o.room().participationDesirable()),
                "feasible " + a.participationFeasible() + " with space " + a.participationSpace() + " and "
                        + o.room());
    }

    static List<String> notFeasible(Opgave o, Advice a) {
        if (a.participationFeasible()) {
            return List.of();
        }
        List<String> f = new ArrayList<>(when(!a.goals().isEmpty(), "goals " + a.goals() + " while not feasible"));
        stakeholderRoles(a).stream()
                .filter(r -> r.role() != (r.kind().get() == StakeholderKind.EXPERT ? Role.ADVISER : Role.INFORMED))
                .forEach(r -> f.add(r.party() + " is " + r.role() + " while not feasible"));
        return f;
    }

    static List<String> decideTogether(Opgave o, Advice a) {
        return when(a.goals().contains(Goal.DECIDE_TOGETHER) && !(a.participationSpace() == RoomLevel.AMPLE
                        && o.intentions().decisionPowerShared()),
                "DECIDE_TOGETHER with space " + a.participationSpace() + " and " + o.intentions());
    }

    static List<String> learnTogether(Opgave o, Advice a) {
        return when(a.goals().contains(Goal.LEARN_TOGETHER)
                        != (a.participationFeasible() && o.intentions().learnTogether()),
                "goals " + a.goals() + " with feasible " + a.participationFeasible() + " and " + o.intentions());
    }

    static List<String> expertAdvises(Opgave o, Advice a) {
        List<String> f = new ArrayList<>();
        stakeholderRoles(a).stream().filter(r -> r.kind().get() == StakeholderKind.EXPERT)
                .filter(r -> r.role() != Role.ADVISER).forEach(r -> f.add(r.party() + " is " + r.role()));
        return f;
    }

    static List<String> networking(Opgave o, Advice a) {
        return when(a.governmentRole() == GovernmentRole.NETWORKING && !a.goals().contains(Goal.DO_TOGETHER)
                        && !a.goals().contains(Goal.DECIDE_TOGETHER),
                "NETWORKING with goals " + a.goals());
    }

    static List<String> evaluation(Opgave o, Advice a) {
        List<Step> s = a.steps();
        boolean evaluated = s.contains(Step.INTERIM_EVALUATION) && s.get(s.size() - 1) == Step.FINAL_EVALUATION
                && s.indexOf(Step.FINAL_EVALUATION) == s.lastIndexOf(Step.FINAL_EVALUATION)
                && (!s.contains(Step.PROCESS) || s.indexOf(Step.INTERIM_EVALUATION) == s.indexOf(Step.PROCESS) + 1);
        boolean none = !s.contains(Step.INTERIM_EVALUATION) && !s.contains(Step.FINAL_EVALUATION);
        return when(o.intentions().learningPilot() ? !evaluated : !none,
                "steps " + s + " with learningPilot " + o.intentions().learningPilot());
    }

    static List<String> doTogether(Opgave o, Advice a) {
        return when(a.goals().contains(Goal.DO_TOGETHER) && a.participationSpace() != RoomLevel.AMPLE,
                "DO_TOGETHER with space " + a.participationSpace());
    }

    static List<String> oneRoleEach(Opgave o, Advice a) {
        List<String> f = new ArrayList<>();
        List<RoleAssignment> roles = a.roles();
        List<Stakeholder> stakeholders = o.stakeholders();
        if (roles.size() != 2 + stakeholders.size()) {
            return List.of(roles.size() + " roles for " + stakeholders.size() + " stakeholders");
        }
        if (roles.get(0).role() != Role.PROCESS_OWNER || roles.get(0).kind().isPresent()) {
            f.add("first role is " + roles.get(0));
        }
        if (roles.get(1).role() != Role.DECISION_MAKER || roles.get(1).kind().isPresent()) {
            f.add("second role is " + roles.get(1));
        }
        long owners = roles.stream().filter(r -> r.role() == Role.PROCESS_OWNER).count();
        long makers = roles.stream().filter(r -> r.role() == Role.DECISION_MAKER).count();
        if (owners != 1 || makers != 1) {
            f.add(owners + " process owners and " + makers + " decision makers");
        }
        for (int i = 0; i < stakeholders.size(); i++) {
            RoleAssignment r = roles.get(2 + i);
            Stakeholder s = stakeholders.get(i);
            if (!r.party().equals(s.name()) || !r.kind().equals(Optional.of(s.kind()))) {
                f.add("roles[" + (2 + i) + "] is " + r + " for stakeholders[" + i + "] " + s);
            }
        }
        return f;
    }

    static List<String> municipalityOwns(Opgave o, Advice a) {
        boolean ownsIt = a.roles().stream().anyMatch(r -> r.role() == Role.PROCESS_OWNER
                && r.party().equals(PolicyOracle.MUNICIPALITY));
        return when(ownsIt != (o.initiator() == Initiator.MUNICIPALITY),
                "process owner " + a.roles().get(0).party() + " for initiator " + o.initiator());
    }

    static List<String> adoptionFirst(Opgave o, Advice a) {
        if (a.complexity() != Complexity.COMPLEX) {
            return List.of();
        }
        List<Step> s = a.steps();
        int adoption = s.indexOf(Step.ADOPTION);
        int quickscan = s.indexOf(Step.QUICKSCAN);
        boolean ok = adoption >= 0 && s.indexOf(Step.PROCESS) > adoption
                && s.indexOf(Step.RESULT_TO_DECIDER) > s.indexOf(Step.PROCESS)
                && s.indexOf(Step.FINAL_DECISION) > s.indexOf(Step.RESULT_TO_DECIDER)
                && quickscan >= 0 && s.subList(0, quickscan).stream()
                        .allMatch(x -> x == Step.WEBSITE || x == Step.CONTACT_CIVIL_SERVANT)
                && s.indexOf(Step.PLAN_DESCRIPTION) == quickscan + 1
                && s.contains(Step.PARTICIPATION_PLAN) == a.participationPlanRequired()
                && s.indexOf(Step.PARTICIPATION_PLAN) < adoption;
        return when(!ok, "complex steps " + s + " (plan " + a.participationPlanRequired() + ")");
    }

    static List<String> explained(Opgave o, Advice a) {
        List<String> f = new ArrayList<>();
        Map<String, List<Explanation>> by = a.explanation().stream()
                .collect(Collectors.groupingBy(Explanation::decision, LinkedHashMap::new, Collectors.toList()));
        for (String d : List.of(WIE_BESLIST, COMPLEXITEIT, WERKWIJZE, QUICKSCAN, OPBRENGST_QUICKSCAN,
                PLANOMSCHRIJVING, RUIMTE, HAALBAARHEID, PARTICIPATIEPLAN, STAPPEN, ROL_GEMEENTE)) {
            int n = by.getOrDefault(d, List.of()).size();
            if (n != 1) {
                f.add("'" + d + "' has " + n + " explanation entries, expected 1");
            }
        }
        int goals = by.getOrDefault(DOELEN, List.of()).size();
        if (goals != Math.max(1, a.goals().size())) {
            f.add("'" + DOELEN + "' has " + goals + " entries for goals " + a.goals());
        }
        int sections = by.getOrDefault(WEGWIJZER, List.of()).size();
        if (sections != Math.max(1, a.guidance().size())) {
            f.add("'" + WEGWIJZER + "' has " + sections + " entries for guidance " + a.guidance());
        }
        Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        o.stakeholders().forEach(s -> kinds.add(s.kind()));
        Map<StakeholderKind, Integer> perKind = new EnumMap<>(StakeholderKind.class);
        for (Explanation e : by.getOrDefault(ROL_BELANGHEBBENDE, List.of())) {
            e.subject().map(StakeholderKind::valueOf).ifPresentOrElse(k -> perKind.merge(k, 1, Integer::sum),
                    () -> f.add("'" + ROL_BELANGHEBBENDE + "' entry without a kind: " + e));
        }
        kinds.forEach(k -> {
            if (perKind.getOrDefault(k, 0) != 1) {
                f.add("'" + ROL_BELANGHEBBENDE + "' explained " + perKind.getOrDefault(k, 0) + " times for " + k);
            }
        });
        if (!kinds.containsAll(perKind.keySet())) {
            f.add("'" + ROL_BELANGHEBBENDE + "' explained for kinds " + perKind.keySet() + " of " + kinds);
        }
        int roles = by.getOrDefault(ROLLEN, List.of()).size();
        if (roles < (o.stakeholders().isEmpty() ? 2 : 3)) {
            f.add("'" + ROLLEN + "' has " + roles + " entries; the process owner, the decision maker and the"
                    + " stakeholders' roles must each be explained");
        }
        List<Explanation> points = by.getOrDefault(AANDACHTSPUNTEN, List.of());
        Set<String> explainedCodes = points.stream().flatMap(e -> e.subject().stream()).collect(Collectors.toSet());
        Set<String> codes = a.attentionPoints().stream().map(p -> p.code().name()).collect(Collectors.toSet());
        if (a.attentionPoints().isEmpty() ? points.size() != 1 || !explainedCodes.isEmpty()
                : points.size() != codes.size() || !explainedCodes.equals(codes)) {
            f.add("'" + AANDACHTSPUNTEN + "' explains " + explainedCodes + " for points " + codes);
        }
        int last = -1;
        for (Explanation e : a.explanation()) {
            int at = EXPLANATION_ORDER.indexOf(e.decision());
            if (at < 0) {
                f.add("unknown decision '" + e.decision() + "'");
            } else if (at < last) {
                f.add("'" + e.decision() + "' comes after '" + EXPLANATION_ORDER.get(last) + "'");
            }
            last = Math.max(last, at);
            if (e.rule().isBlank() || e.source().isBlank() || e.text().isBlank()) {
                f.add("empty rule, source or text: " + e);
            }
        }
        return f;
    }

    static List<String> deliverablesIff(Opgave o, Advice a) {
        return when(a.quickscanDeliverables().isEmpty() == a.quickscanRequired(),
                "deliverables " + a.quickscanDeliverables() + " with quickscan " + a.quickscanRequired());
    }

    static List<String> questionsIff(Opgave o, Advice a) {
        boolean six = a.planDescriptionQuestions().size() == 6;
        boolean none = a.planDescriptionQuestions().isEmpty();
        return when(a.complexity() == Complexity.COMPLEX ? !six : !none,
                a.planDescriptionQuestions().size() + " questions for " + a.complexity());
    }

    static List<String> version(Opgave o, Advice a) {
        return when(a.policyVersion().name().isBlank() || !a.policyVersion().sha256().matches("[0-9a-f]{64}"),
                "policy version " + a.policyVersion());
    }

    static List<String> oracle(Opgave o, Advice a) {
        PolicyOracle.Expected e = PolicyOracle.advise(o);
        List<String> f = new ArrayList<>();
        field(f, "decider", e.decider(), a.decider());
        field(f, "complexity", e.complexity(), a.complexity());
        field(f, "route", e.route(), a.route());
        field(f, "quickscanRequired", e.quickscan(), a.quickscanRequired());
        field(f, "quickscanDeliverables", e.deliverables(), a.quickscanDeliverables());
        field(f, "participationSpace", e.space(), a.participationSpace());
        field(f, "participationFeasible", e.feasible(), a.participationFeasible());
        field(f, "participationPlanRequired", e.plan(), a.participationPlanRequired());
        field(f, "steps", e.steps(), a.steps());
        field(f, "goals", e.goals(), a.goals());
        field(f, "stakeholder roles", e.stakeholderRoles(), stakeholderRoles(a).stream().map(RoleAssignment::role)
                .toList());
        field(f, "governmentRole", e.governmentRole(), a.governmentRole());
        field(f, "guidance", e.guidance(), a.guidance());
        List<AttentionPointCode> codes = a.attentionPoints().stream().map(p -> p.code()).toList();
        field(f, "attentionPoints (in code order)", List.copyOf(e.attentionPoints()), codes);
        field(f, "reference", o.reference(), a.reference());
        List<String> questions = a.planDescriptionQuestions();
        boolean questionsOk = questions.size() == e.planQuestions();
        for (int i = 0; questionsOk && i < questions.size(); i++) {
            questionsOk = questions.get(i).contains(PolicyOracle.PLAN_QUESTION_KEYWORDS.get(i));
        }
        if (!questionsOk) {
            f.add("planDescriptionQuestions " + questions + ", expected one about each of "
                    + PolicyOracle.PLAN_QUESTION_KEYWORDS.subList(0, e.planQuestions()));
        }
        return f;
    }

    // ---- helpers ----

    static List<RoleAssignment> stakeholderRoles(Advice a) {
        return a.roles().stream().filter(r -> r.kind().isPresent()).toList();
    }

    private static void field(List<String> f, String name, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            f.add(name + " is " + actual + ", PolicyOracle says " + expected);
        }
    }

    private static List<String> when(boolean violated, String what) {
        return violated ? List.of(what) : List.of();
    }

    /** A short description of the opgave for failure messages: every field, stakeholders summarised when many. */
    static String describe(Opgave o) {
        String stakeholders = o.stakeholders().size() <= 8 ? o.stakeholders().toString()
                : o.stakeholders().size() + " stakeholders, by kind " + o.stakeholders().stream()
                .collect(Collectors.groupingBy(Stakeholder::kind, () -> new EnumMap<>(StakeholderKind.class),
                        Collectors.counting()));
        return "Opgave[initiator=" + o.initiator() + ", municipalDecisionRequired=" + o.municipalDecisionRequired()
                + ", withinCivilServiceMandate=" + o.withinCivilServiceMandate().orElse(null)
                + ", competentBody=" + o.competentBody().orElse(null) + ", " + o.impact() + ", " + o.room() + ", "
                + o.difficulty() + ", " + o.intentions() + ", stakeholders=" + stakeholders + "]";
    }
}
