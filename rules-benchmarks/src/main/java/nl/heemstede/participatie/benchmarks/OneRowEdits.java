package nl.heemstede.participatie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edits of the bundled policy as policy staff make them: every way to change the answer of one row of a decision
 * table to another answer the same table gives elsewhere (a code, a truth value or a list), in file order. Each edit
 * is a policy version no check has seen before; some break a rule of the policy or leave a table incomplete, and
 * {@code participatie check} refuses them, as it would the staff's edit.
 */
final class OneRowEdits {

    private static final String FOLDER = "nl/heemstede/participatie/beleid/";
    static final String DMN = "participatiebeleid.dmn";
    static final String DESCRIPTOR = "beleid.properties";
    /** An output entry: its id (table prefix, row, "-o") and its text. */
    private static final Pattern OUTPUT = Pattern.compile(
            "<outputEntry id=\"(([a-z-]+)-[a-z0-9]+-o)\"><text>([^<]*)</text>");

    /** An annotation entry, with its text as group 1. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "<annotationEntry><text>([^<]*)</text></annotationEntry>");

    /** One edit: a name that says which row now gives what, and the edited DMN file. */
    record Edit(String name, String dmn) {
    }

    private OneRowEdits() {
    }

    /** The bundled DMN file. */
    static String bundledDmn() {
        return text(DMN);
    }

    /**
     * The bundled DMN file with a participation plan also for simple opgaven and for complex ones where
     * participation is not feasible: rows participatieplan-1 and -3 answer true. It breaks a rule of the policy
     * (a plan precisely when complex and feasible) and gives the rule sets no new facts, as they do not read the
     * plan decision. Not a one-row edit.
     */
    static String planAlwaysRequired() {
        String dmn = bundledDmn();
        String edited = dmn;
        for (String row : new String[] {"participatieplan-1-o", "participatieplan-3-o"}) {
            edited = edited.replace("<outputEntry id=\"" + row + "\"><text>false</text>",
                    "<outputEntry id=\"" + row + "\"><text>true</text>");
        }
        if (edited.length() != dmn.length() + 2 * ("true".length() - "false".length())) {
            throw new IllegalStateException("Rows participatieplan-1 and -3 no longer answer false in " + DMN + ".");
        }
        return edited;
    }

    /**
     * The bundled DMN file with the explanation (<em>Uitleg</em>) of the {@code n}-th row reworded: a new model
     * with the same decisions, so it gives the rules no new facts. Not a one-row edit of an answer.
     */
    static String reworded(int n) {
        String dmn = bundledDmn();
        Matcher m = ANNOTATION.matcher(dmn);
        for (int entry = 0; m.find(); entry++) {
            if (entry == 3 * n + 2) { // each row has three annotations: Bron, Grondslag, Uitleg
                return dmn.substring(0, m.end(1)) + " (herschreven " + n + ")" + dmn.substring(m.end(1));
            }
        }
        throw new IllegalStateException(DMN + " has fewer than " + (n + 1) + " rows with three annotations.");
    }

    /** Every one-row edit of the bundled DMN file, in file order. */
    static List<Edit> all() {
        String dmn = bundledDmn();
        Map<String, Set<String>> answersByTable = new LinkedHashMap<>();
        List<String[]> entries = new ArrayList<>();
        Matcher m = OUTPUT.matcher(dmn);
        while (m.find()) {
            answersByTable.computeIfAbsent(m.group(2), t -> new LinkedHashSet<>()).add(m.group(3));
            entries.add(new String[] {m.group(1), m.group(2), m.group(3), m.group()});
        }
        List<Edit> edits = new ArrayList<>();
        for (String[] entry : entries) {
            for (String other : answersByTable.get(entry[1])) {
                if (!other.equals(entry[2])) {
                    String changed = entry[3].replace("<text>" + entry[2] + "</text>", "<text>" + other + "</text>");
                    edits.add(new Edit(entry[0] + ": " + shorten(entry[2]) + " -> " + shorten(other),
                            dmn.replace(entry[3], changed)));
                }
            }
        }
        if (edits.size() < 100) {
            throw new IllegalStateException("Only " + edits.size() + " one-row edits found in " + DMN
                    + "; the pattern of its output entries changed.");
        }
        return edits;
    }

    /** Writes the DMN file and the bundled descriptor to a new policy directory. */
    static Path directory(String dmn) {
        try {
            Path dir = Files.createTempDirectory("participatie-edit");
            Files.writeString(dir.resolve(DMN), dmn);
            Files.writeString(dir.resolve(DESCRIPTOR), text(DESCRIPTOR));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a policy directory: " + e.getMessage(), e);
        }
    }

    /** Deletes a policy directory made by {@link #directory(String)}. */
    static void delete(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete the policy directory " + directory + ": " + e.getMessage(),
                    e);
        }
    }

    private static String shorten(String text) {
        String plain = text.replace("&quot;", "");
        return plain.length() <= 30 ? plain : plain.substring(0, 27) + "...";
    }

    private static String text(String name) {
        try (InputStream in = OneRowEdits.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled policy file " + name + " is not on the class path.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
