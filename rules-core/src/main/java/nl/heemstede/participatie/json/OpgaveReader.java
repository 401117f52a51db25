package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;

/**
 * Reads one opgave from a JSON tree, strictly: unknown fields, wrong types, unknown codes and missing required
 * fields are violations, all collected, with their field paths. The contradictions of POLICY.md §1 come from
 * {@link Opgave#violations()}, so the JSON contract and the typed API check exactly the same rules.
 */
final class OpgaveReader {

    /** The fields each contradiction of §1 reads: when one of them is broken, the contradiction is not judged. */
    private static final Map<String, Set<String>> CONTRADICTION_INPUTS = Map.of(
            "municipalDecisionRequired", Set.of("initiator", "municipalDecisionRequired"),
            "withinCivilServiceMandate", Set.of("municipalDecisionRequired", "withinCivilServiceMandate"),
            "competentBody", Set.of("municipalDecisionRequired", "withinCivilServiceMandate", "competentBody"));
    /** The top-level fields in contract order, to list violations in the order of the input. */
    private static final List<String> FIELD_ORDER = List.of("", "title", "reference", "initiator",
            "municipalDecisionRequired", "withinCivilServiceMandate", "competentBody", "impact", "room", "difficulty",
            "intentions", "stakeholders");
    /** Stakeholder lists longer than this are not read element by element. */
    private static final int READ_LIMIT = Opgave.MAX_STAKEHOLDERS * 5;

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> broken = new LinkedHashSet<>();

    private OpgaveReader() {
    }

    static ParsedOpgave read(JsonNode node) {
        return new OpgaveReader().opgave(node);
    }

    private ParsedOpgave opgave(JsonNode node) {
        if (node == null || !node.isObject()) {
            violation("", node, "An opgave must be a JSON object.");
            return new ParsedOpgave(Optional.empty(), violations);
        }
        known(node, "", "title", "reference", "initiator", "municipalDecisionRequired", "withinCivilServiceMandate",
                "competentBody", "impact", "room", "difficulty", "intentions", "stakeholders");
        String title = text(node, "title", true).orElse("x");
        Optional<String> reference = text(node, "reference", false);
        Initiator initiator = code(node, "", "initiator", Initiator.class, true).orElse(Initiator.RESIDENTS);
        boolean decisionRequired = bool(node, "", "municipalDecisionRequired", true).orElse(false);
        Optional<Boolean> mandate = bool(node, "", "withinCivilServiceMandate", false);
        Optional<CompetentBody> body = code(node, "", "competentBody", CompetentBody.class, false);

        JsonNode impactNode = object(node, "", "impact");
        Impact impact = Impact.of(flag(impactNode, "impact.", "majorChangeToLivingEnvironment"),
                flag(impactNode, "impact.", "manyActors"), flag(impactNode, "impact.", "manyInterests"));
        known(impactNode, "impact.", "majorChangeToLivingEnvironment", "manyActors", "manyInterests");

        JsonNode roomNode = object(node, "", "room");
        known(roomNode, "room.", "somethingToChoose", "legalRoom", "policyRoom");
        Room room = Room.of(flag(roomNode, "room.", "somethingToChoose"),
                code(roomNode, "room.", "legalRoom", RoomLevel.class, true).orElse(RoomLevel.NONE),
                code(roomNode, "room.", "policyRoom", RoomLevel.class, true).orElse(RoomLevel.NONE));

        JsonNode difficultyNode = object(node, "", "difficulty");
        known(difficultyNode, "difficulty.", "complexContent", "opposingInterests");
        Difficulty difficulty = Difficulty.of(flag(difficultyNode, "difficulty.", "complexContent"),
                flag(difficultyNode, "difficulty.", "opposingInterests"));

        JsonNode intentionsNode = object(node, "", "intentions");
        known(intentionsNode, "intentions.", "stakeholdersWillCoProduce", "decisionPowerShared", "frameworksSet",
                "learningPilot");
        JsonNode frameworksNode = object(intentionsNode, "intentions.", "frameworksSet");
        known(frameworksNode, "intentions.frameworksSet.", "content", "financial", "process");
        Intentions intentions = Intentions.of(flag(intentionsNode, "intentions.", "stakeholdersWillCoProduce"),
                flag(intentionsNode, "intentions.", "decisionPowerShared"),
                Frameworks.of(flag(frameworksNode, "intentions.frameworksSet.", "content"),
                        flag(frameworksNode, "intentions.frameworksSet.", "financial"),
                        flag(frameworksNode, "intentions.frameworksSet.", "process")),
                flag(intentionsNode, "intentions.", "learningPilot"));

        List<Stakeholder> stakeholders = stakeholders(node);

        Opgave opgave = new Opgave(title, reference, initiator, decisionRequired, mandate, body, impact, room,
                difficulty, intentions, stakeholders);
        for (Violation v : opgave.violations()) {
            boolean aboutBrokenField = broken.contains(v.field())
                    || broken.stream().anyMatch(b -> v.field().startsWith(b + ".") || v.field().startsWith(b + "["));
            boolean readsBrokenField = CONTRADICTION_INPUTS.getOrDefault(v.field(), Set.of()).stream()
                    .anyMatch(broken::contains);
            if (aboutBrokenField || readsBrokenField) {
                continue; // already reported as a structural violation, or not judged because of one
            }
            violations.add(v);
        }
        if (!violations.isEmpty()) {
            List<Violation> ordered = new ArrayList<>(violations);
            ordered.sort(Comparator.comparingInt(v -> FIELD_ORDER.indexOf(topLevel(v.field()))));
            return new ParsedOpgave(Optional.empty(), ordered);
        }
        return new ParsedOpgave(Optional.of(opgave), List.of());
    }

    private static String topLevel(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    private List<Stakeholder> stakeholders(JsonNode node) {
        JsonNode list = node.get("stakeholders");
        if (list == null || list.isNull()) {
            violation("stakeholders", null, "stakeholders is required: a list of {\"name\", \"kind\"}, which may"
                    + " be empty.");
            return List.of();
        }
        if (!list.isArray()) {
            violation("stakeholders", list, "stakeholders must be a list.");
            return List.of();
        }
        if (list.size() > READ_LIMIT) {
            violation("stakeholders", list.size() + " stakeholders", "stakeholders may hold at most "
                    + Opgave.MAX_STAKEHOLDERS + " entries.");
            return List.of();
        }
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "stakeholders[" + i + "]";
            JsonNode element = list.get(i);
            if (!element.isObject()) {
                violation(prefix, element, "A stakeholder must be an object {\"name\", \"kind\"}.");
                stakeholders.add(Stakeholder.of("\u0000" + i, StakeholderKind.NEIGHBOURS));
                continue;
            }
            known(element, prefix + ".", "name", "kind");
            String name = text(element, prefix + ".", "name", true).orElse("\u0000" + i);
            StakeholderKind kind = code(element, prefix + ".", "kind", StakeholderKind.class, true)
                    .orElse(StakeholderKind.NEIGHBOURS);
            stakeholders.add(Stakeholder.of(name, kind));
        }
        return stakeholders;
    }

    private void known(JsonNode node, String prefix, String... fields) {
        if (node == null || !node.isObject()) {
            return;
        }
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violation(prefix + (name.isEmpty() ? "\"\"" : name), node.get(name), "unknown field \"" + name
                        + "\"; the fields here are "
                        + String.join(", ", fields) + ".");
            }
        }
    }

    private JsonNode object(JsonNode parent, String prefix, String field) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            violation(prefix + field, null, prefix + field + " is required.");
            return null;
        }
        if (!node.isObject()) {
            violation(prefix + field, node, prefix + field + " must be an object.");
            return null;
        }
        return node;
    }

    private Optional<String> text(JsonNode parent, String field, boolean required) {
        return text(parent, "", field, required);
    }

    private Optional<String> text(JsonNode parent, String prefix, String field, boolean required) {
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " is required.");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            violation(path, node, path + " must be text.");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private boolean flag(JsonNode parent, String prefix, String field) {
        if (parent == null) {
            return false;
        }
        return bool(parent, prefix, field, true).orElse(false);
    }

    private Optional<Boolean> bool(JsonNode parent, String prefix, String field, boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " is required: true or false.");
            }
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            violation(path, node, path + " must be true or false.");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    private <E extends Enum<E>> Optional<E> code(JsonNode parent, String prefix, String field, Class<E> type,
                                                 boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " is required: one of " + allowed + ".");
            }
            return Optional.empty();
        }
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.textValue())) {
                    return Optional.of(constant);
                }
            }
        }
        violation(path, node, path + " must be one of " + allowed + ".");
        return Optional.empty();
    }

    private void violation(String path, Object value, String message) {
        broken.add(path);
        Object shown = value instanceof JsonNode json ? (json.isTextual() ? json.textValue() : json.toString())
                : value;
        if (shown instanceof String text && text.codePointCount(0, text.length()) > 60) {
            shown = text.substring(0, text.offsetByCodePoints(0, 57)) + "...";
        }
        violations.add(value == null ? Violation.missing(path, message) : Violation.of(path, shown, message));
    }
}
