package nl.heemstede.participatie.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * Inspects a DMN file from outside the jar before anything compiles or validates it. A DMN file can run Java in
 * Drools 10.2 (a function of kind Java, a FEEL {@code external} function, a class named in the file whose static
 * initialiser runs at load), so every such construct is refused here, together with DOCTYPE and entity
 * declarations (XXE), imports, and files over the size limit. The XML is read with a parser that resolves no DTD
 * and no entity; nothing in the file is executed or loaded. Every problem is reported, with file, line and
 * element.
 */
final class PolicyInspector {

    /** The largest DMN file accepted: the bundled one is about 100 KB. */
    static final long MAX_DMN_BYTES = 2L * 1024 * 1024;

    /** FEEL's keyword for a function implemented outside FEEL (Java or PMML). */
    private static final Pattern EXTERNAL = Pattern.compile("(?<![\\w.])external(?![\\w.])");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Elements whose {@code kind} says how a function is implemented. */
    private static final Set<String> FUNCTION_ELEMENTS = Set.of("functionDefinition", "encapsulatedLogic",
            "functionItem");
    /** Elements whose text is plain language, not FEEL. */
    private static final Set<String> PLAIN_TEXT_PARENTS = Set.of("annotationEntry", "description", "textAnnotation",
            "question", "allowedAnswers");

    private PolicyInspector() {
    }

    /**
     * Refuses the file when it could run code or read other files.
     *
     * @throws PolicyLoadException listing every problem found, each with file, line and element
     */
    static void inspect(String fileName, byte[] content) {
        if (content.length > MAX_DMN_BYTES) {
            throw new PolicyLoadException(fileName + " is " + content.length + " bytes; een DMN-bestand mag hoogstens "
                    + MAX_DMN_BYTES + " bytes zijn. Is het het goede bestand?");
        }
        List<String> problems = new ArrayList<>();
        String head = new String(content, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (head.contains("<!DOCTYPE")) {
            problems.add(fileName + ": het bestand heeft een DOCTYPE; DMN heeft er geen nodig, en via een DOCTYPE"
                    + " kan een XML-lezer andere bestanden ophalen. Haal het weg.");
        }
        if (head.contains("<!ENTITY")) {
            problems.add(fileName + ": het bestand declareert een ENTITY; daarmee kunnen andere bestanden gelezen"
                    + " worden. Haal het weg.");
        }
        if (problems.isEmpty()) {
            scan(fileName, content, problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException("Het beleidsbestand " + fileName + " is geweigerd: "
                    + String.join(" ", problems), problems);
        }
    }

    /** A StAX factory that reads no DTD, resolves no external entity and replaces no entity reference. */
    static XMLInputFactory safeXmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static void scan(String fileName, byte[] content, List<String> problems) {
        XMLInputFactory factory = safeXmlFactory();
        Deque<String> path = new ArrayDeque<>();
        Deque<String> ids = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    String id = reader.getAttributeValue(null, "id");
                    String named = reader.getAttributeValue(null, "name");
                    ids.push(id != null ? id : named != null ? named : ids.isEmpty() ? "" : ids.peek());
                    path.push(name);
                    text.setLength(0);
                    String where = where(fileName, reader, name, ids.peek());
                    if (FUNCTION_ELEMENTS.contains(name)) {
                        String kind = reader.getAttributeValue(null, "kind");
                        if (kind != null && !kind.equals("FEEL")) {
                            problems.add(where + " is een functie van soort " + kind + "; alleen FEEL-functies"
                                    + " mogen, want een " + kind + "-functie voert code buiten het beleid uit.");
                        }
                    }
                    if (name.equals("import")) {
                        problems.add(where + " importeert " + reader.getAttributeValue(null, "locationURI")
                                + "; een beleid is één DMN-bestand en importeert niets.");
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add(where(fileName, reader, path.isEmpty() ? "" : path.peek(), ids.peek())
                            + " verwijst naar een entiteit (&" + reader.getLocalName() + ";); haal die weg.");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    String id = ids.pop();
                    String parent = path.isEmpty() ? "" : path.peek();
                    if (name.equals("text") && !PLAIN_TEXT_PARENTS.contains(parent)) {
                        String feel = STRING_LITERAL.matcher(text).replaceAll("\"\"");
                        if (EXTERNAL.matcher(feel).find()) {
                            problems.add(where(fileName, reader, parent, id) + " definieert een externe functie ("
                                    + abbreviate(text.toString()) + "); alleen FEEL-functies mogen, want een"
                                    + " externe functie voert Java uit.");
                        }
                    }
                    text.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            problems.add(fileName + ":" + line + ":" + column + ": het bestand is geen geldige XML ("
                    + e.getMessage().replaceAll("\\s+", " ") + ").");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for an in-memory stream
                }
            }
        }
    }

    private static String where(String fileName, XMLStreamReader reader, String element, String id) {
        return fileName + ":" + reader.getLocation().getLineNumber() + ": <" + element + ">"
                + (id == null || id.isEmpty() ? "" : " in '" + id + "'");
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
