package nl.heemstede.participatie.core.advice;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.advice.CompleteInputSpace.Part;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.loading.Conversions;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.DmnPolicy;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.RulePolicy;

/**
 * The three parts of the proof that a {@link TabledAdvisor} gives the advice of the {@link EngineAdvisor} of a policy,
 * each over the complete input space and each asking the engine only about what that part reads (used by
 * {@code EngineEquivalenceProperties}, which says why together they cover every opgave):
 * <ol>
 *   <li>{@link #tables}: every decided table against a fresh evaluation of that one decision by the DMN engine, for
 *       every input combination of its declared input space (about a thousand evaluations);</li>
 *   <li>{@link #rules}: the remembered rule answer of every rule key met in the complete input space against one
 *       fresh run of the DRL engine over every fact of an opgave with that key, as {@link EngineAdvisor} runs it
 *       ({@link EngineAdvisor#withRules}); that the key holds every fact the rules read (every opgave with the key
 *       gives the rules the same facts); and every role situation with every subset of stakeholder kinds;</li>
 *   <li>{@link #assemblyCover}: the opgaven on which the whole advice, DMN model and rules, is asked of the engine:
 *       for every table, one opgave per input combination it meets, and every {@code stride}-th advice class.</li>
 * </ol>
 * Each method returns the differences found, empty when there are none. The tabled advisor and the engine may be of
 * different policies: that is how a test breaks one side on purpose and sees the check report it.
 */
public final class EquivalenceCheck {

    private EquivalenceCheck() {
    }

    /**
     * Every answer of every decided table of the tabled advisor, against the DMN engine of the given policy asked
     * about that one decision with the same inputs (required decisions supplied as inputs): value, rows and failure.
     */
    public static List<String> tables(TabledAdvisor tabled, Policy engine) {
        DecidedTables tables = tabled.tables();
        DmnPolicy dmn = engine.dmn();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<DecidedTables.Table> all = new ArrayList<>();
        tables.inOrder().forEach(all::add);
        for (DecidedTables.Table table : all) {
            List<String> requirements = dmn.requirements(table.decision);
            int[] sizes = requirements.stream().mapToInt(r -> tables.domain(r).size()).toArray();
            int combinations = Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
            IntStream.range(0, combinations).parallel().forEach(combination -> {
                int[] positions = new int[tables.slotCount()];
                Map<String, Object> inputs = new LinkedHashMap<>();
                int rest = combination;
                for (int i = 0; i < requirements.size(); i++) {
                    int position = rest % sizes[i];
                    rest /= sizes[i];
                    positions[tables.slot(requirements.get(i))] = position;
                    inputs.put(requirements.get(i), tables.domain(requirements.get(i)).get(position));
                }
                if (Decisions.contradictory(inputs)) {
                    return;
                }
                String difference = difference(engineAnswer(dmn, table.decision, inputs),
                        tabledAnswer(table, positions));
                if (!difference.isEmpty()) {
                    failures.add(table.decision + " " + inputs + ": " + difference);
                }
            });
        }
        return List.copyOf(failures);
    }

    /** One table's answer, comparable: the typed value and the rows, or the failure's decision and message. */
    private record TableAnswer(Object raw, Object typed, List<Explanation> explanation, String failure) {
    }

    private static TableAnswer engineAnswer(DmnPolicy dmn, String decision, Map<String, Object> inputs) {
        try {
            DmnPolicy.Outcome outcome = dmn.decide(inputs, List.of(decision));
            Object raw = outcome.results().get(decision);
            Optional<String> subject = decision.equals(Decisions.ROL_BELANGHEBBENDE)
                    ? Optional.ofNullable((String) inputs.get(Decisions.SOORT)) : Optional.empty();
            List<Explanation> explanation = new ArrayList<>();
            outcome.hits().forEach(hit -> explanation.addAll(dmn.explain(hit, subject)));
            return new TableAnswer(raw, Conversions.typed(decision, raw, DmnPolicy.describe(inputs)), explanation,
                    null);
        } catch (PolicyDecisionException e) {
            return new TableAnswer(null, null, List.of(), e.decision() + ": " + e.getMessage());
        }
    }

    private static TableAnswer tabledAnswer(DecidedTables.Table table, int[] positions) {
        try {
            DecidedTables.Answer answer = table.answer(positions);
            return answer.failure() != null
                    ? new TableAnswer(null, null, List.of(), answer.failure().decision() + ": "
                    + answer.failure().getMessage())
                    : new TableAnswer(answer.raw(), answer.typed(), answer.explanation(), null);
        } catch (RuntimeException e) {
            return new TableAnswer(null, null, List.of(), "lookup failed: " + e);
        }
    }

    /** What the decided tables give one opgave: the typed outcomes and explanations, and each present kind's role. */
    private record TablesPart(Object[] typed, List<Explanation>[] explanations, Map<StakeholderKind, Role> kindRoles,
                              Map<StakeholderKind, Role> allKindRoles) {
    }

    /**
     * The decided tables' part of the advice, as {@link TabledAdvisor#advise} makes it; empty when a table cannot
     * decide the opgave (that failure is a table's answer, compared by {@link #tables}).
     */
    @SuppressWarnings("unchecked")
    private static Optional<TablesPart> tablesPart(TabledAdvisor tabled, Opgave opgave) {
        int[] positions = new int[tabled.tables().slotCount()];
        for (Part part : Part.values()) {
            tabled.fillInputs(part, opgave, positions);
        }
        Object[] typed = new Object[AdviceAssembler.SIZE];
        List<Explanation>[] explanations = new List[AdviceAssembler.SIZE];
        try {
            for (DecidedTables.Table table : tabled.perOpgave()) {
                DecidedTables.Answer answer = table.answer(positions);
                Object value = answer.value();
                positions[table.slot] = answer.outcome();
                int index = AdviceAssembler.index(table.decision);
                if (index >= 0) {
                    typed[index] = value;
                    explanations[index] = new ArrayList<>(answer.explanation());
                }
            }
            Map<StakeholderKind, Role> kindRoles = new EnumMap<>(StakeholderKind.class);
            Map<StakeholderKind, Role> allKindRoles = new EnumMap<>(StakeholderKind.class);
            List<Explanation> roleExplanations = new ArrayList<>();
            for (StakeholderKind kind : StakeholderKind.values()) {
                positions[tabled.kindSlot()] = kind.ordinal();
                DecidedTables.Answer answer = tabled.roleTable().answer(positions);
                allKindRoles.put(kind, (Role) answer.value());
                if (opgave.stakeholders().stream().anyMatch(s -> s.kind() == kind)) {
                    kindRoles.put(kind, (Role) answer.value());
                    roleExplanations.addAll(answer.explanation());
                }
            }
            int roles = AdviceAssembler.index(Decisions.ROL_BELANGHEBBENDE);
            explanations[roles] = roleExplanations;
            return Optional.of(new TablesPart(typed, explanations, kindRoles, allKindRoles));
        } catch (PolicyDecisionException e) {
            return Optional.empty();
        }
    }

    /** What the rules read of an opgave: its situation and the role the table gives every kind. */
    private record RuleFacts(Situation situation, Map<StakeholderKind, Role> kindRoles) {
    }

    /** The result of {@link #rules}: the differences, and how many rule keys and role situations were compared. */
    public record RuleReport(List<String> failures, int keys, int roleSituations) {
    }

    /**
     * Every attention run of the table (a compiled form's: one per situation key) against a fresh run of the given
     * rule set over the situation of its key; the differences. The facts and firings are compared in any order, as the
     * engine gives its working memory in no fixed order.
     */
    public static List<String> attentionRuns(RuleMemo.RunTable table, RulePolicy rules) {
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, table.keys().length).parallel().forEach(i -> {
            int key = table.keys()[i];
            Situation situation = RuleMemo.situation(key);
            if (situation == null) {
                failures.add("situation key " + key + " stands for no situation");
                return;
            }
            RuleMemo.Run held = table.distinct().get(table.runs()[i]);
            RuleMemo.Run fresh = RuleMemo.run(rules, List.of(situation));
            if (!inAnyOrder(held.results()).equals(inAnyOrder(fresh.results()))
                    || !inAnyOrder(held.fired()).equals(inAnyOrder(fresh.fired()))) {
                failures.add("situation " + situation + ": held " + held + ", the engine runs " + fresh);
            }
        });
        return List.copyOf(failures);
    }

    /** The key of the situation the opgave's advice puts to the attention rules, or empty when a table cannot decide. */
    public static Optional<Integer> situationKey(TabledAdvisor tabled, Opgave opgave) {
        return tablesPart(tabled, opgave).map(part -> RuleMemo.situationKey(EngineAdvisor.situation(opgave,
                part.typed())));
    }

    private static List<String> inAnyOrder(List<?> items) {
        return items.stream().map(String::valueOf).sorted().toList();
    }

    /**
     * The tabled advisor's rule answers against the DRL engine of the given policy, for every rule key the complete
     * input space meets. For each key the first opgave with it (in the order of the advice classes) is advised by the
     * tabled advisor and by the engine's rules ({@link EngineAdvisor#withRules}) over the decided tables' outcomes;
     * the two advices must be equal. Every other opgave with that key must give the rules the same facts (situation
     * and the table's role of every kind): the key holds everything the rules read. The roles depend on which kinds
     * are present, so for every role situation (initiator, decider and the table's role of every kind) the first
     * opgave with it is compared again with every subset of one stakeholder per kind.
     */
    public static RuleReport rules(TabledAdvisor tabled, Policy engine) {
        return rules(tabled, engine, 1);
    }

    /**
     * As {@link #rules(TabledAdvisor, Policy)}, comparing the rule answer of only every {@code stride}-th rule key (in
     * key order; every role situation and every key's facts are still compared): for a test that needs to know only
     * that a difference is seen.
     */
    public static RuleReport rules(TabledAdvisor tabled, Policy engine, int stride) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        AdviceClasses classes = AdviceClasses.of(tabled, space);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> firstByKey = new ConcurrentHashMap<>();
        Map<Integer, RuleFacts> factsByKey = new ConcurrentHashMap<>();
        Map<List<Object>, Integer> firstByRoleSituation = new ConcurrentHashMap<>();
        IntStream.range(0, classes.count()).parallel().forEach(c -> {
            int index = classes.representative(c);
            Opgave opgave = space.opgave(index);
            tablesPart(tabled, opgave).ifPresent(part -> {
                int key = TabledAdvisor.ruleKey(opgave, part.typed());
                RuleFacts facts = new RuleFacts(EngineAdvisor.situation(opgave, part.typed()), part.allKindRoles());
                RuleFacts earlier = factsByKey.putIfAbsent(key, facts);
                if (earlier != null && !earlier.equals(facts)) {
                    failures.add("rule key " + key + " stands for two sets of facts: " + earlier + " and " + facts);
                }
                firstByKey.merge(key, index, Math::min);
                firstByRoleSituation.merge(List.of(facts.situation().initiator(), facts.situation().decider(),
                        facts.kindRoles()), index, Math::min);
            });
        });
        List<Integer> keys = firstByKey.keySet().stream().sorted().toList();
        IntStream.range(0, keys.size()).filter(k -> k % stride == 0).parallel().forEach(k -> compareRules(tabled,
                engine, space.opgave(firstByKey.get(keys.get(k))), failures));
        List<Stakeholder> all = CompleteInputSpace.STAKEHOLDERS;
        firstByRoleSituation.values().parallelStream().forEach(index -> {
            Opgave opgave = space.opgave(index);
            for (int subset = 0; subset < 1 << all.size(); subset++) {
                int kinds = subset;
                List<Stakeholder> present = IntStream.range(0, all.size()).filter(k -> (kinds & 1 << k) != 0)
                        .mapToObj(all::get).toList();
                compareRules(tabled, engine, withStakeholders(opgave, present), failures);
            }
        });
        return new RuleReport(List.copyOf(failures), firstByKey.size(), firstByRoleSituation.size());
    }

    private static void compareRules(TabledAdvisor tabled, Policy engine, Opgave opgave,
                                     ConcurrentLinkedQueue<String> failures) {
        Optional<TablesPart> part = tablesPart(tabled, opgave);
        if (part.isEmpty()) {
            return;
        }
        Object expected;
        try {
            expected = EngineAdvisor.withRules(engine, opgave, part.get().typed(), part.get().explanations(),
                    part.get().kindRoles());
        } catch (PolicyDecisionException e) {
            expected = "cannot decide " + e.decision();
        }
        String difference = difference(expected, outcome(tabled, opgave));
        if (!difference.isEmpty()) {
            failures.add(opgave.title() + " with " + opgave.stakeholders().size() + " stakeholders: " + difference);
        }
    }

    /**
     * The opgaven of the complete input space on which the whole advice is compared with the engine: for every
     * decided table and every input combination an opgave meets, the first opgave that meets it (so every row that
     * decides an opgave, and every table failure, is met through the DMN model as a whole), and the first opgave of
     * every {@code stride}-th advice class.
     */
    public static int[] assemblyCover(TabledAdvisor tabled, int stride) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        AdviceClasses classes = AdviceClasses.of(tabled, space);
        List<DecidedTables.Table> perOpgave = tabled.perOpgave();
        // Every opgave, not only the first of each class: opgaven of one class get equal answers from every table,
        // but may reach a table through other inputs. Per table (the role table once per kind) and key, the first.
        Map<Long, Integer> firstByTableKey = IntStream.range(0, space.size()).parallel().collect(HashMap::new,
                (first, index) -> {
                    Opgave opgave = space.opgave(index);
                    int[] positions = new int[tabled.tables().slotCount()];
                    for (Part part : Part.values()) {
                        tabled.fillInputs(part, opgave, positions);
                    }
                    for (int t = 0; t < perOpgave.size(); t++) {
                        DecidedTables.Table table = perOpgave.get(t);
                        int key = table.key(positions);
                        first.merge((long) t << 32 | key, index, Math::min);
                        if (table.outcome(key) < 0) {
                            return; // the table cannot decide: later tables are not asked
                        }
                        positions[table.slot] = table.outcome(key);
                    }
                    for (StakeholderKind kind : StakeholderKind.values()) {
                        positions[tabled.kindSlot()] = kind.ordinal();
                        first.merge((long) (perOpgave.size() + kind.ordinal()) << 32
                                | tabled.roleTable().key(positions), index, Math::min);
                    }
                }, (one, other) -> other.forEach((key, index) -> one.merge(key, index, Math::min)));
        BitSet cover = new BitSet(space.size());
        firstByTableKey.values().forEach(cover::set);
        for (int c = 0; c < classes.count(); c += stride) {
            cover.set(classes.representative(c));
        }
        return cover.stream().toArray();
    }

    private static Opgave withStakeholders(Opgave o, List<Stakeholder> stakeholders) {
        return new Opgave(o.title(), o.reference(), o.initiator(), o.municipalDecisionRequired(),
                o.withinCivilServiceMandate(), o.competentBody(), o.impact(), o.room(), o.difficulty(),
                o.intentions(), stakeholders);
    }

    /** The advice, or for a policy that cannot decide, the decision it names. */
    public static Object outcome(ParticipationAdvisor advisor, Opgave opgave) {
        try {
            return advisor.advise(opgave);
        } catch (PolicyDecisionException e) {
            return "cannot decide " + e.decision();
        }
    }

    /**
     * The components in which two outcomes (advices, table answers or failures) differ, each with both values cut
     * short and followed by "; "; empty when they are equal. The policy version of two advices is not compared: a
     * test that breaks one side compares two policies, and each advisor reports its own.
     */
    public static String difference(Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return "";
        }
        if (expected == null || actual == null || !expected.getClass().isRecord()
                || expected.getClass() != actual.getClass()) {
            return "engine " + shortly(expected) + " but tabled " + shortly(actual);
        }
        StringBuilder differences = new StringBuilder();
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            if (component.getName().equals("policyVersion")) {
                continue;
            }
            try {
                Object x = component.getAccessor().invoke(expected);
                Object y = component.getAccessor().invoke(actual);
                if (!Objects.equals(x, y)) {
                    differences.append(component.getName()).append(": engine ").append(shortly(x))
                            .append(" but tabled ").append(shortly(y)).append("; ");
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot read " + component.getName(), ex);
            }
        }
        return differences.toString();
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
