package nl.heemstede.participatie.json;

import static nl.heemstede.participatie.json.JsonTrees.with;
import static nl.heemstede.participatie.json.JsonTrees.without;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.ActivityKind;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.InForce;

/**
 * The JSON contract of participation plans and process records, against the real engine: plans and records survive
 * a write and a read unchanged, every kind of bad input is reported at its field path (all at once, then the plan's
 * and record's own rules), the worked example of the proceskader reads and checks as it should, and plan checks and
 * process reviews are written with fixed field names and codes.
 *
 * <p>The inputs are the worked example in {@code rules-examples/examples/proceskader}: the sound opgave, plan and
 * record are edited one defect at a time. The random plans and records are seeded, so a failure replays.
 */
class PlanJsonContractTests {

    private static final long SEED = 20_260_302L;
    private static final int RANDOM_PLANS = 200;
    private static final int MUTATION_ROUNDS = 1_000;

    private static final ParticipatieJson JSON = ParticipatieJson.create();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path EXAMPLE = Path.of(System.getProperty("basedir", "."))
            .resolve("../rules-examples/examples/proceskader").normalize();

    private static final Set<String> FINDING_FIELDS = Set.of("severity", "code", "rule", "basis", "source", "text");

    private static ParticipationAdvisor advisor;
    private static Opgave opgave;
    private static ParticipationPlan plan;

    @BeforeAll
    static void readTheWorkedExample() {
        advisor = InForce.bundled();
        opgave = JSON.readOpgave(example("opgave.json"));
        plan = JSON.readPlan(example("plan.json"), opgave);
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.json", "plan-met-bevindingen.json"})
    void aPlanOfTheWorkedExampleIsWrittenBackAsTheSameJsonTree(String file) {
        String text = example(file);
        ParticipationPlan read = JSON.readPlan(text, opgave);

        String written = JSON.writePlan(read);

        assertEquals(tree(text), tree(written));
        assertEquals(read, JSON.readPlan(written, opgave));
        assertEquals(read, JSON.readPlan(written), "without the opgave, the structure reads the same");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"verslag.json", "verslag-met-bevindingen.json"})
    void aRecordOfTheWorkedExampleIsWrittenBackAsTheSameJsonTree(String file) {
        String text = example(file);
        ProcessRecord read = JSON.readRecord(text, plan);

        String written = JSON.writeRecord(read);

        assertEquals(tree(text), tree(written));
        assertEquals(read, JSON.readRecord(written, plan));
        assertEquals(read, JSON.readRecord(written), "without the plan, the structure reads the same");
    }

    @Test
    void thePlanOfTheWorkedExampleKeepsEveryValue() {
        assertAll(
                () -> assertEquals(Optional.of(CompetentBody.COUNCIL), plan.adoptedBy()),
                () -> assertEquals(EnumSet.of(Goal.THINK_TOGETHER, Goal.DO_TOGETHER), plan.goals()),
                () -> assertEquals(7, plan.parties().size()),
                () -> assertEquals(PlannedParty.of("Digipanel Heemstede", Role.CONSULTED), plan.parties().get(5)),
                () -> assertEquals(EnumSet.allOf(FrameworkKind.class), plan.frameworks().keySet()),
                () -> assertEquals(EnumSet.allOf(PlanQuestion.class), plan.planDescription().keySet()),
                () -> assertTrue(plan.weighing().orElseThrow().startsWith("Het college legt de raad")));
    }

    @Test
    void theRecordOfTheWorkedExampleKeepsEveryValue() {
        ProcessRecord record = JSON.readRecord(example("verslag.json"), plan);

        assertAll(
                () -> assertEquals(LocalDate.of(2026, 3, 2), record.adoptedOn()),
                () -> assertEquals(8, record.activities().size()),
                () -> assertEquals(new Activity(LocalDate.of(2026, 4, 6), ActivityKind.SURVEY,
                        "Enquête onder het digipanel over de inrichting",
                        List.of(Participation.of("Digipanel Heemstede", Role.CONSULTED))), record.activities().get(2)),
                () -> assertEquals(Optional.of(LocalDate.of(2026, 7, 7)), record.resultSentOn()),
                () -> assertTrue(record.inputAccount().orElseThrow().startsWith("Bijlage 2")),
                () -> assertTrue(record.planAccount().orElseThrow().startsWith("Hoofdstuk 4")));
    }

    @Test
    void aPlanWithoutOptionalFieldsIsWrittenBackWithoutThem() {
        ObjectNode bare = without(without(without(without(planTree(), "frameworks"), "weighing"), "planDescription"),
                "adoptedBy");
        ParticipationPlan read = JSON.readPlan(bare.toString(), opgave);

        JsonNode written = tree(JSON.writePlan(read));

        assertEquals(bare, written);
        assertEquals(Set.of("goals", "parties"), fieldNames(written));
        assertEquals(Optional.empty(), read.adoptedBy());
        assertEquals(Map.of(), read.frameworks());
        assertEquals(Optional.empty(), read.weighing());
        assertEquals(Map.of(), read.planDescription());
    }

    @Test
    void aRecordWithoutOptionalFieldsIsWrittenBackWithoutThem() {
        ObjectNode bare = without(without(without(recordTree(), "resultSentOn"), "inputAccount"), "planAccount");
        ProcessRecord read = JSON.readRecord(bare.toString(), plan);

        JsonNode written = tree(JSON.writeRecord(read));

        assertEquals(bare, written);
        assertEquals(Set.of("adoptedOn", "activities"), fieldNames(written));
    }

    @Test
    void optionalFieldsMayBeNullAndAreThenAbsent() {
        ObjectNode nulls = with(with(with(planTree(), "frameworks", NullNode.instance), "weighing",
                NullNode.instance), "planDescription", NullNode.instance);
        ParticipationPlan read = JSON.readPlan(nulls.toString(), opgave);
        assertEquals(Map.of(), read.frameworks());
        assertEquals(Optional.empty(), read.weighing());
        assertEquals(Map.of(), read.planDescription());

        ParticipationPlan nullFramework = JSON.readPlan(with(planTree(), "frameworks.FINANCIAL", NullNode.instance)
                .toString(), opgave);
        assertEquals(EnumSet.of(FrameworkKind.CONTENT, FrameworkKind.PROCESS), nullFramework.frameworks().keySet());

        ProcessRecord record = JSON.readRecord(with(with(recordTree(), "resultSentOn", NullNode.instance),
                "inputAccount", NullNode.instance).toString(), plan);
        assertEquals(Optional.empty(), record.resultSentOn());
        assertEquals(Optional.empty(), record.inputAccount());
    }

    @Test
    void emptyListsAndBlankTextsAreInputNotErrorsTheyAreWhatThePlanCheckReports() {
        ObjectNode empty = with(with(planTree(), "goals", NODES.arrayNode()), "parties", NODES.arrayNode());
        ParticipationPlan read = JSON.readPlan(with(with(empty, "frameworks.CONTENT", NODES.textNode("")),
                "planDescription.RULES", NODES.textNode("  ")).toString(), opgave);

        assertEquals(Set.of(), read.goals());
        assertEquals(List.of(), read.parties());
        assertFalse(read.sets(FrameworkKind.CONTENT));
        assertFalse(read.answers(PlanQuestion.RULES));
        assertEquals(List.of(), JSON.readRecord(with(recordTree(), "activities", NODES.arrayNode()).toString(), plan)
                .activities());
    }

    @Test
    void randomPlansAndRecordsSurviveWriteAndRead() {
        RandomPlans random = new RandomPlans(SEED);
        for (int i = 0; i < RANDOM_PLANS; i++) {
            Opgave o = random.opgave();
            ParticipationPlan p = random.plan(o);
            ProcessRecord r = random.record(p);
            String planJson = JSON.writePlan(p);
            String recordJson = JSON.writeRecord(r);
            String context = "random plan " + i + ": " + planJson + "\n" + recordJson;
            assertEquals(List.of(), p.violations(o), context);
            assertEquals(List.of(), r.violations(p), context);

            ParticipationPlan readPlan = JSON.readPlan(planJson, o);
            ProcessRecord readRecord = JSON.readRecord(recordJson, readPlan);

            assertEquals(p, readPlan, context);
            assertEquals(r, readRecord, context);
            assertEquals(tree(planJson), tree(JSON.writePlan(readPlan)), context);
            assertEquals(tree(recordJson), tree(JSON.writeRecord(readRecord)), context);
        }
    }

    // ------------------------------------------------------------------------------------- bad plans, exact paths

    static Stream<Arguments> planDefects() {
        return Stream.of(
                // unknown fields and keys
                defect("an unknown top-level field", p -> with(p, "budget", NODES.numberNode(1)), "budget"),
                defect("a plan field spelt with a capital", p -> with(p, "Goals", NODES.arrayNode()), "Goals"),
                defect("an unknown field in a party", p -> with(p, "parties[2].kind", NODES.textNode("NEIGHBOURS")),
                        "parties[2].kind"),
                defect("an unknown framework", p -> with(p, "frameworks.LEGAL", NODES.textNode("De Omgevingswet.")),
                        "frameworks.LEGAL"),
                defect("a framework in lower case", p -> with(p, "frameworks.content", NODES.textNode("x")),
                        "frameworks.content"),
                defect("a framework with an empty key", p -> withKey(p, "frameworks", "", NODES.textNode("x")),
                        "frameworks.\"\""),
                defect("an unknown question", p -> with(p, "planDescription.QUESTION_7", NODES.textNode("x")),
                        "planDescription.QUESTION_7"),
                defect("a question by its number", p -> with(p, "planDescription.1", NODES.textNode("x")),
                        "planDescription.1"),
                // wrong types
                defect("a number for adoptedBy", p -> with(p, "adoptedBy", NODES.numberNode(2)), "adoptedBy"),
                defect("a string for the goals", p -> with(p, "goals", NODES.textNode("THINK_TOGETHER")), "goals"),
                defect("a number for a goal", p -> with(p, "goals[0]", NODES.numberNode(1)), "goals[0]"),
                defect("an object for the parties", p -> with(p, "parties", NODES.objectNode()), "parties"),
                defect("a string for a party", p -> with(p, "parties[1]", NODES.textNode("Gemeenteraad")),
                        "parties[1]"),
                defect("null for a party", p -> with(p, "parties[1]", NullNode.instance), "parties[1]"),
                defect("a number for a party name", p -> with(p, "parties[2].name", NODES.numberNode(7)),
                        "parties[2].name"),
                defect("a boolean for a role", p -> with(p, "parties[2].role", BooleanNode.TRUE), "parties[2].role"),
                defect("a list for the frameworks", p -> with(p, "frameworks", NODES.arrayNode()), "frameworks"),
                defect("a number for a framework", p -> with(p, "frameworks.FINANCIAL", NODES.numberNode(1_200_000)),
                        "frameworks.FINANCIAL"),
                defect("a boolean for the weighing", p -> with(p, "weighing", BooleanNode.TRUE), "weighing"),
                defect("a string for the plan description", p -> with(p, "planDescription", NODES.textNode("x")),
                        "planDescription"),
                defect("a list for an answer", p -> with(p, "planDescription.RULES", NODES.arrayNode().add("x")),
                        "planDescription.RULES"),
                // unknown codes
                defect("the mayor adopts", p -> with(p, "adoptedBy", NODES.textNode("MAYOR")), "adoptedBy"),
                defect("a body in lower case", p -> with(p, "adoptedBy", NODES.textNode("council")), "adoptedBy"),
                defect("a goal by its letter", p -> with(p, "goals[1]", NODES.textNode("B")), "goals[1]"),
                defect("an unknown role", p -> with(p, "parties[3].role", NODES.textNode("PARTICIPANT")),
                        "parties[3].role"),
                defect("a role by its label", p -> with(p, "parties[3].role", NODES.textNode("co-producent")),
                        "parties[3].role"),
                // a goal given twice
                defect("a goal given twice", p -> with(p, "goals[2]", NODES.textNode("THINK_TOGETHER")), "goals[2]"),
                defect("one goal three times", p -> with(with(with(p, "goals[2]", NODES.textNode("LEARN_TOGETHER")),
                        "goals[1]", NODES.textNode("LEARN_TOGETHER")), "goals[0]", NODES.textNode("LEARN_TOGETHER")),
                        "goals[1]", "goals[2]"),
                defect("five goals", p -> with(p, "goals", NODES.arrayNode().add("THINK_TOGETHER")
                        .add("DO_TOGETHER").add("DECIDE_TOGETHER").add("LEARN_TOGETHER").add("DO_TOGETHER")),
                        "goals[4]"),
                defect("a hundred goals", p -> with(p, "goals", repeat("THINK_TOGETHER", 100)), "goals"),
                // the plan's own rules, ParticipationPlan.violations(opgave)
                defect("a party that is no stakeholder of the opgave", p -> with(p, "parties[6].name",
                        NODES.textNode("Bewoners Zandvoort")), "parties[6].name"),
                defect("a party named twice, in another case", p -> with(p, "parties[3].name",
                        NODES.textNode("bewoners BINNENWEG")), "parties[3].name"),
                defect("an empty party name", p -> with(p, "parties[0].name", NODES.textNode(" ")), "parties[0].name"),
                defect("a party name of 201 characters", p -> with(p, "parties[0].name",
                        NODES.textNode("n".repeat(201))), "parties[0].name"),
                defect("a framework of 10001 characters", p -> with(p, "frameworks.CONTENT",
                        NODES.textNode("k".repeat(10_001))), "frameworks.CONTENT"),
                defect("a weighing of 10001 characters", p -> with(p, "weighing", NODES.textNode("w".repeat(10_001))),
                        "weighing"),
                defect("an answer of 10001 characters", p -> with(p, "planDescription.OPGAVE",
                        NODES.textNode("a".repeat(10_001))), "planDescription.OPGAVE"),
                defect("203 parties", p -> with(p, "parties", governingParties(203)), "parties"),
                defect("2000 parties", p -> with(p, "parties", governingParties(2000)), "parties"),
                // a broken field keeps the rules that read it from being judged
                defect("an unknown role of a party that is no stakeholder", p -> with(with(p, "parties[6].name",
                        NODES.textNode("Bewoners Zandvoort")), "parties[6].role", NODES.textNode("GUEST")),
                        "parties[6].role"),
                defect("a party that is not an object", p -> with(p, "parties[4]", NODES.numberNode(4)),
                        "parties[4]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planDefects")
    void aDefectOfAPlanIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect, Set<String> paths) {
        assertEquals(paths, planViolationFields(defect.apply(planTree())));
    }

    static Stream<String> requiredPlanFields() {
        return Stream.of("goals", "parties", "parties[0].name", "parties[0].role");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredPlanFields")
    void aMissingRequiredFieldOfAPlanIsReportedAtItsPathWithoutAValue(String field) {
        List<Violation> violations = planViolations(without(planTree(), field));

        assertEquals(Set.of(field), fields(violations));
        assertEquals(Optional.empty(), violations.get(0).rejectedValue(), "a missing field has no value");
        assertEquals(Set.of(field), planViolationFields(with(planTree(), field, NullNode.instance)),
                "null is missing too");
    }

    @Test
    void severalDefectsOfAPlanAreAllReportedOnceInContractOrder() {
        ObjectNode input = with(with(with(with(with(with(planTree(),
                "weighing", NODES.numberNode(1)),
                "parties[4].role", NODES.textNode("EXPERT")),
                "frameworks.LEGAL", NODES.textNode("x")),
                "goals[0]", NODES.textNode("D")),
                "adoptedBy", NODES.textNode("MAYOR")),
                "parties[6].name", NODES.textNode("Bewoners Zandvoort"));

        List<Violation> violations = planViolations(input);

        assertEquals(List.of("adoptedBy", "goals[0]", "parties[4].role", "parties[6].name", "frameworks.LEGAL",
                "weighing"), violations.stream().map(Violation::field).toList());
        Map<String, Optional<String>> values = violations.stream()
                .collect(Collectors.toMap(Violation::field, Violation::rejectedValue));
        assertEquals(Optional.of("MAYOR"), values.get("adoptedBy"));
        assertEquals(Optional.of("D"), values.get("goals[0]"));
        assertEquals(Optional.of("EXPERT"), values.get("parties[4].role"));
        assertEquals(Optional.of("Bewoners Zandvoort"), values.get("parties[6].name"));
        assertEquals(Optional.of("1"), values.get("weighing"));
        for (Violation v : violations) {
            assertTrue(v.message().endsWith("."), () -> "a sentence ends with a period: " + v);
        }
    }

    @Test
    void aMessageNamesWhatIsAllowed() {
        Map<String, String> messages = planViolations(with(with(with(planTree(), "goals[0]", NODES.textNode("A")),
                "frameworks.LEGAL", NODES.textNode("x")), "goals[2]", NODES.textNode("THINK_TOGETHER"))).stream()
                .collect(Collectors.toMap(Violation::field, Violation::message));

        assertTrue(messages.get("goals[0]").contains("THINK_TOGETHER, DO_TOGETHER, DECIDE_TOGETHER, LEARN_TOGETHER"),
                messages::toString);
        assertTrue(messages.get("frameworks.LEGAL").contains("CONTENT, FINANCIAL, PROCESS"), messages::toString);
        assertFalse(messages.containsKey("goals[2]"), "the first THINK_TOGETHER was not read, so none is repeated");
    }

    @Test
    void withoutTheOpgaveOnlyTheStructureOfAPlanIsChecked() {
        ObjectNode stranger = with(planTree(), "parties[6].name", NODES.textNode("Bewoners Zandvoort"));

        assertEquals("Bewoners Zandvoort", JSON.readPlan(stranger.toString()).parties().get(6).name());
        assertEquals(Set.of("parties[6].name"), planViolationFields(stranger));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JSON.readPlan(with(stranger, "goals[0]", NODES.textNode("A")).toString()));
        assertEquals(Set.of("goals[0]"), fields(e.violations()));
    }

    @Test
    void aPlanThatIsNotAnObjectIsOneViolationOfTheWholeInput() {
        for (String text : List.of("42", "\"plan\"", "[]", "null", "[{}]")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.readPlan(text, opgave),
                    text);
            assertEquals(Set.of(""), fields(e.violations()), text);
        }
    }

    // ------------------------------------------------------------------------------------ bad records, exact paths

    static Stream<Arguments> recordDefects() {
        return Stream.of(
                // unknown fields
                defect("an unknown top-level field", r -> with(r, "notes", NODES.textNode("x")), "notes"),
                defect("an unknown field in an activity", r -> with(r, "activities[0].location",
                        NODES.textNode("De Luifel")), "activities[0].location"),
                defect("an unknown field in a participant", r -> with(r, "activities[1].participants[0].count",
                        NODES.numberNode(40)), "activities[1].participants[0].count"),
                // wrong types
                defect("a number for adoptedOn", r -> with(r, "adoptedOn", NODES.numberNode(20_260_302)), "adoptedOn"),
                defect("an object for the activities", r -> with(r, "activities", NODES.objectNode()), "activities"),
                defect("a string for an activity", r -> with(r, "activities[1]", NODES.textNode("avond")),
                        "activities[1]"),
                defect("a number for a date", r -> with(r, "activities[1].date", NODES.numberNode(2026)),
                        "activities[1].date"),
                defect("a number for a kind", r -> with(r, "activities[1].kind", NODES.numberNode(1)),
                        "activities[1].kind"),
                defect("a number for a description", r -> with(r, "activities[1].description", NODES.numberNode(1)),
                        "activities[1].description"),
                defect("a string for the participants", r -> with(r, "activities[1].participants",
                        NODES.textNode("iedereen")), "activities[1].participants"),
                defect("a string for a participant", r -> with(r, "activities[1].participants[0]",
                        NODES.textNode("Gemeente Heemstede")), "activities[1].participants[0]"),
                defect("a number for a party", r -> with(r, "activities[1].participants[0].party",
                        NODES.numberNode(1)), "activities[1].participants[0].party"),
                defect("a boolean for a role", r -> with(r, "activities[1].participants[0].role", BooleanNode.TRUE),
                        "activities[1].participants[0].role"),
                defect("a boolean for resultSentOn", r -> with(r, "resultSentOn", BooleanNode.TRUE), "resultSentOn"),
                defect("a number for the input account", r -> with(r, "inputAccount", NODES.numberNode(143)),
                        "inputAccount"),
                defect("an object for the account of the plan", r -> with(r, "planAccount", NODES.objectNode()),
                        "planAccount"),
                // unknown codes
                defect("an unknown activity kind", r -> with(r, "activities[2].kind", NODES.textNode("WORKSHOP")),
                        "activities[2].kind"),
                defect("an unknown role", r -> with(r, "activities[2].participants[0].role",
                        NODES.textNode("MEMBER")), "activities[2].participants[0].role"),
                // malformed dates
                defect("a date without leading zeros", r -> with(r, "adoptedOn", NODES.textNode("2026-3-2")),
                        "adoptedOn"),
                defect("a date day first", r -> with(r, "adoptedOn", NODES.textNode("02-03-2026")), "adoptedOn"),
                defect("a day that does not exist", r -> with(r, "adoptedOn", NODES.textNode("2026-02-30")),
                        "adoptedOn"),
                defect("a date with a time", r -> with(r, "adoptedOn", NODES.textNode("2026-03-02T10:00")),
                        "adoptedOn"),
                defect("a date with a sign", r -> with(r, "adoptedOn", NODES.textNode("+2026-03-02")), "adoptedOn"),
                defect("an empty date", r -> with(r, "adoptedOn", NODES.textNode("")), "adoptedOn"),
                defect("a thirteenth month", r -> with(r, "activities[3].date", NODES.textNode("2026-13-01")),
                        "activities[3].date"),
                defect("a date in words", r -> with(r, "resultSentOn", NODES.textNode("juli 2026")), "resultSentOn"),
                // the record's own rules, ProcessRecord.violations(plan)
                defect("a participant that is no party of the plan", r -> with(r,
                        "activities[0].participants[0].party", NODES.textNode("Bewoners Zandvoort")),
                        "activities[0].participants[0].party"),
                defect("a participant named twice", r -> with(r, "activities[1].participants[2].party",
                        NODES.textNode("bewoners binnenweg")), "activities[1].participants[2].party"),
                defect("an activity without participants", r -> with(r, "activities[2].participants",
                        NODES.arrayNode()), "activities[2].participants"),
                defect("an empty description", r -> with(r, "activities[0].description", NODES.textNode("")),
                        "activities[0].description"),
                defect("a description of 201 characters", r -> with(r, "activities[0].description",
                        NODES.textNode("d".repeat(201))), "activities[0].description"),
                defect("an input account of 10001 characters", r -> with(r, "inputAccount",
                        NODES.textNode("i".repeat(10_001))), "inputAccount"),
                defect("an account of the plan of 10001 characters", r -> with(r, "planAccount",
                        NODES.textNode("p".repeat(10_001))), "planAccount"),
                defect("a result sent before the adoption", r -> with(r, "resultSentOn",
                        NODES.textNode("2026-03-01")), "resultSentOn"),
                defect("1001 activities", r -> with(r, "activities", activities(1001)), "activities"),
                defect("6000 activities", r -> with(r, "activities", activities(6000)), "activities"),
                // a broken field keeps the rules that read it from being judged
                defect("a malformed adoption date and a result before it", r -> with(with(r, "adoptedOn",
                        NODES.textNode("2 maart")), "resultSentOn", NODES.textNode("2020-01-01")), "adoptedOn"),
                defect("participants that are not a list", r -> with(r, "activities[2].participants",
                        NODES.objectNode()), "activities[2].participants"),
                defect("a participant that is not an object", r -> with(r, "activities[3].participants[1]",
                        NODES.numberNode(1)), "activities[3].participants[1]"),
                defect("an activity that is not an object", r -> with(r, "activities[3]", NODES.arrayNode()),
                        "activities[3]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordDefects")
    void aDefectOfARecordIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect, Set<String> paths) {
        assertEquals(paths, recordViolationFields(defect.apply(recordTree())));
    }

    static Stream<String> requiredRecordFields() {
        return Stream.of("adoptedOn", "activities", "activities[0].date", "activities[0].kind",
                "activities[0].description", "activities[0].participants", "activities[0].participants[0].party",
                "activities[0].participants[0].role");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredRecordFields")
    void aMissingRequiredFieldOfARecordIsReportedAtItsPathWithoutAValue(String field) {
        List<Violation> violations = recordViolations(without(recordTree(), field));

        assertEquals(Set.of(field), fields(violations));
        assertEquals(Optional.empty(), violations.get(0).rejectedValue(), "a missing field has no value");
        assertEquals(Set.of(field), recordViolationFields(with(recordTree(), field, NullNode.instance)),
                "null is missing too");
    }

    @Test
    void severalDefectsOfARecordAreAllReportedOnceInContractOrder() {
        ObjectNode input = with(with(with(with(with(with(recordTree(),
                "planAccount", NODES.numberNode(5)),
                "inputAccount", BooleanNode.FALSE),
                "activities[4].participants[1].party", NODES.textNode("Bewoners Zandvoort")),
                "activities[0].date", NODES.textNode("2026-02-29")),
                "adoptedOn", NODES.textNode("2026-03-02 ")),
                "activities[5].kind", NODES.textNode("EVALUATIE"));

        List<Violation> violations = recordViolations(input);

        assertEquals(List.of("adoptedOn", "activities[0].date", "activities[5].kind",
                "activities[4].participants[1].party", "inputAccount", "planAccount"),
                violations.stream().map(Violation::field).toList(),
                "structure first within a field, then the record's own rules");
        Map<String, Optional<String>> values = violations.stream()
                .collect(Collectors.toMap(Violation::field, Violation::rejectedValue));
        assertEquals(Optional.of("2026-02-29"), values.get("activities[0].date"));
        assertEquals(Optional.of("EVALUATIE"), values.get("activities[5].kind"));
        assertEquals(Optional.of("Bewoners Zandvoort"), values.get("activities[4].participants[1].party"));
        for (Violation v : violations) {
            assertTrue(v.message().endsWith("."), () -> "a sentence ends with a period: " + v);
        }
    }

    @Test
    void withoutThePlanOnlyTheStructureOfARecordIsChecked() {
        ObjectNode stranger = with(recordTree(), "activities[0].participants[0].party",
                NODES.textNode("Bewoners Zandvoort"));

        assertEquals(8, JSON.readRecord(stranger.toString()).activities().size());
        assertEquals(Set.of("activities[0].participants[0].party"), recordViolationFields(stranger));
    }

    @Test
    void aRecordThatIsNotAnObjectIsOneViolationOfTheWholeInput() {
        for (String text : List.of("42", "\"verslag\"", "[]", "null", "true")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JSON.readRecord(text, plan),
                    text);
            assertEquals(Set.of(""), fields(e.violations()), text);
        }
    }

    @Test
    void malformedJsonIsAMalformedJsonExceptionForPlansAndRecords() {
        MalformedJsonException planError = assertThrows(MalformedJsonException.class,
                () -> JSON.readPlan("{\n  \"adoptedBy\": \"COUNCIL\",\n  \"goals\": [\n}", opgave));
        MalformedJsonException recordError = assertThrows(MalformedJsonException.class,
                () -> JSON.readRecord("{\"adoptedOn\": \"2026-03-02\", \"adoptedOn\": \"2026-03-03\"}", plan));
        MalformedJsonException empty = assertThrows(MalformedJsonException.class, () -> JSON.readRecord(" "));

        assertEquals(4, planError.line(), planError::getMessage);
        assertEquals(1, recordError.line(), recordError::getMessage);
        assertTrue(empty.getMessage().contains("verwacht een procesverslag (een object)"), empty::getMessage);
    }

    @Test
    void aRandomlyMutatedPlanOrRecordIsEitherValidOrViolationsAndNeverAnotherException() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < MUTATION_ROUNDS; round++) {
            boolean isPlan = random.nextBoolean();
            ObjectNode input = isPlan ? planTree() : recordTree();
            List<String> mutations = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                mutations.add(mutate(random, input));
            }
            String context = "round " + round + ", " + mutations + ": " + input;
            try {
                if (isPlan) {
                    ParticipationPlan read = JSON.readPlan(input.toString(), opgave);
                    assertEquals(read, JSON.readPlan(JSON.writePlan(read), opgave), context);
                    advisor.checkPlan(opgave, read);
                } else {
                    ProcessRecord read = JSON.readRecord(input.toString(), plan);
                    assertEquals(read, JSON.readRecord(JSON.writeRecord(read), plan), context);
                    advisor.review(opgave, plan, read);
                }
            } catch (InvalidInputException e) {
                assertFalse(e.violations().isEmpty(), context);
                e.violations().forEach(v -> assertTrue(v.message().endsWith("."), () -> v + " in " + context));
            } catch (RuntimeException e) {
                throw new AssertionError("reading threw " + e + "; " + context, e);
            }
        }
    }

    /** Replaces or drops a random value of the tree, or adds an unknown field; says what it did. */
    private static String mutate(Random random, ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        List<JsonNode> values = List.of(NODES.textNode("ja"), NODES.textNode("2026-02-30"),
                NODES.textNode("COUNCIL"), NODES.textNode("THINK_TOGETHER"), NODES.textNode("CO_PRODUCER"),
                NODES.textNode(""), NODES.numberNode(1), BooleanNode.TRUE, NullNode.instance, NODES.objectNode(),
                NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.textNode("Bewoners Binnenweg"));
        JsonNode value = values.get(random.nextInt(values.size()));
        if (container instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            int choice = random.nextInt(3);
            if (keys.isEmpty() || choice == 0) {
                String key = List.of("x", "CONTENT", "RULES", "name", "role", "date", "kind").get(random.nextInt(7));
                object.set(key, value);
                return "set " + key + " = " + value;
            }
            String key = keys.get(random.nextInt(keys.size()));
            if (choice == 1) {
                object.remove(key);
                return "drop " + key;
            }
            object.set(key, value);
            return "set " + key + " = " + value;
        }
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty() || random.nextBoolean()) {
            array.add(value);
            return "add " + value;
        }
        int index = random.nextInt(array.size());
        array.set(index, value);
        return "set [" + index + "] = " + value;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collectContainers(child, out));
        }
    }

    // ---------------------------------------------------------------------------------------- the worked example

    /**
     * The findings the sound plan may have: none under the advice of the policy's Revision 2 (CHANGELOG 0.2.0). The
     * advice before it derived goal D from {@code learningPilot} (the opgave is a followed project) and so asks about
     * the plan leaving D out; that warning, and only it, is tolerated while the advice is older than the plan rules.
     */
    private static List<FindingCode> expectedSoundPlanFindings(PlanCheck check) {
        return check.advice().goals().contains(Goal.LEARN_TOGETHER) ? List.of(FindingCode.ADVISED_GOAL_MISSING)
                : List.of();
    }

    @Test
    void theSoundPlanAndRecordOfTheWorkedExampleGiveNoErrorAndNoDeviation() {
        ProcessRecord record = JSON.readRecord(example("verslag.json"), plan);

        PlanCheck check = advisor.checkPlan(opgave, plan);
        assertFalse(check.hasErrors(), check::toString);
        assertEquals(expectedSoundPlanFindings(check), check.findings().stream().map(PlanFinding::code).toList());
        assertEquals(List.of(), advisor.review(opgave, plan, record).findings());
    }

    @Test
    void thePlanWithFindingsOfTheWorkedExampleHasErrors() {
        ParticipationPlan flawed = JSON.readPlan(example("plan-met-bevindingen.json"), opgave);

        PlanCheck check = advisor.checkPlan(opgave, flawed);

        assertTrue(check.hasErrors(), check::toString);
        assertTrue(codes(check.findings()).containsAll(Set.of(FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS,
                FindingCode.ROLE_HEAVIER_THAN_ADVISED, FindingCode.PARTY_WITHOUT_ROLE,
                FindingCode.ADOPTED_BY_WRONG_BODY, FindingCode.PLAN_QUESTION_UNANSWERED,
                FindingCode.WEIGHING_NOT_STATED)), check::toString);
        // the errors are the norms of the seed; the rest asks to motivate a departure from our readings
        assertEquals(Set.of(FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, FindingCode.ADOPTED_BY_WRONG_BODY,
                FindingCode.PLAN_QUESTION_UNANSWERED), codes(check.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList()), check::toString);
    }

    @Test
    void theRecordWithFindingsOfTheWorkedExampleHasErrorsAgainstTheSoundPlan() {
        ProcessRecord flawed = JSON.readRecord(example("verslag-met-bevindingen.json"), plan);

        ProcessReview review = advisor.review(opgave, plan, flawed);

        assertTrue(review.hasErrors(), review::toString);
        assertTrue(codes(review.findings()).containsAll(Set.of(FindingCode.PARTICIPATION_BEFORE_ADOPTION,
                FindingCode.PARTY_NOT_INVOLVED, FindingCode.PARTY_INVOLVED_LIGHTER,
                FindingCode.RESULT_WITHOUT_INPUT_ACCOUNT, FindingCode.EVALUATION_MISSING)), review::toString);
        // the errors are the norms of the seed; the deviations from the plan are warnings to account for
        assertEquals(Set.of(FindingCode.PARTICIPATION_BEFORE_ADOPTION, FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT),
                codes(review.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList()),
                review::toString);
    }

    @Test
    void theRecordWithFindingsIsNoRecordOfThePlanWithFindingsWhichLeavesOutAParty() {
        ParticipationPlan flawed = JSON.readPlan(example("plan-met-bevindingen.json"), opgave);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JSON.readRecord(example("verslag-met-bevindingen.json"), flawed));

        assertEquals(List.of("activities[1].participants[1].party"), e.violations().stream().map(Violation::field)
                .toList());
        assertEquals(Optional.of("Bewoners Merlenhoven"), e.violations().get(0).rejectedValue());
    }

    // ------------------------------------------------------------------------------ plan check and review as JSON

    @Test
    void aPlanCheckHasFixedFieldNamesAndTheAdviceAsTheAdviceWriterWritesIt() {
        PlanCheck check = advisor.checkPlan(opgave, JSON.readPlan(example("plan-met-bevindingen.json"), opgave));

        JsonNode json = tree(JSON.writePlanCheck(check));

        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "advice"), fieldNames(json));
        assertEquals(tree(JSON.writeAdvice(check.advice())), json.get("advice"));
        assertEquals(json.get("advice").get("policyVersion"), json.get("policyVersion"));
        assertEquals(BooleanNode.TRUE, json.get("hasErrors"));
        assertFindings(json.get("findings"), check.findings().size());
        assertEquals(check.findings().stream().map(f -> f.code().name()).toList(),
                texts(json.get("findings"), "code"), "findings in the order of the check");
        assertTrue(stream(json.get("findings")).anyMatch(f -> f.has("subject")), "some findings name a subject");
        assertTrue(stream(json.get("findings")).anyMatch(f -> !f.has("subject")), "some are about the whole plan");
    }

    @Test
    void aSoundPlanCheckHasNoErrorsAndNoFindingBeyondTheToleratedOne() {
        PlanCheck check = advisor.checkPlan(opgave, plan);
        JsonNode json = tree(JSON.writePlanCheck(check));

        assertEquals(BooleanNode.FALSE, json.get("hasErrors"));
        assertEquals(expectedSoundPlanFindings(check).stream().map(Enum::name).toList(),
                texts(json.get("findings"), "code"));
    }

    @Test
    void aReviewHasFixedFieldNamesAndAccountsPerPartyAndPerGoal() {
        ProcessReview review = advisor.review(opgave, plan,
                JSON.readRecord(example("verslag-met-bevindingen.json"), plan));

        JsonNode json = tree(JSON.writeReview(review));

        assertEquals(Set.of("policyVersion", "hasErrors", "findings", "parties", "goals"), fieldNames(json));
        assertEquals(Set.of("name", "sha256", "validFrom", "validUntil", "succeededBy"),
                fieldNames(json.get("policyVersion")));
        assertEquals(review.policyVersion().sha256(), json.get("policyVersion").get("sha256").textValue());
        assertEquals(BooleanNode.TRUE, json.get("hasErrors"));
        assertFindings(json.get("findings"), review.findings().size());
        List<String> parties = new ArrayList<>();
        for (JsonNode party : json.get("parties")) {
            Set<String> names = new java.util.HashSet<>(fieldNames(party));
            // kind: stakeholders only; heaviest: parties that took part; deviation: stakeholders that deviated
            assertTrue(Set.of("party", "kind", "planned", "heaviest", "activities", "deviation").containsAll(names),
                    party::toString);
            if (party.has("deviation")) {
                assertTrue(party.has("kind"), "only stakeholders are compared: " + party);
                assertFindings(NODES.arrayNode().add(party.get("deviation")), 1);
                assertEquals(party.get("party").textValue(), party.get("deviation").get("subject").textValue());
                assertTrue(stream(json.get("findings")).anyMatch(f -> f.equals(party.get("deviation"))),
                        "the deviation is one of the findings: " + party);
            }
            assertTrue(names.containsAll(Set.of("party", "planned", "activities")), party::toString);
            assertEquals(party.has("kind"), !party.get("planned").textValue().equals("PROCESS_OWNER")
                    && !party.get("planned").textValue().equals("DECISION_MAKER"), party::toString);
            if (party.has("kind")) {
                assertCode(party.get("kind"), StakeholderKind.class);
            }
            assertCode(party.get("planned"), Role.class);
            assertEquals(party.has("heaviest"), party.get("activities").intValue() > 0, party::toString);
            parties.add(party.get("party").textValue() + " " + party.get("planned").textValue() + " "
                    + party.path("heaviest").asText("-") + " " + party.get("activities").intValue() + " "
                    + party.path("deviation").path("code").asText("-"));
        }
        assertEquals(List.of("Gemeente Heemstede PROCESS_OWNER PROCESS_OWNER 2 -", "Gemeenteraad DECISION_MAKER - 0 -",
                "Bewoners Binnenweg CO_PRODUCER CO_PRODUCER 2 -",
                "Winkeliersvereniging Binnenweg CO_PRODUCER CONSULTED 1 PARTY_INVOLVED_LIGHTER",
                "Verkeerskundig adviesbureau ADVISER - 0 PARTY_NOT_INVOLVED",
                "Digipanel Heemstede CONSULTED CONSULTED 1 -",
                "Bewoners Merlenhoven INFORMED CONSULTED 1 PARTY_INVOLVED_HEAVIER"), parties,
                "per party of the plan, in plan order: planned, done, deviation");
        List<String> goals = new ArrayList<>();
        for (JsonNode goal : json.get("goals")) {
            Set<String> goalFields = goal.get("servedBy").isEmpty() ? Set.of("goal", "servedBy", "deviation")
                    : Set.of("goal", "servedBy");
            assertEquals(goalFields, fieldNames(goal), goal::toString);
            assertCode(goal.get("goal"), Goal.class);
            for (JsonNode activity : goal.get("servedBy")) {
                assertEquals(Set.of("date", "kind", "description"), fieldNames(activity), activity::toString);
                assertTrue(activity.get("date").textValue().matches("\\d{4}-\\d{2}-\\d{2}"), activity::toString);
                assertCode(activity.get("kind"), ActivityKind.class);
            }
            goals.add(goal.get("goal").textValue() + " " + goal.get("servedBy").size());
        }
        assertEquals(review.goals().stream().map(g -> g.goal().name() + " " + g.servedBy().size()).toList(), goals);
    }

    @Test
    void aGoalNoActivityServedCarriesItsDeviationInTheReview() {
        ObjectNode noDesign = recordTree();
        ArrayNode activities = NODES.arrayNode();
        stream(noDesign.get("activities")).filter(a -> !a.get("kind").textValue().equals("CO_DESIGN_SESSION"))
                .forEach(activities::add);
        noDesign.set("activities", activities);
        ProcessReview review = advisor.review(opgave, plan, JSON.readRecord(noDesign.toString(), plan));

        JsonNode goal = stream(tree(JSON.writeReview(review)).get("goals"))
                .filter(g -> g.get("goal").textValue().equals("DO_TOGETHER")).findFirst().orElseThrow();

        assertEquals(NODES.arrayNode(), goal.get("servedBy"));
        assertEquals("GOAL_NOT_SERVED", goal.get("deviation").get("code").textValue());
        assertEquals("WARNING", goal.get("deviation").get("severity").textValue());
        assertEquals("DO_TOGETHER", goal.get("deviation").get("subject").textValue());
    }

    @Test
    void theReviewOfTheSoundRecordServesEveryGoal() {
        JsonNode json = tree(JSON.writeReview(advisor.review(opgave, plan,
                JSON.readRecord(example("verslag.json"), plan))));

        assertEquals(BooleanNode.FALSE, json.get("hasErrors"));
        assertEquals(NODES.arrayNode(), json.get("findings"));
        assertEquals(List.of("THINK_TOGETHER", "DO_TOGETHER"), texts(json.get("goals"), "goal"));
        json.get("goals").forEach(g -> assertFalse(g.get("servedBy").isEmpty(), g::toString));
        json.get("goals").forEach(g -> assertFalse(g.has("deviation"), g::toString));
        json.get("parties").forEach(p -> assertFalse(p.has("deviation"), p::toString));
        assertEquals(List.of("2026-04-23", "2026-05-21"), texts(json.get("goals").get(1).get("servedBy"), "date"));
    }

    // ================================================================================================== helpers

    private static void assertFindings(JsonNode findings, int count) {
        assertTrue(findings.isArray(), findings::toString);
        assertEquals(count, findings.size(), findings::toString);
        for (JsonNode finding : findings) {
            Set<String> names = fieldNames(finding);
            Set<String> expected = new LinkedHashSet<>(FINDING_FIELDS);
            if (finding.has("subject")) {
                expected.add("subject");
            }
            assertEquals(expected, names, finding::toString);
            assertCode(finding.get("severity"), Severity.class);
            assertCode(finding.get("code"), FindingCode.class);
            assertCode(finding.get("basis"), Basis.class);
            for (String field : List.of("rule", "source", "text")) {
                assertFalse(finding.get(field).textValue().isBlank(), () -> field + " in " + finding);
            }
        }
    }

    private static <E extends Enum<E>> void assertCode(JsonNode node, Class<E> type) {
        assertTrue(node != null && node.isTextual(), () -> type.getSimpleName() + " missing: " + node);
        assertTrue(Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(node.textValue())),
                () -> "[" + node.textValue() + "] is no " + type.getSimpleName());
    }

    private static String example(String file) {
        try {
            return Files.readString(EXAMPLE.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the worked example is in " + EXAMPLE, e);
        }
    }

    private static ObjectNode planTree() {
        return (ObjectNode) tree(example("plan.json"));
    }

    private static ObjectNode recordTree() {
        return (ObjectNode) tree(example("verslag.json"));
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements.stream();
    }

    private static List<String> texts(JsonNode array, String field) {
        return stream(array).map(n -> n.get(field).textValue()).toList();
    }

    private static Set<FindingCode> codes(List<PlanFinding> findings) {
        return findings.stream().map(PlanFinding::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
    }

    private static Arguments defect(String name, UnaryOperator<ObjectNode> defect, String... paths) {
        return Arguments.of(name, defect, Set.of(paths));
    }

    private static List<Violation> planViolations(JsonNode input) {
        try {
            ParticipationPlan read = JSON.readPlan(input.toString(), opgave);
            throw new AssertionError("expected violations, read " + read + " from " + input);
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static List<Violation> recordViolations(JsonNode input) {
        try {
            ProcessRecord read = JSON.readRecord(input.toString(), plan);
            throw new AssertionError("expected violations, read " + read + " from " + input);
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static Set<String> planViolationFields(JsonNode input) {
        return fields(planViolations(input));
    }

    private static Set<String> recordViolationFields(JsonNode input) {
        return fields(recordViolations(input));
    }

    private static Set<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A copy of the tree with a key, which may be empty, set in the object at the top-level field. */
    private static ObjectNode withKey(ObjectNode root, String field, String key, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        ((ObjectNode) copy.get(field)).set(key, value);
        return copy;
    }

    private static ArrayNode repeat(String code, int times) {
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            list.add(code);
        }
        return list;
    }

    /** Parties that need not be stakeholders: each a process owner, with a name of its own. */
    private static ArrayNode governingParties(int count) {
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            list.addObject().put("name", "Afdeling " + i).put("role", "PROCESS_OWNER");
        }
        return list;
    }

    private static ArrayNode activities(int count) {
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode activity = list.addObject().put("date", "2026-04-01").put("kind", "MEETING")
                    .put("description", "Avond " + i);
            activity.putArray("participants").addObject().put("party", "Bewoners Binnenweg").put("role", "CONSULTED");
        }
        return list;
    }

    // ---------------------------------------------------------------------------------- random plans and records

    /**
     * A seeded generator of valid plans and records for the random opgaven of {@link JsonContractTests}: any goals,
     * every stakeholder with any role plus a process owner and a decision maker, frameworks and answers with awkward
     * characters or blank, activities with any kind and date, optional result and account.
     */
    private static final class RandomPlans {
        private static final String[] PIECES = {"a", "Z", "é", "Ĳ", " ", "\"", "\\", "/", "\n", "\t", "\u0001",
            "€", "🚲", "–", "<", "&", "0", "\u00a0", "{", "}"};

        private final Random random;
        private final JsonContractTests.RandomOpgaven opgaven;

        RandomPlans(long seed) {
            this.random = new Random(seed);
            this.opgaven = new JsonContractTests.RandomOpgaven(seed);
        }

        Opgave opgave() {
            return opgaven.next();
        }

        ParticipationPlan plan(Opgave opgave) {
            Set<Goal> goals = EnumSet.noneOf(Goal.class);
            for (Goal goal : Goal.values()) {
                if (random.nextBoolean()) {
                    goals.add(goal);
                }
            }
            List<PlannedParty> parties = new ArrayList<>();
            // No stakeholder name of the random opgaven lacks a '#', so these two never clash with one.
            parties.add(PlannedParty.of("Gemeente Heemstede", Role.PROCESS_OWNER));
            if (random.nextBoolean()) {
                parties.add(PlannedParty.of("Gemeenteraad", Role.DECISION_MAKER));
            }
            for (Stakeholder stakeholder : opgave.stakeholders()) {
                if (random.nextInt(5) > 0) {
                    parties.add(PlannedParty.of(stakeholder.name(), pick(Role.values())));
                }
            }
            java.util.Collections.shuffle(parties, random);
            Map<FrameworkKind, String> frameworks = new EnumMap<>(FrameworkKind.class);
            for (FrameworkKind kind : FrameworkKind.values()) {
                if (random.nextBoolean()) {
                    frameworks.put(kind, text(random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(40)));
                }
            }
            Map<PlanQuestion, String> answers = new EnumMap<>(PlanQuestion.class);
            for (PlanQuestion question : PlanQuestion.values()) {
                if (random.nextInt(4) > 0) {
                    answers.put(question, text(random.nextInt(50) == 0 ? ParticipationPlan.MAX_STATEMENT
                            : random.nextInt(60)));
                }
            }
            return new ParticipationPlan(goals, parties, frameworks,
                    random.nextBoolean() ? Optional.of(text(random.nextInt(80))) : Optional.empty(),
                    random.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(CompetentBody.values())), answers);
        }

        ProcessRecord record(ParticipationPlan plan) {
            LocalDate adopted = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
            List<Activity> activities = new ArrayList<>();
            int count = plan.parties().isEmpty() ? 0 : random.nextInt(8);
            for (int i = 0; i < count; i++) {
                List<PlannedParty> shuffled = new ArrayList<>(plan.parties());
                java.util.Collections.shuffle(shuffled, random);
                List<Participation> participants = shuffled.subList(0, 1 + random.nextInt(shuffled.size())).stream()
                        .map(p -> Participation.of(random.nextBoolean() ? p.name() : " " + p.name() + "\t",
                                pick(Role.values())))
                        .toList();
                String description = text(1 + random.nextInt(60));
                activities.add(new Activity(adopted.plusDays(random.nextInt(400) - 30), pick(ActivityKind.values()),
                        description.isBlank() ? "x" + description : description, participants));
            }
            return new ProcessRecord(adopted, activities,
                    random.nextBoolean() ? Optional.of(adopted.plusDays(random.nextInt(500))) : Optional.empty(),
                    random.nextBoolean() ? Optional.of(text(random.nextInt(100))) : Optional.empty());
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        /** A text of exactly the given number of UTF-16 units, possibly blank. */
        private String text(int length) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                String piece = pick(PIECES);
                text.append(text.length() + piece.length() <= length ? piece : "x");
            }
            return text.toString();
        }
    }
}
