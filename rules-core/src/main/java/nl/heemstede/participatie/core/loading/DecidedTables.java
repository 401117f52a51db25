package nl.heemstede.participatie.core.loading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;

/**
 * Every decision table of a policy, decided by the engine over its whole finite input space when the policy
 * loads: each input combination with the engine's answer and the rows (hit ids) that gave it. An advice is then a
 * lookup per table, and equal to asking the engine, because every answer here is the engine's.
 *
 * <p>A table's input space is the product of the domains of what it requires: an input of the opgave ranges over
 * {@link Decisions#INPUT_DOMAINS}; a required decision over every value its own table gave. Values are handled as
 * their position in their domain, so a lookup is arithmetic on small integers. An input combination the engine
 * cannot decide is kept as that failure and thrown when an opgave reaches it; contradictory inputs ({@code
 * Opgave.violations()}) are not decided at all. Immutable, thread-safe.
 */
public final class DecidedTables {

    /** Refuse tables whose input space is too large to decide ahead (a defect of an edited policy). */
    static final int MAX_COMBINATIONS = 100_000;

    /**
     * What the engine answered for one input combination of one table.
     *
     * @param raw         the engine's result
     * @param outcome     the position of {@code raw} in the domain of the decision, for the tables that require it
     * @param typed       the result as the advice types it
     * @param explanation the rows that decided, explained
     * @param failure     the engine's failure when it could not decide; the other components are then empty
     */
    public record Answer(Object raw, int outcome, Object typed, List<Explanation> explanation,
                  PolicyDecisionException failure) {

        /** The typed value; throws the engine's failure when it could not decide. */
        public Object value() {
            if (failure != null) {
                throw failure;
            }
            return typed;
        }
    }

    /**
     * One decided table: the slots of its requirements, their strides in the key, and the answers. Equal answers
     * (the same value from the same rows) share an id, so that opgaven the table cannot tell apart can be grouped.
     * Answers of the same value that both explain something, or both nothing, share a <em>value id</em>: they differ
     * at most in the rows and texts of their explanation.
     */
    public static final class Table {
        public final String decision;
        public final int slot;
        private final int[] slots;
        private final int[] strides;
        private final Answer[] answers;
        /** Per key, the id of its answer: equal answers have the same id, from {@code 0} to {@code ids - 1}. */
        private final int[] idByKey;
        private final int ids;
        /** Per key, the id of its value and whether it explains anything: from {@code 0} to {@code valueIds - 1}. */
        private final int[] valueIdByKey;
        private final int valueIds;

        private Table(String decision, int slot, int[] slots, int[] strides, Answer[] answers) {
            this.decision = decision;
            this.slot = slot;
            this.slots = slots;
            this.strides = strides;
            this.answers = answers;
            this.idByKey = new int[answers.length];
            this.valueIdByKey = new int[answers.length];
            Map<Object, Integer> idByAnswer = new HashMap<>();
            Map<Object, Integer> idByValue = new HashMap<>();
            for (int key = 0; key < answers.length; key++) {
                Answer a = answers[key];
                // A failure or an undecided (contradictory) combination is an answer of its own.
                boolean own = a == null || a.failure() != null;
                Object same = own ? key : Arrays.asList(a.raw(), a.explanation());
                idByKey[key] = idByAnswer.computeIfAbsent(same, k -> idByAnswer.size());
                Object sameValue = own ? key : Arrays.asList(a.raw(), a.explanation().isEmpty());
                valueIdByKey[key] = idByValue.computeIfAbsent(sameValue, k -> idByValue.size());
            }
            this.ids = idByAnswer.size();
            this.valueIds = idByValue.size();
        }

        /** The answer for the domain positions in the given slots. */
        public Answer answer(int[] positions) {
            Answer answer = answers[key(positions)];
            if (answer == null) {
                throw new IllegalStateException("The table '" + decision + "' was not decided for contradictory"
                        + " inputs; the opgave should have been rejected before.");
            }
            return answer;
        }

        /** The key of the input combination in the given positions. */
        public int key(int[] positions) {
            int key = 0;
            for (int i = 0; i < slots.length; i++) {
                key += positions[slots[i]] * strides[i];
            }
            return key;
        }

        /** The position of the answer for the key in the decision's domain (see {@link Answer#outcome()}). */
        public int outcome(int key) {
            Answer answer = answers[key];
            return answer == null ? -1 : answer.outcome();
        }

        /** The id of the answer for the key: equal answers, equal ids. */
        public int id(int key) {
            return idByKey[key];
        }

        /** The number of different answer ids. */
        public int ids() {
            return ids;
        }

        /**
         * The value id of the answer for the key: answers of equal value that both explain something, or both
         * nothing, have equal value ids; a failure has an id of its own, as in {@link #id(int)}.
         */
        public int valueId(int key) {
            return valueIdByKey[key];
        }

        /** The number of different value ids. */
        public int valueIds() {
            return valueIds;
        }

        /** The slots of the inputs and decisions this table requires. */
        public int[] requirements() {
            return slots.clone();
        }

        /** The stride of each requirement in the key, in the order of {@link #requirements()}. */
        public int[] strides() {
            return strides.clone();
        }

        /** The number of input combinations (keys) of the table, decided or not. */
        public int size() {
            return answers.length;
        }

        /** The answer for the key, or {@code null} for a contradictory combination that was not decided. */
        public Answer answerAt(int key) {
            return answers[key];
        }
    }

    /**
     * A decided table made of answers computed before (the compiled form of a policy), not by asking the engine now.
     *
     * @throws IllegalArgumentException when the requirements, strides and answers do not fit together
     */
    public static Table table(String decision, int slot, int[] requirements, int[] strides, Answer[] answers) {
        if (requirements.length != strides.length) {
            throw new IllegalArgumentException("Table '" + decision + "': " + requirements.length + " requirements, "
                    + strides.length + " strides.");
        }
        return new Table(decision, slot, requirements.clone(), strides.clone(), answers.clone());
    }

    /**
     * Decided tables made of tables computed before (the compiled form of a policy).
     *
     * @param slots   the slot of every input and decision
     * @param domains the domain of every input and decision
     * @param tables  the tables, each after the decisions it requires
     * @throws IllegalArgumentException when a slot or a domain is missing
     */
    public static DecidedTables of(Map<String, Integer> slots, Map<String, List<Object>> domains, List<Table> tables) {
        Map<String, Table> byDecision = new LinkedHashMap<>();
        for (Table table : tables) {
            if (!Integer.valueOf(table.slot).equals(slots.get(table.decision)) || !domains.containsKey(table.decision)) {
                throw new IllegalArgumentException("Table '" + table.decision + "' has no slot " + table.slot
                        + " or no domain.");
            }
            for (int slot : table.slots) {
                if (slot < 0 || slot >= slots.size()) {
                    throw new IllegalArgumentException("Table '" + table.decision + "' requires slot " + slot + ".");
                }
            }
            byDecision.put(table.decision, table);
        }
        if (!slots.keySet().equals(domains.keySet())) {
            throw new IllegalArgumentException("Slots " + slots.keySet() + " and domains " + domains.keySet()
                    + " differ.");
        }
        return new DecidedTables(Map.copyOf(slots), Collections.unmodifiableMap(new HashMap<>(domains)),
                Collections.unmodifiableMap(byDecision));
    }

    /** The slot of every input and decision. */
    public Map<String, Integer> slots() {
        return slotByName;
    }

    private final Map<String, Integer> slotByName;
    private final Map<String, List<Object>> domains;
    private final Map<String, Table> tables;

    private DecidedTables(Map<String, Integer> slotByName, Map<String, List<Object>> domains,
                          Map<String, Table> tables) {
        this.slotByName = slotByName;
        this.domains = domains;
        this.tables = tables;
    }

    /** What the table Rol van belanghebbende may read. */
    private static final List<String> ROLE_INPUTS = List.of(Decisions.SOORT, Decisions.RUIMTE, Decisions.HAALBAARHEID,
            Decisions.DOELEN);

    /**
     * Decides every decision table of the policy over its input space, within the default bounds.
     *
     * @throws PolicyLoadException when a table requires an input the opgave does not give, requires a decision
     *                             that is not a table, or has too large an input space, or when Rol van
     *                             belanghebbende reads more than the stakeholder kind, the room and the goals
     */
    static DecidedTables decide(DmnPolicy dmn) {
        return decide(dmn, Bounds.DEFAULT, new Progress());
    }

    /**
     * Which table is being decided, and since when: for a caller that waits with a timeout, to name the table
     * that overran its budget when one call into the engine does not return.
     */
    static final class Progress {
        private volatile String table;
        private volatile long since;
        private volatile int decided;
        private volatile int combinations;

        private void start(String decision, int total) {
            since = System.nanoTime();
            decided = 0;
            combinations = total;
            table = decision;
        }

        /** The table being decided now, or {@code null} before the first and between tables. */
        public String table() {
            return table;
        }

        /** When the table being decided was started, in {@link System#nanoTime()}. */
        long since() {
            return since;
        }

        /** How many input combinations of the table being decided have been decided. */
        int decided() {
            return decided;
        }

        /** How many input combinations the table being decided has. */
        int combinations() {
            return combinations;
        }
    }

    /**
     * Decides every decision table of the policy over its input space, each within the table budget of the bounds.
     *
     * @param progress where the table being decided is published, for a caller that waits with a timeout
     * @throws PolicyLoadException as {@link #decide(DmnPolicy)}; a {@link TableRefusal} naming the file and table
     *                             when the engine throws while it evaluates a table, or deciding a table overruns
     *                             its budget
     */
    static DecidedTables decide(DmnPolicy dmn, Bounds bounds, Progress progress) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        Decisions.INPUT_DOMAINS.keySet().stream().sorted().forEach(name -> slots.put(name, slots.size()));
        for (String decision : dmn.tables().stream().sorted().toList()) {
            slots.put(decision, slots.size());
        }
        Map<String, List<Object>> domains = new HashMap<>(Decisions.INPUT_DOMAINS);
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(dmn.tables().stream().sorted().toList());
        while (!pending.isEmpty()) {
            boolean decidedOne = false;
            for (String decision : List.copyOf(pending)) {
                List<String> requirements = dmn.requirements(decision);
                for (String requirement : requirements) {
                    if (!slots.containsKey(requirement)) {
                        throw new PolicyLoadException("Tabel '" + decision + "' vereist '" + requirement
                                + "', en dat is geen invoer van de opgave en geen beslistabel. De invoer is: "
                                + String.join(", ", Decisions.INPUT_DOMAINS.keySet()) + ".");
                    }
                }
                if (decision.equals(Decisions.ROL_BELANGHEBBENDE) && !ROLE_INPUTS.containsAll(requirements)) {
                    // the role is decided once per stakeholder kind and remembered per rule situation and goals,
                    // which hold these and nothing else
                    throw new PolicyLoadException("Tabel '" + decision + "' mag alleen " + ROLE_INPUTS
                            + " lezen: de rol van een belanghebbende hangt af van de soort, de ruimte, de"
                            + " haalbaarheid en de doelen. Ze leest " + requirements + "; laat een andere beslissing"
                            + " (zoals Doelen) de andere invoer lezen.");
                }
                if (!domains.keySet().containsAll(requirements)) {
                    continue; // a required decision is not decided yet
                }
                tables.put(decision, decideTable(dmn, decision, requirements, slots, domains, bounds, progress));
                pending.remove(decision);
                decidedOne = true;
            }
            if (!decidedOne) {
                throw new PolicyLoadException("De beslissingen " + pending + " vereisen elkaar in een kring.");
            }
        }
        return new DecidedTables(Map.copyOf(slots), Collections.unmodifiableMap(domains),
                Collections.unmodifiableMap(tables));
    }

    private static Table decideTable(DmnPolicy dmn, String decision, List<String> requirements,
                                     Map<String, Integer> slots, Map<String, List<Object>> domains, Bounds bounds,
                                     Progress progress) {
        int n = requirements.size();
        int[] slotOf = new int[n];
        int[] strides = new int[n];
        long combinations = 1;
        for (int i = n - 1; i >= 0; i--) {
            slotOf[i] = slots.get(requirements.get(i));
            strides[i] = (int) combinations;
            combinations *= domains.get(requirements.get(i)).size();
            if (combinations > MAX_COMBINATIONS) {
                throw new PolicyLoadException("Tabel '" + decision + "' heeft meer dan " + MAX_COMBINATIONS
                        + " invoercombinaties; splits haar in kleinere beslissingen.");
            }
        }
        Answer[] asked = new Answer[(int) combinations];
        progress.start(decision, (int) combinations);
        long deadline = System.nanoTime() + bounds.table().toNanos();
        for (int key = 0; key < combinations; key++) {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw TableRefusal.overran(dmn.fileName(), decision, bounds.table(), key, (int) combinations);
            }
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                List<Object> domain = domains.get(requirements.get(i));
                inputs.put(requirements.get(i), domain.get((key / strides[i]) % domain.size()));
            }
            // Contradictory inputs are never an opgave: leave them undecided, and the engine's log quiet.
            try {
                asked[key] = Decisions.contradictory(inputs) ? null : ask(dmn, decision, inputs, bounds.probe());
            } catch (PolicyLoadException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                // StackOverflowError, OutOfMemoryError, ... while the engine evaluates this table: a refusal naming
                // the file and the table, never a dead thread or a stack trace
                throw TableRefusal.failed(dmn.fileName(), decision, e);
            }
            progress.decided = key + 1;
        }
        progress.table = null;
        // The decision's domain: every value it gave, in order of first appearance.
        Set<Object> outcomes = new LinkedHashSet<>();
        for (Answer answer : asked) {
            if (answer != null && answer.failure() == null) {
                outcomes.add(answer.raw());
            }
        }
        List<Object> domain = Collections.unmodifiableList(new ArrayList<>(outcomes));
        domains.put(decision, domain);
        Answer[] answers = new Answer[asked.length];
        for (int key = 0; key < asked.length; key++) {
            Answer a = asked[key];
            answers[key] = a == null || a.failure() != null ? a
                    : new Answer(a.raw(), domain.indexOf(a.raw()), a.typed(), a.explanation(), null);
        }
        return new Table(decision, slots.get(decision), slotOf, strides, answers);
    }

    private static Answer ask(DmnPolicy dmn, String decision, Map<String, Object> inputs, Bounds.Probe probe) {
        try {
            probe.beforeEvaluation(decision, inputs);
            DmnPolicy.Outcome outcome = dmn.decide(inputs, List.of(decision));
            Object raw = outcome.results().get(decision);
            Object typed = Conversions.typed(decision, raw, DmnPolicy.describe(inputs));
            // The role table is decided per stakeholder kind: its explanation names the kind, as the engine's does.
            Optional<String> subject = decision.equals(Decisions.ROL_BELANGHEBBENDE)
                    ? Optional.ofNullable((String) inputs.get(Decisions.SOORT)) : Optional.empty();
            List<Explanation> explanation = new ArrayList<>();
            outcome.hits().forEach(hit -> explanation.addAll(dmn.explain(hit, subject)));
            return new Answer(raw, -1, typed, List.copyOf(explanation), null);
        } catch (PolicyDecisionException e) {
            return new Answer(null, -1, null, List.of(), e);
        }
    }

    /** The slot of an input or decision in a position array. */
    public int slot(String name) {
        Integer slot = slotByName.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("No input or decision '" + name + "'.");
        }
        return slot;
    }

    /** The number of slots a position array needs. */
    public int slotCount() {
        return slotByName.size();
    }

    /** The domain of an input or decision: the values its positions stand for. */
    public List<Object> domain(String name) {
        return domains.get(name);
    }

    /**
     * Per key of the named decision's table, whether the other decided tables give the same input values (the values
     * the key's positions stand for) an answer of a value equal to this one's, both explaining something or both
     * nothing: the same value, up to the rows and texts of its explanation. The keys are translated by value, so a
     * requirement whose domain the other policy orders or bounds differently still compares. All false when the other
     * table has other requirements, or in another order; false where either cannot decide, or where the other domain
     * lacks a value.
     */
    public boolean[] agreeing(String decision, DecidedTables other) {
        Table mine = table(decision);
        boolean[] agree = new boolean[mine.size()];
        Table theirs = other.tables.get(decision);
        List<String> requirements = requirementNames(mine);
        if (theirs == null || !requirements.equals(other.requirementNames(theirs))) {
            return agree;
        }
        int n = requirements.size();
        int[][] translated = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Object> domain = domains.get(requirements.get(i));
            List<Object> theirDomain = other.domains.get(requirements.get(i));
            translated[i] = new int[domain.size()];
            for (int p = 0; p < domain.size(); p++) {
                translated[i][p] = theirDomain.indexOf(domain.get(p));
            }
        }
        for (int key = 0; key < agree.length; key++) {
            int theirKey = 0;
            for (int i = 0; i < n && theirKey >= 0; i++) {
                int position = translated[i][(key / mine.strides[i]) % translated[i].length];
                theirKey = position < 0 ? -1 : theirKey + position * theirs.strides[i];
            }
            Answer a = mine.answerAt(key);
            Answer b = theirKey < 0 ? null : theirs.answerAt(theirKey);
            agree[key] = a != null && b != null && a.failure() == null && b.failure() == null
                    && java.util.Objects.equals(a.raw(), b.raw()) && java.util.Objects.equals(a.typed(), b.typed())
                    && a.explanation().isEmpty() == b.explanation().isEmpty();
        }
        return agree;
    }

    /** The names of a table's requirements, in the order of its key. */
    private List<String> requirementNames(Table table) {
        Map<Integer, String> names = new HashMap<>();
        slotByName.forEach((name, slot) -> names.put(slot, name));
        List<String> required = new ArrayList<>();
        for (int slot : table.slots) {
            required.add(names.get(slot));
        }
        return required;
    }

    /** The decided table of the named decision. */
    public Table table(String decision) {
        Table table = tables.get(decision);
        if (table == null) {
            throw new IllegalArgumentException("No decision table '" + decision + "'.");
        }
        return table;
    }

    /** The decision tables in an order where each comes after the decisions it requires. */
    public Iterable<Table> inOrder() {
        return tables.values();
    }

    /** Every input combination the engine could not decide, as its failure; empty for a sound policy. */
    public List<PolicyDecisionException> failures() {
        List<PolicyDecisionException> failures = new ArrayList<>();
        for (Table table : tables.values()) {
            for (Answer answer : table.answers) {
                if (answer != null && answer.failure() != null) {
                    failures.add(answer.failure());
                }
            }
        }
        return failures;
    }

    /**
     * Per table without undecidable input combinations, in the order of decision, the rows (in the table's order)
     * that never decide: for a table that gives one row's answer (hit policy UNIQUE, FIRST, PRIORITY, ...) a row
     * that is the hit for no input combination, for a COLLECT table a row that matches none. Linear in the input
     * space and the rows: the answers are already here. Tables where every row decides are left out.
     */
    public Map<String, List<String>> neverDeciding(DmnPolicy dmn) {
        Map<String, List<String>> never = new LinkedHashMap<>();
        for (Table table : tables.values()) {
            Set<String> hit = new java.util.HashSet<>();
            boolean failed = false;
            for (Answer answer : table.answers) {
                if (answer == null) {
                    continue;
                }
                if (answer.failure() != null) {
                    failed = true;
                    break;
                }
                for (Explanation e : answer.explanation()) {
                    if (e.decision().equals(table.decision)) {
                        hit.add(e.rule());
                    }
                }
            }
            if (failed) {
                continue; // the table's failures are reported; which row would have decided is unknown
            }
            List<String> rows = dmn.rowIds(table.decision).stream().filter(id -> !hit.contains(id)).toList();
            if (!rows.isEmpty()) {
                never.put(table.decision, rows);
            }
        }
        return never;
    }

    /**
     * Of the given rows of the named table, those that match at least one input combination of the table that the
     * typed API refuses as contradictory ({@code Opgave.violations()}), and which {@link #decide} therefore left
     * undecided: a row written to make the table complete over every value its columns allow, which no valid opgave
     * reaches. Asks the engine for each refused combination of the table; an evaluation that fails counts as matching
     * no row.
     */
    public List<String> matchingRefusedInput(DmnPolicy dmn, String decision, List<String> rows) {
        Table table = table(decision);
        List<String> requirements = dmn.requirements(decision);
        Set<String> matched = new java.util.HashSet<>();
        for (int key = 0; key < table.answers.length; key++) {
            if (table.answers[key] != null) {
                continue;
            }
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (int i = 0; i < requirements.size(); i++) {
                List<Object> domain = domains.get(requirements.get(i));
                inputs.put(requirements.get(i), domain.get((key / table.strides[i]) % domain.size()));
            }
            try {
                matched.addAll(dmn.matchingRows(inputs, decision));
            } catch (RuntimeException e) {
                // an engine failure on refused input: this combination matches no row that can be named
            }
        }
        return rows.stream().filter(matched::contains).toList();
    }

    /** How many input combinations were decided, over all tables. */
    public int size() {
        return tables.values().stream()
                .mapToInt(t -> (int) Arrays.stream(t.answers).filter(Objects::nonNull).count())
                .sum();
    }
}
