package nl.heemstede.participatie.staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.PolicyMatrix.Cell;
import nl.heemstede.participatie.staff.PolicyMatrix.Column;
import nl.heemstede.participatie.staff.PolicyMatrix.Row;
import nl.heemstede.participatie.staff.PolicyMatrix.Table;

/**
 * Reads the decision tables of a DMN file as plain XML: a DOM parser that refuses any DOCTYPE and resolves no
 * entity, external DTD, schema or XInclude. Elements are matched by local name, so any DMN version reads.
 */
final class MatrixReader {

    /** The largest DMN file read: the bundled one is about 100 KB. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private MatrixReader() {
    }

    static PolicyMatrix read(String source, byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new PolicyLoadException(source + ": the file is larger than " + MAX_BYTES + " bytes.");
        }
        Document document = parse(source, xml);
        Element definitions = document.getDocumentElement();
        if (!definitions.getLocalName().equals("definitions")) {
            throw new PolicyLoadException(source + ": not a DMN file; its root element is <"
                    + definitions.getLocalName() + ">, not <definitions>.");
        }
        Map<String, String> elementTypes = new HashMap<>();
        for (Element item : children(definitions, "itemDefinition")) {
            Element typeRef = child(item, "typeRef");
            if (typeRef != null) {
                elementTypes.put(item.getAttribute("name"), typeRef.getTextContent().strip());
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Element decision : children(definitions, "decision")) {
            Element table = child(decision, "decisionTable");
            if (table != null) {
                tables.add(table(decision, table, elementTypes));
            }
        }
        return new PolicyMatrix(definitions.getAttribute("name"), text(child(definitions, "description")), tables);
    }

    private static Table table(Element decision, Element table, Map<String, String> elementTypes) {
        String name = decision.getAttribute("name");
        List<Column> inputs = new ArrayList<>();
        for (Element input : children(table, "input")) {
            Element expression = child(input, "inputExpression");
            String expressionText = expression == null ? "" : text(child(expression, "text"));
            String label = input.getAttribute("label").isBlank() ? expressionText : input.getAttribute("label");
            inputs.add(new Column(label, expressionText, expression == null ? "" : expression.getAttribute("typeRef")));
        }
        List<Element> outputElements = children(table, "output");
        Element variable = child(decision, "variable");
        List<Column> outputs = new ArrayList<>();
        for (Element output : outputElements) {
            String label = outputElements.size() == 1 && !table.getAttribute("outputLabel").isBlank()
                    ? table.getAttribute("outputLabel")
                    : firstNonBlank(output.getAttribute("label"), output.getAttribute("name"), name);
            String type = firstNonBlank(output.getAttribute("typeRef"),
                    outputElements.size() == 1 && variable != null ? variable.getAttribute("typeRef") : "", "");
            outputs.add(new Column(label, "", type));
        }
        List<String> annotations = children(table, "annotation").stream().map(a -> a.getAttribute("name")).toList();
        List<Row> rows = new ArrayList<>();
        for (Element rule : children(table, "rule")) {
            List<Cell> in = cells(children(rule, "inputEntry"), inputs, elementTypes);
            List<Cell> out = cells(children(rule, "outputEntry"), outputs, elementTypes);
            List<String> notes = new ArrayList<>(
                    children(rule, "annotationEntry").stream().map(e -> text(child(e, "text"))).toList());
            while (notes.size() < annotations.size()) {
                notes.add("");
            }
            rows.add(new Row(rule.getAttribute("id"), in, out, notes.subList(0, annotations.size())));
        }
        String hitPolicy = firstNonBlank(table.getAttribute("hitPolicy"), "UNIQUE", "");
        if (hitPolicy.equals("COLLECT") && !table.getAttribute("aggregation").isBlank()) {
            hitPolicy += " " + table.getAttribute("aggregation");
        }
        return new Table(decision.getAttribute("id"), name, text(child(decision, "description")), hitPolicy, inputs,
                outputs, annotations, rows);
    }

    private static List<Cell> cells(List<Element> entries, List<Column> columns, Map<String, String> elementTypes) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = text(child(entries.get(i), "text"));
            String type = i < columns.size() ? codeType(columns.get(i).typeRef(), elementTypes) : "";
            cells.add(new Cell(entry, CodeLabels.show(entry, type)));
        }
        return cells;
    }

    /** The type whose codes a column holds: for a list type such as {@code tStappen}, its element type. */
    private static String codeType(String typeRef, Map<String, String> elementTypes) {
        String type = typeRef;
        for (int depth = 0; depth < 8 && !CodeLabels.knowsType(type) && elementTypes.containsKey(type); depth++) {
            type = elementTypes.get(type);
        }
        return type;
    }

    static Document parse(String source, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // nothing to report
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new PolicyLoadException(source + ":" + e.getLineNumber() + ": not well-formed DMN XML ("
                    + e.getMessage() + ").", e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PolicyLoadException(source + ": cannot read the XML (" + e.getMessage() + ").", e);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    private static String firstNonBlank(String a, String b, String c) {
        return !a.isBlank() ? a : !b.isBlank() ? b : c;
    }
}
