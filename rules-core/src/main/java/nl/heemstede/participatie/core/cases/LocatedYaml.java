package nl.heemstede.participatie.core.cases;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read into a JSON tree, with the line and column where every value starts, so that a problem in a
 * case can be shown where it is written. Only plain data: an anchor ({@code &naam}), an alias ({@code *naam}), a
 * tag ({@code !!type}) or a second document is refused, and so is a duplicate key. Bounded: the parser refuses
 * deeper nesting and more text than the limits below.
 */
final class LocatedYaml {

    /** How deep mappings and lists may nest; a case needs five levels. */
    static final int MAX_DEPTH = 16;
    /** The longest text of one value, as the JSON contract reads. */
    static final int MAX_TEXT = 100_000;
    /** The most digits of a number. */
    static final int MAX_NUMBER = 100;
    /** How many values the file may hold in all. */
    static final int MAX_VALUES = 200_000;

    /** A position in the file, 1-based. */
    record Position(int line, int column) {

        static Position of(JsonLocation location) {
            return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }

        /** "regel 3, kolom 5". */
        String dutch() {
            return "regel " + line + ", kolom " + column;
        }
    }

    /** A problem that ends the reading: where it is and what it is, in Dutch. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient Position position;

        Unreadable(Position position, String message) {
            super(message);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private int values;

    private LocatedYaml() {
    }

    /**
     * The document, where each value starts and where the key of each value in a mapping is, by JSON pointer
     * ({@code /gevallen/0/opgave/title}).
     */
    record Document(JsonNode root, Map<String, Position> positions, Map<String, Position> keys) {

        /** Where the key of the value at the pointer is, else where the value starts. */
        Position keyAt(String pointer) {
            Position key = keys.get(pointer);
            return key != null ? key : at(pointer);
        }

        /** Where the value at the pointer starts, else where its nearest enclosing value does. */
        Position at(String pointer) {
            String p = pointer;
            while (true) {
                Position found = positions.get(p);
                if (found != null) {
                    return found;
                }
                if (p.isEmpty()) {
                    return new Position(1, 1);
                }
                p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
            }
        }
    }

    static Document read(String text) throws Unreadable {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit(text.length() + 16);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2)
                        .maxStringLength(MAX_TEXT).maxNumberLength(MAX_NUMBER).build())
                .build();
        LocatedYaml reader = new LocatedYaml();
        try (JsonParser parser = factory.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Document(null, Map.of(), Map.of());
            }
            JsonNode root = reader.value((YAMLParser) parser, "", 0);
            if (parser.nextToken() != null) {
                throw new Unreadable(Position.of(parser.currentTokenLocation()), "er staat een tweede document"
                        + " (na '---') in het bestand; zet alle gevallen in één document.");
            }
            return new Document(root, Map.copyOf(reader.positions), Map.copyOf(reader.keys));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                // the YAML parser's own exception, wrapped by Jackson: its mark is where the problem is
                var mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                Position at = mark == null ? new Position(1, 1)
                        : new Position(mark.getLine() + 1, mark.getColumn() + 1);
                throw new Unreadable(at, dutch(marked.getProblem(), marked.getContext()));
            }
            Position at = e.getLocation() == null ? new Position(1, 1) : Position.of(e.getLocation());
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                message = "een sleutel staat twee keer in dezelfde lijst van velden (" + message
                        .replace("Duplicate field ", "") + "); laat er één staan";
            }
            throw new Unreadable(at, "dit is geen geldige YAML: " + message + ".");
        } catch (IOException e) {
            throw new Unreadable(new Position(1, 1), "het bestand kan niet gelezen worden: " + e.getMessage());
        } catch (RuntimeException e) {
            // the YAML parser reports some limits (nesting, size) as unchecked exceptions
            throw new Unreadable(new Position(1, 1), "dit is geen geldige YAML: " + e.getMessage());
        }
    }

    private JsonNode value(YAMLParser parser, String pointer, int depth) throws IOException, Unreadable {
        Position at = Position.of(parser.currentTokenLocation());
        if (++values > MAX_VALUES) {
            throw new Unreadable(at, "het bestand heeft meer dan " + MAX_VALUES + " waarden; splits de gevallen"
                    + " of maak ze korter.");
        }
        if (depth > MAX_DEPTH) {
            throw new Unreadable(at, "de velden staan meer dan " + MAX_DEPTH + " niveaus diep in elkaar.");
        }
        if (parser.isCurrentAlias() || parser.getCurrentAnchor() != null) {
            throw new Unreadable(at, "ankers (&naam) en verwijzingen (*naam) worden niet gebruikt; schrijf de"
                    + " waarde voluit, of zet wat alle gevallen delen onder 'standaardopgave'.");
        }
        if (parser.getTypeId() != null) {
            throw new Unreadable(at, "een label als '" + parser.getTypeId() + "' wordt niet gebruikt; schrijf"
                    + " alleen tekst, getallen, true/false, lijsten en velden.");
        }
        positions.put(pointer, at);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escape(name);
                    keys.put(child, Position.of(parser.currentTokenLocation()));
                    if (parser.getCurrentAnchor() != null) {
                        throw new Unreadable(Position.of(parser.currentTokenLocation()), "ankers (&naam) en"
                                + " verwijzingen (*naam) worden niet gebruikt, ook niet bij een veldnaam.");
                    }
                    parser.nextToken();
                    object.set(name, value(parser, child, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, pointer + "/" + index++, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                BigInteger number = parser.getBigIntegerValue();
                return number.bitLength() < 32 ? NODES.numberNode(number.intValue()) : NODES.numberNode(number);
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new Unreadable(at, "onverwacht in YAML: " + token + ".");
        }
    }

    /** The YAML parser's problem in Dutch, with its own words in brackets. */
    static String dutch(String problem, String context) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        String said;
        if (p.contains("(TAB)")) {
            said = "een tab springt in; spring in met spaties";
        } else if (c.contains("quoted scalar")) {
            said = "een tekst tussen aanhalingstekens wordt niet gesloten";
        } else if (p.contains("expected ',' or ']'")) {
            said = "een lijst [...] wordt niet gesloten, of er ontbreekt een komma tussen twee waarden";
        } else if (p.contains("expected ',' or '}'")) {
            said = "een {...} wordt niet gesloten, of er ontbreekt een komma tussen twee velden";
        } else if (p.contains("mapping values are not allowed")) {
            said = "een dubbele punt staat waar dat niet kan: zet een tekst met ': ' tussen aanhalingstekens, of"
                    + " controleer het inspringen";
        } else if (p.contains("could not find expected ':'")) {
            said = "na een veldnaam ontbreekt de dubbele punt";
        } else if (p.contains("expected <block end>")) {
            said = "het inspringen klopt niet: velden van hetzelfde niveau beginnen in dezelfde kolom";
        } else {
            said = "dit is geen geldige YAML";
        }
        return said + " [" + (p + (c.isEmpty() ? "" : ", " + c)).strip() + "].";
    }

    /** A key as a JSON pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
