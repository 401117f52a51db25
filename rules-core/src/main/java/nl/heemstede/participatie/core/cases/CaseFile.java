package nl.heemstede.participatie.core.cases;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.cases.LocatedYaml.Document;
import nl.heemstede.participatie.core.cases.LocatedYaml.Position;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.json.MalformedJsonException;
import nl.heemstede.participatie.json.ParsedOpgave;
import nl.heemstede.participatie.json.ParticipatieJson;

/**
 * Reads {@code gevallen.yaml}: either a list of cases, or a mapping with {@code gevallen} (the list) and optionally
 * {@code standaardopgave} (fields every case's opgave takes when it leaves them out; nested fields merge one by
 * one). A case has {@code naam}, optionally {@code toelichting} and {@code peildatum}, {@code opgave} (the fields of
 * the JSON contract; without {@code title} the name is the title) and {@code verwacht}. Every problem is reported at
 * once, each with its line and column, in Dutch.
 */
public final class CaseFile {

    /** The most cases a file may hold. */
    public static final int MAX_CASES = 2_000;
    /** The most problems listed one by one. */
    static final int MAX_PROBLEMS = 50;
    /** The most values (fields, list elements) an opgave or the standard opgave may hold: 200 stakeholders fit. */
    static final int MAX_OPGAVE_VALUES = 1_000;
    /** The longest name of a case; a name longer than a title ({@link Opgave#MAX_TEXT}) is cut for the title. */
    static final int MAX_NAME = 300;

    private static final Set<String> ROOT_KEYS = Set.of("gevallen", "standaardopgave");
    private static final Set<String> CASE_KEYS = Set.of("naam", "toelichting", "peildatum", "opgave", "verwacht");
    private static final ParticipatieJson JSON = ParticipatieJson.create();

    private final String file;
    private final Document document;
    private final List<String> problems = new ArrayList<>();

    private CaseFile(String file, Document document) {
        this.file = file;
        this.document = document;
    }

    /** The cases of a policy: empty when it has no {@value PolicyFiles#CASES}. */
    public static Optional<List<ExpectedCase>> of(PolicyFiles files) {
        return files.cases().map(content -> read(content, PolicyFiles.CASES));
    }

    /**
     * Reads the cases in the content of a file.
     *
     * @throws PolicyLoadException listing every problem, each as "file, regel N, kolom M: ..."
     */
    public static List<ExpectedCase> read(byte[] content, String file) {
        Document document;
        try {
            document = LocatedYaml.read(new String(content, StandardCharsets.UTF_8));
        } catch (LocatedYaml.Unreadable e) {
            String problem = file + ", " + e.position().dutch() + ": " + e.getMessage();
            throw new PolicyLoadException("De gevallen in " + file + " zijn niet te lezen: " + problem,
                    List.of(problem));
        }
        CaseFile reader = new CaseFile(file, document);
        List<ExpectedCase> cases = reader.cases();
        if (!reader.problems.isEmpty()) {
            List<String> listed = reader.problems.size() <= MAX_PROBLEMS ? reader.problems
                    : new ArrayList<>(reader.problems.subList(0, MAX_PROBLEMS));
            if (reader.problems.size() > MAX_PROBLEMS) {
                listed.add(file + ": en nog " + (reader.problems.size() - MAX_PROBLEMS) + " problemen.");
            }
            throw new PolicyLoadException("De gevallen in " + file + " zijn niet te lezen: " + listed.get(0)
                    + (reader.problems.size() > 1 ? " (en " + (reader.problems.size() - 1) + " meer)" : ""),
                    listed);
        }
        return cases;
    }

    private List<ExpectedCase> cases() {
        JsonNode root = document.root();
        JsonNode list;
        String prefix;
        JsonNode defaults = null;
        if (root == null || root.isNull()) {
            problem("", "het bestand is leeg; zet er gevallen in (een lijst onder 'gevallen'), of haal het weg.");
            return List.of();
        } else if (root.isArray()) {
            list = root;
            prefix = "";
        } else if (root.isObject()) {
            unknown(root, "", ROOT_KEYS, "bovenaan");
            list = root.get("gevallen");
            prefix = "/gevallen";
            if (list == null) {
                problem("", "er staat geen 'gevallen' in: de lijst van gevallen.");
                return List.of();
            }
            defaults = root.get("standaardopgave");
            if (defaults != null && !defaults.isObject()) {
                problem("/standaardopgave", "'standaardopgave' is een lijst van velden van een opgave.");
                defaults = null;
            } else if (defaults != null && values(defaults) > MAX_OPGAVE_VALUES) {
                // every case gets a copy: a large one would multiply like an alias
                problem("/standaardopgave", "'standaardopgave' heeft meer dan " + MAX_OPGAVE_VALUES + " waarden;"
                        + " zet daar alleen wat de gevallen delen.");
                return List.of();
            }
        } else {
            problem("", "het bestand is een lijst van gevallen, of heeft 'gevallen' en 'standaardopgave'.");
            return List.of();
        }
        if (!list.isArray() || list.isEmpty()) {
            problem(prefix, "'gevallen' is een lijst met minstens één geval (elk beginnend met '- naam: ...').");
            return List.of();
        }
        if (list.size() > MAX_CASES) {
            problem(prefix, "er staan " + list.size() + " gevallen in; hoogstens " + MAX_CASES + " worden gelezen.");
            return List.of();
        }
        List<ExpectedCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            expectedCase(list.get(i), prefix + "/" + i, defaults, names).ifPresent(cases::add);
        }
        return cases;
    }

    private Optional<ExpectedCase> expectedCase(JsonNode node, String pointer, JsonNode defaults, Set<String> names) {
        if (!node.isObject()) {
            problem(pointer, "een geval is een lijst van velden: naam, opgave, verwacht en eventueel toelichting en"
                    + " peildatum.");
            return Optional.empty();
        }
        int before = problems.size();
        unknown(node, pointer, CASE_KEYS, "in een geval");
        JsonNode nameNode = node.get("naam");
        String name = nameNode != null && nameNode.isTextual() ? nameNode.asText().strip() : "";
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problem(nameNode == null ? pointer : pointer + "/naam", "een geval heeft een 'naam': tekst van 1 tot "
                    + MAX_NAME + " tekens.");
        } else if (!names.add(name)) {
            problem(pointer + "/naam", "er is al een geval met de naam '" + name + "'; geef elk geval een eigen naam.");
        }
        String called = name.isEmpty() ? "" : "geval '" + name + "': ";
        Optional<String> note = Optional.empty();
        JsonNode toelichting = node.get("toelichting");
        if (toelichting != null) {
            if (!toelichting.isTextual()) {
                problem(pointer + "/toelichting", called + "'toelichting' is tekst.");
            } else {
                note = Optional.of(toelichting.asText().strip());
            }
        }
        Optional<LocalDate> peildatum = date(node.get("peildatum"), pointer + "/peildatum", called);
        Optional<Opgave> opgave = opgave(node.get("opgave"), pointer, defaults, name, peildatum, called);
        List<Expectation> expectations = expectations(node.get("verwacht"), pointer, called);
        if (problems.size() > before || opgave.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExpectedCase(name, document.at(pointer).line(), note, peildatum, opgave.get(),
                expectations));
    }

    private Optional<LocalDate> date(JsonNode node, String pointer, String called) {
        if (node == null) {
            return Optional.empty();
        }
        try {
            if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(node.asText()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(pointer, called + "'peildatum' is een datum als 2022-06-01, niet '" + node.asText() + "'.");
        return Optional.empty();
    }

    private Optional<Opgave> opgave(JsonNode node, String pointer, JsonNode defaults, String name,
                                    Optional<LocalDate> peildatum, String called) {
        if (node == null || !node.isObject()) {
            problem(node == null ? pointer : pointer + "/opgave", called + "een geval heeft een 'opgave': de velden"
                    + " van een opgave, zoals in het JSON-contract (initiator, municipalDecisionRequired, ...).");
            return Optional.empty();
        }
        ObjectNode merged = defaults == null ? ((ObjectNode) node).deepCopy() : merge(defaults, node);
        if (!merged.has("title") && !name.isEmpty()) {
            merged.put("title", name.length() > Opgave.MAX_TEXT ? name.substring(0, Opgave.MAX_TEXT).strip() : name);
        }
        if (peildatum.isPresent()) {
            JsonNode own = merged.get("peildatum");
            if (own != null && !own.asText().equals(peildatum.get().toString())) {
                problem(pointer + "/opgave/peildatum", called + "de opgave heeft peildatum " + own.asText() + " en het"
                        + " geval " + peildatum.get() + "; noem er één.");
                return Optional.empty();
            }
            merged.put("peildatum", peildatum.get().toString());
        }
        if (values(merged) > MAX_OPGAVE_VALUES) {
            problem(pointer + "/opgave", called + "de opgave heeft meer dan " + MAX_OPGAVE_VALUES + " waarden; een"
                    + " opgave heeft hoogstens " + Opgave.MAX_STAKEHOLDERS + " belanghebbenden.");
            return Optional.empty();
        }
        ParsedOpgave parsed;
        try {
            parsed = JSON.readOpgaven(merged.toString()).get(0);
        } catch (MalformedJsonException e) {
            // the YAML was read, but a value is beyond what the JSON contract reads (a text or number too long)
            problem(pointer + "/opgave", called + "de opgave kan niet als opgave gelezen worden: " + e.problem());
            return Optional.empty();
        }
        for (Violation v : parsed.violations()) {
            String path = pointer + "/opgave" + (v.field().isEmpty() ? "" : "/" + v.field()
                    .replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
            // a message usually starts with its field; otherwise the field goes before it
            String said = !v.field().isEmpty() && v.message().startsWith(v.field()) ? v.message()
                    : (v.field().isEmpty() ? "" : v.field() + ": ") + v.message();
            problem(document.positions().containsKey(path) || defaults == null ? path : pointer + "/opgave",
                    called + "opgave." + said);
        }
        return parsed.opgave();
    }

    /** How many values the tree holds, itself included. */
    static int values(JsonNode node) {
        int count = 1;
        for (JsonNode child : node) {
            count += values(child);
        }
        return count;
    }

    /** The defaults with the given fields laid over them, objects merged field by field. */
    static ObjectNode merge(JsonNode defaults, JsonNode given) {
        ObjectNode merged = defaults.deepCopy();
        for (Map.Entry<String, JsonNode> f : given.properties()) {
            JsonNode base = merged.get(f.getKey());
            merged.set(f.getKey(), base != null && base.isObject() && f.getValue().isObject()
                    ? merge(base, f.getValue()) : f.getValue().deepCopy());
        }
        return merged;
    }

    private List<Expectation> expectations(JsonNode node, String pointer, String called) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            problem(node == null ? pointer : pointer + "/verwacht", called + "een geval heeft onder 'verwacht'"
                    + " minstens één veld van het advies, zoals 'decider: COLLEGE', of 'regels: [wie-beslist-3]'.");
            return List.of();
        }
        List<Expectation> expectations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = pointer + "/verwacht/" + LocatedYaml.escape(e.getKey());
            List<String> found = Expectation.problems(e.getKey(), e.getValue());
            boolean unknownField = !Expectation.NAMES.contains(e.getKey());
            found.forEach(p -> {
                if (unknownField) {
                    keyProblem(at, called + "verwacht " + p);
                } else {
                    problem(at, called + "verwacht " + p);
                }
            });
            if (found.isEmpty()) {
                expectations.add(new Expectation(e.getKey(), e.getValue()));
            }
        }
        return expectations;
    }

    private void unknown(JsonNode node, String pointer, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                keyProblem(pointer + "/" + LocatedYaml.escape(name), "'" + name + "' is onbekend " + where + "; daar"
                        + " staan " + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        });
    }

    private void problem(String pointer, String message) {
        problems.add(file + ", " + document.at(pointer).dutch() + ": " + message);
    }

    /** A problem with the key of the value at the pointer (an unknown name), reported where the key is. */
    private void keyProblem(String pointer, String message) {
        problems.add(file + ", " + document.keyAt(pointer).dutch() + ": " + message);
    }
}
