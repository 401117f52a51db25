package nl.heemstede.participatie.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PartyAccount;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.facts.Act;
import nl.heemstede.participatie.core.facts.AdvisedGoal;
import nl.heemstede.participatie.core.facts.GoalServed;
import nl.heemstede.participatie.core.facts.Involvement;
import nl.heemstede.participatie.core.facts.Observation;
import nl.heemstede.participatie.core.facts.OpgaveParty;
import nl.heemstede.participatie.core.facts.PlanAnswer;
import nl.heemstede.participatie.core.facts.PlanFramework;
import nl.heemstede.participatie.core.facts.PlanGoal;
import nl.heemstede.participatie.core.facts.PlanRole;
import nl.heemstede.participatie.core.facts.PlanSituation;
import nl.heemstede.participatie.core.facts.ReviewSituation;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.core.loading.Row;
import nl.heemstede.participatie.core.loading.RulePolicy;

/**
 * The plan check ({@code plantoets.drl}) and the accountability review ({@code verantwoording.drl}): turns an
 * opgave, its advice, a plan and a record into facts, runs the rules, and turns what they observed into findings
 * with the metadata of the rule that made them. The rule files ship in the jar and are compiled once per JVM, on
 * first use.
 */
public final class PlanReviewer {

    private static final String CODE = "code";
    private static final String SEVERITY = "ernst";

    private static final Comparator<PlanFinding> ORDER = Comparator.comparing(PlanFinding::severity)
            .thenComparing(PlanFinding::code)
            .thenComparing(f -> f.subject().orElse(""))
            .thenComparing(PlanFinding::text);

    /** The codes of the findings that say how a party's part deviated from the plan. */
    private static final java.util.Set<FindingCode> PARTY_DEVIATIONS = java.util.EnumSet.of(
            FindingCode.PARTY_NOT_INVOLVED, FindingCode.PARTY_INVOLVED_LIGHTER, FindingCode.PARTY_INVOLVED_HEAVIER);

    private PlanReviewer() {
    }

    /** The rule sets, each compiled on first use; a file that fails is tried again on the next call. */
    private static final Map<String, CompiledRules> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static CompiledRules rules(String file) {
        return COMPILED.computeIfAbsent(file, CompiledRules::load);
    }

    /** One rule file, compiled, with the finding each of its rules makes. */
    public record CompiledRules(RulePolicy rules, Map<String, FindingRule> findingRules) {

        static CompiledRules load(String file) {
            // the same bytes the policy version hashes (DRL always comes from the jar)
            return of(file, PolicyFiles.bundled().content(file));
        }

        /** Compiles the given content of a rule file (tests use it to show that a changed rule is caught). */
        public static CompiledRules of(String file, byte[] content) {
            RulePolicy rules = RulePolicy.of(Map.of(file, content));
            Map<String, FindingRule> findingRules = new HashMap<>();
            List<String> problems = new ArrayList<>();
            rules.metadata().forEach((rule, meta) -> {
                if (meta.containsKey(CODE)) {
                    FindingRule findingRule = FindingRule.of(rule, meta, problems);
                    if (findingRule != null) {
                        findingRules.put(rule, findingRule);
                    }
                }
            });
            if (!problems.isEmpty()) {
                throw new PolicyLoadException(file + ": " + String.join(" ", problems), problems);
            }
            return new CompiledRules(rules, Map.copyOf(findingRules));
        }

        /** Runs the rules and returns the findings, in order, and the facts left in working memory. */
        RulePolicy.Outcome run(List<Object> facts, List<PlanFinding> findings) {
            RulePolicy.Outcome outcome = rules.run(facts);
            for (Object fact : outcome.facts()) {
                if (fact instanceof Observation observation) {
                    FindingRule rule = findingRules.get(observation.rule());
                    if (rule == null) {
                        throw new IllegalStateException("Rule '" + observation.rule() + "' made a finding but has no"
                                + " @code metadata.");
                    }
                    findings.add(rule.finding(observation));
                }
            }
            findings.sort(ORDER);
            return outcome;
        }
    }

    /** What a finding rule says about itself in its metadata. */
    record FindingRule(String name, FindingCode code, Severity severity, Basis basis,
                       String source) {

        public static FindingRule of(String rule, Map<String, Object> meta, List<String> problems) {
            FindingCode code = constant(FindingCode.class, meta.get(CODE));
            Severity severity = constant(Severity.class, meta.get(SEVERITY));
            Basis basis = Row.basisOf(String.valueOf(meta.get(RulePolicy.BASIS)));
            Object source = meta.get(RulePolicy.SOURCE);
            if (code == null || severity == null || basis == null || source == null) {
                problems.add("Rule '" + rule + "' needs @" + CODE + " (a FindingCode), @" + SEVERITY
                        + " (ERROR, WARNING or INFO), @" + RulePolicy.BASIS + " ([seed] or [reading]) and @"
                        + RulePolicy.SOURCE + "; it has " + meta + ".");
                return null;
            }
            return new FindingRule(rule, code, severity, basis, String.valueOf(source));
        }

        private static <E extends Enum<E>> E constant(Class<E> type, Object value) {
            try {
                return value == null ? null : Enum.valueOf(type, String.valueOf(value).strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        PlanFinding finding(Observation observation) {
            return new PlanFinding(severity, code, name, basis, source, observation.text(),
                    observation.subject().isEmpty() ? Optional.empty() : Optional.of(observation.subject()));
        }
    }

    /** Every finding rule of both rule sets, by rule name: what each rule raises. */
    static Map<String, FindingRule> findingRules() {
        Map<String, FindingRule> all = new TreeMap<>(rules(PolicyFiles.PLAN_RULES).findingRules());
        all.putAll(rules(PolicyFiles.REVIEW_RULES).findingRules());
        return all;
    }

    /** Checks a plan against the advice of the given advisor. */
    public static PlanCheck check(ParticipationAdvisor advisor, Opgave opgave, ParticipationPlan plan) {
        return check(advisor, opgave, plan, rules(PolicyFiles.PLAN_RULES));
    }

    /** Checks a plan with the given plan rules. */
    public static PlanCheck check(ParticipationAdvisor advisor, Opgave opgave, ParticipationPlan plan,
                           CompiledRules planRules) {
        requireValid(opgave, plan, null);
        Advice advice = advisor.advise(opgave);
        List<Object> facts = new ArrayList<>();
        facts.add(new PlanSituation(advice.decider(), opgave.initiator() != Initiator.MUNICIPALITY,
                advice.complexity(), advice.participationFeasible(),
                advice.participationPlanRequired(), advice.participationSpace(), opgave.competentBody().orElse(null),
                plan.adoptedBy().orElse(null), opgave.difficulty().opposingInterests(), plan.statesWeighing()));
        plan.goals().forEach(goal -> facts.add(new PlanGoal(goal)));
        advice.goals().forEach(goal -> facts.add(new AdvisedGoal(goal)));
        for (FrameworkKind kind : FrameworkKind.values()) {
            facts.add(new PlanFramework(kind, plan.sets(kind)));
        }
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            facts.add(new OpgaveParty(key(stakeholder.name()), stakeholder.name().strip(), stakeholder.kind()));
        }
        facts.addAll(planRoles(opgave, plan, advice));
        List<String> questions = advice.planDescriptionQuestions();
        for (PlanQuestion question : PlanQuestion.values()) {
            String text = question.ordinal() < questions.size() ? questions.get(question.ordinal()) : question.label();
            facts.add(new PlanAnswer(question, text, !questions.isEmpty(), plan.answers(question)));
        }
        List<PlanFinding> findings = new ArrayList<>();
        planRules.run(facts, findings);
        return new PlanCheck(advice, findings);
    }

    /** Reviews a process against its plan. */
    public static ProcessReview review(ParticipationAdvisor advisor, Opgave opgave, ParticipationPlan plan,
                                ProcessRecord record) {
        return review(advisor, opgave, plan, record, rules(PolicyFiles.REVIEW_RULES));
    }

    /** Reviews a process against its plan with the given review rules. */
    public static ProcessReview review(ParticipationAdvisor advisor, Opgave opgave, ParticipationPlan plan,
                                ProcessRecord record, CompiledRules reviewRules) {
        requireValid(opgave, plan, record);
        Advice advice = advisor.advise(opgave);
        List<Object> facts = new ArrayList<>();
        facts.add(new ReviewSituation(record.adoptedOn(), record.resultSentOn().orElse(null),
                record.accountsForInput(), record.accountsForPlan(), opgave.intentions().learningPilot()));
        plan.goals().forEach(goal -> facts.add(new PlanGoal(goal)));
        List<PlanRole> roles = planRoles(opgave, plan, advice);
        facts.addAll(roles);
        Map<String, PlanRole> roleByKey = new HashMap<>();
        roles.forEach(role -> roleByKey.put(role.key(), role));
        Map<String, Integer> heaviest = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < record.activities().size(); i++) {
            Activity activity = record.activities().get(i);
            facts.add(new Act(i, activity.date(), activity.kind(), title(activity)));
            for (Participation participation : activity.participants()) {
                String key = key(participation.party());
                int rank = PlanRole.rank(participation.role());
                facts.add(new Involvement(i, key, roleByKey.get(key).stakeholder(), participation.role(), rank));
                heaviest.merge(key, rank, Math::min);
                count.merge(key, 1, Integer::sum);
            }
        }
        List<PlanFinding> findings = new ArrayList<>();
        RulePolicy.Outcome outcome = reviewRules.run(facts, findings);

        // the deviations are the findings the rules made about a party or a goal: the account and the findings agree
        Map<String, PlanFinding> partyDeviations = new HashMap<>();
        Map<String, PlanFinding> goalDeviations = new HashMap<>();
        for (PlanFinding finding : findings) {
            if (PARTY_DEVIATIONS.contains(finding.code())) {
                finding.subject().ifPresent(party -> partyDeviations.putIfAbsent(key(party), finding));
            } else if (finding.code() == FindingCode.GOAL_NOT_SERVED) {
                finding.subject().ifPresent(goal -> goalDeviations.putIfAbsent(goal, finding));
            }
        }
        List<PartyAccount> parties = new ArrayList<>();
        for (PlanRole role : roles) {
            Integer rank = heaviest.get(role.key());
            parties.add(new PartyAccount(role.name(), Optional.ofNullable(role.kind()), role.planned(),
                    rank == null ? Optional.empty() : Optional.of(PlanRole.role(rank)),
                    count.getOrDefault(role.key(), 0),
                    role.stakeholder() ? Optional.ofNullable(partyDeviations.get(role.key())) : Optional.empty()));
        }
        Map<Goal, List<Integer>> served = new EnumMap<>(Goal.class);
        for (Object fact : outcome.facts()) {
            if (fact instanceof GoalServed goalServed) {
                served.computeIfAbsent(goalServed.goal(), g -> new ArrayList<>()).add(goalServed.activity());
            }
        }
        Comparator<Integer> byDate = Comparator.<Integer, LocalDate>comparing(
                i -> record.activities().get(i).date()).thenComparing(Comparator.naturalOrder());
        List<GoalAccount> goals = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            List<Activity> activities = served.getOrDefault(goal, List.of()).stream().distinct().sorted(byDate)
                    .map(record.activities()::get).toList();
            goals.add(new GoalAccount(goal, activities, Optional.ofNullable(goalDeviations.get(goal.name()))));
        }
        return new ProcessReview(advice.policyVersion(), findings, parties, goals);
    }

    /** The date and description of an activity, as findings name it. */
    static String title(Activity activity) {
        return Act.dutch(activity.date()) + " " + activity.description().strip();
    }

    private static List<PlanRole> planRoles(Opgave opgave, ParticipationPlan plan, Advice advice) {
        Map<String, StakeholderKind> kinds = new HashMap<>();
        opgave.stakeholders().forEach(s -> kinds.put(key(s.name()), s.kind()));
        Map<String, Role> advised = new HashMap<>();
        for (RoleAssignment assignment : advice.roles()) {
            if (assignment.kind().isPresent()) {
                advised.put(key(assignment.party()), assignment.role());
            }
        }
        List<PlanRole> roles = new ArrayList<>();
        for (PlannedParty party : plan.parties()) {
            String key = key(party.name());
            Role advisedRole = advised.get(key);
            roles.add(new PlanRole(key, party.name().strip(), kinds.get(key), party.role(),
                    PlanRole.rank(party.role()), advisedRole, advisedRole == null ? 0 : PlanRole.rank(advisedRole)));
        }
        return roles;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireValid(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
        List<Violation> found = new ArrayList<>();
        opgave.violations().forEach(v -> found.add(prefixed("opgave.", v)));
        plan.violations(opgave).forEach(v -> found.add(prefixed("plan.", v)));
        if (record != null) {
            record.violations(plan).forEach(v -> found.add(prefixed("record.", v)));
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    private static Violation prefixed(String prefix, Violation violation) {
        return new Violation(prefix + violation.field(), violation.rejectedValue(), violation.message());
    }
}
