package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.Role;

/**
 * Reads one participation plan from a JSON tree, strictly: unknown fields, wrong types, unknown codes (also as keys
 * of {@code frameworks} and {@code planDescription}), missing required fields and a goal given twice are violations,
 * all collected, with their field paths. Given the opgave, the plan's own rules come from
 * {@link ParticipationPlan#violations(Opgave)}, so the JSON contract and the typed API check exactly the same rules.
 */
final class PlanReader extends StrictReader {

    /** The top-level fields in contract order, to list violations in the order of the input. */
    static final List<String> FIELD_ORDER = List.of("", "adoptedBy", "planDescription", "goals", "parties",
            "frameworks", "weighing");
    /** Party lists longer than this are not read element by element. */
    private static final int READ_LIMIT = ParticipationPlan.MAX_PARTIES * 5;
    /** Goal lists longer than this are not read element by element: each goal is given at most once. */
    private static final int GOALS_READ_LIMIT = Goal.values().length * 5;

    private PlanReader() {
    }

    /**
     * Reads the plan; when an opgave is given, checks it against the opgave as well.
     *
     * @throws InvalidInputException listing every violation, with paths relative to the plan
     */
    static ParticipationPlan read(JsonNode node, Optional<Opgave> opgave) {
        return new PlanReader().plan(node, opgave);
    }

    private ParticipationPlan plan(JsonNode node, Optional<Opgave> opgave) {
        if (node == null || !node.isObject()) {
            violation("", node, "Een participatieplan is een JSON-object {...}.");
            throw new InvalidInputException(violations);
        }
        known(node, "", FIELD_ORDER.subList(1, FIELD_ORDER.size()).toArray(String[]::new));
        Optional<CompetentBody> adoptedBy = code(node, "", "adoptedBy", CompetentBody.class, false);
        Map<PlanQuestion, String> planDescription = texts(node, "planDescription", PlanQuestion.class, "vraag");
        Set<Goal> goals = goals(node);
        List<PlannedParty> parties = parties(node);
        Map<FrameworkKind, String> frameworks = texts(node, "frameworks", FrameworkKind.class, "soort kader");
        Optional<String> weighing = text(node, "", "weighing", false);

        ParticipationPlan plan = new ParticipationPlan(goals, parties, frameworks, weighing, adoptedBy,
                planDescription);
        opgave.ifPresent(o -> addSemantic(plan.violations(o), Map.of()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(ordered(FIELD_ORDER));
        }
        return plan;
    }

    private Set<Goal> goals(JsonNode node) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        Optional<JsonNode> list = list(node, "", "goals", "een lijst van doelen (" + allowed(Goal.class)
                + "), die leeg mag zijn", GOALS_READ_LIMIT, Goal.values().length);
        if (list.isEmpty()) {
            return goals;
        }
        Map<Goal, Integer> firstIndex = new EnumMap<>(Goal.class);
        for (int i = 0; i < list.get().size(); i++) {
            String path = "goals[" + i + "]";
            Optional<Goal> goal = code(list.get().get(i), path, Goal.class);
            if (goal.isPresent()) {
                Integer first = firstIndex.putIfAbsent(goal.get(), i);
                if (first != null) {
                    violation(path, goal.get().name(), "elk doel staat er één keer; goals[" + first
                            + "] is al " + goal.get().name() + ".");
                }
                goals.add(goal.get());
            }
        }
        return goals;
    }

    private List<PlannedParty> parties(JsonNode node) {
        Optional<JsonNode> list = list(node, "", "parties", "een lijst van {\"name\", \"role\"}, die leeg mag zijn",
                READ_LIMIT, ParticipationPlan.MAX_PARTIES);
        if (list.isEmpty()) {
            return List.of();
        }
        List<PlannedParty> parties = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            String prefix = "parties[" + i + "]";
            JsonNode element = list.get().get(i);
            // A placeholder for what is broken; as process owner, it is not held against the opgave's stakeholders.
            if (!element.isObject()) {
                violation(prefix, element, "Een partij is een object {\"name\", \"role\"}.");
                parties.add(PlannedParty.of("\u0000" + i, Role.PROCESS_OWNER));
                continue;
            }
            known(element, prefix + ".", "name", "role");
            String name = text(element, prefix + ".", "name", true).orElse("\u0000" + i);
            Role role = code(element, prefix + ".", "role", Role.class, true).orElse(Role.PROCESS_OWNER);
            parties.add(PlannedParty.of(name, role));
        }
        return parties;
    }

    /** An optional object whose keys are codes and whose values are texts; a null value is an absent key. */
    private <K extends Enum<K>> Map<K, String> texts(JsonNode node, String field, Class<K> type, String what) {
        Map<K, String> texts = new EnumMap<>(type);
        JsonNode object = node.get(field);
        if (object == null || object.isNull()) {
            return texts;
        }
        if (!object.isObject()) {
            violation(field, object, field + " moet een object zijn met als sleutels " + allowed(type) + ".");
            return texts;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            String path = field + "." + (key.isEmpty() ? "\"\"" : key);
            Optional<K> code = constant(key, type);
            if (code.isEmpty()) {
                violation(path, entry.getValue(), "onbekende " + what + " \"" + key + "\"; dat zijn "
                        + allowed(type) + ".");
                continue;
            }
            text(object, field + ".", key, false).ifPresent(text -> texts.put(code.get(), text));
        }
        return texts;
    }
}
