package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.Situation;

import static nl.heemstede.participatie.core.Decisions.*;

/**
 * The advisor that answers from the engine's own answers decided ahead: the DMN tables over their whole input
 * space when the policy loads ({@link DecidedTables}), the DRL rule sets once per situation ({@link RuleMemo}).
 * Its advice is equal to {@link EngineAdvisor}'s, explanation included; the test EngineEquivalenceProperties
 * proves that over the whole input space. Immutable apart from the memo, and thread-safe.
 */
final class TabledAdvisor implements ParticipationAdvisor {

    private final Policy policy;
    private final DecidedTables tables;
    private final RuleMemo rules;
    private final DecidedTables.Table roleTable;
    private final int soortSlot;
    private final int[] inputSlots;

    TabledAdvisor(Policy policy) {
        this.policy = policy;
        this.tables = policy.tables();
        this.rules = new RuleMemo(policy.rules());
        this.roleTable = tables.table(ROL_BELANGHEBBENDE);
        this.soortSlot = tables.slot(SOORT);
        this.inputSlots = new int[] {tables.slot(BESLUIT_NODIG), tables.slot(AMBTELIJK),
                tables.slot(BEVOEGD_ORGAAN), tables.slot(GROTE_WIJZIGING), tables.slot(VEEL_ACTOREN),
                tables.slot(VEEL_BELANGEN), tables.slot(INITIATIEFNEMER), tables.slot(IETS_TE_KIEZEN),
                tables.slot(RUIMTE_WETGEVING), tables.slot(RUIMTE_BELEID), tables.slot(COPRODUCEREN),
                tables.slot(BESLISSINGSRUIMTE), tables.slot(KADER_INHOUD), tables.slot(KADER_FINANCIEEL),
                tables.slot(KADER_PROCES), tables.slot(LEERPILOT)};
    }

    @Override
    public PolicyVersion policyVersion() {
        return policy.version();
    }

    @Override
    public Advice advise(Opgave opgave) {
        EngineAdvisor.checkValid(opgave);
        Object[] values = new Object[tables.slotCount()];
        fillInputs(opgave, values);
        Map<String, Object> typed = new HashMap<>();
        Map<String, List<Explanation>> explanations = new HashMap<>();
        for (DecidedTables.Table table : tables.inOrder()) {
            if (table == roleTable) {
                continue; // decided per stakeholder kind, below
            }
            DecidedTables.Answer answer = table.answer(values);
            typed.put(table.decision, answer.value());
            values[table.slot] = answer.raw();
            explanations.put(table.decision, answer.explanation());
        }

        EnumSet<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            kinds.add(stakeholder.kind());
        }
        List<Explanation> roleExplanations = new ArrayList<>();
        for (StakeholderKind kind : kinds) {
            values[soortSlot] = kind.name();
            DecidedTables.Answer answer = roleTable.answer(values);
            answer.value();
            roleExplanations.addAll(answer.explanation());
        }
        explanations.put(ROL_BELANGHEBBENDE, roleExplanations);

        Situation situation = EngineAdvisor.situation(opgave, typed);
        RuleMemo.Answer ruled = rules.answer(situation, s -> tableRoles(values));
        List<String> defects = new ArrayList<>(ruled.defects());
        Set<Explanation> ruleExplanations = new LinkedHashSet<>(ruled.explanation());
        for (StakeholderKind kind : kinds) {
            defects.addAll(ruled.defectsByKind().getOrDefault(kind, List.of()));
            ruleExplanations.addAll(ruled.explanationByKind().getOrDefault(kind, Set.of()));
            if (!ruled.roleByKind().containsKey(kind)) {
                defects.add("belanghebbenden van de soort " + kind + " kregen geen rol");
            }
        }
        if (!defects.isEmpty()) {
            Map<StakeholderKind, Role> present = new EnumMap<>(StakeholderKind.class);
            kinds.forEach(k -> present.put(k, ruled.tableRoles().get(k)));
            throw EngineAdvisor.rulesCannotDecide(situation, present, defects);
        }
        for (Explanation e : ruleExplanations) {
            explanations.computeIfAbsent(e.decision(), d -> new ArrayList<>()).add(e);
        }

        List<RoleAssignment> roles = new ArrayList<>(2 + opgave.stakeholders().size());
        for (PartyRole body : ruled.bodies()) {
            roles.add(new RoleAssignment(body.party(), Optional.empty(), body.role()));
        }
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            roles.add(new RoleAssignment(stakeholder.name(), Optional.of(stakeholder.kind()),
                    ruled.roleByKind().get(stakeholder.kind())));
        }
        return AdviceAssembler.assemble(opgave, policy.version(), typed, explanations, roles, ruled.attention());
    }

    /** The role the table gives each kind, for the values of this opgave; used when the rules meet a new situation. */
    private Map<StakeholderKind, Role> tableRoles(Object[] values) {
        Object[] copy = values.clone();
        Map<StakeholderKind, Role> roles = new EnumMap<>(StakeholderKind.class);
        for (StakeholderKind kind : StakeholderKind.values()) {
            copy[soortSlot] = kind.name();
            roles.put(kind, (Role) roleTable.answer(copy).value());
        }
        return roles;
    }

    private void fillInputs(Opgave opgave, Object[] values) {
        values[inputSlots[0]] = opgave.municipalDecisionRequired();
        values[inputSlots[1]] = opgave.withinCivilServiceMandate().orElse(null);
        values[inputSlots[2]] = opgave.competentBody().map(Enum::name).orElse(null);
        values[inputSlots[3]] = opgave.impact().majorChangeToLivingEnvironment();
        values[inputSlots[4]] = opgave.impact().manyActors();
        values[inputSlots[5]] = opgave.impact().manyInterests();
        values[inputSlots[6]] = opgave.initiator().name();
        values[inputSlots[7]] = opgave.room().somethingToChoose();
        values[inputSlots[8]] = opgave.room().legalRoom().name();
        values[inputSlots[9]] = opgave.room().policyRoom().name();
        values[inputSlots[10]] = opgave.intentions().stakeholdersWillCoProduce();
        values[inputSlots[11]] = opgave.intentions().decisionPowerShared();
        values[inputSlots[12]] = opgave.intentions().frameworksSet().content();
        values[inputSlots[13]] = opgave.intentions().frameworksSet().financial();
        values[inputSlots[14]] = opgave.intentions().frameworksSet().process();
        values[inputSlots[15]] = opgave.intentions().learningPilot();
    }

    /** How many table inputs were decided ahead and how many rule situations are remembered, for diagnostics. */
    String size() {
        return tables.size() + " table inputs decided, " + rules.size() + " rule situations remembered";
    }
}
