package nl.heemstede.participatie.core;

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
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.KindRole;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.facts.StakeholderFact;

import static nl.heemstede.participatie.core.Decisions.*;

/**
 * The advisor over a loaded policy: evaluates the DMN decisions, then the DRL rule sets, and assembles the
 * advice with the engine's own hit ids and fired rule names as the explanation.
 */
final class EngineAdvisor implements ParticipationAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(EngineAdvisor.class);

    private final Policy policy;

    EngineAdvisor(Policy policy) {
        this.policy = policy;
    }

    @Override
    public PolicyVersion policyVersion() {
        return policy.version();
    }

    @Override
    public Advice advise(Opgave opgave) {
        if (opgave == null) {
            throw new InvalidOpgaveException(List.of(Violation.missing("", "An opgave is required.")));
        }
        List<Violation> violations = opgave.violations();
        if (!violations.isEmpty()) {
            throw new InvalidOpgaveException(violations);
        }
        Map<String, Object> inputs = inputs(opgave);
        DmnPolicy.Outcome outcome = policy.dmn().decide(inputs, PER_OPGAVE);
        Map<String, Object> results = outcome.results();

        Decider decider = code(Decider.class, WIE_BESLIST, results, inputs);
        Complexity complexity = code(Complexity.class, COMPLEXITEIT, results, inputs);
        Route route = code(Route.class, WERKWIJZE, results, inputs);
        boolean quickscan = bool(QUICKSCAN, results, inputs);
        List<QuickscanDeliverable> deliverables = codes(QuickscanDeliverable.class, OPBRENGST_QUICKSCAN, results,
                inputs);
        List<String> questions = texts(PLANOMSCHRIJVING, results, inputs);
        RoomLevel space = code(RoomLevel.class, RUIMTE, results, inputs);
        boolean feasible = bool(HAALBAARHEID, results, inputs);
        boolean planRequired = bool(PARTICIPATIEPLAN, results, inputs);
        List<Step> steps = codes(Step.class, STAPPEN, results, inputs);
        List<Goal> goalList = codes(Goal.class, DOELEN, results, inputs);
        Set<Goal> goals = goalList.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goalList);
        GovernmentRole governmentRole = code(GovernmentRole.class, ROL_GEMEENTE, results, inputs);

        // The role table is decided once per stakeholder kind present; the rules give each stakeholder its role.
        Map<StakeholderKind, Role> kindRoles = new EnumMap<>(StakeholderKind.class);
        List<Explanation> roleExplanations = new ArrayList<>();
        EnumSet<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        opgave.stakeholders().forEach(s -> kinds.add(s.kind()));
        for (StakeholderKind kind : kinds) {
            Map<String, Object> roleInputs = new LinkedHashMap<>();
            roleInputs.put(SOORT, kind.name());
            roleInputs.put(RUIMTE, results.get(RUIMTE));
            roleInputs.put(DOELEN, results.get(DOELEN));
            DmnPolicy.Outcome role = policy.dmn().decide(roleInputs, List.of(ROL_BELANGHEBBENDE));
            kindRoles.put(kind, code(Role.class, ROL_BELANGHEBBENDE, role.results(), roleInputs));
            role.hits().forEach(hit -> roleExplanations.addAll(explainHit(hit, Optional.of(kind.name()))));
        }

        Situation situation = new Situation(opgave.initiator(), decider, complexity, space, goals,
                opgave.impact().any(), opgave.intentions().frameworksSet().all(),
                opgave.intentions().decisionPowerShared(), opgave.intentions().stakeholdersWillCoProduce(),
                opgave.difficulty().complexContent(), opgave.difficulty().opposingInterests());
        List<Object> facts = new ArrayList<>();
        facts.add(situation);
        List<Stakeholder> stakeholders = opgave.stakeholders();
        for (int i = 0; i < stakeholders.size(); i++) {
            facts.add(new StakeholderFact(i, stakeholders.get(i).name(), stakeholders.get(i).kind()));
        }
        kindRoles.forEach((kind, role) -> facts.add(new KindRole(kind, role)));
        RulePolicy.Outcome ruled = policy.rules().run(facts);

        List<String> defects = new ArrayList<>();
        List<PartyRole> partyRoles = new ArrayList<>();
        List<Attention> attentions = new ArrayList<>();
        for (Object fact : ruled.facts()) {
            if (fact instanceof PolicyDefect defect) {
                defects.add(defect.problem());
            } else if (fact instanceof PartyRole partyRole) {
                partyRoles.add(partyRole);
            } else if (fact instanceof Attention attention) {
                attentions.add(attention);
            }
        }
        if (!defects.isEmpty()) {
            defects.sort(null);
            throw new PolicyDecisionException(ROLLEN, describe(situation, kindRoles), String.join("; ", defects)
                    + ".");
        }
        partyRoles.sort(Comparator.comparingInt(PartyRole::position));
        List<RoleAssignment> roles = partyRoles.stream()
                .map(p -> new RoleAssignment(p.party(), Optional.ofNullable(p.kind()), p.role()))
                .toList();
        List<AttentionPoint> attentionPoints = attentions.stream()
                .sorted(Comparator.comparing(Attention::code))
                .map(a -> new AttentionPoint(a.code(), a.text()))
                .toList();

        List<Explanation> explanation = explain(outcome.hits(), roleExplanations, ruled.firedRules());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Advice for '{}': rows {} then rules {}", opgave.title(),
                    outcome.hits().stream().map(DmnPolicy.Hit::rowIds).toList(), ruled.firedRules());
        }
        return new Advice(opgave.reference(), policy.version(), decider, complexity, route, quickscan, deliverables,
                space, feasible, planRequired, goals, roles, governmentRole, steps, questions, attentionPoints,
                explanation);
    }

    private List<Explanation> explain(List<DmnPolicy.Hit> hits, List<Explanation> roleExplanations,
                                      List<String> fired) {
        Map<String, List<Explanation>> byDecision = new HashMap<>();
        for (DmnPolicy.Hit hit : hits) {
            byDecision.computeIfAbsent(hit.decision(), d -> new ArrayList<>())
                    .addAll(explainHit(hit, Optional.empty()));
        }
        byDecision.put(ROL_BELANGHEBBENDE, roleExplanations);
        for (String rule : new LinkedHashSet<>(fired)) {
            Row row = policy.rules().rule(rule);
            if (row != null) {
                byDecision.computeIfAbsent(row.decision(), d -> new ArrayList<>()).add(new Explanation(
                        row.decision(), row.id(), row.basis(), row.source(), row.text(),
                        row.subject().isEmpty() ? Optional.empty() : Optional.of(row.subject())));
            }
        }
        byDecision.computeIfPresent(AANDACHTSPUNTEN, (d, list) -> {
            list.sort(Comparator.comparing(e -> e.subject().orElse("")));
            return list;
        });
        List<Explanation> ordered = new ArrayList<>();
        for (String decision : EXPLANATION_ORDER) {
            ordered.addAll(byDecision.getOrDefault(decision, List.of()));
        }
        return ordered;
    }

    private List<Explanation> explainHit(DmnPolicy.Hit hit, Optional<String> subject) {
        List<Explanation> entries = new ArrayList<>();
        if (hit.rowIds().isEmpty()) {
            entries.add(new Explanation(hit.decision(), hit.tableId(), Basis.READING, "Tabel " + hit.decision(),
                    "Geen rij van de tabel " + hit.decision() + " is van toepassing: de uitkomst is leeg.", subject));
            return entries;
        }
        for (String id : hit.rowIds()) {
            Row row = policy.dmn().row(id);
            entries.add(new Explanation(row.decision(), row.id(), row.basis(), row.source(), row.text(), subject));
        }
        return entries;
    }

    private static Map<String, Object> inputs(Opgave opgave) {
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
        in.put(COPRODUCEREN, opgave.intentions().stakeholdersWillCoProduce());
        in.put(BESLISSINGSRUIMTE, opgave.intentions().decisionPowerShared());
        in.put(KADER_INHOUD, opgave.intentions().frameworksSet().content());
        in.put(KADER_FINANCIEEL, opgave.intentions().frameworksSet().financial());
        in.put(KADER_PROCES, opgave.intentions().frameworksSet().process());
        in.put(LEERPILOT, opgave.intentions().learningPilot());
        return in;
    }

    private static Map<String, String> describe(Situation situation, Map<StakeholderKind, Role> kindRoles) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("situation", situation.toString());
        described.put("roles by kind", kindRoles.toString());
        return described;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String decision, Map<String, Object> results,
                                              Map<String, Object> inputs) {
        Object value = results.get(decision);
        if (value instanceof String text) {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                // fall through to the policy error below
            }
        }
        throw new PolicyDecisionException(decision, DmnPolicy.describe(inputs), "the table gave [" + value
                + "], which is not a code of " + type.getSimpleName() + ".");
    }

    private static boolean bool(String decision, Map<String, Object> results, Map<String, Object> inputs) {
        Object value = results.get(decision);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new PolicyDecisionException(decision, DmnPolicy.describe(inputs), "the table gave [" + value
                + "], which is not true or false.");
    }

    private static <E extends Enum<E>> List<E> codes(Class<E> type, String decision, Map<String, Object> results,
                                                     Map<String, Object> inputs) {
        List<E> codes = new ArrayList<>();
        for (Object item : list(decision, results, inputs)) {
            codes.add(code(type, decision, Map.of(decision, item), inputs));
        }
        return List.copyOf(codes);
    }

    private static List<String> texts(String decision, Map<String, Object> results, Map<String, Object> inputs) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(decision, results, inputs)) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new PolicyDecisionException(decision, DmnPolicy.describe(inputs), "the table gave ["
                        + item + "] in a list of texts.");
            }
            texts.add(text);
        }
        return List.copyOf(texts);
    }

    private static List<?> list(String decision, Map<String, Object> results, Map<String, Object> inputs) {
        Object value = results.get(decision);
        if (value instanceof List<?> list) {
            return list;
        }
        throw new PolicyDecisionException(decision, DmnPolicy.describe(inputs), "the table gave [" + value
                + "], which is not a list.");
    }
}
