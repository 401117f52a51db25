package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

import com.fasterxml.jackson.databind.JsonNode;

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
 * engine and our own, invented worked example of the proceskader (the seed has none): the sound plan and record pass
 * with exit 0, the ones with findings exit 1 with their codes, bad input exits 2 with every violation at its file
 * and path, a policy that cannot decide exits 3; in text and in JSON.
 */
class ParticipatieCliPlanTests {

    private static final Path EXAMPLE = Path.of(System.getProperty("basedir", ".")).resolve("examples")
            .resolve("proceskader");

    @TempDir
    Path dir;

    // ----------------------------------------------------------------------------------------------- check-plan

    @Test
    void theSoundPlanOfTheWorkedExamplePassesWithExitZero() {
        CliRun run = run("check-plan", example("opgave.json"), example("plan.json"));

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertContains(run.out(), "Toets van het participatieplan",
                "Opgave:  Herinrichting Binnenweg (RAAD-2026-014)",
                "Beleid:  Heemstede participatiebeleid 2020", "(sha256 ", "Uitkomst: ");
        assertFalse(run.out().contains("Fouten"), run::toString);
        // under the advice of the policy's Revision 2 the sound plan has no finding at all; the advice before it
        // still derives goal D from the followed project and asks about the plan leaving it out
        if (run.out().contains("Waarschuwingen")) {
            assertContains(run.out(), "Uitkomst: 0 fouten, 1 waarschuwing, 0 ter informatie.",
                    "ADVISED_GOAL_MISSING (geadviseerd doel ontbreekt) — D. samen leren");
        } else {
            assertContains(run.out(), "Uitkomst: geen bevindingen. Het plan volgt het beleid en kan worden vastgesteld.");
        }
    }

    @Test
    void thePlanWithFindingsExitsOneErrorsForTheSeedsNormsWarningsForOurReadings() {
        CliRun run = run("check-plan", example("opgave.json"), example("plan-met-bevindingen.json"));

        assertEquals(1, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertContains(run.out(), "Uitkomst: 3 fouten, ", "Het plan kan zo niet worden vastgesteld",
                "DECIDE_TOGETHER_WITHOUT_FRAMEWORKS (samen beslissen zonder alle kaders)",
                "ROLE_HEAVIER_THAN_ADVISED (rol zwaarder dan geadviseerd) — Digipanel Heemstede",
                "PARTY_WITHOUT_ROLE (partij zonder rol) — Bewoners Merlenhoven",
                "ADOPTED_BY_WRONG_BODY", "— college van burgemeester en wethouders",
                "PLAN_QUESTION_UNANSWERED (vraag van de planomschrijving onbeantwoord) — kosten en baten",
                "WEIGHING_NOT_STATED", "GOAL_NOT_ADVISED (doel niet geadviseerd) — C. samen beslissen",
                "regel \"Rol zwaarder dan geadviseerd\", bron: Participatieplan 3",
                "\"Er wordt samen besloten welke maatschappelijke waarde",
                "(onze lezing", "(staat in de", "motiveer");
        int errors = run.out().indexOf("Fouten (3):");
        int warnings = run.out().indexOf("Waarschuwingen (");
        assertTrue(errors > 0 && errors < warnings, "grouped fout, waarschuwing: " + run.out());
        for (String error : List.of("DECIDE_TOGETHER_WITHOUT_FRAMEWORKS", "ADOPTED_BY_WRONG_BODY",
                "PLAN_QUESTION_UNANSWERED")) {
            assertTrue(run.out().indexOf(error) < warnings, error + " under Fouten: " + run.out());
        }
        for (String warning : List.of("ROLE_HEAVIER_THAN_ADVISED", "PARTY_WITHOUT_ROLE", "WEIGHING_NOT_STATED",
                "GOAL_NOT_ADVISED")) {
            assertTrue(run.out().indexOf(warning) > warnings, warning + " under Waarschuwingen: " + run.out());
        }
        assertFalse(run.out().contains("niet toegestaan"), run::toString);
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 120), "lines stay readable: " + run.out());
    }

    @Test
    void theCheckInJsonHasTheFixedFieldsTheFindingCodesAndTheAdvice() {
        CliRun run = run("check-plan", "--format", "json", example("opgave.json"), example("plan-met-bevindingen.json"));

        assertEquals(1, run.exit(), run::toString);
        JsonNode check = run.json();
        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "advice"), fieldNames(check));
        assertTrue(check.get("hasErrors").booleanValue());
        List<String> codes = texts(check.get("findings"), "code");
        List<String> severities = texts(check.get("findings"), "severity");
        assertEquals(List.of("DECIDE_TOGETHER_WITHOUT_FRAMEWORKS", "ADOPTED_BY_WRONG_BODY", "PLAN_QUESTION_UNANSWERED"),
                codes.subList(0, 3));
        assertEquals(List.of("ERROR", "ERROR", "ERROR"), severities.subList(0, 3));
        assertTrue(codes.containsAll(List.of("GOAL_NOT_ADVISED", "ROLE_HEAVIER_THAN_ADVISED", "PARTY_WITHOUT_ROLE",
                "WEIGHING_NOT_STATED")), codes::toString);
        assertTrue(severities.subList(3, severities.size()).stream().allMatch("WARNING"::equals), severities::toString);
        for (JsonNode finding : check.get("findings")) {
            Set<String> names = fieldNames(finding);
            names.remove("subject");
            assertEquals(Set.of("severity", "code", "rule", "basis", "source", "text"), names, finding::toString);
            if (finding.get("severity").textValue().equals("ERROR")) {
                assertEquals("SEED", finding.get("basis").textValue(), finding::toString);
            }
        }
        assertEquals("RAAD-2026-014", check.get("advice").get("reference").textValue());
        assertEquals("COUNCIL", check.get("advice").get("decider").textValue());
    }

    @Test
    void theSoundCheckInJsonHasNoErrors() {
        CliRun run = run("check-plan", "--format=json", example("opgave.json"), example("plan.json"));

        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.json().get("hasErrors").booleanValue());
        for (JsonNode finding : run.json().get("findings")) {
            assertEquals("ADVISED_GOAL_MISSING", finding.get("code").textValue(), "see the test above: " + finding);
        }
    }

    // --------------------------------------------------------------------------------------------------- review

    @Test
    void theSoundRecordOfTheWorkedExamplePassesWithExitZeroAndTheAccountPerPartyAndGoal() {
        CliRun run = run("review", example("opgave.json"), example("plan.json"), example("verslag.json"));

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertContains(run.out(), "Verantwoording van het participatieproces",
                "Opgave:  Herinrichting Binnenweg (RAAD-2026-014)", "Beleid:  Heemstede participatiebeleid 2020",
                "vastgesteld door de gemeenteraad op 2 maart 2026; 8 activiteiten; resultaat aangeboden op 7 juli 2026.",
                "Uitkomst: geen bevindingen. Het proces voldeed aan het vastgestelde plan.",
                "Per partij: gepland, gedaan (zwaarste rol, aantal activiteiten) en afwijking", "Partij", "Soort",
                "Gepland", "Gedaan", "Aantal", "Afwijking",
                "Per doel: gepland, gedaan (de activiteiten die het dienden) en afwijking",
                "Activiteiten die het dienden", "21 mei 2026  ontwerpsessie: Ontwerpsessie 2: groen, laden en lossen");
        assertTrue(row(run.out(), "Bewoners Binnenweg").matches(
                "Bewoners Binnenweg +omwonenden +co-producent +co-producent +6 +geen"), run::toString);
        assertTrue(row(run.out(), "Bewoners Merlenhoven").matches(
                "Bewoners Merlenhoven +verder weg +wordt geïnformeerd +wordt geïnformeerd +2 +geen"), run::toString);
        assertTrue(row(run.out(), "Gemeenteraad").matches("Gemeenteraad +- +beslisser +beslisser +1 +-"),
                run::toString);
        assertTrue(row(run.out(), "A. samen denken").matches("A\\. samen denken +19 maart 2026  bijeenkomst: .*"),
                run::toString);
        assertTrue(row(run.out(), "B. samen doen").matches("B\\. samen doen +23 april 2026  ontwerpsessie: .*"),
                run::toString);
        assertFalse(run.out().contains("afwijkingen van het vastgestelde plan"), run::toString);
    }

    @Test
    void theRecordWithFindingsExitsOneAndShowsWhatWasPlannedDoneAndTheDeviations() {
        CliRun run = run("review", example("opgave.json"), example("plan.json"), example("verslag-met-bevindingen.json"));

        assertEquals(1, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertContains(run.out(), "Uitkomst: 2 fouten, 5 waarschuwingen, 0 ter informatie.", "Fouten (2):",
                "Waarschuwingen (5):",
                "PARTICIPATION_BEFORE_ADOPTION (participatie voor de vaststelling) — 20 februari 2026 Inloopavond vooraf",
                "RESULT_WITHOUT_PLAN_ACCOUNT (resultaat zonder verantwoording van het gelopen traject)",
                "PARTY_NOT_INVOLVED (partij niet betrokken) — Verkeerskundig adviesbureau",
                "PARTY_INVOLVED_LIGHTER", "— Winkeliersvereniging Binnenweg",
                "RESULT_WITHOUT_INPUT_ACCOUNT", "EVALUATION_MISSING", "PARTY_INVOLVED_HEAVIER",
                "regel \"Participatie voor de vaststelling\", bron: Werkwijze",
                "\"Daarna start participatie\"", "Dat wijkt af van het vastgestelde plan",
                "3 afwijkingen van het vastgestelde plan.", "verantwoord daarom elke afwijking");
        int warnings = run.out().indexOf("Waarschuwingen (5):");
        assertTrue(run.out().indexOf("PARTY_NOT_INVOLVED") > warnings, "a deviation is a warning: " + run.out());
        assertTrue(run.out().indexOf("RESULT_WITHOUT_PLAN_ACCOUNT") < warnings, "the missing account an error");
        // the evaluation of a followed project is not goal D: no goal is left unserved
        assertFalse(run.out().contains("GOAL_NOT_SERVED"), run::toString);
        assertFalse(run.out().contains("FINAL_EVALUATION_PENDING"), run::toString);
        assertTrue(row(run.out(), "Verkeerskundig adviesbureau").matches(
                "Verkeerskundig adviesbureau +deskundige +adviseur +niet betrokken +0 +niet betrokken"), run::toString);
        assertTrue(row(run.out(), "Winkeliersvereniging Binnenweg").matches(
                "Winkeliersvereniging Binnenweg +organisatie +co-producent +wordt geraadpleegd +1"
                        + " +lichter dan gepland"),
                run::toString);
        assertTrue(row(run.out(), "Bewoners Merlenhoven").matches(
                "Bewoners Merlenhoven +verder weg +wordt geïnformeerd +wordt geraadpleegd +1 +zwaarder dan gepland"),
                run::toString);
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 120), "lines stay readable: " + run.out());
    }

    @Test
    void theReviewInJsonHasTheFixedFieldsAndThePlannedTheDoneAndTheDeviation() {
        CliRun run = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag-met-bevindingen.json"));

        assertEquals(1, run.exit(), run::toString);
        JsonNode review = run.json();
        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "parties", "goals"), fieldNames(review));
        assertTrue(review.get("hasErrors").booleanValue());
        assertTrue(texts(review.get("findings"), "code").containsAll(List.of("PARTICIPATION_BEFORE_ADOPTION",
                "RESULT_WITHOUT_PLAN_ACCOUNT", "PARTY_NOT_INVOLVED", "PARTY_INVOLVED_LIGHTER",
                "RESULT_WITHOUT_INPUT_ACCOUNT", "EVALUATION_MISSING")), run::toString);
        assertEquals(List.of("Gemeente Heemstede", "Gemeenteraad", "Bewoners Binnenweg",
                "Winkeliersvereniging Binnenweg", "Verkeerskundig adviesbureau", "Digipanel Heemstede",
                "Bewoners Merlenhoven"), texts(review.get("parties"), "party"));
        assertEquals(Set.of("party", "planned", "heaviest", "activities"), fieldNames(review.get("parties").get(0)),
                "the process owner has no stakeholder kind and is not compared");
        JsonNode adviser = review.get("parties").get(4);
        assertEquals(Set.of("party", "kind", "planned", "activities", "deviation"), fieldNames(adviser),
                "no heaviest when idle; the deviation to account for");
        assertEquals("PARTY_NOT_INVOLVED", adviser.get("deviation").get("code").textValue());
        assertEquals("WARNING", adviser.get("deviation").get("severity").textValue());
        assertEquals(List.of("THINK_TOGETHER", "DO_TOGETHER"), texts(review.get("goals"), "goal"));
    }

    @Test
    void theSoundReviewInJsonExitsZero() {
        CliRun run = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag.json"));

        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.json().get("hasErrors").booleanValue());
    }

    @Test
    void textIsTheDefaultAndTheFormatMayComeAfterTheFiles() {
        String text = run("review", example("opgave.json"), example("plan.json"), example("verslag.json")).out();
        String json = run("review", "--format", "json", example("opgave.json"), example("plan.json"),
                example("verslag.json")).out();

        assertEquals(text, run("review", "--format", "text", example("opgave.json"), example("plan.json"),
                example("verslag.json")).out());
        assertEquals(json, run("review", example("opgave.json"), example("plan.json"), example("verslag.json"),
                "--format=json").out());
    }

    // ----------------------------------------------------------------------------------------------- exit code 2

    @Test
    void theRecordWithFindingsIsInvalidForThePlanWithFindingsExitTwoWithFileAndPath() {
        CliRun text = run("review", example("opgave.json"), example("plan-met-bevindingen.json"),
                example("verslag-met-bevindingen.json"));
        CliRun json = run("review", "--format", "json", example("opgave.json"), example("plan-met-bevindingen.json"),
                example("verslag-met-bevindingen.json"));

        assertEquals(2, text.exit(), text::toString);
        assertContains(text.out(), "Het verslag " + example("verslag-met-bevindingen.json") + " is ongeldig (1 fout):",
                "activities[1].participants[1].party [Bewoners Merlenhoven]: 'Bewoners Merlenhoven' is geen partij");
        assertEquals(2, json.exit(), json::toString);
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

        CliRun text = run("review", opgave.toString(), plan.toString(), record.toString());
        CliRun json = run("review", "--format", "json", opgave.toString(), plan.toString(), record.toString());

        assertEquals(2, text.exit(), text::toString);
        assertContains(text.out(), "De opgave " + opgave + " is ongeldig (1 fout):", "competentBody [MAYOR]",
                "Het plan " + plan + " is ongeldig (2 fouten):", "budget [1200000]", "parties[5].role [PANEL]",
                "Het verslag " + record + " is ongeldig (2 fouten):", "adoptedOn [2 maart 2026]",
                "activities[2].kind [POLL]");
        assertEquals(2, json.exit(), json::toString);
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

        CliRun run = run("review", "--format", "json", example("opgave.json"), plan.toString(), record.toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals(List.of("plan.parties[6].name", "record.resultSentOn"), texts(run.json().get("errors"), "field"),
                "the record is read for its structure only, as its plan is invalid");
    }

    @Test
    void malformedJsonIsExitTwoAndStandardErrorNamesFileLineAndColumn() throws IOException {
        Path bad = write("plan.json", "{\n  \"adoptedBy\": \"COUNCIL\",\n  \"goals\": [\n}\n");

        CliRun run = run("check-plan", example("opgave.json"), bad.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(bad + ":4:1: geen geldige JSON"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void aMissingFileIsExitTwoAndTheMessageNamesTheFile() {
        Path missing = dir.resolve("verslag-bestaat-niet.json");

        CliRun run = run("review", example("opgave.json"), example("plan.json"), missing.toString());

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(missing.toString()), run::toString);
        assertEquals("", run.out(), run::toString);
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
        CliRun run = run(args.toArray(String[]::new));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    // ----------------------------------------------------------------------------------------------- exit code 3

    @Test
    void aPolicyThatCannotDecideTheOpgaveIsExitThree() {
        Supplier<ParticipationAdvisor> undecided = () -> new Undecided();
        String[] check = {example("opgave.json"), example("plan.json")};
        String[] review = {example("opgave.json"), example("plan.json"), example("verslag.json")};

        CliRun checked = run(new CheckPlanCommand(undecided), check);
        CliRun reviewed = run(new ReviewCommand(undecided), review);

        assertEquals(3, checked.exit(), checked::toString);
        assertTrue(checked.err().contains("Het beleid kan deze opgave niet beslissen"), checked::toString);
        assertEquals("", checked.out(), checked::toString);
        assertEquals(3, reviewed.exit(), reviewed::toString);
        assertTrue(reviewed.err().contains("Het beleid kan deze opgave niet beslissen"), reviewed::toString);
    }

    @Test
    void aPolicyThatDoesNotLoadIsExitThree() {
        Supplier<ParticipationAdvisor> broken = () -> {
            throw new PolicyLoadException("The rule file plantoets.drl is missing from the library jar.");
        };

        CliRun run = run(new CheckPlanCommand(broken), example("opgave.json"), example("plan.json"));

        assertEquals(3, run.exit(), run::toString);
        assertTrue(run.err().contains("Het beleid laadt niet"), run::toString);
    }

    @Test
    void invalidInputIsReportedBeforeThePolicyIsAsked() {
        CliRun run = run(new CheckPlanCommand(() -> new Undecided()), example("opgave.json"),
                example("verslag.json"));

        assertEquals(2, run.exit(), run::toString);
        assertContains(run.out(), "Het plan " + example("verslag.json") + " is ongeldig", "adoptedOn [2026-03-02]",
                "activities [", "goals:", "parties:");
    }

    // --------------------------------------------------------------------------------------------------- usage

    @Test
    void eachCommandHasItsOwnHelpAndTheGeneralUsageNamesBoth() {
        CliRun general = run("--help");
        CliRun checkPlan = run("check-plan", "--help");
        CliRun review = run("review", "-h");

        assertContains(general.out(),
                "participatie check-plan [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN",
                "participatie review [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN VERSLAG");
        assertEquals(0, checkPlan.exit());
        assertTrue(checkPlan.out().startsWith("Gebruik: participatie check-plan"), checkPlan::toString);
        assertEquals(0, review.exit());
        assertTrue(review.out().startsWith("Gebruik: participatie review"), review::toString);
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
            return new PolicyVersion("kapot", "0".repeat(64), java.time.LocalDate.of(2021, 2, 1),
                    java.util.Optional.empty(), java.util.Optional.empty());
        }

        @Override
        public ParticipationAdvisor withClock(java.time.Clock clock) {
            return this;
        }

        @Override
        public ParticipationAdvisor withVersion(String name) {
            return this;
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun run(ParticipatieCli.Command command, String... args) {
        return CliRun.of(command, args);
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
        int tables = text.indexOf("Per partij: ");
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
