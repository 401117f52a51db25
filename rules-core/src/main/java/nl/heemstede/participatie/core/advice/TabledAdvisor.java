package nl.heemstede.participatie.core.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.advice.CompleteInputSpace.Part;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.Policy;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * The advisor that answers from the engine's own answers decided ahead: the DMN tables over their whole input
 * space when the policy loads ({@link DecidedTables}), the DRL rule sets once per situation and goals
 * ({@link RuleMemo}).
 * Its advice is equal to {@link EngineAdvisor}'s, explanation included; the test EngineEquivalenceProperties
 * proves that over the whole input space. Immutable apart from the memo, and thread-safe.
 */
public final class TabledAdvisor extends OneVersionAdvisor {

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
    private static final int FEASIBLE = AdviceAssembler.index(HAALBAARHEID);
    private static final int GOALS = AdviceAssembler.index(DOELEN);
    private static final int KIND_ROLES = AdviceAssembler.index(ROL_BELANGHEBBENDE);

    private final DecidedTables tables;
    private final RuleMemo rules;
    private final DecidedTables.Table roleTable;
    /** The tables decided once per opgave, in an order where each follows what it requires. */
    private final DecidedTables.Table[] perOpgave;
    /** For each of those, its place in the advice's explanation, or -1. */
    private final int[] explanationIndex;
    private final int soortSlot;
    private final int[] inputSlots;

    /** The decision of each row id and rule name; made on first use, or given by the compiled form. */
    private volatile Map<String, String> decisionsByRule;

    /** The advisor of a policy loaded by the engine: its rule sets are asked about each new situation. */
    public TabledAdvisor(Policy policy) {
        this(policy, new RuleMemo(policy.rules()), null);
    }

    /**
     * The advisor of a policy whose answers were computed before (its compiled form): the tables of the policy, the
     * rules' answers in the memo, and the decision of every row and rule.
     *
     * @param decisionsByRule as {@link #decisionsByRule()} gives it; {@code null} to ask the policy's engine for it
     */
    public TabledAdvisor(Policy policy, RuleMemo rules, Map<String, String> decisionsByRule) {
        super(policy);
        this.tables = policy.tables();
        this.rules = rules;
        this.decisionsByRule = decisionsByRule == null ? null : Map.copyOf(decisionsByRule);
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
                tables.slot(KADER_PROCES), tables.slot(LEERPILOT), tables.slot(WENSELIJK), tables.slot(SAMEN_LEREN),
                tables.slot(INWONERS)};
        checkPositionConvention();
    }

    /** {@link #fillInputs} relies on the order of the input domains: check it once. */
    private void checkPositionConvention() {
        List<Object> bool = List.of(false, true);
        for (String name : List.of(BESLUIT_NODIG, GROTE_WIJZIGING, VEEL_ACTOREN, VEEL_BELANGEN, IETS_TE_KIEZEN,
                COPRODUCEREN, BESLISSINGSRUIMTE, KADER_INHOUD, KADER_FINANCIEEL, KADER_PROCES, LEERPILOT, WENSELIJK,
                SAMEN_LEREN, INWONERS)) {
            check(name, bool);
        }
        check(AMBTELIJK, Arrays.asList(false, true, null));
        check(BEVOEGD_ORGAAN, Arrays.asList("COLLEGE", "COUNCIL", null));
        check(INITIATIEFNEMER, names(Initiator.values()));
        check(RUIMTE_WETGEVING, names(RoomLevel.values()));
        check(RUIMTE_BELEID, names(RoomLevel.values()));
        check(SOORT, names(StakeholderKind.values()));
    }

    private void check(String input, List<Object> expected) {
        if (!expected.equals(tables.domain(input))) {
            throw new IllegalStateException("The domain of input '" + input + "' is " + tables.domain(input)
                    + ", but the advisor fills positions for " + expected + ".");
        }
    }

    private static List<Object> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> (Object) c.name()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Advice advise(Opgave opgave) {
        EngineAdvisor.checkValid(opgave);
        int[] positions = new int[tables.slotCount()];
        fillInputs(opgave, positions);
        Object[] typed = new Object[AdviceAssembler.SIZE];
        List<Explanation>[] explanations = new List[AdviceAssembler.SIZE];
        decidePerOpgave(positions, typed, explanations);

        int kinds = 0;
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            kinds |= 1 << stakeholder.kind().ordinal();
        }
        if (kinds != 0) {
            List<Explanation> roleExplanations = new ArrayList<>(5);
            for (StakeholderKind kind : StakeholderKind.values()) {
                if ((kinds & (1 << kind.ordinal())) != 0) {
                    positions[soortSlot] = kind.ordinal();
                    DecidedTables.Answer answer = roleTable.answer(positions);
                    answer.value();
                    roleExplanations.addAll(answer.explanation());
                }
            }
            explanations[KIND_ROLES] = roleExplanations;
        }

        int key = ruleKey(opgave, typed);
        RuleMemo.Answer ruled = rules.remembered(key);
        if (ruled == null) {
            ruled = rules.decideAndRemember(key, EngineAdvisor.situation(opgave, typed), tableRoles(positions));
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

    /**
     * The values the tables give the opgave, without advising it: the typed outcome of every decision of the advice
     * that a table decides, by {@link AdviceAssembler#index}, then the role the role table gives each stakeholder kind,
     * in kind order; {@code null} when a table cannot decide the opgave. The rules' answer follows from the opgave and
     * these values ({@link #ruleKey}, {@link #tableRoles}): so two advisors on the same rule files that give an opgave
     * equal values give it advice equal in every value, role and attention point, or fail alike; only the rows and
     * texts of the explanation, and the policy version, can differ. For comparing two policies without advising every
     * opgave.
     */
    public List<Object> tableValues(Opgave opgave) {
        Object[] values = decideTables(opgave, new int[tables.slotCount()]);
        return values == null ? null : Arrays.asList(values);
    }

    /**
     * {@link #tableValues}, or {@code null} also when the rules cannot decide the opgave (they break a promise of the
     * policy for it, and {@link #advise} fails).
     */
    public List<Object> decidedValues(Opgave opgave) {
        int[] positions = new int[tables.slotCount()];
        Object[] values = decideTables(opgave, positions);
        if (values == null) {
            return null;
        }
        int present = 0;
        for (Stakeholder stakeholder : opgave.stakeholders()) {
            present |= 1 << stakeholder.kind().ordinal();
        }
        int key = ruleKey(opgave, values);
        RuleMemo.Answer ruled = rules.remembered(key);
        try {
            if (ruled == null) {
                ruled = rules.decideAndRemember(key, EngineAdvisor.situation(opgave, values), tableRoles(positions));
            }
            ruled.checkFor(present);
        } catch (PolicyDecisionException e) {
            return null;
        }
        return Arrays.asList(values);
    }

    /** The values of {@link #tableValues}, the positions of the opgave's inputs and outcomes filled in; or null. */
    private Object[] decideTables(Opgave opgave, int[] positions) {
        fillInputs(opgave, positions);
        StakeholderKind[] kinds = StakeholderKind.values();
        Object[] values = new Object[AdviceAssembler.SIZE + kinds.length];
        try {
            decidePerOpgave(positions, values, null);
            for (StakeholderKind kind : kinds) {
                positions[soortSlot] = kind.ordinal();
                values[AdviceAssembler.SIZE + kind.ordinal()] = roleTable.answer(positions).value();
            }
            positions[soortSlot] = 0;
        } catch (PolicyDecisionException e) {
            return null;
        }
        return values;
    }

    /**
     * Decides the tables decided once per opgave, each after what it requires, from the positions of the opgave's
     * inputs: sets each outcome's position, and the typed value (and, when given, the explanation) of each decision of
     * the advice by {@link AdviceAssembler#index}.
     *
     * @throws PolicyDecisionException when a table cannot decide
     */
    private void decidePerOpgave(int[] positions, Object[] typed, List<Explanation>[] explanations) {
        for (int t = 0; t < perOpgave.length; t++) {
            DecidedTables.Table table = perOpgave[t];
            DecidedTables.Answer answer = table.answer(positions);
            Object value = answer.value();
            positions[table.slot] = answer.outcome();
            int index = explanationIndex[t];
            if (index >= 0) {
                typed[index] = value;
                if (explanations != null) {
                    explanations[index] = answer.explanation();
                }
            }
        }
    }

    /** The {@link RuleMemo#key} of this opgave's rule answer: its situation and goals, without making the situation. */
    @SuppressWarnings("unchecked")
    static int ruleKey(Opgave opgave, Object[] typed) {
        Set<Goal> goals = (Set<Goal>) typed[GOALS];
        int situation = RuleMemo.situationKey(opgave, (Decider) typed[DECIDER], (Complexity) typed[COMPLEXITY],
                (RoomLevel) typed[SPACE], (Boolean) typed[FEASIBLE], goals);
        return RuleMemo.key(situation, goals);
    }

    /** The role the table gives each kind, for the values of this opgave; used when the rules meet a new situation. */
    private Map<StakeholderKind, Role> tableRoles(int[] positions) {
        int[] copy = positions.clone();
        Map<StakeholderKind, Role> roles = new EnumMap<>(StakeholderKind.class);
        for (StakeholderKind kind : StakeholderKind.values()) {
            copy[soortSlot] = kind.ordinal();
            roles.put(kind, (Role) roleTable.answer(copy).value());
        }
        return roles;
    }

    /**
     * The position of each input of the opgave in its domain ({@link Decisions#INPUT_DOMAINS}): false and true are
     * 0 and 1, a code is its ordinal, an absent optional field is the last position.
     */
    private void fillInputs(Opgave opgave, int[] positions) {
        fillDecisionInputs(opgave, positions);
        fillImpactInputs(opgave, positions);
        fillRoomInputs(opgave, positions);
        fillIntentionInputs(opgave, positions);
        fillStakeholderInputs(opgave, positions);
    }

    /**
     * The positions of the inputs that one part of the opgave gives (see {@link #fillInputs(Opgave, int[])});
     * {@link Part#DIFFICULTY} gives none, as no table reads it.
     */
    void fillInputs(Part part, Opgave opgave, int[] positions) {
        switch (part) {
            case DECISION -> fillDecisionInputs(opgave, positions);
            case IMPACT -> fillImpactInputs(opgave, positions);
            case ROOM -> fillRoomInputs(opgave, positions);
            case DIFFICULTY -> { }
            case INTENTIONS -> fillIntentionInputs(opgave, positions);
            case STAKEHOLDERS -> fillStakeholderInputs(opgave, positions);
        }
    }

    private void fillDecisionInputs(Opgave opgave, int[] positions) {
        positions[inputSlots[0]] = bit(opgave.municipalDecisionRequired());
        positions[inputSlots[1]] = opgave.withinCivilServiceMandate().isEmpty() ? 2
                : bit(opgave.withinCivilServiceMandate().get());
        positions[inputSlots[2]] = opgave.competentBody().isEmpty() ? CompetentBody.values().length
                : opgave.competentBody().get().ordinal();
        positions[inputSlots[6]] = opgave.initiator().ordinal();
    }

    /** The inputs derived from the stakeholders: whether one is of the kind RESIDENTS ({@link Decisions#INWONERS}). */
    private void fillStakeholderInputs(Opgave opgave, int[] positions) {
        positions[inputSlots[18]] = bit(EngineAdvisor.hasResidents(opgave));
    }

    private void fillImpactInputs(Opgave opgave, int[] positions) {
        positions[inputSlots[3]] = bit(opgave.impact().majorChangeToLivingEnvironment());
        positions[inputSlots[4]] = bit(opgave.impact().manyActors());
        positions[inputSlots[5]] = bit(opgave.impact().manyInterests());
    }

    private void fillRoomInputs(Opgave opgave, int[] positions) {
        positions[inputSlots[7]] = bit(opgave.room().somethingToChoose());
        positions[inputSlots[8]] = opgave.room().legalRoom().ordinal();
        positions[inputSlots[9]] = opgave.room().policyRoom().ordinal();
        positions[inputSlots[16]] = bit(opgave.room().participationDesirable());
    }

    private void fillIntentionInputs(Opgave opgave, int[] positions) {
        positions[inputSlots[10]] = bit(opgave.intentions().stakeholdersWillCoProduce());
        positions[inputSlots[11]] = bit(opgave.intentions().decisionPowerShared());
        positions[inputSlots[12]] = bit(opgave.intentions().frameworksSet().content());
        positions[inputSlots[13]] = bit(opgave.intentions().frameworksSet().financial());
        positions[inputSlots[14]] = bit(opgave.intentions().frameworksSet().process());
        positions[inputSlots[15]] = bit(opgave.intentions().learningPilot());
        positions[inputSlots[17]] = bit(opgave.intentions().learnTogether());
    }

    /**
     * The fields of one part of the opgave that {@link #situationKey} reads besides the outcomes of the tables, as
     * a small number: two opgaven whose tables give equal answers and whose parts give equal numbers here have the
     * same rule situation.
     */
    static int ruleFields(Part part, Opgave opgave) {
        return switch (part) {
            case DECISION -> opgave.initiator().ordinal();
            case IMPACT -> bit(opgave.impact().majorChangeToLivingEnvironment()) << 2
                    | bit(opgave.impact().manyActors()) << 1 | bit(opgave.impact().manyInterests());
            // not read by the rules, but by the invariants of the check (PolicyInvariants.Seen)
            case ROOM -> bit(opgave.room().participationDesirable());
            case DIFFICULTY -> bit(opgave.difficulty().complexContent()) << 1
                    | bit(opgave.difficulty().opposingInterests());
            case INTENTIONS -> bit(opgave.intentions().frameworksSet().all()) << 4
                    | bit(opgave.intentions().decisionPowerShared()) << 3
                    | bit(opgave.intentions().stakeholdersWillCoProduce()) << 2
                    | bit(opgave.intentions().learningPilot()) << 1
                    | bit(opgave.intentions().learnTogether());
            // the kinds present pick the rules' role checks and explanations (RuleMemo.Answer#checkFor)
            case STAKEHOLDERS -> bit(EngineAdvisor.hasResidents(opgave));
        };
    }

    private static int bit(boolean flag) {
        return flag ? 1 : 0;
    }

    /**
     * The decision each row id and rule name of the advice belongs to (the Dutch name, as in the explanation): every
     * row and table id of the DMN tables and every decision rule of the advice's rule sets.
     */
    public Map<String, String> decisionsByRule() {
        Map<String, String> known = decisionsByRule;
        if (known == null) {
            known = engineDecisionsByRule();
            decisionsByRule = known;
        }
        return known;
    }

    private Map<String, String> engineDecisionsByRule() {
        Map<String, String> decisions = new java.util.HashMap<>();
        policy.dmn().rowIds().forEach((decision, rows) -> {
            rows.forEach(row -> decisions.put(row, decision));
            // a table of hit policy C whose rows all pass explains its empty answer with the table's id
            decisions.put(policy.dmn().tableId(decision), decision);
        });
        // the decision rules, from their explanations (the memo has them without compiling the rules)
        rules.explanations().forEach((rule, explanation) -> decisions.putIfAbsent(rule, explanation.decision()));
        return java.util.Map.copyOf(decisions);
    }

    /** The files of the policy, with its expected cases. */
    public nl.heemstede.participatie.core.loading.PolicyFiles files() {
        return policy.files();
    }

    /** The decided tables of the policy. */
    public DecidedTables tables() {
        return tables;
    }

    /** The rules' answers this advisor remembers, for the compiled form of its policy. */
    public RuleMemo ruleMemo() {
        return rules;
    }

    /** The loaded policy version this advisor advises with. */
    public Policy policy() {
        return policy;
    }

    /** The tables decided once per opgave, each after what it requires (every table but the role table). */
    List<DecidedTables.Table> perOpgave() {
        return List.of(perOpgave);
    }

    /** The table decided once per stakeholder kind, with the kind in {@link #kindSlot()}. */
    DecidedTables.Table roleTable() {
        return roleTable;
    }

    /** The slot of the stakeholder kind in a position array. */
    int kindSlot() {
        return soortSlot;
    }

    /** How many table inputs were decided ahead and how many rule situations are remembered, for diagnostics. */
    String size() {
        return tables.size() + " table inputs decided, " + rules.size() + " rule situations remembered";
    }
}
