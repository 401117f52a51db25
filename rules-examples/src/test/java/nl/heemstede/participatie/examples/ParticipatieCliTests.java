package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line {@code participatie advise [--format text|json] FILE...}, run in-process against the real
 * engine and the bundled examples: exit codes, the JSON answer per opgave in input order, the advice the policy
 * prescribes for the complex council example, and the Dutch text report.
 */
class ParticipatieCliTests {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    // --------------------------------------------------------------------------------------------- the examples

    static Stream<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            if (list.size() < 6) {
                throw new IllegalStateException("expected the six bundled examples in " + EXAMPLES.toAbsolutePath());
            }
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyBundledExampleIsAdvisedWithExitZeroExceptTheBatchWithAnError(Path example) {
        CliRun run = run("advise", example.toString());

        int expected = example.getFileName().toString().equals("6-batch-met-fout.json") ? 1 : 0;
        assertEquals(expected, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().contains("Wie beslist:"), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyBundledExampleGivesOneJsonArrayElementPerOpgaveInInputOrder(Path example) {
        List<JsonNode> opgaven = opgavenIn(example);

        CliRun run = run("advise", "--format", "json", example.toString());

        assertEquals("", run.err(), run::toString);
        JsonNode answer = run.json();
        assertTrue(answer.isArray(), run::toString);
        assertEquals(opgaven.size(), answer.size(), run::toString);
        for (int i = 0; i < opgaven.size(); i++) {
            JsonNode element = answer.get(i);
            if (element.has("errors")) {
                assertEquals(Set.of("errors"), fieldNames(element));
            } else {
                assertEquals(opgaven.get(i).path("reference").textValue(), element.path("reference").textValue(),
                        "element " + i + " answers opgave " + i);
            }
        }
        assertEquals(answerHasErrors(answer) ? 1 : 0, run.exit(), run::toString);
    }

    @Test
    void severalFilesAreAnsweredInTheOrderOfTheFilesAndOfTheirElements() {
        List<String> args = new ArrayList<>(List.of("advise", "--format", "json"));
        examples().forEach(f -> args.add(f.toString()));

        CliRun run = run(args.toArray(String[]::new));

        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("WMH-2026-001", "WMH-2026-002", "WMH-2026-003", "WMH-2026-004", "WMH-2026-017",
                "(advice)", "(errors)"), describe(run.json()));
    }

    @Test
    void filesGivenInAnotherOrderAreAnsweredInThatOrder() {
        CliRun run = run("advise", "--format", "json", example("5-raad-complex.json"), example("1-initiatief-bewoners.json"),
                example("5-raad-complex.json"));

        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("WMH-2026-017", "WMH-2026-001", "WMH-2026-017"), describe(run.json()));
    }

    @Test
    void theComplexCouncilExampleGetsTheAdviceThePolicyPrescribes() {
        CliRun run = run("advise", "--format", "json", example("5-raad-complex.json"));

        assertEquals(0, run.exit(), run::toString);
        JsonNode advice = run.json().get(0);
        assertAll(
                () -> assertEquals("WMH-2026-017", advice.get("reference").textValue()),
                () -> assertFalse(advice.get("policyVersion").get("name").textValue().isBlank()),
                () -> assertTrue(advice.get("policyVersion").get("sha256").textValue().matches("[0-9a-f]{64}")),
                () -> assertEquals("COUNCIL", advice.get("decider").textValue()),
                () -> assertEquals("COMPLEX", advice.get("complexity").textValue()),
                () -> assertEquals("PROCESS_FRAMEWORK", advice.get("route").textValue()),
                () -> assertTrue(advice.get("quickscanRequired").booleanValue()),
                () -> assertEquals(List.of("ACCOUNT_MANAGER", "OPPORTUNITIES_AND_CHALLENGES", "PROCESS_AND_ROLES",
                        "WEBSITE_INFO"), texts(advice.get("quickscanDeliverables"))),
                () -> assertEquals("AMPLE", advice.get("participationSpace").textValue()),
                () -> assertTrue(advice.get("participationFeasible").booleanValue()),
                () -> assertTrue(advice.get("participationPlanRequired").booleanValue()),
                () -> assertEquals(List.of("THINK_TOGETHER", "DO_TOGETHER", "DECIDE_TOGETHER", "LEARN_TOGETHER"),
                        texts(advice.get("goals"))),
                () -> assertEquals("NETWORKING", advice.get("governmentRole").textValue()),
                () -> assertEquals(List.of("QUICKSCAN", "PLAN_DESCRIPTION", "PARTICIPATION_PLAN", "ADOPTION",
                        "PROCESS", "INTERIM_EVALUATION", "RESULT_TO_DECIDER", "FINAL_DECISION", "EXECUTION",
                        "FINAL_EVALUATION"), texts(advice.get("steps"))),
                () -> assertEquals(6, advice.get("planDescriptionQuestions").size()),
                () -> assertEquals(List.of("WEIGH_FEASIBILITY", "WEIGH_INTERESTS_OPENLY", "EVALUATE_WAY_OF_WORKING"),
                        codes(advice.get("attentionPoints"))),
                () -> assertEquals(List.of("CURRENT_PROJECTS", "DIGIPANEL", "THINK_WITH_COUNCIL"),
                        codes(advice.get("guidance"))));
    }

    @Test
    void theComplexCouncilExampleGivesEachPartyExactlyOneRole() {
        JsonNode roles = run("advise", "--format", "json", example("5-raad-complex.json")).json().get(0).get("roles");

        // The municipality owns its own initiative; the council decides; each stakeholder after table Rol van
        // belanghebbende.
        assertEquals(List.of(
                "PROCESS_OWNER", "DECISION_MAKER",
                "Bewoners Raadhuisstraat NEIGHBOURS CO_PRODUCER",
                "Winkeliersvereniging Binnenweg ORGANISATION CO_PRODUCER",
                "Digipanel Heemstede RESIDENTS CONSULTED",
                "Verkeerskundige EXPERT ADVISER",
                "Bewoners van Heemstede-Zuid DISTANT_RESIDENTS INFORMED"),
                describeRoles(roles));
        assertTrue(roles.get(0).get("party").textValue().contains("Gemeente"), roles::toString);
        assertTrue(roles.get(1).get("party").textValue().toLowerCase().contains("raad"), roles::toString);
    }

    @Test
    void theComplexCouncilExampleExplainsEveryDecisionWithItsRowAndBasis() {
        JsonNode explanation = run("advise", "--format", "json", example("5-raad-complex.json")).json().get(0)
                .get("explanation");

        Set<String> decisions = new LinkedHashSet<>();
        explanation.forEach(e -> decisions.add(e.get("decision").textValue()));
        assertTrue(decisions.containsAll(List.of("Wie beslist", "Complexiteit", "Werkwijze", "Quickscan",
                "Ruimte voor participatie", "Haalbaarheid", "Participatieplan", "Stappen", "Doelen", "Rollen",
                "Rol van de gemeente", "Aandachtspunten")), decisions::toString);
        // Decision tables name the row that hit; the bases are those the table marks.
        assertEquals("wie-beslist-4 SEED", ruleAndBasis(explanation, "Wie beslist"));
        assertTrue(ruleAndBasis(explanation, "Complexiteit").matches("complexiteit-\\d+ SEED"));
        assertTrue(ruleAndBasis(explanation, "Werkwijze").matches("werkwijze-\\d+ SEED"));
        assertTrue(ruleAndBasis(explanation, "Ruimte voor participatie").matches("ruimte-\\d+ READING"));
        assertTrue(ruleAndBasis(explanation, "Haalbaarheid").matches("haalbaarheid-\\d+ READING"));
        assertTrue(ruleAndBasis(explanation, "Rol van de gemeente").matches("rol-gemeente-\\d+ READING"));
        for (JsonNode e : explanation) {
            for (String field : List.of("rule", "source", "text")) {
                assertFalse(e.get(field).textValue().isBlank(), e::toString);
            }
        }
    }

    @Test
    void anInvalidElementIsAnsweredWithEveryErrorAtItsFieldPath() {
        CliRun run = run("advise", "--format", "json", example("6-batch-met-fout.json"));

        assertEquals(1, run.exit(), run::toString);
        JsonNode answer = run.json();
        assertEquals(2, answer.size());
        assertEquals("COLLEGE", answer.get(0).get("decider").textValue(), "the valid element still gets its advice");
        JsonNode invalid = answer.get(1);
        assertEquals(Set.of("errors"), fieldNames(invalid));
        Set<String> fields = new TreeSet<>();
        for (JsonNode error : invalid.get("errors")) {
            assertTrue(Set.of("field", "value", "message").containsAll(fieldNames(error)), error::toString);
            assertFalse(error.get("message").textValue().isBlank(), error::toString);
            fields.add(error.get("field").textValue());
        }
        assertEquals(Set.of("title", "municipalDecisionRequired", "competentBody",
                "impact.majorChangeToLivingEnvironment", "room.policyRoom", "intentions.budget",
                "stakeholders[1].name", "stakeholders[2].kind"), fields);
        assertEquals("MAYOR", valueAt(invalid, "competentBody"));
        assertEquals("ja", valueAt(invalid, "impact.majorChangeToLivingEnvironment"));
        assertEquals("COMMITTEE", valueAt(invalid, "stakeholders[2].kind"));
        assertEquals(null, valueAt(invalid, "room.policyRoom"), "a missing field has no value");
    }

    // ------------------------------------------------------------------------------------------------ text

    @Test
    void textIsTheDefaultFormatAndPrintsDutchAdviceForPeople() {
        CliRun run = run("advise", example("5-raad-complex.json"));

        assertEquals(0, run.exit(), run::toString);
        assertEquals(run.out(), run("advise", "--format", "text", example("5-raad-complex.json")).out());
        for (String expected : List.of("Opgave: Herinrichting Raadhuisstraat en Binnenweg (WMH-2026-017)",
                "Wie beslist:", "raad", "Complexiteit:", "complex", "Werkwijze:", "Quickscan:",
                "Ruimte voor participatie:", "Participatie haalbaar:", "Participatieplan nodig:", "Doelen:",
                "A. samen denken", "Rol van de gemeente:", "netwerkende overheid", "Rollen:", "Stappen:",
                "1. quickscan", "De planomschrijving beantwoordt:", "Aandachtspunten:",
                "Toelichting", "regel wie-beslist-4")) {
            assertTrue(run.out().contains(expected), () -> "missing [" + expected + "] in\n" + run.out());
        }
    }

    @Test
    void textListsTheViolationsOfAnInvalidOpgaveWithTheirPaths() {
        CliRun run = run("advise", example("6-batch-met-fout.json"));

        assertEquals(1, run.exit(), run::toString);
        for (String expected : List.of("Wie beslist:", "=".repeat(72), "is ongeldig (8 fouten)",
                "competentBody [MAYOR]", "stakeholders[2].kind [COMMITTEE]", "room.policyRoom:")) {
            assertTrue(run.out().contains(expected), () -> "missing [" + expected + "] in\n" + run.out());
        }
    }

    @Test
    void theFormatOptionMayBeWrittenWithAnEqualsSignOrAfterTheFiles() {
        String expected = run("advise", "--format", "json", example("2-ambtelijk.json")).out();

        assertEquals(expected, run("advise", "--format=json", example("2-ambtelijk.json")).out());
        assertEquals(expected, run("advise", example("2-ambtelijk.json"), "--format", "json").out());
    }

    @Test
    void helpIsPrintedOnStandardOutputWithExitZero() {
        CliRun run = run("--help");

        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Gebruik: participatie advise"), run::toString);
        assertEquals("", run.err());
    }

    // ----------------------------------------------------------------------------------------- exit code 2

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of(), "Gebruik:"),
                Arguments.of(List.of("adviseer", "x.json"), "Onbekend commando 'adviseer'"),
                Arguments.of(List.of("advise", "--verbose", "x.json"), "Onbekende optie '--verbose'"),
                Arguments.of(List.of("advise", "--format", "xml", "x.json"), "niet 'xml'"),
                Arguments.of(List.of("advise", "--format=yaml", "x.json"), "niet 'yaml'"),
                Arguments.of(List.of("advise", "x.json", "--format"), "--format vraagt text of json"),
                Arguments.of(List.of("advise"), "Geef minstens één bestand"),
                Arguments.of(List.of("advise", "--format", "json"), "Geef minstens één bestand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorIsExitTwoWithAMessageOnStandardError(List<String> args, String message) {
        CliRun run = run(args.toArray(String[]::new));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aMissingFileIsExitTwoAndTheMessageNamesTheFile() {
        Path missing = dir.resolve("bestaat-niet.json");

        CliRun run = run("advise", "--format", "json", missing.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(missing.toString()), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void malformedJsonIsExitTwoAndStandardErrorNamesFileLineAndColumn() throws IOException {
        Path bad = write("bad.json", "{\n,\n}\n");

        CliRun run = run("advise", "--format", "json", bad.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("bad.json:2:1"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aDuplicateKeyIsMalformedJsonAtItsLine() throws IOException {
        Path bad = write("dubbel.json", "{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}\n");

        CliRun run = run("advise", bad.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().matches("(?s).*dubbel\\.json:3:\\d+: .*"), run::toString);
    }

    @Test
    void anEmptyFileIsMalformedJsonAtLineOneColumnOne() throws IOException {
        Path empty = write("leeg.json", "");

        CliRun run = run("advise", empty.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("leeg.json:1:1"), run::toString);
    }

    @Test
    void aMalformedSecondFileStopsTheRunBeforeAnyAdviceIsPrinted() throws IOException {
        Path bad = write("bad.json", "[\n  {\"title\": \"x\"},\n  oops\n]\n");

        CliRun run = run("advise", "--format", "json", example("5-raad-complex.json"), bad.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("bad.json:3:"), run::toString);
        assertEquals("", run.out(), "nothing half-computed: " + run);
    }

    @Test
    void aFileThatIsNotUtf8IsExitTwoAndTheMessageNamesTheFile() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("1-initiatief-bewoners.json"))
                .replace("Geveltuinen", "Geveltuinen café");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, text.getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = run("advise", latin1.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("latin1.json") && run.err().contains("UTF-8"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aDirectoryInsteadOfAFileIsExitTwo() {
        CliRun run = run("advise", dir.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(dir.toString()), run::toString);
    }

    // ===================================================================================================== helpers

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> opgavenIn(Path file) {
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file));
            List<JsonNode> opgaven = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(opgaven::add);
            } else {
                opgaven.add(root);
            }
            return opgaven;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answerHasErrors(JsonNode answer) {
        for (JsonNode element : answer) {
            if (element.has("errors")) {
                return true;
            }
        }
        return false;
    }

    /** Each element of an answer as its reference, or (advice) without one, or (errors). */
    private static List<String> describe(JsonNode answer) {
        List<String> described = new ArrayList<>();
        answer.forEach(e -> described.add(e.has("errors") ? "(errors)"
                : e.has("reference") ? e.get("reference").textValue() : "(advice)"));
        return described;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.textValue()));
        return texts;
    }

    /** The codes of attention points or website sections, in order. */
    private static List<String> codes(JsonNode coded) {
        List<String> codes = new ArrayList<>();
        coded.forEach(p -> codes.add(p.get("code").textValue()));
        return codes;
    }

    /** Each role as its code, and a stakeholder's as party, kind and code. */
    private static List<String> describeRoles(JsonNode roles) {
        List<String> described = new ArrayList<>();
        roles.forEach(r -> described.add(r.has("kind")
                ? r.get("party").textValue() + " " + r.get("kind").textValue() + " " + r.get("role").textValue()
                : r.get("role").textValue()));
        return described;
    }

    private static String ruleAndBasis(JsonNode explanation, String decision) {
        for (JsonNode e : explanation) {
            if (e.get("decision").textValue().equals(decision)) {
                return e.get("rule").textValue() + " " + e.get("basis").textValue();
            }
        }
        return "(no explanation of " + decision + ")";
    }

    private static String valueAt(JsonNode errors, String field) {
        for (JsonNode e : errors.get("errors")) {
            if (e.get("field").textValue().equals(field)) {
                return e.path("value").textValue();
            }
        }
        return "(no error at " + field + ")";
    }
}
