package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;

import static nl.heemstede.participatie.core.Decisions.*;

/**
 * The advisor that answers from the engine's own answers decided ahead: the DMN tables over their whole input
 * space when the policy loads ({@link DecidedTables}), the DRL rule sets once per situation ({@link RuleMemo}).
 * Its advice is equal to {@link EngineAdvisor}'s, explanation included; the test EngineEquivalenceProperties
 * proves that over the whole input space. Immutable apart from the memo, and thread-safe.
 */
final class TabledAdvisor implements ParticipationAdvisor {

    /** {@code Optional.of(kind)} per kind, shared by every role assignment of a stakeholder. */
    private static final Map<StakeholderKind, Optional<StakeholderKind>> KIND = new EnumMap<>(StakeholderKind.class);

    static {
        for (StakeholderKind kind : StakeholderKind.values()) {
            KIND.put(kind, Optional.of(kind));
        }
    }

    private static final int DECIDER = AdviceAssembler.index(WIE_BESLIST);
    private static final int COMPLEXITY = AdviceAssembler.index(COMPLEXITEIT);
    private static final int SPACE = AdviceAssembler.index(RUIMTE);
    private static final int GOALS = AdviceAssembler.index(DOELEN);
    private static final int KIND_ROLES = AdviceAssembler.index(ROL_BELANGHEBBENDE);

    private final Policy policy;
    private final DecidedTables tables;
    private final RuleMemo rules;
    private final DecidedTables.Table roleTable;
    /** The tables decided once per opgave, in an order where each follows what it requires. */
    private final DecidedTables.Table[] perOpgave;
    /** For each of those, its place in the advice's explanation, or -1. */
    private final int[] explanationIndex;
    private final int soortSlot;
    private final int[] inputSlots;

    TabledAdvisor(Policy policy) {
        this.policy = policy;
        this.tables = policy.tables();
        this.rules = new RuleMemo(policy.rules());
        this.roleTable = tables.table(ROL_BELANGHEBBENDE);
        List<DecidedTables.Table> ordered = new ArrayList<>();
        for (DecidedTables.Table table : tables.inOrder()) {
            if (table != roleTable) {
                ordered.add(table);
            }
        }
        this.perOpgave = ordered.toArray(DecidedTables.Table[]::new);
        this.explanationIndex = ordered.stream().mapToInt(t -> AdviceAssembler.index(t.decision)).toArray();
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
    @SuppressWarnings("unchecked")
    public Advice advise(Opgave opgave) {
        EngineAdvisor.checkValid(opgave);
        Object[] values = new Object[tables.slotCount()];
        fillInputs(opgave, values);
        Object[] typed = new Object[AdviceAssembler.SIZE];
        List<Explanation>[] explanations = new List[AdviceAssembler.SIZE];
        for (int t = 0; t < perOpgave.length; t++) {
            DecidedTables.Table table = perOpgave[t];
            DecidedTables.Answer answer = table.answer(values);
            Object value = answer.value();
            values[table.slot] = answer.raw();
            int index = explanationIndex[t];
            if (index >= 0) {
                typed[index] = value;
                explanations[index] = answer.explanation();
            }
        }

        int kinds = 0;
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            kinds |= 1 << stakeholder.kind().ordinal();
        }
        if (kinds != 0) {
            List<Explanation> roleExplanations = new ArrayList<>(5);
            for (StakeholderKind kind : StakeholderKind.values()) {
                if ((kinds & (1 << kind.ordinal())) != 0) {
                    values[soortSlot] = kind.name();
                    DecidedTables.Answer answer = roleTable.answer(values);
                    answer.value();
                    roleExplanations.addAll(answer.explanation());
                }
            }
            explanations[KIND_ROLES] = roleExplanations;
        }

        int key = situationKey(opgave, typed);
        RuleMemo.Answer ruled = rules.remembered(key);
        if (ruled == null) {
            ruled = rules.decideAndRemember(EngineAdvisor.situation(opgave, typed), tableRoles(values));
        }
        ruled.checkFor(kinds);
        List<Explanation>[] ruleExplanations = ruled.explanationFor(kinds);
        for (int i = 0; i < ruleExplanations.length; i++) {
            if (ruleExplanations[i] != null) {
                explanations[i] = ruleExplanations[i];
            }
        }

        List<RoleAssignment> roles = new ArrayList<>(2 + opgave.stakeholders().size());
        roles.addAll(ruled.bodies);
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            roles.add(new RoleAssignment(stakeholder.name(), KIND.get(stakeholder.kind()),
                    ruled.roleByKind.get(stakeholder.kind())));
        }
        return AdviceAssembler.assemble(opgave, policy.version(), typed, explanations, roles, ruled.attention);
    }

    /** The {@link RuleMemo#key} of the situation of this opgave, without making the situation. */
    @SuppressWarnings("unchecked")
    private static int situationKey(Opgave opgave, Object[] typed) {
        int goals = 0;
        for (Goal goal : (Set<Goal>) typed[GOALS]) {
            goals |= 1 << goal.ordinal();
        }
        int key = opgave.initiator().ordinal();
        key = key << 2 | ((Decider) typed[DECIDER]).ordinal();
        key = key << 1 | ((Complexity) typed[COMPLEXITY]).ordinal();
        key = key << 2 | ((RoomLevel) typed[SPACE]).ordinal();
        key = key << 4 | goals;
        key = key << 1 | (opgave.impact().any() ? 1 : 0);
        key = key << 1 | (opgave.intentions().frameworksSet().all() ? 1 : 0);
        key = key << 1 | (opgave.intentions().decisionPowerShared() ? 1 : 0);
        key = key << 1 | (opgave.intentions().stakeholdersWillCoProduce() ? 1 : 0);
        key = key << 1 | (opgave.difficulty().complexContent() ? 1 : 0);
        key = key << 1 | (opgave.difficulty().opposingInterests() ? 1 : 0);
        return key;
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
        values[inputSlots[2]] = opgave.competentBody().isPresent() ? opgave.competentBody().get().name() : null;
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
