package nl.heemstede.participatie.core.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.KindRole;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.facts.RoleSituation;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.facts.StakeholderFact;
import nl.heemstede.participatie.core.loading.Conversions;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.DmnPolicy;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.RulePolicy;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * The advisor that asks the engine on every call: it evaluates the DMN decisions, then runs the DRL rule sets
 * over every stakeholder, and assembles the advice with the engine's own hit ids and fired rule names as the
 * explanation. It is the reference the faster {@link TabledAdvisor} is proven equal to.
 */
public final class EngineAdvisor extends OneVersionAdvisor {

    /** The logger, made on first use: the tabled advisor calls {@link #checkValid} and must not start logging. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(EngineAdvisor.class);
    }


    public EngineAdvisor(Policy policy) {
        super(policy);
    }

    @Override
    public Advice advise(Opgave opgave) {
        checkValid(opgave);
        Map<String, Object> inputs = inputs(opgave);
        Map<String, String> described = DmnPolicy.describe(inputs);
        DmnPolicy.Outcome outcome = policy.dmn().decide(inputs, PER_OPGAVE);
        Object[] typed = new Object[AdviceAssembler.SIZE];
        outcome.results().forEach((decision, raw) -> {
            Object value = Conversions.typed(decision, raw, described);
            int index = AdviceAssembler.index(decision);
            if (index >= 0) {
                typed[index] = value;
            }
        });
        @SuppressWarnings("unchecked")
        List<Explanation>[] explanations = new List[AdviceAssembler.SIZE];
        for (DmnPolicy.Hit hit : outcome.hits()) {
            add(explanations, hit.decision(), policy.dmn().explain(hit, Optional.empty()));
        }

        // The role table is decided once per stakeholder kind present; the rules give each stakeholder its role.
        Map<StakeholderKind, Role> kindRoles = new EnumMap<>(StakeholderKind.class);
        List<Explanation> roleExplanations = new ArrayList<>();
        EnumSet<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        opgave.stakeholders().forEach(s -> kinds.add(s.kind()));
        for (StakeholderKind kind : kinds) {
            Map<String, Object> roleInputs = new LinkedHashMap<>();
            roleInputs.put(SOORT, kind.name());
            for (String required : policy.dmn().requirements(ROL_BELANGHEBBENDE)) {
                if (!required.equals(SOORT)) {
                    roleInputs.put(required, outcome.results().containsKey(required)
                            ? outcome.results().get(required) : inputs.get(required));
                }
            }
            DmnPolicy.Outcome role = policy.dmn().decide(roleInputs, List.of(ROL_BELANGHEBBENDE));
            kindRoles.put(kind, (Role) Conversions.typed(ROL_BELANGHEBBENDE,
                    role.results().get(ROL_BELANGHEBBENDE), DmnPolicy.describe(roleInputs)));
            role.hits().forEach(hit -> roleExplanations.addAll(policy.dmn().explain(hit, Optional.of(kind.name()))));
        }
        add(explanations, ROL_BELANGHEBBENDE, roleExplanations);
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("Advice for '{}': rows {}", opgave.title(),
                    outcome.hits().stream().map(DmnPolicy.Hit::rowIds).toList());
        }
        return withRules(policy, opgave, typed, explanations, kindRoles);
    }

    /**
     * The advice from the tables' outcomes: runs the DRL rule sets once over every fact of the opgave (the situation,
     * every stakeholder and the role the table gives each kind present) and assembles the advice with the fired rules
     * as explanation. The second half of {@link #advise}; the test of the rule memo gives it the decided tables'
     * outcomes, to ask the engine's rules about every situation without asking the DMN engine each time.
     *
     * @param typed        the typed outcome of each decision, by {@link AdviceAssembler#index(String)}
     * @param explanations the tables' explanation entries, by {@link AdviceAssembler#index(String)}; added to
     * @param kindRoles    the role the table gives each stakeholder kind present
     */
    static Advice withRules(Policy policy, Opgave opgave, Object[] typed, List<Explanation>[] explanations,
                            Map<StakeholderKind, Role> kindRoles) {
        Situation situation = situation(opgave, typed);
        List<Object> facts = new ArrayList<>();
        facts.add(situation);
        facts.add(new RoleSituation(situation.initiator(), situation.decider()));
        List<Stakeholder> stakeholders = opgave.stakeholders();
        for (int i = 0; i < stakeholders.size(); i++) {
            facts.add(new StakeholderFact(i, stakeholders.get(i).name(), stakeholders.get(i).kind()));
        }
        kindRoles.forEach((kind, role) -> facts.add(new KindRole(kind, role)));
        RulePolicy.Outcome ruled = policy.rules().run(facts);

        List<String> defects = new ArrayList<>();
        List<PartyRole> partyRoles = new ArrayList<>();
        List<AttentionPoint> attentionPoints = new ArrayList<>();
        for (Object fact : ruled.facts()) {
            if (fact instanceof PolicyDefect defect) {
                defects.add(defect.problem());
            } else if (fact instanceof PartyRole partyRole) {
                partyRoles.add(partyRole);
            } else if (fact instanceof Attention attention) {
                attentionPoints.add(new AttentionPoint(attention.code(), attention.text()));
            }
        }
        if (!defects.isEmpty()) {
            throw rulesCannotDecide(new RoleSituation(situation.initiator(), situation.decider()), kindRoles, defects);
        }
        partyRoles.sort(Comparator.comparingInt(PartyRole::position));
        List<RoleAssignment> roles = partyRoles.stream()
                .map(p -> new RoleAssignment(p.party(), Optional.ofNullable(p.kind()), p.role()))
                .toList();
        Set<String> firedRules = new LinkedHashSet<>();
        ruled.firings().forEach(f -> firedRules.add(f.rule()));
        Map<String, List<Explanation>> byRuleSet = new HashMap<>();
        for (String rule : firedRules) {
            policy.rules().explain(rule).ifPresent(e -> byRuleSet.computeIfAbsent(e.decision(),
                    d -> new ArrayList<>()).add(e));
        }
        byRuleSet.forEach((decision, entries) -> add(explanations, decision,
                AdviceAssembler.inRuleOrder(entries)));
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("Advice for '{}': rules {}", opgave.title(), firedRules);
        }
        return AdviceAssembler.assemble(opgave, policy.version(), typed, explanations, roles,
                AdviceAssembler.inCodeOrder(attentionPoints));
    }

    private static void add(List<Explanation>[] explanations, String decision, List<Explanation> entries) {
        int index = AdviceAssembler.index(decision);
        if (index < 0) {
            return; // a helper decision of an edited policy: the advice explains the decisions it reports
        }
        if (explanations[index] == null) {
            explanations[index] = new ArrayList<>();
        }
        explanations[index].addAll(entries);
    }

    static void checkValid(Opgave opgave) {
        if (opgave == null) {
            throw new InvalidOpgaveException(List.of(Violation.missing("", "An opgave is required.")));
        }
        List<Violation> violations = opgave.violations();
        if (!violations.isEmpty()) {
            throw new InvalidOpgaveException(violations);
        }
    }

    /** The facts of the opgave and its decisions that the rule sets reason over. */
    @SuppressWarnings("unchecked")
    static Situation situation(Opgave opgave, Object[] typed) {
        Impact impact = opgave.impact();
        Intentions intentions = opgave.intentions();
        return new Situation(opgave.initiator(), (Decider) typed[AdviceAssembler.index(WIE_BESLIST)],
                (Complexity) typed[AdviceAssembler.index(COMPLEXITEIT)],
                (RoomLevel) typed[AdviceAssembler.index(RUIMTE)],
                (Boolean) typed[AdviceAssembler.index(HAALBAARHEID)],
                impact.majorChangeToLivingEnvironment(), impact.manyActors(), impact.manyInterests(),
                intentions.frameworksSet().all(), intentions.decisionPowerShared(),
                intentions.stakeholdersWillCoProduce(), opgave.difficulty().complexContent(),
                opgave.difficulty().opposingInterests(),
                ((Set<Goal>) typed[AdviceAssembler.index(DOELEN)]).contains(Goal.DECIDE_TOGETHER),
                intentions.learningPilot());
    }

    static PolicyDecisionException rulesCannotDecide(RoleSituation situation, Map<StakeholderKind, Role> kindRoles,
                                                     List<String> defects) {
        List<String> sorted = new ArrayList<>(defects);
        sorted.sort(null);
        Map<String, String> described = new LinkedHashMap<>();
        described.put("situation", situation.toString());
        described.put("roles by kind", kindRoles.toString());
        return new PolicyDecisionException(ROLLEN, described, String.join("; ", sorted) + ".");
    }

    /** Whether a stakeholder of the opgave is of the kind RESIDENTS (the input {@link Decisions#INWONERS}). */
    static boolean hasResidents(Opgave opgave) {
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            if (stakeholder.kind() == StakeholderKind.RESIDENTS) {
                return true;
            }
        }
        return false;
    }

    /** The DMN input data of an opgave, by input name. */
    static Map<String, Object> inputs(Opgave opgave) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put(BESLUIT_NODIG, opgave.municipalDecisionRequired());
        in.put(AMBTELIJK, opgave.withinCivilServiceMandate().orElse(null));
        in.put(BEVOEGD_ORGAAN, opgave.competentBody().map(Enum::name).orElse(null));
        in.put(GROTE_WIJZIGING, opgave.impact().majorChangeToLivingEnvironment());
        in.put(VEEL_ACTOREN, opgave.impact().manyActors());
        in.put(VEEL_BELANGEN, opgave.impact().manyInterests());
        in.put(INITIATIEFNEMER, opgave.initiator().name());
        in.put(IETS_TE_KIEZEN, opgave.room().somethingToChoose());
        in.put(RUIMTE_WETGEVING, opgave.room().legalRoom().name());
        in.put(RUIMTE_BELEID, opgave.room().policyRoom().name());
        in.put(WENSELIJK, opgave.room().participationDesirable());
        in.put(COPRODUCEREN, opgave.intentions().stakeholdersWillCoProduce());
        in.put(BESLISSINGSRUIMTE, opgave.intentions().decisionPowerShared());
        in.put(KADER_INHOUD, opgave.intentions().frameworksSet().content());
        in.put(KADER_FINANCIEEL, opgave.intentions().frameworksSet().financial());
        in.put(KADER_PROCES, opgave.intentions().frameworksSet().process());
        in.put(LEERPILOT, opgave.intentions().learningPilot());
        in.put(SAMEN_LEREN, opgave.intentions().learnTogether());
        in.put(INWONERS, hasResidents(opgave));
        return in;
    }
}
