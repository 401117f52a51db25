package nl.heemstede.participatie.core.loading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.DMNElementReference;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.InformationRequirement;
import org.kie.dmn.model.api.RuleAnnotation;
import org.kie.dmn.model.api.RuleAnnotationClause;
import org.kie.internal.io.ResourceFactory;

import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;

/**
 * The DMN part of a policy: the compiled model, the annotations of every table row, and evaluation that records
 * which rows decided (the engine's own hit ids).
 */
public final class DmnPolicy {

    /** The annotation columns every table must have, in this order of meaning. */
    public static final String SOURCE_COLUMN = "Bron";
    public static final String BASIS_COLUMN = "Grondslag";
    static final String TEXT_COLUMN = "Uitleg";

    private final String fileName;
    private final DMNRuntime runtime;
    private final DMNModel model;
    private final Map<String, Row> rows;
    private final Map<String, String> tableIds;
    private final Map<String, List<String>> requirements;
    private final Map<String, List<String>> rowIds;
    private final Map<String, String> hitPolicies;
    private final ThreadLocal<List<Hit>> capture = new ThreadLocal<>();

    /** Which rows of one decision table matched in one evaluation. */
    public record Hit(String decision, String tableId, List<String> rowIds) {
    }

    /** The results of the requested decisions, by name, and the rows that decided them. */
    public record Outcome(Map<String, Object> results, List<Hit> hits) {
    }

    private DmnPolicy(String fileName, DMNRuntime runtime, DMNModel model, Map<String, Row> rows,
                      Map<String, String> tableIds, Map<String, List<String>> requirements,
                      Map<String, List<String>> rowIds, Map<String, String> hitPolicies) {
        this.fileName = fileName;
        this.runtime = runtime;
        this.model = model;
        this.rows = rows;
        this.tableIds = tableIds;
        this.requirements = requirements;
        this.rowIds = rowIds;
        this.hitPolicies = hitPolicies;
        runtime.addListener(new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                List<Hit> hits = capture.get();
                if (hits != null) {
                    hits.add(new Hit(event.getDecisionName(), event.getDecisionTableId(),
                            List.copyOf(event.getSelectedIds())));
                }
            }
        });
    }

    /**
     * Compiles the DMN file and reads its annotations.
     *
     * @throws PolicyLoadException when it does not compile, or a table lacks a row id or an annotation
     */
    public static DmnPolicy load(String fileName, byte[] content, List<String> requiredDecisions) {
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(fileName);
        DMNRuntime runtime;
        try {
            runtime = DMNRuntimeBuilder.fromDefaults()
                    .setOption(new RuntimeTypeCheckOption(true))
                    .setRootClassLoader(RefusingClassLoader.INSTANCE)
                    .buildConfiguration()
                    .fromResources(List.of(resource))
                    .getOrElseThrow(e -> new PolicyLoadException(
                            fileName + " compileert niet: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            if (e instanceof PolicyLoadException p) {
                throw p;
            }
            throw new PolicyLoadException(fileName + " is niet te lezen als DMN-model (is het geldige XML?): "
                    + e, e);
        }
        if (runtime.getModels().size() != 1) {
            throw new PolicyLoadException(fileName + " moet precies één DMN-model bevatten; het bevat er "
                    + runtime.getModels().size() + ".");
        }
        DMNModel model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new PolicyLoadException(fileName + " heeft fouten: " + model.getMessages(DMNMessage.Severity.ERROR)
                    .stream().map(DMNMessage::getText).collect(Collectors.joining("; ")));
        }
        Map<String, Row> rows = new HashMap<>();
        Map<String, String> tableIds = new HashMap<>();
        Map<String, String> namesById = new HashMap<>();
        for (DRGElement element : model.getDefinitions().getDrgElement()) {
            namesById.put(element.getId(), element.getName());
        }
        Map<String, List<String>> requirements = new HashMap<>();
        Map<String, List<String>> rowIds = new HashMap<>();
        Map<String, String> hitPolicies = new HashMap<>();
        for (DRGElement element : model.getDefinitions().getDrgElement()) {
            if (element instanceof Decision decision) {
                List<String> required = new ArrayList<>();
                for (InformationRequirement requirement : decision.getInformationRequirement()) {
                    DMNElementReference ref = requirement.getRequiredDecision() != null
                            ? requirement.getRequiredDecision() : requirement.getRequiredInput();
                    String href = ref == null ? "" : ref.getHref();
                    String name = namesById.get(href.startsWith("#") ? href.substring(1) : href);
                    if (name == null) {
                        throw new PolicyLoadException(fileName + ", tabel '" + decision.getName()
                                + "' vereist [" + href + "], en dat is geen element van dit model.");
                    }
                    required.add(name);
                }
                requirements.put(decision.getName(), List.copyOf(required));
                if (decision.getExpression() instanceof DecisionTable table) {
                    tableIds.put(decision.getName(), table.getId());
                    readRows(fileName, decision.getName(), table, rows);
                    rowIds.put(decision.getName(), table.getRule().stream().map(DecisionRule::getId).toList());
                    hitPolicies.put(decision.getName(), String.valueOf(table.getHitPolicy()));
                }
            }
        }
        for (String required : requiredDecisions) {
            if (model.getDecisionByName(required) == null) {
                throw new PolicyLoadException(fileName + " heeft geen beslissing met de naam '" + required
                        + "'; het advies heeft haar nodig. Zet de beslissing of haar naam terug.");
            }
        }
        return new DmnPolicy(fileName, runtime, model, Map.copyOf(rows), Map.copyOf(tableIds),
                Map.copyOf(requirements), Map.copyOf(rowIds),
                Map.copyOf(hitPolicies));
    }

    private static void readRows(String fileName, String decision, DecisionTable table, Map<String, Row> rows) {
        List<RuleAnnotationClause> columns = table.getAnnotation();
        int source = columnIndex(fileName, decision, columns, SOURCE_COLUMN);
        int basis = columnIndex(fileName, decision, columns, BASIS_COLUMN);
        int text = columnIndex(fileName, decision, columns, TEXT_COLUMN);
        List<DecisionRule> tableRows = table.getRule();
        for (int i = 0; i < tableRows.size(); i++) {
            DecisionRule rule = tableRows.get(i);
            String where = fileName + ", tabel '" + decision + "', rij " + (i + 1);
            if (rule.getId() == null || rule.getId().isBlank()) {
                throw new PolicyLoadException(where + " heeft geen id; elke rij heeft er een nodig, zodat het advies"
                        + " de rij kan noemen die besliste.");
            }
            List<RuleAnnotation> entries = rule.getAnnotationEntry();
            String sourceText = entry(entries, source);
            String basisText = entry(entries, basis);
            String explanation = entry(entries, text);
            Basis parsed = Row.basisOf(basisText);
            if (sourceText.isBlank() || explanation.isBlank()) {
                throw new PolicyLoadException(where + " (" + rule.getId() + ") heeft een lege kolom " + SOURCE_COLUMN
                        + " of " + TEXT_COLUMN + "; vul het onderdeel van de uitwerking en de uitleg in.");
            }
            if (parsed == null) {
                throw new PolicyLoadException(where + " (" + rule.getId() + ") heeft in de kolom " + BASIS_COLUMN + " ["
                        + basisText + "]; schrijf [seed] of [reading].");
            }
            if (rows.put(rule.getId(), new Row(decision, rule.getId(), sourceText.strip(), parsed,
                    explanation.strip(), "")) != null) {
                throw new PolicyLoadException(where + " heeft het id " + rule.getId() + ", dat een andere rij ook heeft.");
            }
        }
    }

    private static int columnIndex(String fileName, String decision, List<RuleAnnotationClause> columns,
                                   String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (name.equals(columns.get(i).getName())) {
                return i;
            }
        }
        throw new PolicyLoadException(fileName + ", tabel '" + decision + "' heeft geen annotatiekolom '" + name
                + "'; elke tabel heeft de kolommen " + SOURCE_COLUMN + ", " + BASIS_COLUMN + " en "
                + TEXT_COLUMN + " nodig.");
    }

    private static String entry(List<RuleAnnotation> entries, int index) {
        if (index >= entries.size() || entries.get(index).getText() == null) {
            return "";
        }
        return entries.get(index).getText();
    }

    /**
     * Evaluates the named decisions.
     *
     * @throws PolicyDecisionException when a decision fails, warns or gives no result
     */
    public Outcome decide(Map<String, Object> inputs, List<String> decisions) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        List<Hit> hits = new ArrayList<>();
        capture.set(hits);
        DMNResult result;
        try {
            result = runtime.evaluateByName(model, context, decisions.toArray(String[]::new));
        } finally {
            capture.remove();
        }
        Map<String, Object> results = new LinkedHashMap<>();
        for (String name : decisions) {
            DMNDecisionResult decision = result.getDecisionResultByName(name);
            List<String> problems = decision.getMessages().stream()
                    .filter(m -> m.getSeverity() != DMNMessage.Severity.INFO)
                    .map(DMNMessage::getText)
                    .collect(Collectors.toCollection(ArrayList::new));
            if (decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
                problems.add(0, "de evaluatie is " + switch (decision.getEvaluationStatus()) {
                    case SKIPPED -> "overgeslagen";
                    case FAILED -> "mislukt";
                    default -> decision.getEvaluationStatus().name().toLowerCase(java.util.Locale.ROOT);
                });
            }
            if (problems.isEmpty() && decision.getResult() == null) {
                problems.add("geen rij gaf een antwoord");
            }
            if (!problems.isEmpty()) {
                throw new PolicyDecisionException(name, describe(inputs), fileName + ": "
                        + String.join("; ", problems) + ".");
            }
            results.put(name, decision.getResult());
        }
        return new Outcome(Collections.unmodifiableMap(results), List.copyOf(hits));
    }

    /** The row ids of every decision table, by the decision's name, in the order of the table. */
    public Map<String, List<String>> rowIds() {
        return rowIds;
    }

    /**
     * The rows of the named decision table that match the inputs, whatever the decision's result: also when it gives
     * no answer or fails. For the policy check, which asks this only of input combinations the typed API refuses.
     */
    public List<String> matchingRows(Map<String, Object> inputs, String decision) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        List<Hit> hits = new ArrayList<>();
        capture.set(hits);
        try {
            runtime.evaluateByName(model, context, decision);
        } finally {
            capture.remove();
        }
        return hits.stream().filter(h -> h.decision().equals(decision)).flatMap(h -> h.rowIds().stream())
                .distinct().toList();
    }

    /**
     * The explanation of one table's hit: one entry per row that decided, or, when no row matched (a COLLECT
     * table with an empty outcome), one entry naming the table.
     */
    public List<Explanation> explain(Hit hit, Optional<String> subject) {
        if (hit.rowIds().isEmpty()) {
            return List.of(new Explanation(hit.decision(), hit.tableId(), Basis.READING, "Tabel " + hit.decision(),
                    "Geen rij van de tabel " + hit.decision() + " is van toepassing: de uitkomst is leeg.", subject));
        }
        List<Explanation> entries = new ArrayList<>();
        for (String id : hit.rowIds()) {
            Row row = rows.get(id);
            if (row == null) {
                throw new IllegalStateException("The engine reported row " + id + ", which the model does not have.");
            }
            entries.add(new Explanation(row.decision(), row.id(), row.basis(), row.source(), row.text(), subject));
        }
        return List.copyOf(entries);
    }

    /** The names of the inputs and decisions the named decision requires, in the model's order. */
    public List<String> requirements(String decision) {
        List<String> names = requirements.get(decision);
        if (names == null) {
            throw new IllegalArgumentException("No decision '" + decision + "' in " + fileName + ".");
        }
        return names;
    }

    /** Every decision of the model that is a decision table, by name. */
    Set<String> tables() {
        return tableIds.keySet();
    }

    /** The ids of the rows of the named decision table, in the table's order. */
    List<String> rowIds(String decision) {
        List<String> ids = rowIds.get(decision);
        if (ids == null) {
            throw new IllegalArgumentException("No decision table '" + decision + "' in " + fileName + ".");
        }
        return ids;
    }

    /** The hit policy of the named decision table, as the engine names it ({@code UNIQUE}, {@code FIRST}, ...). */
    public String hitPolicy(String decision) {
        return hitPolicies.get(decision);
    }

    /** The name of the DMN file. */
    String fileName() {
        return fileName;
    }

    /** The id of the decision table of the named decision. */
    public String tableId(String decision) {
        return tableIds.get(decision);
    }

    public static Map<String, String> describe(Map<String, Object> inputs) {
        Map<String, String> described = new LinkedHashMap<>();
        inputs.forEach((k, v) -> described.put(k, String.valueOf(v)));
        return described;
    }
}
