package nl.heemstede.participatie.core.loading;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.core.loading.FeelAllowList.Place;

/**
 * Reads a DMN file from outside the jar against an allow-list before anything compiles or validates it. A DMN file
 * can run Java in Drools 10.2 (a function of kind Java, a FEEL {@code external} function, a class named in a
 * {@code class} or {@code resolves-to} attribute, a FEEL property access that calls a Java method by reflection), so
 * the file may hold only what a policy of decision tables needs, and everything else is refused:
 *
 * <ul>
 *   <li><b>Elements</b> (DMN 1.2 to 1.6): {@code definitions}, {@code description}, {@code extensionElements}
 *       (holding only the editor's attachments), {@code itemDefinition}, {@code itemComponent}, {@code typeRef}, {@code allowedValues},
 *       {@code typeConstraint}, {@code inputData}, {@code variable}, {@code decision}, {@code question},
 *       {@code allowedAnswers}, {@code informationRequirement}, {@code requiredInput}, {@code requiredDecision},
 *       {@code decisionTable}, {@code input}, {@code inputExpression}, {@code inputValues}, {@code output},
 *       {@code outputValues}, {@code defaultOutputEntry}, {@code annotation}, {@code rule}, {@code inputEntry},
 *       {@code outputEntry}, {@code annotationEntry}, {@code text}, {@code textAnnotation}, {@code association}
 *       with {@code sourceRef} and {@code targetRef}; the diagram (DMNDI, DC, DI) and what a KIE editor writes
 *       (column widths, attachments). Each only under the parent it belongs to. No function, business knowledge model, context,
 *       invocation, literal expression, decision service or import.</li>
 *   <li><b>Attributes</b>: per element the ones DMN defines for it and a table needs (ids, names, labels, type
 *       references, hit policy, diagram geometry); no attribute in another namespace (except the KIE editor's
 *       {@code kie:constraintType} on allowed values), so neither a
 *       {@code class}/{@code resolves-to} the engine's XML reader would honour nor a prefixed duplicate of a
 *       known one. References are local ({@code #id}).</li>
 *   <li><b>Text</b>: only inside the elements that hold text; a {@code <text>} holds text and no element; the FEEL
 *       in it is checked by {@link FeelAllowList} for its place, with a real tokenizer.</li>
 *   <li><b>Size</b>: at most {@value #MAX_DMN_BYTES} bytes, {@value #MAX_ELEMENTS} elements, {@value #MAX_XML_DEPTH}
 *       levels, {@value #MAX_TEXT_CHARS} characters per text, {@value #MAX_DECISIONS} decisions, {@value #MAX_ROWS}
 *       rows and {@value #MAX_INPUTS} input columns per table.</li>
 *   <li>No DOCTYPE, entity or processing instruction.</li>
 * </ul>
 *
 * <p>The XML is read with a parser that resolves no DTD and no entity; nothing in the file is executed or loaded.
 * Every problem is reported, with file, line and the table and row it is in. The engine's class loader, which refuses
 * every class, stays as the second wall behind this one.
 */
public final class PolicyInspector {

    /** The largest DMN file accepted: the bundled one is about 100 KB. */
    public static final long MAX_DMN_BYTES = 2L * 1024 * 1024;
    /** The most elements a file may have (the bundled one has about 2,000). */
    static final int MAX_ELEMENTS = 100_000;
    /** The deepest nesting of elements (the bundled file nests 6 deep). */
    static final int MAX_XML_DEPTH = 24;
    /** The longest text of one element. */
    static final int MAX_TEXT_CHARS = 20_000;
    /** The most decisions in one file (the bundled one has 14). */
    static final int MAX_DECISIONS = 100;
    /** The most rows in one table (the bundled tables have at most 22). */
    public static final int MAX_ROWS = 1_000;
    /** The most input columns in one table (the bundled tables have at most 7). */
    static final int MAX_INPUTS = 24;
    /** The most problems listed; after that the file is plainly not a policy. */
    private static final int MAX_PROBLEMS = 50;

    private static final Set<String> MODEL_NAMESPACES = Set.of("http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "https://www.omg.org/spec/DMN/20211108/MODEL/",
            "https://www.omg.org/spec/DMN/20230324/MODEL/", "https://www.omg.org/spec/DMN/20240513/MODEL/");
    private static final Set<String> DMNDI_NAMESPACES = Set.of("http://www.omg.org/spec/DMN/20180521/DMNDI/",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "https://www.omg.org/spec/DMN/20211108/DMNDI/",
            "https://www.omg.org/spec/DMN/20230324/DMNDI/");
    /** The KIE editor's extensions: column widths, attachments (links) and the kind of a type constraint. */
    private static final String KIE_EDITOR = "https://kie.org/dmn/extensions/1.0";
    private static final Map<String, String> OTHER_NAMESPACES = Map.of(
            "http://www.omg.org/spec/DMN/20180521/DC/", "dc",
            "http://www.omg.org/spec/DMN/20180521/DI/", "di",
            KIE_EDITOR, "kie",
            "http://www.drools.org/kie/dmn/1.2", "kie",
            "https://www.drools.org/kie/dmn/1.3", "kie",
            "https://www.drools.org/kie/dmn/1.4", "kie",
            "https://www.drools.org/kie/dmn/1.5", "kie",
            "https://www.drools.org/kie/dmn/1.6", "kie");
    private static final Set<String> FEEL_LANGUAGES = Set.of("http://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/",
            "https://www.omg.org/spec/DMN/20240513/FEEL/");
    private static final Set<String> HIT_POLICIES = Set.of("UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT",
            "RULE ORDER", "OUTPUT ORDER");
    private static final Set<String> AGGREGATIONS = Set.of("SUM", "COUNT", "MIN", "MAX");
    /** Elements that define a function; named apart in a refusal because they are how a file runs code. */
    private static final Set<String> FUNCTION_ELEMENTS = Set.of("dmn:functionDefinition", "dmn:encapsulatedLogic",
            "dmn:functionItem", "dmn:businessKnowledgeModel");

    /** What an element may hold. */
    private enum Content {
        /** Elements only; text that is not white space is refused. */
        ELEMENTS,
        /** Plain language, not FEEL (descriptions, annotations, diagram labels). */
        PLAIN,
        /** FEEL, checked for the place its parent gives it. */
        FEEL,
        /** A type reference. */
        TYPE,
        /** A number (a column width). */
        NUMBER
    }

    /** An allowed element: under which parents, with which attributes, holding what. */
    private record Allowed(Set<String> parents, Set<String> attributes, Content content) {
    }

    private static final Set<String> ANY_MODEL_ELEMENT = Set.of("*model*");
    private static final Map<String, Allowed> ELEMENTS = new HashMap<>();

    private static void allow(String element, Set<String> parents, Content content, String... attributes) {
        ELEMENTS.put(element, new Allowed(parents, Set.of(attributes), content));
    }

    static {
        Set<String> feelTexts = Set.of("dmn:inputExpression", "dmn:inputEntry", "dmn:outputEntry",
                "dmn:allowedValues", "dmn:typeConstraint", "dmn:inputValues", "dmn:outputValues",
                "dmn:defaultOutputEntry");
        Set<String> plainTexts = Set.of("dmn:annotationEntry", "dmn:textAnnotation");
        Set<String> textParents = new HashSet<>(feelTexts);
        textParents.addAll(plainTexts);
        allow("dmn:definitions", Set.of(""), Content.ELEMENTS, "id", "name", "label", "namespace",
                "expressionLanguage", "typeLanguage", "exporter", "exporterVersion");
        allow("dmn:description", ANY_MODEL_ELEMENT, Content.PLAIN);
        allow("dmn:extensionElements", ANY_MODEL_ELEMENT, Content.ELEMENTS);
        allow("dmn:itemDefinition", Set.of("dmn:definitions"), Content.ELEMENTS, "id", "name", "label",
                "isCollection");
        allow("dmn:itemComponent", Set.of("dmn:itemDefinition", "dmn:itemComponent"), Content.ELEMENTS, "id",
                "name", "label", "isCollection");
        allow("dmn:typeRef", Set.of("dmn:itemDefinition", "dmn:itemComponent"), Content.TYPE);
        allow("dmn:allowedValues", Set.of("dmn:itemDefinition", "dmn:itemComponent"), Content.ELEMENTS, "id",
                "label");
        allow("dmn:typeConstraint", Set.of("dmn:itemDefinition", "dmn:itemComponent"), Content.ELEMENTS, "id",
                "label");
        allow("dmn:inputData", Set.of("dmn:definitions"), Content.ELEMENTS, "id", "name", "label");
        allow("dmn:variable", Set.of("dmn:inputData", "dmn:decision"), Content.ELEMENTS, "id", "name", "label",
                "typeRef");
        allow("dmn:decision", Set.of("dmn:definitions"), Content.ELEMENTS, "id", "name", "label");
        allow("dmn:question", Set.of("dmn:decision"), Content.PLAIN);
        allow("dmn:allowedAnswers", Set.of("dmn:decision"), Content.PLAIN);
        allow("dmn:informationRequirement", Set.of("dmn:decision"), Content.ELEMENTS, "id", "label");
        allow("dmn:requiredInput", Set.of("dmn:informationRequirement"), Content.ELEMENTS, "href");
        allow("dmn:requiredDecision", Set.of("dmn:informationRequirement"), Content.ELEMENTS, "href");
        allow("dmn:decisionTable", Set.of("dmn:decision"), Content.ELEMENTS, "id", "label", "hitPolicy",
                "aggregation", "preferredOrientation", "outputLabel", "typeRef");
        allow("dmn:input", Set.of("dmn:decisionTable"), Content.ELEMENTS, "id", "label");
        allow("dmn:inputExpression", Set.of("dmn:input"), Content.ELEMENTS, "id", "label", "typeRef");
        allow("dmn:inputValues", Set.of("dmn:input"), Content.ELEMENTS, "id", "label");
        allow("dmn:output", Set.of("dmn:decisionTable"), Content.ELEMENTS, "id", "label", "name", "typeRef");
        allow("dmn:outputValues", Set.of("dmn:output"), Content.ELEMENTS, "id", "label");
        allow("dmn:defaultOutputEntry", Set.of("dmn:output"), Content.ELEMENTS, "id", "label");
        allow("dmn:annotation", Set.of("dmn:decisionTable"), Content.ELEMENTS, "id", "label", "name");
        allow("dmn:rule", Set.of("dmn:decisionTable"), Content.ELEMENTS, "id", "label");
        allow("dmn:inputEntry", Set.of("dmn:rule"), Content.ELEMENTS, "id", "label");
        allow("dmn:outputEntry", Set.of("dmn:rule"), Content.ELEMENTS, "id", "label");
        allow("dmn:annotationEntry", Set.of("dmn:rule"), Content.ELEMENTS);
        allow("dmn:text", textParents, Content.FEEL);
        allow("dmn:textAnnotation", Set.of("dmn:definitions"), Content.ELEMENTS, "id", "label", "textFormat");
        allow("dmn:association", Set.of("dmn:definitions"), Content.ELEMENTS, "id", "label",
                "associationDirection");
        allow("dmn:sourceRef", Set.of("dmn:association"), Content.ELEMENTS, "href");
        allow("dmn:targetRef", Set.of("dmn:association"), Content.ELEMENTS, "href");

        allow("dmndi:DMNDI", Set.of("dmn:definitions"), Content.ELEMENTS);
        allow("dmndi:DMNDiagram", Set.of("dmndi:DMNDI"), Content.ELEMENTS, "id", "name", "documentation",
                "resolution", "sharedStyle");
        allow("dmndi:Size", Set.of("dmndi:DMNDiagram"), Content.ELEMENTS, "width", "height");
        allow("dmndi:DMNStyle", Set.of("dmndi:DMNDI", "dmndi:DMNDiagram", "dmndi:DMNShape", "dmndi:DMNEdge",
                "dmndi:DMNLabel"), Content.ELEMENTS, "id", "fontFamily", "fontSize", "fontItalic", "fontBold",
                "fontUnderline", "fontStrikeThrough", "labelHorizontalAlignement", "labelVerticalAlignment");
        for (String colour : List.of("dmndi:FillColor", "dmndi:StrokeColor", "dmndi:FontColor")) {
            allow(colour, Set.of("dmndi:DMNStyle"), Content.ELEMENTS, "red", "green", "blue");
        }
        allow("dmndi:DMNShape", Set.of("dmndi:DMNDiagram"), Content.ELEMENTS, "id", "dmnElementRef", "isCollapsed",
                "isListedInputData", "sharedStyle");
        allow("dmndi:DMNEdge", Set.of("dmndi:DMNDiagram"), Content.ELEMENTS, "id", "dmnElementRef",
                "sourceElement", "targetElement", "sharedStyle");
        allow("dmndi:DMNLabel", Set.of("dmndi:DMNShape", "dmndi:DMNEdge"), Content.ELEMENTS, "id", "sharedStyle");
        allow("dmndi:Text", Set.of("dmndi:DMNLabel"), Content.PLAIN);
        allow("dmndi:DMNDecisionServiceDividerLine", Set.of("dmndi:DMNShape"), Content.ELEMENTS, "id");
        allow("dc:Bounds", Set.of("dmndi:DMNShape", "dmndi:DMNLabel"), Content.ELEMENTS, "x", "y", "width",
                "height");
        allow("di:waypoint", Set.of("dmndi:DMNEdge", "dmndi:DMNDecisionServiceDividerLine"), Content.ELEMENTS, "x",
                "y");
        allow("di:extension", Set.of("dmndi:DMNDiagram", "dmndi:DMNShape", "dmndi:DMNEdge"), Content.ELEMENTS);
        allow("kie:ComponentsWidthsExtension", Set.of("di:extension"), Content.ELEMENTS);
        allow("kie:ComponentWidths", Set.of("kie:ComponentsWidthsExtension"), Content.ELEMENTS, "dmnElementRef");
        allow("kie:width", Set.of("kie:ComponentWidths"), Content.NUMBER);
        allow("kie:attachment", Set.of("dmn:extensionElements"), Content.ELEMENTS, "url", "name");
    }

    /** Attributes whose value is a number. */
    private static final Set<String> NUMBER_ATTRIBUTES = Set.of("x", "y", "width", "height", "resolution",
            "fontSize", "red", "green", "blue");
    /** Attributes whose value is true or false. */
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("isCollection", "isCollapsed", "isListedInputData",
            "fontItalic", "fontBold", "fontUnderline", "fontStrikeThrough");

    private PolicyInspector() {
    }

    /**
     * Refuses the file when it holds anything outside the allow-list.
     *
     * @throws PolicyLoadException listing every problem found (at most 50), each with file, line and place
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
            new Reading(fileName, problems).read(content);
        }
        if (!problems.isEmpty()) {
            List<String> listed = problems.size() <= MAX_PROBLEMS ? problems
                    : new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            if (problems.size() > MAX_PROBLEMS) {
                listed.add(fileName + ": en nog " + (problems.size() - MAX_PROBLEMS) + " problemen meer.");
            }
            throw new PolicyLoadException("Het beleidsbestand " + fileName + " is geweigerd: "
                    + String.join(" ", listed), listed);
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

    /** One open element while reading: what it is, where, and the text gathered in it. */
    private static final class Frame {
        final String key;
        final Allowed allowed;
        final int line;
        final StringBuilder text = new StringBuilder();
        boolean strayText;
        boolean overlong;

        Frame(String key, Allowed allowed, int line) {
            this.key = key;
            this.allowed = allowed;
            this.line = line;
        }
    }

    /** A FEEL text or type reference to check once every declared name is known. */
    private record Feel(String text, Place place, String where) {
    }

    /** One reading of one file. */
    private static final class Reading {
        private final String fileName;
        private final List<String> problems;
        private final Deque<Frame> open = new ArrayDeque<>();
        private final List<Feel> feel = new ArrayList<>();
        private final Set<String> variables = new HashSet<>();
        private final Set<String> types = new HashSet<>();
        private String decision;
        private String row;
        private int rows;
        private int inputs;
        private int inputEntries;
        private int elements;
        private int decisions;

        Reading(String fileName, List<String> problems) {
            this.fileName = fileName;
            this.problems = problems;
        }

        void read(byte[] content) {
            XMLStreamReader reader = null;
            try {
                reader = safeXmlFactory().createXMLStreamReader(new ByteArrayInputStream(content));
                while (reader.hasNext() && problems.size() <= MAX_PROBLEMS) {
                    switch (reader.next()) {
                        case XMLStreamConstants.START_ELEMENT -> start(reader);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                                text(reader.getText(), reader);
                        case XMLStreamConstants.END_ELEMENT -> end();
                        case XMLStreamConstants.ENTITY_REFERENCE -> problem(reader.getLocation().getLineNumber(),
                                "verwijst naar een entiteit (&" + reader.getLocalName() + ";); haal die weg.");
                        case XMLStreamConstants.PROCESSING_INSTRUCTION -> problem(reader.getLocation()
                                .getLineNumber(), "bevat een verwerkingsinstructie <?" + reader.getPITarget()
                                + " ...?>; een beleid heeft die niet nodig. Haal haar weg.");
                        case XMLStreamConstants.DTD -> problem(reader.getLocation().getLineNumber(),
                                "heeft een DOCTYPE; haal het weg.");
                        default -> {
                            // comments, the document's start and end
                        }
                    }
                }
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
                problems.add(fileName + ":" + line + ":" + column + ": het bestand is geen geldige XML ("
                        + e.getMessage().replaceAll("\\s+", " ") + ").");
                return;
            } finally {
                if (reader != null) {
                    try {
                        reader.close();
                    } catch (XMLStreamException ignored) {
                        // nothing to release for an in-memory stream
                    }
                }
            }
            for (Feel text : feel) {
                FeelAllowList.refusal(text.text(), text.place(), variables, types)
                        .ifPresent(reason -> problems.add(text.where() + ": " + reason + "."));
            }
        }

        private String where(int line) {
            StringBuilder where = new StringBuilder(fileName).append(", regel ").append(line);
            if (decision != null) {
                where.append(", tabel '").append(decision).append('\'');
            }
            if (row != null) {
                where.append(", rij ").append(row);
            }
            return where.toString();
        }

        private void problem(int line, String what) {
            problems.add(where(line) + ": " + what);
        }

        private void start(XMLStreamReader reader) {
            int line = reader.getLocation().getLineNumber();
            String local = reader.getLocalName();
            String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            String group = MODEL_NAMESPACES.contains(namespace) ? "dmn" : DMNDI_NAMESPACES.contains(namespace)
                    ? "dmndi" : OTHER_NAMESPACES.get(namespace);
            String key = (group == null ? "?" : group) + ":" + local;
            Frame parent = open.peek();
            String parentKey = parent == null ? "" : parent.key;
            Allowed allowed = group == null ? null : ELEMENTS.get(key);
            switch (key) {
                case "dmn:decision" -> {
                    decision = Optional.ofNullable(plain(reader, "name")).orElse("?");
                    variables.add(decision);
                    if (++decisions == MAX_DECISIONS + 1) {
                        problem(line, "het bestand heeft meer dan " + MAX_DECISIONS + " beslissingen.");
                    }
                }
                case "dmn:inputData" -> Optional.ofNullable(plain(reader, "name"))
                        .ifPresent(variables::add);
                case "dmn:itemDefinition" -> {
                    if (parentKey.equals("dmn:definitions")) {
                        Optional.ofNullable(plain(reader, "name")).ifPresent(types::add);
                    }
                }
                case "dmn:decisionTable" -> {
                    rows = 0;
                    inputs = 0;
                }
                case "dmn:input" -> {
                    if (++inputs == MAX_INPUTS + 1) {
                        problem(line, "de tabel heeft meer dan " + MAX_INPUTS + " invoerkolommen.");
                    }
                }
                case "dmn:rule" -> {
                    row = Optional.ofNullable(plain(reader, "id")).orElse("" + (rows + 1));
                    inputEntries = 0;
                    if (++rows == MAX_ROWS + 1) {
                        problem(line, "de tabel heeft meer dan " + MAX_ROWS + " rijen; hoogstens " + MAX_ROWS
                                + " mogen, want de controle van een tabel groeit met het aantal rijen. Splits de"
                                + " tabel of voeg rijen samen.");
                    }
                }
                case "dmn:inputEntry" -> inputEntries++;
                default -> {
                    // nothing to count
                }
            }
            if (++elements == MAX_ELEMENTS + 1) {
                problem(line, "het bestand heeft meer dan " + MAX_ELEMENTS + " elementen; een beleid heeft er"
                        + " enkele duizenden nodig.");
            }
            if (open.size() >= MAX_XML_DEPTH) {
                problem(line, "<" + local + "> ligt " + (open.size() + 1) + " elementen diep; hoogstens "
                        + MAX_XML_DEPTH + " mogen.");
            }
            if (parent != null && parent.allowed != null && parent.allowed.content() != Content.ELEMENTS) {
                problem(line, "<" + localName(parentKey) + "> bevat een element <" + local + ">; <"
                        + localName(parentKey) + "> bevat alleen tekst, geen elementen.");
            } else if (group == null) {
                problem(line, "<" + local + "> uit de namespace '" + namespace + "' hoort niet in een beleid; een"
                        + " beleid bevat alleen DMN-elementen en de diagraminformatie (DMNDI).");
            } else if (allowed == null) {
                problem(line, refusedElement(key, reader));
            } else if (!allowed.parents().contains(parentKey) && !(allowed.parents() == ANY_MODEL_ELEMENT
                    && parentKey.startsWith("dmn:") && !parentKey.equals("dmn:text"))) {
                problem(line, "<" + local + "> mag niet binnen " + (parent == null ? "de wortel van het bestand"
                        : "<" + localName(parentKey) + ">") + " staan.");
            }
            attributes(reader, key, allowed, line);
            open.push(new Frame(key, allowed, line));
        }

        /**
         * The value of the attribute with this name in no namespace, or null. Not {@code getAttributeValue(null,
         * name)}: that matches the name in any namespace, so {@code x:kind="FEEL"} before {@code kind="Java"} would
         * be read as the kind.
         */
        private static String plain(XMLStreamReader reader, String name) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String namespace = reader.getAttributeNamespace(i);
                if ((namespace == null || namespace.isEmpty()) && reader.getAttributeLocalName(i).equals(name)) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }

        private static String localName(String key) {
            return key.substring(key.indexOf(':') + 1);
        }

        private String refusedElement(String key, XMLStreamReader reader) {
            String local = localName(key);
            if (FUNCTION_ELEMENTS.contains(key)) {
                String kind = plain(reader, "kind");
                return "<" + local + "> is een functie" + (kind == null ? "" : " van soort " + kind) + "; een beleid"
                        + " bevat geen functies, alleen beslistabellen, want een functie"
                        + (kind == null || kind.equals("FEEL") ? " kan onbegrensd rekenen" : " van soort " + kind
                        + " voert code buiten het beleid uit") + ".";
            }
            if (key.equals("dmn:import")) {
                return "<import> importeert " + plain(reader, "locationURI") + "; een beleid is één"
                        + " DMN-bestand en importeert niets.";
            }
            return "<" + local + "> mag niet in een beleid; een beleid bevat beslistabellen, invoergegevens,"
                    + " itemdefinities, annotaties en de diagraminformatie (DMNDI), en verder niets.";
        }

        private void attributes(XMLStreamReader reader, String key, Allowed allowed, int line) {
            String local = localName(key);
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String namespace = reader.getAttributeNamespace(i);
                String name = reader.getAttributeLocalName(i);
                String value = reader.getAttributeValue(i);
                if (KIE_EDITOR.equals(namespace) && name.equals("constraintType")
                        && (key.equals("dmn:allowedValues") || key.equals("dmn:typeConstraint"))) {
                    if (!Set.of("enumeration", "expression", "range").contains(value)) {
                        problem(line, "kie:constraintType=\"" + FeelTokens.abbreviate(value) + "\" is geen soort"
                                + " beperking (enumeration, expression, range).");
                    }
                    continue;
                }
                if (namespace != null && !namespace.isEmpty()) {
                    String prefix = reader.getAttributePrefix(i);
                    problem(line, "<" + local + "> heeft het attribuut " + (prefix == null || prefix.isEmpty() ? ""
                            : prefix + ":") + name + " uit een andere namespace ('" + namespace + "'); een beleid"
                            + " gebruikt alleen de attributen van DMN zelf.");
                    continue;
                }
                if (allowed == null) {
                    continue;
                }
                if (!allowed.attributes().contains(name)) {
                    problem(line, "<" + local + "> heeft het attribuut " + name + "=\"" + FeelTokens.abbreviate(value)
                            + "\", dat niet bij <" + local + "> hoort" + (name.equals("class")
                            || name.equals("resolves-to") ? " (de XML-lezer van de engine zou er een Java-klasse"
                            + " mee laden)" : "") + ". Haal het weg.");
                    continue;
                }
                attributeValue(local, name, value, line);
            }
        }

        private void attributeValue(String element, String name, String value, int line) {
            String wrong = null;
            if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                    || Character.getType(c) == Character.FORMAT)) {
                wrong = "bevat een stuurteken";
            } else if (name.equals("href") && !value.matches("#[\\p{L}_][\\p{L}\\p{N}_.\\-]*")) {
                wrong = "is geen verwijzing naar een element in dit bestand (#id)";
            } else if (name.equals("hitPolicy") && !HIT_POLICIES.contains(value)) {
                wrong = "is geen hit policy (" + String.join(", ", new java.util.TreeSet<>(HIT_POLICIES)) + ")";
            } else if (name.equals("aggregation") && !AGGREGATIONS.contains(value)) {
                wrong = "is geen aggregatie (SUM, COUNT, MIN, MAX)";
            } else if ((name.equals("expressionLanguage") || name.equals("typeLanguage"))
                    && !FEEL_LANGUAGES.contains(value)) {
                wrong = "is niet FEEL; een beleid is in FEEL geschreven";
            } else if (BOOLEAN_ATTRIBUTES.contains(name) && !value.equals("true") && !value.equals("false")) {
                wrong = "is niet true of false";
            } else if (NUMBER_ATTRIBUTES.contains(name) && !value.matches("-?[0-9]{1,9}(\\.[0-9]{1,9})?")) {
                wrong = "is geen getal";
            } else if (name.equals("typeRef")) {
                feel.add(new Feel(value, Place.TYPE, where(line) + ", <" + element + " typeRef>"));
            }
            if (wrong != null) {
                problem(line, "het attribuut " + name + "=\"" + FeelTokens.abbreviate(value) + "\" van <" + element
                        + "> " + wrong + ".");
            }
        }

        private void text(String text, XMLStreamReader reader) {
            Frame frame = open.peek();
            if (frame == null) {
                return;
            }
            Content content = frame.allowed == null ? Content.FEEL : frame.allowed.content();
            if (content == Content.ELEMENTS) {
                if (!text.isBlank() && !frame.strayText) {
                    frame.strayText = true;
                    problem(reader.getLocation().getLineNumber(), "<" + localName(frame.key) + "> bevat tekst ("
                            + FeelTokens.abbreviate(text) + "); tekst hoort in een <text>-element.");
                }
                return;
            }
            if (frame.text.length() + text.length() > MAX_TEXT_CHARS) {
                if (!frame.overlong) {
                    frame.overlong = true;
                    problem(frame.line, "de tekst in <" + localName(frame.key) + "> is langer dan " + MAX_TEXT_CHARS
                            + " tekens.");
                }
                return;
            }
            frame.text.append(text);
        }

        private void end() {
            Frame frame = open.pop();
            Frame parent = open.peek();
            String parentKey = parent == null ? "" : parent.key;
            if (frame.overlong) {
                return;
            }
            if (frame.key.equals("dmn:text") || frame.allowed == null && !frame.text.toString().isBlank()) {
                Place place = switch (parentKey) {
                    case "dmn:inputEntry" -> Place.INPUT_ENTRY;
                    case "dmn:outputEntry", "dmn:defaultOutputEntry" -> Place.OUTPUT_ENTRY;
                    case "dmn:allowedValues", "dmn:typeConstraint", "dmn:inputValues", "dmn:outputValues" ->
                            Place.VALUES;
                    case "dmn:annotationEntry", "dmn:textAnnotation" -> null;
                    // an expression, and text in an element that is refused anyway: read at its strictest
                    default -> Place.INPUT_EXPRESSION;
                };
                if (place != null) {
                    String column = parentKey.equals("dmn:inputEntry") ? ", invoercel " + inputEntries
                            : parentKey.equals("dmn:outputEntry") ? ", uitvoercel" : "";
                    feel.add(new Feel(frame.text.toString(), place, where(frame.line) + column));
                }
            } else if (frame.key.equals("dmn:typeRef")) {
                feel.add(new Feel(frame.text.toString(), Place.TYPE, where(frame.line) + ", <typeRef>"));
            } else if (frame.key.equals("kie:width") && !frame.text.toString().strip().matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
                problem(frame.line, "<width> is geen getal.");
            }
            switch (frame.key) {
                case "dmn:decision" -> decision = null;
                case "dmn:rule" -> row = null;
                default -> {
                    // nothing to close
                }
            }
        }
    }
}
