package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Edits of a JSON tree at a field path such as {@code stakeholders[0].age} or {@code frameworks.CONTENT}, for the
 * contract tests: each returns an edited copy and leaves the input as it was.
 */
final class JsonTrees {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonTrees() {
    }

    /** A copy of the tree with the value at the path set; an index one past the end of a list appends. */
    static ObjectNode with(ObjectNode root, String path, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        List<Object> segments = segments(path);
        JsonNode parent = parentOf(copy, segments);
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer i) {
            if (i == parent.size()) {
                ((ArrayNode) parent).add(value);
            } else {
                ((ArrayNode) parent).set(i, value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** A copy of the tree without the value at the path. */
    static ObjectNode without(ObjectNode root, String path) {
        ObjectNode copy = root.deepCopy();
        List<Object> segments = segments(path);
        JsonNode parent = parentOf(copy, segments);
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).remove(i);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return copy;
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return segments;
    }

    private static JsonNode parentOf(JsonNode root, List<Object> segments) {
        JsonNode node = root;
        for (Object segment : segments.subList(0, segments.size() - 1)) {
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node;
    }
}
