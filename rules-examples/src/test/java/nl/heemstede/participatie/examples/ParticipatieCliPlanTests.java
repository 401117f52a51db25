package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;

/**
 * The commands {@code participatie check-plan} and {@code participatie review}, run in-process against the real
 * engine and the worked example of the proceskader: the sound plan and record pass with exit 0, the ones with
 * findings exit 1 with their codes, bad input exits 2 with every violation at its file and path, a policy that
 * cannot decide exits 3; in text and in JSON.
 */
class ParticipatieCliPlanTests {

    private static final Path EXAMPLE = Path.of(System.getProperty("basedir", ".")).resolve("examples")
            .resolve("proceskader");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    // ----------------------------------------------------------------------------------------------- check-plan

    @Test
    void theSoundPlanOfTheWorkedExamplePassesWithExitZero() {
        Run run = run("check-plan", example("opgave.json"), example("plan.json"));

        assertEquals(0, run.exit, run::toString);
        assertEquals("", run.err, run::toString);
        assertContains(run.out, "Toets van het participatieplan",
                "Opgave:  Herinrichting Binnenweg (RAAD-2026-014)",
                "Beleid:  Heemstede participatiebeleid 2020", "(sha256 ",
                "Uitkomst: geen bevindingen. Het plan volgt het beleid en kan worden vastgesteld.");
        assertFalse(run.out.contains("Fouten"), run::toString);
    }

    @Test
    void thePlanWithFindingsExitsOneAndListsItsFindingsBySeverityWithRuleAndSource() {
        Run run = run("check-plan", example("opgave.json"), example("plan-met-bevindingen.json"));

        assertEquals(1, run.exit, run::toString);
        assertEquals("", run.err, run::toString);
        assertContains(run.out, "Uitkomst: 6 fouten, 1 waarschuwing, 1 ter informatie.",
                "DECIDE_TOGETHER_WITHOUT_FRAMEWORKS (samen beslissen zonder alle kaders)",
                "ROLE_HEAVIER_THAN_ADVISED (rol zwaarder dan geadviseerd) — Digipanel Heemstede",
                "PARTY_WITHOUT_ROLE (partij zonder rol) — Bewoners Merlenhoven",
                "ADOPTED_BY_WRONG_BODY", "— college van burgemeester en wethouders",
                "PLAN_QUESTION_UNANSWERED (vraag van de planomschrijving onbeantwoord) — kosten en baten",
                "WEIGHING_NOT_STATED", "GOAL_NOT_ADVISED (doel niet geadviseerd) — C. samen beslissen",
                "ADVISED_GOAL_MISSING", "regel \"Rol zwaarder dan geadviseerd\", bron: Participatieplan 3",
                "(onze lezing", "(staat in de");
        int errors = run.out.indexOf("Fouten (6):");
        int warnings = run.out.indexOf("Waarschuwingen (1):");
        int info = run.out.indexOf("Ter informatie (1):");
        assertTrue(errors > 0 && errors < warnings && warnings < info, "grouped fout, waarschuwing, ter informatie: "
                + run.out);
        assertTrue(run.out.indexOf("WEIGHING_NOT_STATED") < warnings, "an error under Fouten: " + run.out);
        assertTrue(run.out.indexOf("GOAL_NOT_ADVISED") > warnings, "a warning under Waarschuwingen: " + run.out);
        assertTrue(run.out.lines().allMatch(line -> line.length() <= 120), "lines stay readable: " + run.out);
    }

    @Test
    void theCheckInJsonHasTheFixedFieldsTheFindingCodesAndTheAdvice() {
        Run run = run("check-plan", "--format", "json", example("opgave.json"), example("plan-met-bevindingen.json"));

        assertEquals(1, run.exit, run::toString);
        JsonNode check = run.json();
        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "advice"), fieldNames(check));
        assertTrue(check.get("hasErrors").booleanValue());
        assertEquals(List.of("DECIDE_TOGETHER_WITHOUT_FRAMEWORKS", "ROLE_HEAVIER_THAN_ADVISED", "PARTY_WITHOUT_ROLE",
                "ADOPTED_BY_WRONG_BODY", "PLAN_QUESTION_UNANSWERED", "WEIGHING_NOT_STATED", "GOAL_NOT_ADVISED",
                "ADVISED_GOAL_MISSING"), texts(check.get("findings"), "code"));
        assertEquals(List.of("ERROR", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR", "WARNING", "INFO"),
                texts(check.get("findings"), "severity"));
        for (JsonNode finding : check.get("findings")) {
            Set<String> names = fieldNames(finding);
            names.remove("subject");
            assertEquals(Set.of("severity", "code", "rule", "basis", "source", "text"), names, finding::toString);
        }
        assertEquals("RAAD-2026-014", check.get("advice").get("reference").textValue());
        assertEquals("COUNCIL", check.get("advice").get("decider").textValue());
    }

    @Test
    void theSoundCheckInJsonHasNoErrorsAndNoFindings() {
        Run run = run("check-plan", "--format=json", example("opgave.json"), example("plan.json"));

        assertEquals(0, run.exit, run::toString);
        assertFalse(run.json().get("hasErrors").booleanValue());
        assertEquals(0, run.json().get("findings").size(), run::toString);
    }

    // --------------------------------------------------------------------------------------------------- review

    @Test
    void theSoundRecordOfTheWorkedExamplePassesWithExitZeroAndTheCouncilSummary() {
        Run run = run("review", example("opgave.json"), example("plan.json"), example("verslag.json"));

        assertEquals(0, run.exit, run::toString);
        assertEquals("", run.err, run::toString);
        assertContains(run.out, "Verantwoording van het participatieproces",
                "Opgave:  Herinrichting Binnenweg (RAAD-2026-014)", "Beleid:  Heemstede participatiebeleid 2020",
                "vastgesteld door de gemeenteraad op 2 maart 2026; 8 activiteiten; resultaat aangeboden op 7 juli 2026.",
                "Uitkomst: geen bevindingen. Het proces voldeed aan het vastgestelde plan.",
                "Per partij: gepland en gedaan", "Partij", "Soort", "Gepland", "Gedaan (zwaarste rol)",
                "Activiteiten", "Per doel: de activiteiten die het dienden", "Activiteiten die het dienden",
                "15 september 2026  evaluatie: Evaluatie achteraf met deelnemers en raad");
        assertTrue(row(run.out, "Bewoners Binnenweg").matches(
                "Bewoners Binnenweg +omwonenden +co-producent \\(meeontwerpen\\) +co-producent \\(meeontwerpen\\) +6"),
                run::toString);
        assertTrue(row(run.out, "Bewoners Merlenhoven").matches(
                "Bewoners Merlenhoven +verder weg +wordt geïnformeerd +wordt geïnformeerd +2"), run::toString);
        assertTrue(row(run.out, "A. samen denken").matches("A\\. samen denken +19 maart 2026  bijeenkomst: .*"),
                run::toString);
        assertTrue(row(run.out, "D. samen leren").matches("D\\. samen leren +4 juni 2026  evaluatie: .*"),
                run::toString);
    }

    @Test
    void theRecordWithFindingsExitsOneAndShowsWhatWasPlannedAndNotDone() {
        Run run = run("review", example("opgave.json"), example("plan.json"), example("verslag-met-bevindingen.json"));

        assertEquals(1, run.exit, run::toString);
        assertEquals("", run.err, run::toString);
        assertContains(run.out, "Fouten (5):", "Waarschuwingen (1):",
                "PARTICIPATION_BEFORE_ADOPTION (participatie voor de vaststelling) — 20 februari 2026 Inloopavond vooraf",
                "PARTY_NOT_INVOLVED (partij niet betrokken) — Verkeerskundig adviesbureau",
                "PARTY_INVOLVED_LIGHTER", "— Winkeliersvereniging Binnenweg",
                "RESULT_WITHOUT_INPUT_ACCOUNT", "EVALUATION_MISSING", "PARTY_INVOLVED_HEAVIER",
                "regel \"Participatie voor de vaststelling\", bron: Werkwijze");
        // no evaluation at all is one finding, not also "goal D not served" or "evaluation afterwards pending"
        assertFalse(run.out.contains("GOAL_NOT_SERVED"), run::toString);
        assertFalse(run.out.contains("FINAL_EVALUATION_PENDING"), run::toString);
        assertTrue(row(run.out, "Verkeerskundig adviesbureau").matches(
                "Verkeerskundig adviesbureau +deskundige +adviseur \\(meedenken\\) +niet betrokken +0"), run::toString);
        assertTrue(row(run.out, "Winkeliersvereniging Binnenweg").matches(
                "Winkeliersvereniging Binnenweg +organisatie +co-producent \\(meeontwerpen\\) +wordt geraadpleegd +1"),
                run::toString);
        assertTrue(row(run.out, "D. samen leren").matches("D\\. samen leren +geen"), run::toString);
    }

    @Test
    void theReviewInJsonHasTheFixedFieldsAndThePlannedAgainstTheDone() {
        Run run = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag-met-bevindingen.json"));

        assertEquals(1, run.exit, run::toString);
        JsonNode review = run.json();
        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "parties", "goals"), fieldNames(review));
        assertTrue(review.get("hasErrors").booleanValue());
        assertTrue(texts(review.get("findings"), "code").containsAll(List.of("PARTICIPATION_BEFORE_ADOPTION",
                "PARTY_NOT_INVOLVED", "PARTY_INVOLVED_LIGHTER", "RESULT_WITHOUT_INPUT_ACCOUNT",
                "EVALUATION_MISSING")), run::toString);
        assertEquals(List.of("Gemeente Heemstede", "Gemeenteraad", "Bewoners Binnenweg",
                "Winkeliersvereniging Binnenweg", "Verkeerskundig adviesbureau", "Digipanel Heemstede",
                "Bewoners Merlenhoven"), texts(review.get("parties"), "party"));
        assertEquals(Set.of("party", "planned", "heaviest", "activities"), fieldNames(review.get("parties").get(0)),
                "the process owner has no stakeholder kind");
        JsonNode adviser = review.get("parties").get(4);
        assertEquals(Set.of("party", "kind", "planned", "activities"), fieldNames(adviser), "no heaviest when idle");
        assertEquals(List.of("THINK_TOGETHER", "DO_TOGETHER", "LEARN_TOGETHER"), texts(review.get("goals"), "goal"));
        assertEquals(0, review.get("goals").get(2).get("servedBy").size());
    }

    @Test
    void theSoundReviewInJsonExitsZero() {
        Run run = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag.json"));

        assertEquals(0, run.exit, run::toString);
        assertFalse(run.json().get("hasErrors").booleanValue());
    }

    @Test
    void textIsTheDefaultAndTheFormatMayComeAfterTheFiles() {
        String text = run("review", example("opgave.json"), example("plan.json"), example("verslag.json")).out;
        String json = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag.json")).out;

        assertEquals(text, run("review", "--format", "text", example("opgave.json"), example("plan.json"),
                example("verslag.json")).out);
        assertEquals(json, run("review", example("opgave.json"), example("plan.json"), example("verslag.json"),
                "--format=json").out);
    }

    // ----------------------------------------------------------------------------------------------- exit code 2

    @Test
    void theRecordWithFindingsIsInvalidForThePlanWithFindingsExitTwoWithFileAndPath() {
        Run text = run("review", example("opgave.json"), example("plan-met-bevindingen.json"),
                example("verslag-met-bevindingen.json"));
        Run json = run("review", "--format", "json", example("opgave.json"), example("plan-met-bevindingen.json"),
                example("verslag-met-bevindingen.json"));

        assertEquals(2, text.exit, text::toString);
        assertContains(text.out, "Het verslag " + example("verslag-met-bevindingen.json") + " is ongeldig (1 fout):",
                "activities[1].participants[1].party [Bewoners Merlenhoven]: 'Bewoners Merlenhoven' is not a party");
        assertEquals(2, json.exit, json::toString);
        assertEquals(Set.of("errors"), fieldNames(json.json()));
        assertEquals(List.of("record.activities[1].participants[1].party"), texts(json.json().get("errors"), "field"));
        assertEquals("Bewoners Merlenhoven", json.json().get("errors").get(0).get("value").textValue());
    }

    @Test
    void everyViolationOfEveryFileIsListedAtOnceWithItsFileAndPath() throws IOException {
        Path opgave = write("opgave.json", Files.readString(EXAMPLE.resolve("opgave.json"))
                .replace("\"competentBody\": \"COUNCIL\"", "\"competentBody\": \"MAYOR\""));
        Path plan = write("plan.json", Files.readString(EXAMPLE.resolve("plan.json"))
                .replace("\"role\": \"CONSULTED\"", "\"role\": \"PANEL\"")
                .replace("\"adoptedBy\": \"COUNCIL\",", "\"adoptedBy\": \"COUNCIL\", \"budget\": 1200000,"));
        Path record = write("verslag.json", Files.readString(EXAMPLE.resolve("verslag.json"))
                .replace("\"adoptedOn\": \"2026-03-02\"", "\"adoptedOn\": \"2 maart 2026\"")
                .replace("\"kind\": \"SURVEY\"", "\"kind\": \"POLL\""));

        Run text = run("review", opgave.toString(), plan.toString(), record.toString());
        Run json = run("review", "--format", "json", opgave.toString(), plan.toString(), record.toString());

        assertEquals(2, text.exit, text::toString);
        assertContains(text.out, "De opgave " + opgave + " is ongeldig (1 fout):", "competentBody [MAYOR]",
                "Het plan " + plan + " is ongeldig (2 fouten):", "budget [1200000]", "parties[5].role [PANEL]",
                "Het verslag " + record + " is ongeldig (2 fouten):", "adoptedOn [2 maart 2026]",
                "activities[2].kind [POLL]");
        assertEquals(2, json.exit, json::toString);
        assertEquals(new TreeSet<>(List.of("opgave.competentBody", "plan.budget", "plan.parties[5].role",
                "record.adoptedOn", "record.activities[2].kind")), new TreeSet<>(texts(json.json().get("errors"),
                "field")));
    }

    @Test
    void aPlanIsHeldAgainstItsOpgaveAndAnInvalidPlanStillHasItsRecordRead() throws IOException {
        Path plan = write("plan.json", Files.readString(EXAMPLE.resolve("plan.json"))
                .replace("\"Bewoners Merlenhoven\"", "\"Bewoners Zandvoort\""));
        Path record = write("verslag.json", Files.readString(EXAMPLE.resolve("verslag.json"))
                .replace("\"resultSentOn\": \"2026-07-07\"", "\"resultSentOn\": \"2026-07-32\""));

        Run run = run("review", "--format", "json", example("opgave.json"), plan.toString(), record.toString());

        assertEquals(2, run.exit, run::toString);
        assertEquals(List.of("plan.parties[6].name", "record.resultSentOn"), texts(run.json().get("errors"), "field"),
                "the record is read for its structure only, as its plan is invalid");
    }

    @Test
    void malformedJsonIsExitTwoAndStandardErrorNamesFileLineAndColumn() throws IOException {
        Path bad = write("plan.json", "{\n  \"adoptedBy\": \"COUNCIL\",\n  \"goals\": [\n}\n");

        Run run = run("check-plan", example("opgave.json"), bad.toString());

        assertEquals(2, run.exit, run::toString);
        assertTrue(run.err.contains(bad + ":4:1: geen geldige JSON"), run::toString);
        assertEquals("", run.out, run::toString);
    }

    @Test
    void aMissingFileIsExitTwoAndTheMessageNamesTheFile() {
        Path missing = dir.resolve("verslag-bestaat-niet.json");

        Run run = run("review", example("opgave.json"), example("plan.json"), missing.toString());

        assertEquals(2, run.exit, run::toString);
        assertTrue(run.err.contains(missing.toString()), run::toString);
        assertEquals("", run.out, run::toString);
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("check-plan"), "Geef precies 2 bestanden, OPGAVE, PLAN; gegeven: 0."),
                Arguments.of(List.of("check-plan", "a.json"), "gegeven: 1."),
                Arguments.of(List.of("check-plan", "a.json", "b.json", "c.json"), "gegeven: 3."),
                Arguments.of(List.of("review", "a.json", "b.json"), "Geef precies 3 bestanden, OPGAVE, PLAN, VERSLAG"),
                Arguments.of(List.of("review", "--verbose", "a", "b", "c"), "Onbekende optie '--verbose'"),
                Arguments.of(List.of("check-plan", "--format", "xml", "a", "b"), "niet 'xml'"),
                Arguments.of(List.of("review", "a", "b", "c", "--format"), "--format vraagt text of json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void aUsageErrorIsExitTwoWithAMessageOnStandardError(List<String> args, String message) {
        Run run = run(args.toArray(String[]::new));

        assertEquals(2, run.exit, run::toString);
        assertTrue(run.err.contains(message), run::toString);
        assertEquals("", run.out, run::toString);
    }

    // ----------------------------------------------------------------------------------------------- exit code 3

    @Test
    void aPolicyThatCannotDecideTheOpgaveIsExitThree() {
        Supplier<ParticipationAdvisor> undecided = () -> new Undecided();
        String[] check = {example("opgave.json"), example("plan.json")};
        String[] review = {example("opgave.json"), example("plan.json"), example("verslag.json")};

        Run checked = run(new CheckPlanCommand(undecided), check);
        Run reviewed = run(new ReviewCommand(undecided), review);

        assertEquals(3, checked.exit, checked::toString);
        assertTrue(checked.err.contains("Het beleid kan deze opgave niet beslissen"), checked::toString);
        assertEquals("", checked.out, checked::toString);
        assertEquals(3, reviewed.exit, reviewed::toString);
        assertTrue(reviewed.err.contains("Het beleid kan deze opgave niet beslissen"), reviewed::toString);
    }

    @Test
    void aPolicyThatDoesNotLoadIsExitThree() {
        Supplier<ParticipationAdvisor> broken = () -> {
            throw new PolicyLoadException("The rule file plantoets.drl is missing from the library jar.");
        };

        Run run = run(new CheckPlanCommand(broken), example("opgave.json"), example("plan.json"));

        assertEquals(3, run.exit, run::toString);
        assertTrue(run.err.contains("Het beleid laadt niet"), run::toString);
    }

    @Test
    void invalidInputIsReportedBeforeThePolicyIsAsked() {
        Run run = run(new CheckPlanCommand(() -> new Undecided()), example("opgave.json"),
                example("verslag.json"));

        assertEquals(2, run.exit, run::toString);
        assertContains(run.out, "Het plan " + example("verslag.json") + " is ongeldig", "adoptedOn [2026-03-02]",
                "activities [", "goals:", "parties:");
    }

    // --------------------------------------------------------------------------------------------------- usage

    @Test
    void eachCommandHasItsOwnHelpAndTheGeneralUsageNamesBoth() {
        Run general = run("--help");
        Run checkPlan = run("check-plan", "--help");
        Run review = run("review", "-h");

        assertContains(general.out, "participatie check-plan [--format text|json] OPGAVE PLAN",
                "participatie review [--format text|json] OPGAVE PLAN VERSLAG");
        assertEquals(0, checkPlan.exit);
        assertTrue(checkPlan.out.startsWith("Gebruik: participatie check-plan"), checkPlan::toString);
        assertEquals(0, review.exit);
        assertTrue(review.out.startsWith("Gebruik: participatie review"), review::toString);
    }

    // ===================================================================================================== helpers

    /** An advisor whose policy cannot decide anything, as a policy with a gap in a table. */
    private static final class Undecided implements ParticipationAdvisor {
        private static PolicyDecisionException gap() {
            return new PolicyDecisionException("Wie beslist", Map.of("initiator", "MUNICIPALITY"),
                    "No row of the table matches.");
        }

        @Override
        public Advice advise(Opgave opgave) {
            throw gap();
        }

        @Override
        public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
            throw gap();
        }

        @Override
        public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
            throw gap();
        }

        @Override
        public PolicyVersion policyVersion() {
            return new PolicyVersion("kapot", "0".repeat(64));
        }
    }

    /** One run of the command line: its exit code and what it printed. */
    private record Run(int exit, String out, String err) {

        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("standard output is not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private static Run run(String... args) {
        return capture((out, err) -> new ParticipatieCli(out, err).run(args));
    }

    private static Run run(ParticipatieCli.Command command, String... args) {
        return capture((out, err) -> command.run(args, out, err));
    }

    private interface Runner {
        int run(PrintStream out, PrintStream err);
    }

    private static Run capture(Runner runner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = runner.run(o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String example(String name) {
        return EXAMPLE.resolve(name).toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing [" + e + "] in\n" + text);
        }
    }

    /** The line of a summary table (after the findings) that starts with the given cell, without indentation. */
    private static String row(String text, String first) {
        int tables = text.indexOf("Per partij: gepland en gedaan");
        return text.substring(Math.max(0, tables)).lines().map(String::strip).filter(l -> l.startsWith(first + " "))
                .findFirst().orElse("(no row " + first + ")");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).textValue()));
        return texts;
    }
}
