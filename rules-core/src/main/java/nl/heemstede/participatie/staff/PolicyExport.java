package nl.heemstede.participatie.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.core.check.PolicyChecker;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The decision tables of a policy in the form another DMN engine evaluates: Camunda 7 and Operaton (its fork), whose
 * default FEEL engine is feel-scala. Only what that engine needs is changed, the rest of the file is kept byte for
 * byte:
 * <ul>
 *   <li>an input expression that names an input or decision with a space in its name is written in backticks
 *       ({@code Besluit gemeente nodig} becomes {@code `Besluit gemeente nodig`}): feel-scala reads a name with
 *       spaces only so, and Drools refuses backticks, so one file cannot serve both;</li>
 *   <li>the single output of a decision table gets the decision's name ({@code <output name="Wie beslist"/>}):
 *       Camunda passes a decision's result to the decisions that require it under the name of the table's output,
 *       and DMN (and Drools's validator) wants a single output without a name.</li>
 * </ul>
 * The decision keys are the decision ids of the model ({@code wie-beslist}, {@code complexiteit}, ...), the input
 * variables the names of its input data. What the export leaves out, because it is not in the DMN file or not in the
 * tables, says {@link #camunda7Note()}.
 *
 * <pre>{@code
 * Files.writeString(out, PolicyExport.camunda7(null));   // the bundled policy
 * }</pre>
 *
 * @since 0.3
 */
public final class PolicyExport {

    /** The name of the DMN file in the bundled policy. */
    private static final String BUNDLED_DMN = "participatiebeleid.dmn";

    private static final String PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";
    private static final Pattern INPUT_EXPRESSION = Pattern.compile("(<" + PREFIX + "inputExpression\\b[^>]*>\\s*<"
            + PREFIX + "text>)(.*?)(</" + PREFIX + "text>)", Pattern.DOTALL);
    private static final Pattern DECISION = Pattern.compile("<(" + PREFIX + ")decision\\b[^>]*>.*?</\\1decision>",
            Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile("<" + PREFIX + "output\\b([^>]*?)(/?)>");
    private static final Pattern NAME_ATTRIBUTE = Pattern.compile("\\sname\\s*=");
    private static final Pattern DECISION_NAME = Pattern.compile("^<" + PREFIX + "decision\\b[^>]*?\\sname\\s*=\\s*"
            + "(\"[^\"]*\"|'[^']*')");

    private PolicyExport() {
    }

    /**
     * The DMN file of a policy rewritten for Camunda 7 and Operaton.
     *
     * @param policyDirectory a policy directory (a DMN file and {@code beleid.properties}), which must pass every
     *                        check of {@code ParticipationAdvisor.fromDirectory}; {@code null} for the bundled policy
     * @return the DMN file as text (UTF-8 when written)
     * @throws PolicyLoadException when the directory does not hold a policy that loads, listing every problem
     */
    public static String camunda7(Path policyDirectory) {
        byte[] dmn;
        if (policyDirectory == null) {
            dmn = PolicyFiles.bundled().content(BUNDLED_DMN);
        } else {
            // the same checks as ParticipationAdvisor.fromDirectory: only a policy that loads is exported
            dmn = PolicyChecker.loadedDmn(policyDirectory).getValue();
        }
        return rewrite(policyDirectory == null ? BUNDLED_DMN : policyDirectory.toString(),
                new String(dmn, StandardCharsets.UTF_8));
    }

    /**
     * The note that goes beside an exported file, in Dutch and in English: what the export holds, what changed, and
     * what of the library it does not hold (the rule sets, the explanation texts, versions and their periods, the
     * checks).
     */
    public static String camunda7Note() {
        try (InputStream in = PolicyExport.class.getResourceAsStream(NOTE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(NOTE_RESOURCE + " is missing from the class path; the rules-core jar is"
                        + " incomplete.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + NOTE_RESOURCE + " from the class path.", e);
        }
    }

    /** The DMN text rewritten: input expressions quoted, single outputs named. */
    static String rewrite(String source, String xml) {
        Document document = MatrixReader.parse(source, xml.getBytes(StandardCharsets.UTF_8));
        List<String> names = namesWithSpaces(document.getDocumentElement());
        Matcher expressions = INPUT_EXPRESSION.matcher(xml);
        StringBuilder quoted = new StringBuilder();
        while (expressions.find()) {
            String text = expressions.group(2);
            String feel = unescape(text);
            String rewritten = quoteNames(feel, names);
            expressions.appendReplacement(quoted, Matcher.quoteReplacement(expressions.group(1)
                    + (rewritten.equals(feel) ? text : escape(rewritten)) + expressions.group(3)));
        }
        expressions.appendTail(quoted);
        Matcher decisions = DECISION.matcher(quoted);
        StringBuilder named = new StringBuilder();
        while (decisions.find()) {
            decisions.appendReplacement(named, Matcher.quoteReplacement(nameSingleOutput(decisions.group())));
        }
        decisions.appendTail(named);
        return named.toString();
    }

    /** A decision's XML with its table's single unnamed output named after the decision. */
    private static String nameSingleOutput(String decision) {
        Matcher name = DECISION_NAME.matcher(decision);
        Matcher outputs = OUTPUT.matcher(decision);
        List<int[]> found = new ArrayList<>();
        while (outputs.find()) {
            found.add(new int[] {outputs.start(1), outputs.end(1)});
        }
        if (!name.find() || found.size() != 1) {
            return decision;
        }
        int[] attributes = found.get(0);
        if (NAME_ATTRIBUTE.matcher(decision.substring(attributes[0], attributes[1])).find()) {
            return decision;
        }
        // the attribute value as written (quotes and entities included), so the name stays exactly the decision's
        return decision.substring(0, attributes[1]) + " name=" + name.group(1) + decision.substring(attributes[1]);
    }

    /** The names of the model's input data and decisions that hold whitespace, longest first. */
    private static List<String> namesWithSpaces(Element definitions) {
        Set<String> names = new LinkedHashSet<>();
        for (String kind : List.of("inputData", "decision")) {
            NodeList elements = definitions.getElementsByTagNameNS("*", kind);
            for (int i = 0; i < elements.getLength(); i++) {
                String name = ((Element) elements.item(i)).getAttribute("name").strip();
                if (name.chars().anyMatch(Character::isWhitespace)) {
                    names.add(name);
                }
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    /**
     * The FEEL text with every occurrence of one of the names in backticks, outside string literals and outside
     * what is already in backticks; a name counts only as a whole (not as part of a longer word).
     */
    static String quoteNames(String feel, List<String> names) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < feel.length()) {
            char c = feel.charAt(i);
            if (c == '"' || c == '`') {
                int end = i + 1;
                while (end < feel.length() && feel.charAt(end) != c) {
                    end += feel.charAt(end) == '\\' && c == '"' ? 2 : 1;
                }
                end = Math.min(end + 1, feel.length());
                out.append(feel, i, end);
                i = end;
                continue;
            }
            String match = null;
            if (i == 0 || !isNamePart(feel.charAt(i - 1))) {
                for (String name : names) {
                    int after = i + name.length();
                    if (feel.startsWith(name, i) && (after == feel.length() || !isNamePart(feel.charAt(after)))) {
                        match = name;
                        break;
                    }
                }
            }
            if (match != null) {
                out.append('`').append(match).append('`');
                i += match.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    private static final Map<String, String> ENTITIES = Map.of("&quot;", "\"", "&apos;", "'", "&lt;", "<",
            "&gt;", ">");

    private static String unescape(String text) {
        String plain = text;
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            plain = plain.replace(entity.getKey(), entity.getValue());
        }
        return plain.replace("&amp;", "&");
    }

    private static String escape(String feel) {
        return feel.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The note beside an export, on the class path beside this class. */
    private static final String NOTE_RESOURCE = "camunda7.LEESMIJ.md";
}
