package nl.heemstede.participatie.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.DmnPolicy;
import nl.heemstede.participatie.staff.PolicyExport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The tables run on a second engine: the bundled policy exported for Camunda 7 ({@link PolicyExport#camunda7}) and
 * evaluated by Camunda's DMN engine gives, for every input compared, the same value from the same rows as the bundled
 * policy on Drools.
 * <ul>
 *   <li>Table by table, over each table's complete declared domain: every combination of the values its
 *       requirements may take by their types in the model (a boolean is {@code true} or {@code false}; a type with
 *       allowed values each of them, {@code null} when listed; a list of such a type every subset), the decisions it
 *       requires given as inputs.</li>
 *   <li>Through the decision graph, over every valid opgave situation: each decision with every combination of the
 *       opgave's inputs it depends on (directly or through the decisions it requires) that the input validation
 *       accepts; each engine computes the required decisions itself, and every table evaluated on the way is
 *       compared too. Camunda is asked once per distinct question a situation puts to a table (its own inputs and
 *       the answers of the decisions it requires), which covers every situation: see
 *       {@link #everyDecisionGivesTheSameAnswerThroughTheDecisionGraphForEveryValidOpgaveSituation}.</li>
 * </ul>
 * A COLLECT table's value is the list of its rows' outputs (empty when none fits). Any difference fails with the
 * input and both answers.
 */
class CamundaCrossEngineTests {

    /** One engine's answer for one table: its value and the ids of the rows that gave it. */
    record Answer(Object value, List<String> rows) {
    }

    private static DmnPolicy drools;
    private static Model model;
    private static DmnEngine camunda;
    /** The exported model as Camunda parsed it, and the same with every decision standing alone. */
    private static Map<String, DmnDecision> graph;
    private static Map<String, DmnDecision> standalone;
    /** What the listener saw in the last Camunda evaluation, by decision key. */
    private static final Map<String, Answer> seen = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        drools = BundledPolicy.policy().dmn();
        String exported = PolicyExport.camunda7(null);
        model = Model.read(exported);
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.<DmnDecisionEvaluationListener>of(event -> {
            record(event.getDecisionResult());
            event.getRequiredDecisionResults().forEach(CamundaCrossEngineTests::record);
        }));
        camunda = configuration.buildEngine();
        graph = byKey(exported);
        // no decision requires another, so each reads the decisions it needs as inputs; the diagram goes with them
        standalone = byKey(exported
                .replaceAll("(?s)<informationRequirement id=\"[^\"]*\">\\s*<requiredDecision [^>]*/>\\s*"
                        + "</informationRequirement>", "")
                .replaceAll("(?s)<dmndi:DMNDI>.*</dmndi:DMNDI>", ""));
    }

    private static Map<String, DmnDecision> byKey(String xml) {
        Map<String, DmnDecision> decisions = new HashMap<>();
        for (DmnDecision d : camunda.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            decisions.put(d.getKey(), d);
        }
        return decisions;
    }

    private static void record(DmnDecisionLogicEvaluationEvent event) {
        DmnDecisionTableEvaluationEvent table = (DmnDecisionTableEvaluationEvent) event;
        List<String> rows = new ArrayList<>();
        List<Object> outputs = new ArrayList<>();
        for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
            rows.add(rule.getId());
            Collection<DmnEvaluatedOutput> entries = rule.getOutputEntries().values();
            outputs.add(entries.isEmpty() ? null : entries.iterator().next().getValue().getValue());
        }
        String key = event.getDecision().getKey();
        Object value = model.collect(key) ? outputs : outputs.size() == 1 ? outputs.get(0) : null;
        seen.put(key, new Answer(normal(value), List.copyOf(rows)));
    }

    /** Lists as plain lists, so that both engines' lists compare by their elements. */
    private static Object normal(Object value) {
        return value instanceof Collection<?> c ? List.copyOf(new ArrayList<>(c)) : value;
    }

    @Test
    void everyTableGivesTheSameValueFromTheSameRowsOnCamundaOverItsCompleteDeclaredDomain() {
        long start = System.nanoTime();
        List<String> differences = new ArrayList<>();
        int total = 0;
        StringBuilder counts = new StringBuilder();
        for (String decision : Decisions.ALL) {
            String key = model.key(decision);
            List<String> requirements = drools.requirements(decision);
            Map<String, List<Object>> domains = new LinkedHashMap<>();
            for (String requirement : requirements) {
                domains.put(requirement, model.declaredDomain(decision, requirement));
            }
            int[] count = {0};
            combinations(domains, inputs -> {
                count[0]++;
                Answer expected = droolsAlone(decision, inputs);
                seen.clear();
                camunda.evaluateDecisionTable(standalone.get(key), new HashMap<>(inputs));
                Answer actual = seen.get(key);
                if (!expected.equals(actual)) {
                    differences.add(decision + " for " + inputs + ": Drools " + expected + ", Camunda " + actual);
                }
            });
            counts.append(String.format("  %-24s %6d%n", decision, count[0]));
            total += count[0];
        }
        System.out.printf("Camunda vs Drools, table by table over each declared domain: %d combinations in %d ms%n%s",
                total, (System.nanoTime() - start) / 1_000_000, counts);
        assertNoDifferences(differences);
        assertTrue(total > 1_000, "the declared domains shrank to " + total + " combinations");
    }

    /**
     * Every decision through the graph, over every valid opgave situation, with Camunda asked once per distinct
     * question a table is put in the graph rather than once per situation.
     * <p>
     * Drools evaluates, as before, every valid situation of the inputs of every decision no other requires (23,136
     * situations; each evaluates every decision it depends on). For each decision {@code d} a situation puts one
     * <em>question</em> to {@code d}'s table: the values of {@code d}'s own opgave inputs and the values Drools gave
     * the decisions {@code d} requires. Camunda then evaluates {@code d} through its own graph once per distinct
     * question, on the first situation that puts it (its representative), and every decision on the way must give the
     * same value from the same rows as on Drools.
     * <p>
     * Why that is every situation: take any valid situation {@code s} and a decision {@code d}, in the order of the
     * graph. Camunda, like any DMN engine, evaluates {@code d} from {@code d}'s inputs and the answers of the decisions
     * {@code d} requires, which Camunda computed at {@code s} and which equal Drools' answers at {@code s} (the same
     * argument for those decisions, earlier in the order). So Camunda puts {@code d}'s table the same question at
     * {@code s} as at its representative {@code s'}, and gives the same answer there, which was compared with Drools'
     * answer at {@code s'}. Drools' answer at {@code s} is its answer at {@code s'}: that is checked here for every
     * situation (a Drools answer that depended on more than its question fails). The handing over of a required
     * decision's answer (under its output name, a COLLECT table's as a list, no row as {@code null}) is exercised for
     * every value each required decision takes in some valid situation.
     */
    @Test
    void everyDecisionGivesTheSameAnswerThroughTheDecisionGraphForEveryValidOpgaveSituation() {
        long start = System.nanoTime();
        long[] nanos = {0, 0}; // Drools, Camunda
        List<String> differences = new ArrayList<>();
        // per decision: each distinct question, with its representative situation and Drools' answer there
        Map<String, Map<List<Object>, Map.Entry<Map<String, Object>, Answer>>> questions = new LinkedHashMap<>();
        Decisions.ALL.forEach(d -> questions.put(d, new LinkedHashMap<>()));
        Map<String, Integer> situations = new LinkedHashMap<>();
        Decisions.ALL.forEach(d -> situations.put(d, 0));
        int total = 0;
        StringBuilder counts = new StringBuilder();
        // A decision no other requires, evaluated through the graph, evaluates every decision it requires on the
        // way; the valid situations of each of those are projections of its own. So every decision is met in every
        // valid situation of the inputs it depends on.
        for (String sink : model.sinks()) {
            List<String> upstream = new ArrayList<>(model.closure(sink));
            Map<String, List<Object>> domains = new LinkedHashMap<>();
            for (String input : model.inputsOf(sink)) {
                domains.put(input, Decisions.INPUT_DOMAINS.get(input));
            }
            int[] count = {0};
            combinations(domains, inputs -> {
                if (Decisions.contradictory(inputs)) {
                    return; // the input validation refuses it: not an opgave
                }
                count[0]++;
                long t0 = System.nanoTime();
                Map<String, Answer> expected = droolsGraph(upstream, inputs);
                nanos[0] += System.nanoTime() - t0;
                for (String d : upstream) {
                    situations.merge(d, 1, Integer::sum);
                    List<Object> question = question(d, inputs, expected);
                    Map.Entry<Map<String, Object>, Answer> first = questions.get(d).get(question);
                    if (first == null) {
                        Map<String, Object> own = new LinkedHashMap<>();
                        model.inputsOf(d).forEach(i -> own.put(i, inputs.get(i)));
                        questions.get(d).put(question, Map.entry(own, expected.get(d)));
                    } else if (!first.getValue().equals(expected.get(d))) {
                        differences.add(d + " on Drools answers the same question " + question + " differently: "
                                + first.getValue() + " for " + first.getKey() + ", " + expected.get(d) + " for "
                                + inputs);
                    }
                }
            });
            counts.append(String.format("  %-24s %6d situations, %d decisions each%n", sink, count[0],
                    upstream.size()));
            total += count[0];
        }
        int asked = 0;
        StringBuilder perDecision = new StringBuilder();
        for (String d : Decisions.ALL) {
            List<String> upstream = new ArrayList<>(model.closure(d));
            for (Map.Entry<Map<String, Object>, Answer> representative : questions.get(d).values()) {
                Map<String, Object> inputs = representative.getKey();
                asked++;
                long t0 = System.nanoTime();
                Map<String, Answer> expected = droolsGraph(upstream, inputs);
                long t1 = System.nanoTime();
                seen.clear();
                try {
                    camunda.evaluateDecision(graph.get(model.key(d)), new HashMap<>(inputs));
                } catch (RuntimeException e) {
                    differences.add(d + " for " + inputs + ": Drools " + expected + ", Camunda failed: " + e);
                    continue;
                } finally {
                    nanos[0] += t1 - t0;
                    nanos[1] += System.nanoTime() - t1;
                }
                for (String u : upstream) {
                    Answer actual = seen.get(model.key(u));
                    if (!Objects.equals(expected.get(u), actual)) {
                        differences.add(u + " (evaluating " + d + ") for " + inputs + ": Drools " + expected.get(u)
                                + ", Camunda " + actual);
                    }
                }
            }
            perDecision.append(String.format("  %-24s %6d situations, %4d distinct questions%n", d,
                    situations.get(d), questions.get(d).size()));
        }
        System.out.printf("Camunda vs Drools, through the decision graph over every valid opgave situation: %d"
                + " situations on Drools, %d graph evaluations on Camunda in %d ms (Drools %d ms, Camunda %d ms)%n"
                + "%sdecisions:%n%s", total, asked, (System.nanoTime() - start) / 1_000_000, nanos[0] / 1_000_000,
                nanos[1] / 1_000_000, counts, perDecision);
        assertNoDifferences(differences);
        assertTrue(situations.values().stream().allMatch(n -> n > 0), "every decision is compared: " + situations);
        assertTrue(total > 10_000, "the valid situations shrank to " + total);
    }

    /**
     * The question a situation puts to a decision's table: the values of its own opgave inputs and of the decisions
     * it requires (as Drools answered them), in the order of its requirements.
     */
    private static List<Object> question(String decision, Map<String, Object> inputs, Map<String, Answer> answers) {
        List<Object> question = new ArrayList<>();
        for (String requirement : model.requirements().get(decision)) {
            question.add(model.keys().containsKey(requirement) ? answers.get(requirement).value()
                    : inputs.get(requirement));
        }
        return question;
    }

    @Test
    void theExportChangesOnlyInputExpressionsAndOutputNames() {
        String bundled = new String(nl.heemstede.participatie.core.loading.PolicyFiles.bundled()
                .content("participatiebeleid.dmn"), StandardCharsets.UTF_8);
        String exported = PolicyExport.camunda7(null);
        String[] before = bundled.split("\n", -1);
        String[] after = exported.split("\n", -1);
        assertEquals(before.length, after.length, "the export keeps every line");
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                changed++;
                String line = after[i];
                assertTrue(line.contains("<inputExpression") && line.contains("`")
                        || line.matches("\\s*<output id=\"[^\"]+\" name=\"[^\"]+\"/>"), "unexpected change: " + line);
            }
        }
        assertTrue(exported.contains("<text>`Besluit gemeente nodig`</text>"), "names with spaces in backticks");
        assertTrue(exported.contains("<output id=\"wie-beslist-out\" name=\"Wie beslist\"/>"), "outputs named");
        assertTrue(exported.contains("<text>list contains(Doelen, &quot;DO_TOGETHER&quot;)</text>"),
                "a function name with a space stays as it is");
        System.out.println("the export changes " + changed + " lines");
    }

    private static void assertNoDifferences(List<String> differences) {
        if (!differences.isEmpty()) {
            fail(differences.size() + " differences between Drools and Camunda, the first:\n"
                    + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    /** Drools on one table, the decisions it requires given: the value (null when it gives none) and the rows. */
    private static Answer droolsAlone(String decision, Map<String, Object> inputs) {
        List<String> rows = drools.matchingRows(inputs, decision);
        Object value;
        try {
            value = drools.decide(inputs, List.of(decision)).results().get(decision);
        } catch (PolicyDecisionException e) {
            value = null; // no row fits (or, for wie-beslist-5, the row that names no decider)
        }
        if (value == null && model.collect(model.key(decision))) {
            value = List.of();
        }
        return new Answer(normal(value), rows);
    }

    /** Drools through the graph: every decision on the way, with its value and rows. */
    private static Map<String, Answer> droolsGraph(List<String> decisions, Map<String, Object> inputs) {
        DmnPolicy.Outcome outcome = drools.decide(inputs, decisions);
        Map<String, List<String>> rows = new HashMap<>();
        outcome.hits().forEach(h -> rows.put(h.decision(), h.rowIds()));
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String d : decisions) {
            answers.put(d, new Answer(normal(outcome.results().get(d)), rows.getOrDefault(d, List.of())));
        }
        return answers;
    }

    /** Calls the consumer with every combination of the domains' values. */
    private static void combinations(Map<String, List<Object>> domains, Consumer<Map<String, Object>> each) {
        List<String> names = new ArrayList<>(domains.keySet());
        int[] at = new int[names.size()];
        while (true) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                inputs.put(names.get(i), domains.get(names.get(i)).get(at[i]));
            }
            each.accept(inputs);
            int i = names.size() - 1;
            while (i >= 0 && ++at[i] == domains.get(names.get(i)).size()) {
                at[i--] = 0;
            }
            if (i < 0) {
                return;
            }
        }
    }

    /** What the test reads of the DMN model: types, decisions, requirements and input columns. */
    record Model(Map<String, Element> types, Map<String, String> variableTypes, Map<String, String> keys,
                 Map<String, String> hitPolicies, Map<String, List<String>> requirements,
                 Map<String, Map<String, String>> columnTypes) {

        static Model read(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Map<String, Element> types = new HashMap<>();
            for (Element e : elements(document.getDocumentElement(), "itemDefinition")) {
                types.put(e.getAttribute("name"), e);
            }
            Map<String, String> variableTypes = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            Map<String, String> keys = new HashMap<>();
            Map<String, String> hitPolicies = new HashMap<>();
            Map<String, List<String>> requirements = new HashMap<>();
            Map<String, Map<String, String>> columnTypes = new HashMap<>();
            for (String kind : List.of("inputData", "decision")) {
                for (Element e : elements(document.getDocumentElement(), kind)) {
                    names.put(e.getAttribute("id"), e.getAttribute("name"));
                    variableTypes.put(e.getAttribute("name"),
                            elements(e, "variable").get(0).getAttribute("typeRef"));
                }
            }
            for (Element d : elements(document.getDocumentElement(), "decision")) {
                String name = d.getAttribute("name");
                keys.put(name, d.getAttribute("id"));
                Element table = elements(d, "decisionTable").get(0);
                hitPolicies.put(d.getAttribute("id"), table.getAttribute("hitPolicy"));
                List<String> required = new ArrayList<>();
                for (String ref : List.of("requiredDecision", "requiredInput")) {
                    for (Element r : elements(d, ref)) {
                        required.add(names.get(r.getAttribute("href").substring(1)));
                    }
                }
                requirements.put(name, required);
                Map<String, String> columns = new HashMap<>();
                for (Element expression : elements(table, "inputExpression")) {
                    String text = expression.getTextContent().strip().replace("`", "");
                    columns.put(text, expression.getAttribute("typeRef"));
                }
                columnTypes.put(name, columns);
            }
            return new Model(types, variableTypes, keys, hitPolicies, requirements, columnTypes);
        }

        private static List<Element> elements(Element parent, String localName) {
            NodeList nodes = parent.getElementsByTagNameNS("*", localName);
            List<Element> list = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add((Element) nodes.item(i));
            }
            return list;
        }

        String key(String decision) {
            return keys.get(decision);
        }

        boolean collect(String key) {
            return "COLLECT".equals(hitPolicies.get(key));
        }

        /** The decision and every decision it requires, directly or not, each after what it requires. */
        Set<String> closure(String decision) {
            Set<String> closure = new LinkedHashSet<>();
            for (String r : requirements.get(decision)) {
                if (keys.containsKey(r)) {
                    closure.addAll(closure(r));
                }
            }
            closure.add(decision);
            return closure;
        }

        /** The decisions no other decision requires, in the order of the model. */
        List<String> sinks() {
            Set<String> required = new LinkedHashSet<>();
            requirements.values().forEach(required::addAll);
            return Decisions.ALL.stream().filter(d -> !required.contains(d)).toList();
        }

        /** The opgave's inputs the decision depends on, directly or through the decisions it requires. */
        Set<String> inputsOf(String decision) {
            Set<String> inputs = new LinkedHashSet<>();
            for (String d : closure(decision)) {
                requirements.get(d).stream().filter(r -> !keys.containsKey(r)).forEach(inputs::add);
            }
            return inputs;
        }

        /**
         * The values a requirement of a table may take by its declared type: the type of the input column that reads
         * it as a plain name, else the type of the input or decision itself.
         */
        List<Object> declaredDomain(String decision, String requirement) {
            String type = columnTypes.get(decision).getOrDefault(requirement, variableTypes.get(requirement));
            return domain(type, requirement);
        }

        private List<Object> domain(String type, String what) {
            if (type.equals("boolean")) {
                return List.of(false, true);
            }
            Element item = types.get(type);
            if (item == null) {
                throw new AssertionError("no finite declared domain for " + what + " of type " + type);
            }
            String base = elements(item, "typeRef").get(0).getTextContent().strip();
            if ("true".equals(item.getAttribute("isCollection"))) {
                List<Object> values = domain(base, what);
                List<Object> subsets = new ArrayList<>();
                for (int mask = 0; mask < 1 << values.size(); mask++) {
                    List<Object> subset = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        if ((mask & 1 << i) != 0) {
                            subset.add(values.get(i));
                        }
                    }
                    subsets.add(List.copyOf(subset));
                }
                return subsets;
            }
            List<Element> allowed = elements(item, "allowedValues");
            if (allowed.isEmpty()) {
                return domain(base, what);
            }
            List<Object> values = new ArrayList<>();
            for (String value : allowed.get(0).getTextContent().split(",")) {
                String v = value.strip();
                values.add(v.equals("null") ? null : v.substring(1, v.length() - 1));
            }
            return values;
        }
    }
}
