package nl.heemstede.participatie.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.cases.CaseFile;
import nl.heemstede.participatie.core.cases.ExpectedCase;
import nl.heemstede.participatie.core.cases.ExpectedCases;
import nl.heemstede.participatie.staff.PolicyDiff.CaseChange;
import nl.heemstede.participatie.staff.PolicyDiff.CaseValueChange;
import nl.heemstede.participatie.staff.PolicyDiff.DecisionChange;
import nl.heemstede.participatie.staff.PolicyDiff.Example;
import nl.heemstede.participatie.staff.PolicyDiff.RowChange;
import nl.heemstede.participatie.staff.PolicyDiff.Side;
import nl.heemstede.participatie.staff.PolicyDiff.Undecided;
import nl.heemstede.participatie.staff.PolicyDiff.ValueChange;

/**
 * Compares the advice of two policies opgave by opgave, tallying every changed outcome. One collector per slice
 * of the input space; slices are merged, keeping the lowest example indices, so the result does not depend on
 * how the work was split.
 */
final class DiffCollector {

    /** The decision that explains the roles of the process owner and the decision maker. */
    static final String ROLES = "Rollen";
    /** The decision that explains the role of a stakeholder, by its kind. */
    static final String STAKEHOLDER_ROLE = "Rol van belanghebbende";
    /** The decisions in the order of the advice, for the report. */
    static final List<String> DECISION_ORDER = List.of("Wie beslist", "Complexiteit", "Werkwijze", "Quickscan",
            "Opbrengst quickscan", "Ruimte voor participatie", "Haalbaarheid", "Participatieplan", "Doelen", ROLES,
            STAKEHOLDER_ROLE, "Rol van de gemeente", "Stappen", "Planomschrijving", "Aandachtspunten");

    /** A field of the advice with one value, and the decision that explains it. */
    private record Field(String name, String decision, Function<Advice, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("decider", "Wie beslist", Advice::decider),
            new Field("complexity", "Complexiteit", Advice::complexity),
            new Field("route", "Werkwijze", Advice::route),
            new Field("quickscanRequired", "Quickscan", Advice::quickscanRequired),
            new Field("quickscanDeliverables", "Opbrengst quickscan", Advice::quickscanDeliverables),
            new Field("participationSpace", "Ruimte voor participatie", Advice::participationSpace),
            new Field("participationFeasible", "Haalbaarheid", Advice::participationFeasible),
            new Field("participationPlanRequired", "Participatieplan", Advice::participationPlanRequired),
            new Field("goals", "Doelen", Advice::goals),
            new Field("governmentRole", "Rol van de gemeente", Advice::governmentRole),
            new Field("steps", "Stappen", Advice::steps),
            new Field("planDescriptionQuestions", "Planomschrijving", Advice::planDescriptionQuestions));
    private static final String ATTENTION = "Aandachtspunten";

    /** One changed outcome: what changed, and the rows that decide it in the new and the old policy. */
    private record ChangeKey(String decision, String rule, String previousRule, String field, String subject,
                             String before, String after) {
    }

    private record RowKey(String decision, String rule, String previousRule) {
    }

    private record UndecidedKey(Side side, String decision) {
    }

    /** A count and the lowest few indices counted. */
    private static final class Tally {
        int count;
        int[] examples = new int[0];

        /** Counts {@code opgaven} opgaven, of which the given indices may be examples. */
        void add(int opgaven, int[] indices) {
            count += opgaven;
            for (int index : indices) {
                keep(index);
            }
        }

        void merge(Tally other) {
            count += other.count;
            for (int index : other.examples) {
                keep(index);
            }
        }

        private void keep(int index) {
            if (examples.length == PolicyDiff.EXAMPLES && index > examples[examples.length - 1]) {
                return;
            }
            int[] more = Arrays.copyOf(examples, examples.length + 1);
            more[examples.length] = index;
            Arrays.sort(more);
            examples = more.length > PolicyDiff.EXAMPLES ? Arrays.copyOf(more, PolicyDiff.EXAMPLES) : more;
        }
    }

    private final ParticipationAdvisor before;
    private final ParticipationAdvisor after;
    private final InputSpace space;
    private final Map<ChangeKey, Tally> changes = new HashMap<>();
    private final Map<String, Tally> decisions = new HashMap<>();
    private final Map<RowKey, Tally> rows = new HashMap<>();
    private final Map<UndecidedKey, Tally> undecided = new HashMap<>();
    private int changedOpgaven;

    private DiffCollector(ParticipationAdvisor before, ParticipationAdvisor after, InputSpace space) {
        // the tables are compared, whatever the period each version is in force
        this.before = nl.heemstede.participatie.core.DirectoryAdvisor.undated(before);
        this.after = nl.heemstede.participatie.core.DirectoryAdvisor.undated(after);
        this.space = space;
    }

    /**
     * The difference over the complete input space. When both policies advise from decided tables, the opgaven are
     * compared per <em>joint class</em>: the opgaven that neither advisor can tell apart ({@link AdviceClasses} of
     * each, crossed) get equal advice from each, so equal changes, and one opgave per joint class is advised by both
     * and counted for every opgave of its class, with the lowest indices of the class as examples. A joint class whose
     * opgave gets the same table values from both policies on the same rule files, and which the rules decide, is not
     * advised at all: its advice is equal but for the explanation's rows ({@link TabledAdvisor#tableValues}), so
     * nothing of it changed. The result equals advising every opgave with both ({@link #diffPerOpgave}, which
     * {@code PolicyDiffTests} compares it with).
     */
    static PolicyDiff diff(ParticipationAdvisor before, ParticipationAdvisor after, InputSpace space) {
        ParticipationAdvisor old = nl.heemstede.participatie.core.DirectoryAdvisor.undated(before);
        ParticipationAdvisor now = nl.heemstede.participatie.core.DirectoryAdvisor.undated(after);
        if (old instanceof TabledAdvisor a && now instanceof TabledAdvisor b && space.size() == CompleteInputSpace.SIZE) {
            return diffPerClass(before, after, a, b, space);
        }
        return diffPerOpgave(before, after, space);
    }

    /** The difference, advising every opgave of the space with both policies. */
    static PolicyDiff diffPerOpgave(ParticipationAdvisor before, ParticipationAdvisor after, InputSpace space) {
        DiffCollector all = space.indices().parallel().collect(() -> new DiffCollector(before, after, space),
                DiffCollector::add, DiffCollector::merge);
        return all.result();
    }

    private static PolicyDiff diffPerClass(ParticipationAdvisor before, ParticipationAdvisor after, TabledAdvisor a,
                                           TabledAdvisor b, InputSpace space) {
        CompleteInputSpace complete = CompleteInputSpace.complete();
        AdviceClasses[] classes = java.util.stream.Stream.of(a, b).parallel()
                .map(advisor -> AdviceClasses.of(advisor, complete)).toArray(AdviceClasses[]::new);
        JointClasses joint = JointClasses.of(classes[0], classes[1], complete.size());
        // On the same rule files, equal table values make equal advice but for the explanation's rows, or the same
        // failure (TabledAdvisor#tableValues): unless the rules fail, nothing to count, and nothing to advise.
        boolean sameRules = a.policy().rulesSha256().equals(b.policy().rulesSha256());
        DiffCollector all = java.util.stream.IntStream.range(0, joint.count()).parallel().collect(
                () -> new DiffCollector(before, after, space),
                (collector, c) -> {
                    int representative = joint.representative(c);
                    if (sameRules) {
                        Opgave opgave = complete.opgave(representative);
                        List<Object> was = a.decidedValues(opgave);
                        if (was != null && was.equals(b.tableValues(opgave))) {
                            return;
                        }
                    }
                    collector.add(representative, joint.size(c), joint.examples(c));
                },
                DiffCollector::merge);
        return all.result();
    }

    /**
     * The joint classes of two divisions of the space: the opgaven that are in the same class of each. Numbered in
     * the order of their lowest opgave; per class its size and its lowest {@link PolicyDiff#EXAMPLES} opgaven.
     */
    private static final class JointClasses {
        private final int[] size;
        private final int[] examples;
        private final int count;

        private JointClasses(int[] size, int[] examples, int count) {
            this.size = size;
            this.examples = examples;
            this.count = count;
        }

        static JointClasses of(AdviceClasses a, AdviceClasses b, int opgaven) {
            // open addressing from the pair of classes (as one long) to the joint class, grown at half full
            int capacity = 1 << 16;
            long[] keys = new long[capacity];
            int[] ids = new int[capacity];
            java.util.Arrays.fill(ids, -1);
            int[] size = new int[1024];
            int[] examples = new int[1024 * PolicyDiff.EXAMPLES];
            int count = 0;
            for (int index = 0; index < opgaven; index++) {
                long key = (long) a.classOf(index) * b.count() + b.classOf(index);
                int slot = slot(keys, ids, key);
                int id = ids[slot];
                if (id < 0) {
                    id = count++;
                    keys[slot] = key;
                    ids[slot] = id;
                    if (count * 2 > capacity) {
                        long[] oldKeys = keys;
                        int[] oldIds = ids;
                        capacity *= 2;
                        keys = new long[capacity];
                        ids = new int[capacity];
                        java.util.Arrays.fill(ids, -1);
                        for (int i = 0; i < oldIds.length; i++) {
                            if (oldIds[i] >= 0) {
                                int moved = slot(keys, ids, oldKeys[i]);
                                keys[moved] = oldKeys[i];
                                ids[moved] = oldIds[i];
                            }
                        }
                    }
                    if (id == size.length) {
                        size = java.util.Arrays.copyOf(size, size.length * 2);
                        examples = java.util.Arrays.copyOf(examples, size.length * PolicyDiff.EXAMPLES);
                    }
                }
                if (size[id] < PolicyDiff.EXAMPLES) {
                    examples[id * PolicyDiff.EXAMPLES + size[id]] = index;
                }
                size[id]++;
            }
            return new JointClasses(size, examples, count);
        }

        /** The slot of the key in the table: where it is, or the free slot where it goes. */
        private static int slot(long[] keys, int[] ids, long key) {
            int mask = ids.length - 1;
            int slot = (int) (mix(key) & mask);
            while (ids[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        int count() {
            return count;
        }

        int size(int c) {
            return size[c];
        }

        int representative(int c) {
            return examples[c * PolicyDiff.EXAMPLES];
        }

        /** The lowest opgaven of the class, ascending. */
        int[] examples(int c) {
            return java.util.Arrays.copyOfRange(examples, c * PolicyDiff.EXAMPLES,
                    c * PolicyDiff.EXAMPLES + Math.min(size[c], PolicyDiff.EXAMPLES));
        }
    }

    private void add(int index) {
        add(index, 1, new int[] {index});
    }

    /**
     * Compares the advice of the opgave with the given index, and counts what changed for {@code count} opgaven
     * (the opgave's joint class), keeping the given indices (the class's lowest) as examples.
     */
    private void add(int index, int count, int[] examples) {
        Opgave opgave = space.opgave(index);
        Advice old = null;
        Advice now = null;
        PolicyDecisionException oldFailure = null;
        PolicyDecisionException newFailure = null;
        try {
            old = before.advise(opgave);
        } catch (PolicyDecisionException e) {
            oldFailure = e;
        }
        try {
            now = after.advise(opgave);
        } catch (PolicyDecisionException e) {
            newFailure = e;
        }
        if (oldFailure != null || newFailure != null) {
            Side side = oldFailure == null ? Side.AFTER : newFailure == null ? Side.BEFORE : Side.BOTH;
            String decision = (newFailure != null ? newFailure : oldFailure).decision();
            undecided.computeIfAbsent(new UndecidedKey(side, decision), k -> new Tally()).add(count, examples);
            return;
        }
        List<ChangeKey> found = compare(old, now);
        if (found.isEmpty()) {
            return;
        }
        changedOpgaven += count;
        Set<String> seenDecisions = new HashSet<>();
        Set<RowKey> seenRows = new HashSet<>();
        for (ChangeKey change : found) {
            changes.computeIfAbsent(change, k -> new Tally()).add(count, examples);
            if (seenDecisions.add(change.decision())) {
                decisions.computeIfAbsent(change.decision(), k -> new Tally()).add(count, examples);
            }
            RowKey row = new RowKey(change.decision(), change.rule(), change.previousRule());
            if (seenRows.add(row)) {
                rows.computeIfAbsent(row, k -> new Tally()).add(count, examples);
            }
        }
    }

    private void merge(DiffCollector other) {
        changedOpgaven += other.changedOpgaven;
        mergeInto(changes, other.changes);
        mergeInto(decisions, other.decisions);
        mergeInto(rows, other.rows);
        mergeInto(undecided, other.undecided);
    }

    private static <K> void mergeInto(Map<K, Tally> into, Map<K, Tally> from) {
        from.forEach((key, tally) -> into.merge(key, tally, (a, b) -> {
            a.merge(b);
            return a;
        }));
    }

    /** Every outcome that differs between the two advices, with the rows that decide it. */
    private static List<ChangeKey> compare(Advice old, Advice now) {
        List<ChangeKey> found = new ArrayList<>();
        for (Field field : FIELDS) {
            Object was = field.value().apply(old);
            Object is = field.value().apply(now);
            if (!was.equals(is)) {
                found.add(new ChangeKey(field.decision(), rules(now, field.decision(), Optional.empty()),
                        rules(old, field.decision(), Optional.empty()), field.name(), "", render(was), render(is)));
            }
        }
        if (!old.roles().equals(now.roles())) {
            Map<String, RoleAssignment> was = byParty(old.roles());
            Map<String, RoleAssignment> is = byParty(now.roles());
            Set<String> parties = new LinkedHashSet<>(is.keySet());
            parties.addAll(was.keySet());
            for (String party : parties) {
                RoleAssignment wasRole = was.get(party);
                RoleAssignment isRole = is.get(party);
                String wasText = wasRole == null ? "—" : wasRole.role().name();
                String isText = isRole == null ? "—" : isRole.role().name();
                if (wasText.equals(isText)) {
                    continue;
                }
                Optional<String> kind = (isRole != null ? isRole : wasRole).kind().map(Enum::name);
                String decision = kind.isPresent() ? STAKEHOLDER_ROLE : ROLES;
                found.add(new ChangeKey(decision, rules(now, decision, kind), rules(old, decision, kind), "roles",
                        party, wasText, isText));
            }
        }
        if (!old.attentionPoints().equals(now.attentionPoints())) {
            Map<String, String> was = byCode(old.attentionPoints());
            Map<String, String> is = byCode(now.attentionPoints());
            Set<String> codes = new LinkedHashSet<>(is.keySet());
            codes.addAll(was.keySet());
            for (String code : codes) {
                String wasText = was.get(code);
                String isText = is.get(code);
                if (Objects.equals(wasText, isText)) {
                    continue;
                }
                boolean textOnly = wasText != null && isText != null;
                Optional<String> subject = Optional.of(code);
                found.add(new ChangeKey(ATTENTION, rules(now, ATTENTION, subject), rules(old, ATTENTION, subject),
                        "attentionPoints", code, textOnly ? wasText : wasText == null ? "—" : code,
                        textOnly ? isText : isText == null ? "—" : code));
            }
        }
        return found;
    }

    /** The attention points' texts by code. */
    private static Map<String, String> byCode(List<AttentionPoint> points) {
        Map<String, String> byCode = new LinkedHashMap<>();
        points.forEach(p -> byCode.putIfAbsent(p.code().name(), p.text()));
        return byCode;
    }

    private static Map<String, RoleAssignment> byParty(List<RoleAssignment> roles) {
        Map<String, RoleAssignment> byParty = new LinkedHashMap<>();
        roles.forEach(r -> byParty.putIfAbsent(r.party(), r));
        return byParty;
    }

    /**
     * The rows or rules that decided the decision (for the subject, when given: a stakeholder kind or an attention
     * point's code), joined; {@code —} if none.
     */
    private static String rules(Advice advice, String decision, Optional<String> subject) {
        String rules = advice.explanation().stream()
                .filter(e -> e.decision().equals(decision))
                .filter(e -> subject.isEmpty() || e.subject().equals(subject))
                .map(e -> e.rule())
                .distinct()
                .collect(Collectors.joining(", "));
        return rules.isEmpty() ? "—" : rules;
    }

    /** A value as codes: enums by name, collections as {@code [A, B]}, texts in a list separated by {@code ; }. */
    static String render(Object value) {
        if (value instanceof Collection<?> collection) {
            boolean texts = collection.stream().anyMatch(v -> v instanceof String);
            return collection.stream().map(DiffCollector::render)
                    .collect(Collectors.joining(texts ? "; " : ", ", "[", "]"));
        }
        if (value instanceof AttentionPoint point) {
            return point.code().name();
        }
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        return String.valueOf(value);
    }

    private PolicyDiff result() {
        Map<String, Map<RowKey, List<ValueChange>>> grouped = new HashMap<>();
        changes.forEach((key, tally) -> grouped.computeIfAbsent(key.decision(), k -> new HashMap<>())
                .computeIfAbsent(new RowKey(key.decision(), key.rule(), key.previousRule()), k -> new ArrayList<>())
                .add(new ValueChange(key.field(), key.subject().isEmpty() ? Optional.empty() : Optional.of(key.subject()),
                        key.before(), key.after(), tally.count, examples(tally))));
        List<DecisionChange> decisionChanges = new ArrayList<>();
        grouped.forEach((decision, byRow) -> {
            List<RowChange> rowChanges = new ArrayList<>();
            byRow.forEach((row, values) -> {
                values.sort(Comparator.comparingInt(ValueChange::opgaven).reversed()
                        .thenComparing(ValueChange::field)
                        .thenComparing(v -> v.subject().orElse(""))
                        .thenComparing(ValueChange::before)
                        .thenComparing(ValueChange::after));
                rowChanges.add(new RowChange(row.rule(), row.previousRule(), rows.get(row).count, values));
            });
            rowChanges.sort(Comparator.comparingInt(RowChange::changedOpgaven).reversed()
                    .thenComparing(RowChange::rule).thenComparing(RowChange::previousRule));
            decisionChanges.add(new DecisionChange(decision, decisions.get(decision).count, rowChanges));
        });
        decisionChanges.sort(Comparator.comparingInt((DecisionChange d) -> order(d.decision()))
                .thenComparing(DecisionChange::decision));
        List<Undecided> failures = new ArrayList<>();
        undecided.forEach((key, tally) -> failures.add(new Undecided(key.side(), key.decision(), tally.count,
                problem(key.side(), tally.examples[0]), examples(tally))));
        failures.sort(Comparator.comparing(Undecided::undecidedBy).thenComparing(Undecided::decision));
        List<ExpectedCase> newCases = casesOf(after);
        Set<String> newNames = newCases.stream().map(ExpectedCase::name).collect(Collectors.toSet());
        List<ExpectedCase> cases = new ArrayList<>(newCases);
        casesOf(before).stream().filter(c -> !newNames.contains(c.name())).forEach(cases::add);
        return new PolicyDiff(before.policyVersion(), after.policyVersion(), space.size(), changedOpgaven,
                decisionChanges, failures, cases.size(), changedCases(cases, newNames));
    }

    /**
     * The expected cases of a policy from a directory with a {@code gevallen.yaml}. A file of cases that cannot be
     * read adds none: loading the policy refuses it, and {@code participatie check} says why.
     */
    private static List<ExpectedCase> casesOf(ParticipationAdvisor advisor) {
        if (!(advisor instanceof TabledAdvisor tabled)) {
            return List.of();
        }
        try {
            return CaseFile.of(tabled.files()).orElse(List.of());
        } catch (PolicyLoadException e) {
            return List.of();
        }
    }

    /** The cases whose advice differs between the policies, each with what changed. */
    private List<CaseChange> changedCases(List<ExpectedCase> cases, Set<String> newNames) {
        List<CaseChange> changed = new ArrayList<>();
        for (ExpectedCase c : cases) {
            Optional<Advice> old = adviceOf(before, c.opgave());
            Optional<Advice> now = adviceOf(after, c.opgave());
            List<CaseValueChange> values = new ArrayList<>();
            if (old.isEmpty() || now.isEmpty()) {
                if (old.isPresent() || now.isPresent()) {
                    values.add(new CaseValueChange("advies", Optional.empty(), old.isPresent() ? "advies" : "niet beslist",
                            now.isPresent() ? "advies" : "niet beslist", "—", "—"));
                }
            } else {
                for (ChangeKey k : compare(old.get(), now.get())) {
                    values.add(new CaseValueChange(k.field(), k.subject().isEmpty() ? Optional.empty()
                            : Optional.of(k.subject()), k.before(), k.after(), k.rule(), k.previousRule()));
                }
            }
            if (!values.isEmpty()) {
                boolean passes = now.isPresent() && ExpectedCases.mismatches(c, now.get()).isEmpty();
                changed.add(new CaseChange(c.name(), newNames.contains(c.name()), values, passes));
            }
        }
        return changed;
    }

    private static Optional<Advice> adviceOf(ParticipationAdvisor advisor, Opgave opgave) {
        try {
            return Optional.of(advisor.advise(opgave));
        } catch (PolicyDecisionException e) {
            return Optional.empty();
        }
    }

    private static int order(String decision) {
        int index = DECISION_ORDER.indexOf(decision);
        return index < 0 ? DECISION_ORDER.size() : index;
    }

    private List<Example> examples(Tally tally) {
        return Arrays.stream(tally.examples)
                .mapToObj(i -> new Example(i, InputSpace.describe(space.opgave(i))))
                .toList();
    }

    /** The message of the policy that could not decide the opgave (evaluated again: this is rare). */
    private String problem(Side side, int index) {
        ParticipationAdvisor failing = side == Side.BEFORE ? before : after;
        try {
            failing.advise(space.opgave(index));
            return "";
        } catch (PolicyDecisionException e) {
            return e.getMessage();
        }
    }
}
