package nl.heemstede.participatie.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.Violation;

/**
 * What the strict readers of opgaven, plans and records share: the violations found so far, the paths already
 * reported as broken, and the checks of one field (known names, text, true/false, code, date, object). Every check
 * records its violation and answers empty, so reading goes on and every violation is found at once.
 */
abstract class StrictReader {

    /** A date as {@code yyyy-MM-dd}: four digits for the year, no sign, no time. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    final List<Violation> violations = new ArrayList<>();
    final Set<String> broken = new LinkedHashSet<>();

    /**
     * Adds the semantic violations of the typed value, except those at a path already reported as broken (or inside
     * it) and those that read a broken field.
     *
     * @param inputs per path of a semantic violation, the fields it reads besides its own
     */
    final void addSemantic(List<Violation> semantic, Map<String, Set<String>> inputs) {
        for (Violation v : semantic) {
            boolean aboutBrokenField = broken.contains(v.field())
                    || broken.stream().anyMatch(b -> v.field().startsWith(b + ".") || v.field().startsWith(b + "["));
            boolean readsBrokenField = inputs.getOrDefault(v.field(), Set.of()).stream().anyMatch(broken::contains);
            if (aboutBrokenField || readsBrokenField) {
                continue; // already reported as a structural violation, or not judged because of one
            }
            violations.add(v);
        }
    }

    /** The violations found, ordered by their top-level field in the given contract order (stable otherwise). */
    final List<Violation> ordered(List<String> fieldOrder) {
        List<Violation> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparingInt(v -> fieldOrder.indexOf(topLevel(v.field()))));
        return ordered;
    }

    static String topLevel(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    final void known(JsonNode node, String prefix, String... fields) {
        if (node == null || !node.isObject()) {
            return;
        }
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violation(prefix + (name.isEmpty() ? "\"\"" : name), node.get(name), "onbekend veld \"" + name
                        + "\"; hier horen de velden "
                        + String.join(", ", fields) + ".");
            }
        }
    }

    final JsonNode object(JsonNode parent, String prefix, String field) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            violation(prefix + field, null, prefix + field + " ontbreekt.");
            return null;
        }
        if (!node.isObject()) {
            violation(prefix + field, node, prefix + field + " moet een object {...} zijn.");
            return null;
        }
        return node;
    }

    /**
     * The list at the field, or empty after reporting why not: missing or null, not a list, or longer than
     * {@code readLimit} (a list that long is not read element by element).
     *
     * @param what     what the list holds, for the message of a missing list, e.g. {@code a list of {"name", "role"},
     *                 which may be empty}
     * @param maxShown the largest number of entries allowed, for the message of a list that is too long
     */
    final Optional<JsonNode> list(JsonNode parent, String prefix, String field, String what, int readLimit,
                                  int maxShown) {
        JsonNode list = parent.get(field);
        String path = prefix + field;
        if (list == null || list.isNull()) {
            violation(path, null, path + " ontbreekt: " + what + ".");
            return Optional.empty();
        }
        if (!list.isArray()) {
            violation(path, list, path + " moet een lijst [...] zijn.");
            return Optional.empty();
        }
        if (list.size() > readLimit) {
            violation(path, list.size() + " " + field, path + " mag hoogstens " + maxShown + " elementen bevatten.");
            return Optional.empty();
        }
        return Optional.of(list);
    }

    final Optional<String> text(JsonNode parent, String prefix, String field, boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " ontbreekt.");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            violation(path, node, path + " moet tekst zijn (tussen aanhalingstekens).");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    final Optional<Boolean> bool(JsonNode parent, String prefix, String field, boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " ontbreekt: true of false.");
            }
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            violation(path, node, path + " moet true of false zijn.");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    final <E extends Enum<E>> Optional<E> code(JsonNode parent, String prefix, String field, Class<E> type,
                                               boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " ontbreekt: een van " + allowed(type) + ".");
            }
            return Optional.empty();
        }
        return code(node, path, type);
    }

    /** The code the node names, or empty after reporting that it names none. */
    final <E extends Enum<E>> Optional<E> code(JsonNode node, String path, Class<E> type) {
        Optional<E> constant = constant(node, type);
        if (constant.isEmpty()) {
            violation(path, node, path + " moet een van " + allowed(type) + " zijn.");
        }
        return constant;
    }

    static <E extends Enum<E>> Optional<E> constant(JsonNode node, Class<E> type) {
        return node != null && node.isTextual() ? constant(node.textValue(), type) : Optional.empty();
    }

    /** The code with exactly the given name, or empty. */
    static <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A date as {@code yyyy-MM-dd}, an existing day. */
    final Optional<LocalDate> date(JsonNode parent, String prefix, String field, boolean required) {
        if (parent == null) {
            return Optional.empty(); // the enclosing object is missing or broken; reported there
        }
        JsonNode node = parent.get(field);
        String path = prefix + field;
        if (node == null || node.isNull()) {
            if (required) {
                violation(path, null, path + " ontbreekt: een datum als jjjj-mm-dd.");
            }
            return Optional.empty();
        }
        if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            try {
                return Optional.of(LocalDate.parse(node.textValue()));
            } catch (DateTimeParseException e) {
                violation(path, node, path + " moet een bestaande dag zijn; " + node.textValue() + " bestaat niet.");
                return Optional.empty();
            }
        }
        violation(path, node, path + " moet een datum zijn als jjjj-mm-dd, bijvoorbeeld 2026-03-02.");
        return Optional.empty();
    }

    final void violation(String path, Object value, String message) {
        broken.add(path);
        Object shown = value instanceof JsonNode json ? (json.isTextual() ? json.textValue() : json.toString())
                : value;
        if (shown instanceof String text && text.codePointCount(0, text.length()) > 60) {
            shown = text.substring(0, text.offsetByCodePoints(0, 57)) + "...";
        }
        violations.add(value == null ? Violation.missing(path, message) : Violation.of(path, shown, message));
    }
}
