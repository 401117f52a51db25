package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.heemstede.participatie.core.loading.PolicyFiles;

/** Edits of a DMN text by row id, as policy staff make them, for the tests of policy directories. */
public final class PolicyEdits {

    private PolicyEdits() {
    }

    /**
     * The files of the bundled policy, by name, with the text of one file changed: for a copy loaded in memory with
     * {@link PolicyFiles#of}. The change must apply.
     */
    public static Map<String, byte[]> bundledWith(String file, UnaryOperator<String> change) {
        PolicyFiles bundled = PolicyFiles.bundled();
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : bundled.names()) {
            files.put(name, bundled.content(name));
        }
        String original = new String(files.get(file), StandardCharsets.UTF_8);
        String changed = change.apply(original);
        assertNotEquals(original, changed, "the change did not apply to " + file + "; has the row been renamed?");
        files.put(file, changed.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The DMN text with the first {@code from} in the row with the given id replaced by {@code to}. */
    public static String replaceInRow(String dmn, String rowId, String from, String to) {
        int start = dmn.indexOf("<rule id=\"" + rowId + "\">");
        assertTrue(start >= 0, "row " + rowId + " exists");
        int end = dmn.indexOf("</rule>", start);
        String row = dmn.substring(start, end);
        String changed = row.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertNotEquals(row, changed, "the edit applies to row " + rowId);
        return dmn.substring(0, start) + changed + dmn.substring(end);
    }

    /** The DMN text with every {@code from} replaced by {@code to}, for an edit outside a row (a requirement). */
    public static String replace(String dmn, String from, String to) {
        assertTrue(dmn.contains(from), () -> "the edit applies: " + from);
        return dmn.replace(from, to);
    }

    /** The DMN text without the row with the given id. */
    public static String removeRow(String dmn, String rowId) {
        int start = dmn.indexOf("<rule id=\"" + rowId + "\">");
        assertTrue(start >= 0, "row " + rowId + " exists");
        int end = dmn.indexOf("</rule>", start) + "</rule>".length();
        return dmn.substring(0, start) + dmn.substring(end);
    }
}
