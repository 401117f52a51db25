package nl.heemstede.participatie.core;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * Refuses a DMN file whose FEEL expressions nest brackets deeper than {@value #MAX_DEPTH}: the engine's FEEL parser
 * recurses per bracket and overflows its stack at some thousands (a {@link StackOverflowError} that the engine
 * partly swallows, so the table then silently has no answer). The bundled tables nest at most a few deep. Runs after
 * {@link PolicyInspector}, on the same well-formed XML, and names the table and line.
 */
final class NestingBound {

    /** The deepest nesting of {@code (}, {@code [} and {@code {} accepted in one expression. */
    static final int MAX_DEPTH = 64;

    private NestingBound() {
    }

    /**
     * @throws PolicyLoadException naming file, table and line of every expression nested too deep
     */
    static void check(String fileName, byte[] content) {
        XMLInputFactory factory = PolicyInspector.safeXmlFactory();
        List<String> problems = new ArrayList<>();
        Deque<String> decisions = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int line = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text.setLength(0);
                    line = reader.getLocation().getLineNumber();
                    if (reader.getLocalName().equals("decision")) {
                        String name = reader.getAttributeValue(null, "name");
                        decisions.push(name == null ? "" : name);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("text")) {
                        int depth = depth(text);
                        if (depth > MAX_DEPTH) {
                            problems.add(fileName + (decisions.isEmpty() || decisions.peek().isEmpty() ? ""
                                    : ", tabel '" + decisions.peek() + "'") + ", regel "
                                    + line + ": een uitdrukking is " + depth
                                    + " haakjes diep genest; hoogstens " + MAX_DEPTH + " mogen, want dieper laat de"
                                    + " engine vastlopen (StackOverflowError). Schrijf de uitdrukking eenvoudiger.");
                        }
                    } else if (name.equals("decision") && !decisions.isEmpty()) {
                        decisions.pop();
                    }
                    text.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            return; // PolicyInspector reports XML that is not well-formed
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for an in-memory stream
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException("Het beleidsbestand " + fileName + " is geweigerd: "
                    + String.join(" ", problems), problems);
        }
    }

    /** The deepest nesting of brackets outside string literals. */
    static int depth(CharSequence feel) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < feel.length(); i++) {
            char c = feel.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
