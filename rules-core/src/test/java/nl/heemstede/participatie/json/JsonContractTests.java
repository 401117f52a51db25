package nl.heemstede.participatie.json;

import static nl.heemstede.participatie.json.JsonTrees.with;
import static nl.heemstede.participatie.json.JsonTrees.without;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.InForce;

/**
 * The JSON contract (README, "The JSON contract"), against the real engine: opgaven and advice survive a write and a
 * read unchanged, the advice has exactly the field names and codes of the README, every kind of bad input is reported
 * at its field path (all at once), and text that is not JSON is a {@link MalformedJsonException} with line and column.
 *
 * <p>Fixtures sit next to this class as {@code JsonContractTests-*.json}. The random opgaven and mutations are
 * seeded, so a failure replays.
 */
class JsonContractTests {

    private static final long SEED = 20_200_528L;
    private static final int RANDOM_OPGAVEN = 300;
    private static final int MUTATION_ROUNDS = 3_000;

    private static final ParticipatieJson JSON = ParticipatieJson.create();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The top-level fields of an advice. */
    private static final Set<String> ADVICE_FIELDS = Set.of("reference", "peildatum", "policyVersion", "decider",
            "complexity",
            "route", "quickscanRequired", "quickscanDeliverables", "participationSpace", "participationFeasible",
            "participationPlanRequired", "goals", "roles", "governmentRole", "steps", "planDescriptionQuestions",
            "attentionPoints", "guidance", "explanation");
    /** The fields of every object of an opgave, by the object's path pattern. */
    private static final Map<String, Set<String>> OPGAVE_FIELDS = Map.of(
            "", Set.of("title", "reference", "initiator", "municipalDecisionRequired", "withinCivilServiceMandate",
                    "competentBody", "impact", "room", "difficulty", "intentions", "stakeholders"),
            "impact", Set.of("majorChangeToLivingEnvironment", "manyActors", "manyInterests"),
            "room", Set.of("somethingToChoose", "legalRoom", "policyRoom", "participationDesirable"),
            "difficulty", Set.of("complexContent", "opposingInterests"),
            "intentions", Set.of("stakeholdersWillCoProduce", "decisionPowerShared", "frameworksSet", "learningPilot",
                    "learnTogether"),
            "intentions.frameworksSet", Set.of("content", "financial", "process"),
            "stakeholders[]", Set.of("name", "kind"));
    /** The optional fields of an opgave: absent or null is not a violation. */
    private static final Set<String> OPTIONAL_FIELDS = Set.of("reference", "room.participationDesirable",
            "intentions.learnTogether");
    /** The fields whose violations depend on one another through the contradictions between decision fields. */
    private static final Set<String> DECISION_FIELDS = Set.of("initiator", "municipalDecisionRequired",
            "withinCivilServiceMandate", "competentBody");

    private static ParticipationAdvisor advisor;

    @BeforeAll
    static void loadTheBundledPolicy() {
        advisor = InForce.bundled();
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @Test
    void anOpgaveReadFromJsonIsWrittenBackAsTheSameJsonTree() {
        String fixture = fixture("council-opgave");
        Opgave opgave = JSON.readOpgave(fixture);

        String written = JSON.writeOpgave(opgave);

        assertEquals(tree(fixture), tree(written));
        assertEquals(opgave, JSON.readOpgave(written));
    }

    @Test
    void anOpgaveWithoutOptionalFieldsIsWrittenBackWithoutThem() {
        String fixture = fixture("residents-opgave");
        Opgave opgave = JSON.readOpgave(fixture);

        String written = JSON.writeOpgave(opgave);

        assertEquals(tree(fixture), tree(written));
        assertEquals(opgave, JSON.readOpgave(written));
        assertEquals(Optional.empty(), opgave.reference());
        assertEquals(Optional.empty(), opgave.withinCivilServiceMandate());
        assertEquals(Optional.empty(), opgave.competentBody());
    }

    @Test
    void anOpgaveReadFromJsonKeepsEveryValueIncludingAwkwardCharacters() {
        Opgave opgave = JSON.readOpgave(fixture("council-opgave"));

        assertAll(
                () -> assertEquals("Herinrichting Raadhuisstraat en Binnenweg\nfase 1", opgave.title()),
                () -> assertEquals(Optional.of("WMH-2026-017"), opgave.reference()),
                () -> assertEquals(Initiator.MUNICIPALITY, opgave.initiator()),
                () -> assertTrue(opgave.municipalDecisionRequired()),
                () -> assertEquals(Optional.of(false), opgave.withinCivilServiceMandate()),
                () -> assertEquals(Optional.of(CompetentBody.COUNCIL), opgave.competentBody()),
                () -> assertEquals(Impact.of(true, true, true), opgave.impact()),
                () -> assertEquals(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE), opgave.room()),
                () -> assertEquals(Difficulty.of(false, true), opgave.difficulty()),
                () -> assertEquals(Intentions.of(true, true, Frameworks.ALL, true), opgave.intentions()),
                () -> assertEquals(List.of(
                        Stakeholder.of("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS),
                        Stakeholder.of("Winkeliersvereniging \"Binnenweg\"", StakeholderKind.ORGANISATION),
                        Stakeholder.of("Digipanel Heemstede – café ‘De Ĳssalon’ 🚲", StakeholderKind.RESIDENTS),
                        Stakeholder.of("Verkeerskundige\\adviseur", StakeholderKind.EXPERT),
                        Stakeholder.of("Bewoners van Heemstede-Zuid", StakeholderKind.DISTANT_RESIDENTS)),
                        opgave.stakeholders()));
    }

    @Test
    void anAdviceOfTheRealAdvisorIsReadBackEqualFromItsJson() {
        Advice advice = advisor.advise(JSON.readOpgave(fixture("council-opgave")));

        String written = JSON.writeAdvice(advice);

        assertEquals(advice, JSON.readAdvice(written));
        assertEquals(tree(written), tree(JSON.writeAdvice(JSON.readAdvice(written))));
    }

    @Test
    void anAdviceWithoutReferenceIsReadBackEqualFromItsJson() {
        Advice advice = advisor.advise(JSON.readOpgave(fixture("residents-opgave")));

        assertEquals(advice, JSON.readAdvice(JSON.writeAdvice(advice)));
        assertEquals(Optional.empty(), advice.reference());
    }

    @Test
    void randomValidOpgavenAndTheirAdviceSurviveWriteAndRead() {
        RandomOpgaven random = new RandomOpgaven(SEED);
        for (int i = 0; i < RANDOM_OPGAVEN; i++) {
            Opgave opgave = random.next();
            String opgaveJson = JSON.writeOpgave(opgave);
            String context = "random opgave " + i + ": " + opgaveJson;

            Opgave read = readValid(opgaveJson, context);
            assertEquals(opgave, read, context);
            assertEquals(tree(opgaveJson), tree(JSON.writeOpgave(read)), context);

            Advice advice = advisor.advise(opgave);
            String adviceJson = JSON.writeAdvice(advice);
            assertEquals(advice, JSON.readAdvice(adviceJson), context);
            assertEquals(tree(adviceJson), tree(JSON.writeAdvice(JSON.readAdvice(adviceJson))), context);
        }
    }

    @Test
    void theRandomOpgavenAreValidByTheTypedApiToo() {
        RandomOpgaven random = new RandomOpgaven(SEED);
        for (int i = 0; i < RANDOM_OPGAVEN; i++) {
            Opgave opgave = random.next();
            assertEquals(List.of(), opgave.violations(), () -> "random opgave " + JSON.writeOpgave(opgave));
        }
    }

    // ----------------------------------------------------------------------------------------------- peildatum

    @Test
    void anOpgavesPeildatumIsReadWrittenBackAndCopiedIntoTheAdviceWithThePeriodOfItsVersion() throws Exception {
        Opgave opgave = JSON.readOpgave(fixture("council-opgave"));
        assertEquals(Optional.of(java.time.LocalDate.of(2022, 6, 1)), opgave.peildatum());
        assertEquals("2022-06-01", tree(JSON.writeOpgave(opgave)).get("peildatum").textValue());

        JsonNode advice = tree(JSON.writeAdvice(ParticipationAdvisor.bundled().advise(opgave)));
        assertEquals("2022-06-01", advice.get("peildatum").textValue());
        assertEquals(List.of("name", "sha256", "validFrom", "validUntil", "succeededBy"),
                iterate(advice.get("policyVersion").fieldNames()));
        assertEquals(List.of("reference", "peildatum", "policyVersion"),
                iterate(advice.fieldNames()).subList(0, 3), "the date and the version come first");
    }

    @Test
    void anOpgaveWithoutPeildatumIsWrittenWithoutOneAndItsAdviceIsForTodayInTheAdvisorsClock() {
        Opgave opgave = JSON.readOpgave(fixture("residents-opgave"));
        assertEquals(Optional.empty(), opgave.peildatum());
        assertFalse(tree(JSON.writeOpgave(opgave)).has("peildatum"));
        assertEquals(InForce.DAY.toString(),
                tree(JSON.writeAdvice(advisor.advise(opgave))).get("peildatum").textValue());
    }

    @Test
    void aPeildatumThatIsNoDayIsAViolationAtItsPath() {
        ObjectNode input = (ObjectNode) tree(fixture("council-opgave"));
        input.put("peildatum", "2022-02-30");
        ParsedOpgave parsed = readOne(input.toString());
        assertEquals(Set.of("peildatum"), parsed.violations().stream().map(Violation::field)
                .collect(Collectors.toSet()));
        input.put("peildatum", "1 juni 2022");
        assertEquals("peildatum", readOne(input.toString()).violations().get(0).field());
    }

    @Test
    void anOpgaveForADayNoVersionIsInForceOnIsAnErrorElementOfTheFieldPeildatumInTheBatch() {
        ObjectNode late = (ObjectNode) tree(fixture("council-opgave"));
        late.put("peildatum", "2026-12-01");
        JsonNode answer = tree(JSON.advise(ParticipationAdvisor.bundled(), "[" + fixture("council-opgave") + ","
                + late + "]"));

        assertEquals(2, answer.size());
        assertAdviceShape(answer.get(0));
        assertEquals(Set.of("errors"), fieldNames(answer.get(1)));
        JsonNode error = answer.get(1).get("errors").get(0);
        assertEquals("peildatum", error.get("field").textValue());
        assertEquals("2026-12-01", error.get("value").textValue());
        assertTrue(error.get("message").textValue().startsWith("Op de peildatum 1 december 2026 (2026-12-01) geldt"
                + " geen versie van het participatiebeleid"), error::toString);
        assertTrue(error.get("message").textValue().contains("opgevolgd door CVDR707400"), error::toString);
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    // ---------------------------------------------------------------------------------------- advice field names

    @Test
    void anAdviceHasExactlyTheFieldNamesOfPolicySection3() {
        JsonNode advice = tree(JSON.writeAdvice(advisor.advise(JSON.readOpgave(fixture("council-opgave")))));

        assertEquals(ADVICE_FIELDS, fieldNames(advice));
        assertAdviceShape(advice);
        assertEquals("WMH-2026-017", advice.get("reference").textValue());
    }

    @Test
    void anAdviceForAnOpgaveWithoutReferenceHasEveryOtherFieldOfPolicySection3() {
        JsonNode advice = tree(JSON.writeAdvice(advisor.advise(JSON.readOpgave(fixture("residents-opgave")))));

        Set<String> expected = new HashSet<>(ADVICE_FIELDS);
        expected.remove("reference");
        assertEquals(expected, fieldNames(advice));
        assertAdviceShape(advice);
    }

    @Test
    void everyAdviceForRandomOpgavenHasTheFieldsAndOnlyTheCodesOfTheEnums() {
        RandomOpgaven random = new RandomOpgaven(SEED + 1);
        Map<Class<? extends Enum<?>>, Set<String>> seen = Map.ofEntries(
                Map.entry(Decider.class, new TreeSet<>()), Map.entry(Complexity.class, new TreeSet<>()),
                Map.entry(Route.class, new TreeSet<>()), Map.entry(QuickscanDeliverable.class, new TreeSet<>()),
                Map.entry(RoomLevel.class, new TreeSet<>()), Map.entry(Goal.class, new TreeSet<>()),
                Map.entry(Role.class, new TreeSet<>()), Map.entry(StakeholderKind.class, new TreeSet<>()),
                Map.entry(GovernmentRole.class, new TreeSet<>()), Map.entry(Step.class, new TreeSet<>()),
                Map.entry(AttentionPointCode.class, new TreeSet<>()), Map.entry(Basis.class, new TreeSet<>()));
        for (int i = 0; i < RANDOM_OPGAVEN; i++) {
            Opgave opgave = random.next();
            JsonNode advice = tree(JSON.writeAdvice(advisor.advise(opgave)));
            Set<String> expected = new HashSet<>(ADVICE_FIELDS);
            if (opgave.reference().isEmpty()) {
                expected.remove("reference");
            }
            assertEquals(expected, fieldNames(advice), () -> "advice " + advice);
            assertAdviceShape(advice);
            assertEquals(opgave.reference().orElse(null), advice.path("reference").textValue());
            collectCodes(advice, seen);
        }
        // The generator reaches every code that is still given (a deprecated code is retired and never given), so the
        // check above saw each one in place.
        seen.forEach((type, codes) -> assertEquals(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !retired(type, name))
                        .collect(Collectors.toCollection(TreeSet::new)),
                codes, "codes of " + type.getSimpleName() + " seen in the random advice"));
    }

    @Test
    void theBatchAnswerHasOneElementPerOpgaveAnErrorElementHoldsOnlyErrors() {
        JsonNode answer = tree(JSON.advise(advisor, fixture("batch")));

        assertTrue(answer.isArray());
        assertEquals(7, answer.size());
        assertAdviceShape(answer.get(0));
        assertEquals("goed", answer.get(0).get("reference").textValue());
        for (int i = 1; i < answer.size(); i++) {
            JsonNode element = answer.get(i);
            assertEquals(Set.of("errors"), fieldNames(element), "element " + i);
            assertTrue(element.get("errors").isArray() && !element.get("errors").isEmpty(), "element " + i);
            for (JsonNode error : element.get("errors")) {
                assertTrue(Set.of("field", "value", "message").containsAll(fieldNames(error)), error::toString);
                assertTrue(error.get("field").isTextual(), error::toString);
                assertTrue(error.get("message").isTextual() && !error.get("message").textValue().isBlank(),
                        error::toString);
            }
        }
        assertEquals(Set.of("withinCivilServiceMandate", "intentions.learningPilot", "stakeholders[0].kind"),
                errorFields(answer.get(1)));
        assertEquals("nee", valueOf(answer.get(1), "intentions.learningPilot"));
        assertFalse(answer.get(1).get("errors").get(0).has("value"),
                "a missing field has no rejected value: " + answer.get(1));
    }

    @Test
    void theBatchAnswerIsWrittenElementByElementAsTheResultsCome() throws IOException {
        List<AdviceResult> results = new ArrayList<>();
        for (ParsedOpgave parsed : JSON.readOpgaven(fixture("batch"))) {
            results.add(parsed.opgave().map(o -> AdviceResult.of(advisor.advise(o)))
                    .orElseGet(() -> AdviceResult.invalid(parsed.violations())));
        }
        StringWriter out = new StringWriter();
        List<Integer> writtenBeforeEach = new ArrayList<>();
        Iterable<AdviceResult> lazily = () -> results.stream()
                .peek(r -> writtenBeforeEach.add(out.getBuffer().length())).iterator();

        JSON.writeResults(lazily, out);

        assertEquals(JSON.writeResults(results), out.toString(), "the same text as the answer written at once");
        assertEquals(JSON.advise(advisor, fixture("batch")), out.toString());
        for (int i = 1; i < writtenBeforeEach.size(); i++) {
            assertTrue(writtenBeforeEach.get(i) > writtenBeforeEach.get(i - 1),
                    "result " + (i - 1) + " is written before result " + i + " is asked for: " + writtenBeforeEach);
        }
    }

    @Test
    void aBatchAnswerWhoseResultsFailHalfwayIsLeftWithoutItsClosingBracket() {
        AdviceResult first = AdviceResult.of(advisor.advise(JSON.readOpgave(fixture("council-opgave"))));
        StringWriter out = new StringWriter();
        Iterable<AdviceResult> failing = () -> Stream.of(0, 1).map(i -> {
            if (i == 1) {
                throw new IllegalStateException("the policy cannot decide");
            }
            return first;
        }).iterator();

        assertThrows(IllegalStateException.class, () -> JSON.writeResults(failing, out));

        assertTrue(out.toString().startsWith("[ {"), out::toString);
        assertFalse(out.toString().strip().endsWith("]"), "never a complete-looking array: " + out);
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(out.toString()));
    }

    @Test
    void aLargeBatchIsReadElementByElementIntoTheSameOpgavenAsOneByOne() {
        String one = fixture("council-opgave");
        int size = 2_000;
        String batch = Stream.generate(() -> one).limit(size).collect(Collectors.joining(",\n", "[\n", "\n]\n"));

        List<ParsedOpgave> parsed = JSON.readOpgaven(batch);

        assertEquals(size, parsed.size());
        Opgave expected = JSON.readOpgave(one);
        assertTrue(parsed.stream().allMatch(p -> p.opgave().equals(Optional.of(expected))));
    }

    // ----------------------------------------------------------------------------------------------- bad input

    static Stream<Arguments> unknownFields() {
        return Stream.of(
                defect("an unknown top-level field", o -> with(o, "budget", NODES.numberNode(10_000)), "budget"),
                defect("a top-level field spelt with a capital", o -> with(o, "Title", NODES.textNode("x")), "Title"),
                defect("an advice field in the input", o -> with(o, "decider", NODES.textNode("COUNCIL")), "decider"),
                defect("an unknown field in intentions", o -> with(o, "intentions.budget", NODES.numberNode(1)),
                        "intentions.budget"),
                defect("an unknown field in a stakeholder", o -> with(o, "stakeholders[0].age", NODES.numberNode(42)),
                        "stakeholders[0].age"),
                defect("an unknown field in impact", o -> with(o, "impact.kind", NODES.textNode("NEIGHBOURS")),
                        "impact.kind"),
                defect("an unknown field in room", o -> with(o, "room.room", NODES.textNode("AMPLE")), "room.room"),
                defect("an unknown field in difficulty", o -> with(o, "difficulty.urgent", BooleanNode.TRUE),
                        "difficulty.urgent"),
                defect("an unknown field in frameworksSet",
                        o -> with(o, "intentions.frameworksSet.legal", BooleanNode.TRUE),
                        "intentions.frameworksSet.legal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownFields")
    void anUnknownFieldIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect, Set<String> paths) {
        assertEquals(paths, violationFields(defect.apply(councilOpgave())));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                defect("a string for a boolean", o -> with(o, "municipalDecisionRequired", NODES.textNode("true")),
                        "municipalDecisionRequired"),
                defect("a Dutch string for a nested boolean", o -> with(o, "impact.manyActors", NODES.textNode("ja")),
                        "impact.manyActors"),
                defect("a string for a deeply nested boolean",
                        o -> with(o, "intentions.frameworksSet.content", NODES.textNode("false")),
                        "intentions.frameworksSet.content"),
                defect("a number for a boolean", o -> with(o, "difficulty.complexContent", NODES.numberNode(1)),
                        "difficulty.complexContent"),
                defect("a number for the title", o -> with(o, "title", NODES.numberNode(42)), "title"),
                defect("a boolean for the title", o -> with(o, "title", BooleanNode.TRUE), "title"),
                defect("a list for the title", o -> with(o, "title", NODES.arrayNode().add("x")), "title"),
                defect("a number for the reference", o -> with(o, "reference", NODES.numberNode(17)), "reference"),
                defect("a number for a stakeholder name", o -> with(o, "stakeholders[0].name", NODES.numberNode(7)),
                        "stakeholders[0].name"),
                defect("an object for the stakeholder list", o -> with(o, "stakeholders", json(
                        "{\"name\": \"Buren\", \"kind\": \"NEIGHBOURS\"}")), "stakeholders"),
                defect("a string for the stakeholder list", o -> with(o, "stakeholders", NODES.textNode("Buren")),
                        "stakeholders"),
                defect("a string for a stakeholder", o -> with(o, "stakeholders[1]", NODES.textNode("Buren")),
                        "stakeholders[1]"),
                defect("a list for an object", o -> with(o, "impact", json("[true, false, false]")), "impact"),
                defect("a string for an object", o -> with(o, "difficulty", NODES.textNode("geen")), "difficulty"),
                defect("a list for a nested object", o -> with(o, "intentions.frameworksSet", NODES.arrayNode()),
                        "intentions.frameworksSet"),
                defect("a number for a code", o -> with(o, "initiator", NODES.numberNode(1)), "initiator"),
                defect("an object for a code", o -> with(o, "competentBody", json("{\"name\": \"COUNCIL\"}")),
                        "competentBody"),
                defect("a boolean for a stakeholder kind", o -> with(o, "stakeholders[0].kind", BooleanNode.TRUE),
                        "stakeholders[0].kind"),
                defect("a number for a room level", o -> with(o, "room.legalRoom", NODES.numberNode(2)),
                        "room.legalRoom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect, Set<String> paths) {
        assertEquals(paths, violationFields(defect.apply(councilOpgave())));
    }

    @Test
    void aRoomThatIsNotAnObjectIsAViolationNotANullPointerException() {
        assertEquals(Set.of("room"), violationFields(with(councilOpgave(), "room", NODES.textNode("AMPLE"))));
        assertEquals(Set.of("room"), violationFields(with(councilOpgave(), "room", NODES.arrayNode())));
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                defect("the mayor as competent body", o -> with(o, "competentBody", NODES.textNode("MAYOR")),
                        "competentBody"),
                defect("a code in lower case", o -> with(o, "competentBody", NODES.textNode("council")),
                        "competentBody"),
                defect("a code with a space", o -> with(o, "competentBody", NODES.textNode(" COUNCIL")),
                        "competentBody"),
                defect("a Dutch initiator", o -> with(o, "initiator", NODES.textNode("GEMEENTE")), "initiator"),
                defect("an unknown room level", o -> with(o, "room.legalRoom", NODES.textNode("VERY")),
                        "room.legalRoom"),
                defect("an empty room level", o -> with(o, "room.policyRoom", NODES.textNode("")), "room.policyRoom"),
                defect("an unknown stakeholder kind", o -> with(o, "stakeholders[2].kind",
                        NODES.textNode("COMMITTEE")), "stakeholders[2].kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownCodes")
    void anUnknownCodeIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect, Set<String> paths) {
        assertEquals(paths, violationFields(defect.apply(councilOpgave())));
    }

    /** Every required field of the council fixture, where withinCivilServiceMandate and competentBody are required. */
    static Stream<String> requiredFields() {
        return Stream.of("title", "initiator", "municipalDecisionRequired", "withinCivilServiceMandate",
                "competentBody", "impact", "impact.majorChangeToLivingEnvironment", "impact.manyActors",
                "impact.manyInterests", "room.somethingToChoose", "room.legalRoom", "room.policyRoom", "difficulty",
                "difficulty.complexContent", "difficulty.opposingInterests", "intentions",
                "intentions.stakeholdersWillCoProduce", "intentions.decisionPowerShared", "intentions.frameworksSet",
                "intentions.frameworksSet.content", "intentions.frameworksSet.financial",
                "intentions.frameworksSet.process", "intentions.learningPilot", "stakeholders", "stakeholders[0].name",
                "stakeholders[0].kind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsReportedAtItsPathAndNothingElse(String field) {
        ParsedOpgave parsed = readOne(without(councilOpgave(), field));

        assertEquals(Set.of(field), fields(parsed));
        assertEquals(Optional.empty(), parsed.violations().get(0).rejectedValue(), "a missing field has no value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void aNullRequiredFieldIsReportedLikeAMissingOne(String field) {
        assertEquals(Set.of(field), violationFields(with(councilOpgave(), field, NullNode.instance)));
    }

    @Test
    void aMissingRoomIsReportedAtItsPathNotAsANullPointerException() {
        assertEquals(Set.of("room"), violationFields(without(councilOpgave(), "room")));
        assertEquals(Set.of("room"), violationFields(with(councilOpgave(), "room", NullNode.instance)));
    }

    @Test
    void aNullStakeholderIsReportedAtItsIndex() {
        assertEquals(Set.of("stakeholders[1]"), violationFields(with(councilOpgave(), "stakeholders[1]",
                NullNode.instance)));
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        assertValid(without(councilOpgave(), "reference"));
        assertValid(with(councilOpgave(), "reference", NullNode.instance));
        ObjectNode residents = residentsOpgave();
        assertValid(with(with(residents, "withinCivilServiceMandate", NullNode.instance), "competentBody",
                NullNode.instance));
        assertValid(with(residents, "stakeholders", NODES.arrayNode()));
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                defect("a municipal initiative that needs no municipal decision", o -> decision(o, "MUNICIPALITY",
                        false, null, null), "municipalDecisionRequired"),
                defect("a mandate given when no decision is needed", o -> decision(o, "RESIDENTS", false, false, null),
                        "withinCivilServiceMandate"),
                defect("a mandate of true given when no decision is needed", o -> decision(o, "BUSINESS", false, true,
                        null), "withinCivilServiceMandate"),
                defect("no mandate when a decision is needed", o -> decision(o, "RESIDENTS", true, null, "COLLEGE"),
                        "withinCivilServiceMandate"),
                defect("no mandate and no body when a decision is needed", o -> decision(o, "MUNICIPALITY", true, null,
                        null), "withinCivilServiceMandate"),
                defect("a competent body when no decision is needed", o -> decision(o, "ORGANISATION", false, null,
                        "COUNCIL"), "competentBody"),
                defect("a competent body when the mandate covers it", o -> decision(o, "MUNICIPALITY", true, true,
                        "COLLEGE"), "competentBody"),
                defect("no competent body when the mandate does not cover it", o -> decision(o, "BUSINESS", true, false,
                        null), "competentBody"),
                defect("mandate and body when no decision is needed", o -> decision(o, "RESIDENTS", false, false,
                        "COLLEGE"), "withinCivilServiceMandate", "competentBody"),
                defect("a municipal initiative without decision, with mandate and body", o -> decision(o,
                        "MUNICIPALITY", false, true, "COUNCIL"), "municipalDecisionRequired",
                        "withinCivilServiceMandate", "competentBody"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void everyContradictionOfSection1IsReportedAtTheFieldThatContradicts(String name,
                                                                        UnaryOperator<ObjectNode> defect,
                                                                        Set<String> paths) {
        assertEquals(paths, violationFields(defect.apply(councilOpgave())));
    }

    @Test
    void eachOfTheFourDecidersHasAValidCombinationOfDecisionFields() {
        assertValid(decision(councilOpgave(), "RESIDENTS", false, null, null));
        assertValid(decision(councilOpgave(), "MUNICIPALITY", true, true, null));
        assertValid(decision(councilOpgave(), "BUSINESS", true, false, "COLLEGE"));
        assertValid(decision(councilOpgave(), "ORGANISATION", true, false, "COUNCIL"));
    }

    @Test
    void aBrokenDecisionFieldIsReportedWithoutTheContradictionsThatDependOnIt() {
        // municipalDecisionRequired of the wrong type: whether mandate and body fit cannot be judged.
        assertEquals(Set.of("municipalDecisionRequired"), violationFields(with(decision(councilOpgave(),
                "MUNICIPALITY", false, true, "COUNCIL"), "municipalDecisionRequired", NODES.textNode("nee"))));
        // An unknown competent body where none is allowed: reported once, as the unknown code.
        assertEquals(Set.of("competentBody"), violationFields(decision(residentsOpgave(), "RESIDENTS", false, null,
                "MAYOR")));
    }

    static Stream<Arguments> sizeLimits() {
        return Stream.of(
                defect("an empty title", o -> with(o, "title", NODES.textNode("")), "title"),
                defect("a blank title", o -> with(o, "title", NODES.textNode("   ")), "title"),
                defect("a title of 201 characters", o -> with(o, "title", NODES.textNode("t".repeat(201))), "title"),
                defect("a reference of 101 characters", o -> with(o, "reference", NODES.textNode("r".repeat(101))),
                        "reference"),
                defect("201 stakeholders", o -> with(o, "stakeholders", stakeholders(201)), "stakeholders"),
                defect("1001 stakeholders", o -> with(o, "stakeholders", stakeholders(1001)), "stakeholders"),
                defect("a stakeholder name of 0 characters", o -> with(o, "stakeholders[0].name", NODES.textNode("")),
                        "stakeholders[0].name"),
                defect("a stakeholder name of 201 characters", o -> with(o, "stakeholders[3].name",
                        NODES.textNode("n".repeat(201))), "stakeholders[3].name"),
                defect("a stakeholder name that differs only in case", o -> with(o, "stakeholders[4].name",
                        NODES.textNode("BEWONERS raadhuisstraat")), "stakeholders[4].name"),
                defect("three stakeholders with one name", o -> with(with(o, "stakeholders[2].name",
                        NODES.textNode("bewoners RAADHUISSTRAAT")), "stakeholders[4].name",
                        NODES.textNode("Bewoners Raadhuisstraat")), "stakeholders[2].name", "stakeholders[4].name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizeLimits")
    void aValueBeyondItsSizeLimitIsReportedAtItsPath(String name, UnaryOperator<ObjectNode> defect,
                                                     Set<String> paths) {
        assertEquals(paths, violationFields(defect.apply(councilOpgave())));
    }

    @Test
    void valuesAtTheirSizeLimitsAreValid() {
        assertValid(with(councilOpgave(), "title", NODES.textNode("t".repeat(200))));
        assertValid(with(councilOpgave(), "title", NODES.textNode("t")));
        assertValid(with(councilOpgave(), "reference", NODES.textNode("r".repeat(100))));
        assertValid(with(councilOpgave(), "stakeholders", stakeholders(200)));
        assertValid(with(councilOpgave(), "stakeholders[0].name", NODES.textNode("n".repeat(200))));
        assertValid(with(councilOpgave(), "stakeholders[0].name", NODES.textNode("n")));
    }

    @Test
    void severalDefectsAtOnceGiveExactlyTheUnionOfTheirPaths() {
        ParsedOpgave parsed = readOne(fixture("many-defects"));

        assertEquals(Set.of("title", "reference", "municipalDecisionRequired", "competentBody",
                "impact.majorChangeToLivingEnvironment", "impact.manyInterests", "room.policyRoom",
                "difficulty.urgent", "intentions.decisionPowerShared", "intentions.frameworksSet.process",
                "intentions.budget", "stakeholders[0].age", "stakeholders[1].name", "stakeholders[2].kind",
                "stakeholders[3]", "stakeholders[4].name", "deadline"), fields(parsed));
        assertEquals(parsed.violations().size(), fields(parsed).size(), "each path once: " + parsed.violations());
    }

    @Test
    void everyViolationSaysInASentenceWhatIsExpectedAndShowsTheValueGiven() {
        List<Violation> violations = readOne(fixture("many-defects")).violations();

        for (Violation v : violations) {
            assertFalse(v.message().isBlank(), v::toString);
            assertTrue(v.message().endsWith("."), () -> "a sentence ends with a period: " + v);
        }
        Map<String, Optional<String>> values = violations.stream()
                .collect(Collectors.toMap(Violation::field, Violation::rejectedValue));
        assertEquals(Optional.of("2026"), values.get("reference"));
        assertEquals(Optional.of("MAYOR"), values.get("competentBody"));
        assertEquals(Optional.of("ja"), values.get("impact.majorChangeToLivingEnvironment"));
        assertEquals(Optional.of("COMMITTEE"), values.get("stakeholders[2].kind"));
        assertEquals(Optional.of("BUREN"), values.get("stakeholders[1].name"));
        assertEquals(Optional.empty(), values.get("impact.manyInterests"));
        assertEquals(Optional.empty(), values.get("intentions.frameworksSet.process"));
        assertEquals(Optional.empty(), values.get("room.policyRoom"));
    }

    @Test
    void readOpgaveThrowsTheSameViolationsAsReadOpgaven() {
        String text = fixture("many-defects");

        InvalidOpgaveException thrown = assertThrows(InvalidOpgaveException.class, () -> JSON.readOpgave(text));

        assertEquals(readOne(text).violations(), thrown.violations());
    }

    @Test
    void aTopLevelArrayIsAnsweredElementByElementWithPathsRelativeToTheElement() {
        List<ParsedOpgave> parsed = JSON.readOpgaven(fixture("batch"));

        assertEquals(7, parsed.size());
        assertTrue(parsed.get(0).isValid(), () -> parsed.get(0).violations().toString());
        assertEquals(Optional.of("goed"), parsed.get(0).opgave().orElseThrow().reference());
        assertEquals(Set.of("withinCivilServiceMandate", "intentions.learningPilot", "stakeholders[0].kind"),
                fields(parsed.get(1)));
        for (int i = 2; i < 7; i++) {
            assertEquals(Set.of(""), fields(parsed.get(i)), "a non-object element " + i + " is reported as a whole");
        }
    }

    @Test
    void aTopLevelArrayWithOneGoodAndOneBadElementGivesOneOpgaveAndOneListOfViolations() {
        ArrayNode batch = NODES.arrayNode().add(councilOpgave()).add(with(councilOpgave(), "stakeholders[2].kind",
                NODES.textNode("COMMITTEE")));

        List<ParsedOpgave> parsed = JSON.readOpgaven(batch.toString());

        assertEquals(2, parsed.size());
        assertTrue(parsed.get(0).isValid());
        assertEquals(Set.of("stakeholders[2].kind"), fields(parsed.get(1)));
    }

    @Test
    void aTopLevelValueThatIsNotAnObjectIsOneViolationOfTheWholeInput() {
        for (String text : List.of("42", "\"Geveltuinen\"", "true", "null", "[[]]")) {
            List<ParsedOpgave> parsed = JSON.readOpgaven(text);
            assertEquals(1, parsed.size(), text);
            assertEquals(Set.of(""), fields(parsed.get(0)), text);
        }
        assertThrows(InvalidOpgaveException.class, () -> JSON.readOpgave("[" + councilOpgave() + "]"),
                "readOpgave reads exactly one object");
    }

    @Test
    void anEmptyTopLevelArrayHasNoOpgaven() {
        assertEquals(List.of(), JSON.readOpgaven("[]"));
    }

    // ------------------------------------------------------------------- never a stack trace: mutation properties

    @Test
    void oneRandomDefectGivesExactlyItsOwnFieldPath() {
        Random random = new Random(SEED);
        RandomOpgaven opgaven = new RandomOpgaven(SEED);
        for (int round = 0; round < MUTATION_ROUNDS; round++) {
            ObjectNode input = (ObjectNode) tree(JSON.writeOpgave(opgaven.next()));
            Mutation mutation = Mutation.random(random, input, Set.of("room"));
            mutation.apply();
            String context = "round " + round + ", " + mutation + ": " + input;

            ParsedOpgave parsed = readOne(input.toString(), context);

            assertEquals(mutation.expectedPaths(), fields(parsed), context);
        }
    }

    @Test
    void independentRandomDefectsGiveTheUnionOfTheirFieldPaths() {
        Random random = new Random(SEED + 2);
        RandomOpgaven opgaven = new RandomOpgaven(SEED + 2);
        for (int round = 0; round < MUTATION_ROUNDS; round++) {
            ObjectNode input = (ObjectNode) tree(JSON.writeOpgave(opgaven.next()));
            List<Mutation> mutations = Mutation.independent(random, input, 2 + random.nextInt(3));
            Set<String> expected = new TreeSet<>();
            mutations.forEach(m -> expected.addAll(m.expectedPaths()));
            mutations.forEach(Mutation::apply);
            String context = "round " + round + ", " + mutations + ": " + input;

            assertEquals(expected, fields(readOne(input.toString(), context)), context);
        }
    }

    @Test
    void aRandomlyMutatedOpgaveIsEitherValidOrViolationsAndNeverAnException() {
        assertMutationsNeverThrow(Set.of());
    }

    private static void assertMutationsNeverThrow(Set<String> spared) {
        Random random = new Random(SEED + 3);
        RandomOpgaven opgaven = new RandomOpgaven(SEED + 3);
        for (int round = 0; round < MUTATION_ROUNDS; round++) {
            ObjectNode input = (ObjectNode) tree(JSON.writeOpgave(opgaven.next()));
            List<Mutation> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Mutation mutation = Mutation.random(random, input, spared);
                mutation.apply(); // later mutations see the earlier ones, and may build on them
                mutations.add(mutation);
            }
            String text = input.toString();
            String context = "round " + round + ", " + mutations + ": " + text;

            ParsedOpgave parsed = readOne(text, context);

            if (parsed.isValid()) {
                Opgave opgave = parsed.opgave().orElseThrow();
                assertEquals(opgave, JSON.readOpgave(JSON.writeOpgave(opgave)), context);
                try {
                    advisor.advise(opgave);
                } catch (RuntimeException e) {
                    fail("a valid opgave gets an advice, not " + e + "; " + context, e);
                }
            } else {
                for (Violation v : parsed.violations()) {
                    assertFalse(v.message().isBlank(), context);
                }
            }
        }
    }

    @Test
    void everyTruncationOfAnOpgaveIsMalformedJsonWithAPositionInsideTheText() {
        String text = fixture("council-opgave").strip();
        for (int end = 0; end < text.length(); end++) {
            String prefix = text.substring(0, end);
            MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> JSON.readOpgaven(prefix),
                    "prefix of " + end + " characters");
            assertPositionInside(prefix, e);
        }
    }

    @Test
    void everySingleCharacterChangeIsMalformedJsonOrAnAnswerNeverAnotherException() {
        String text = fixture("council-opgave");
        String replacements = "{}[],:\"\\ a1-eE.tn";
        int answered = 0;
        for (int at = 0; at < text.length(); at++) {
            for (char c : replacements.toCharArray()) {
                String changed = text.substring(0, at) + c + text.substring(at + 1);
                try {
                    JSON.readOpgaven(changed).forEach(p -> assertTrue(p.isValid() || !p.violations().isEmpty()));
                    answered++;
                } catch (MalformedJsonException e) {
                    assertPositionInside(changed, e);
                } catch (RuntimeException e) {
                    fail("character " + at + " changed to '" + c + "' threw " + e + ":\n" + changed, e);
                }
            }
        }
        assertTrue(answered > 0, "some changes are still JSON and get an answer");
    }

    // ---------------------------------------------------------------------------------------------- malformed JSON

    static Stream<Arguments> malformedTexts() {
        return Stream.of(
                // name, text, line, first acceptable column, last acceptable column
                Arguments.of("a missing colon", "{\n  \"title\": \"x\",\n  \"initiator\" \"RESIDENTS\"\n}", 3, 15, 15),
                Arguments.of("a comma where a field name belongs", "{\n,", 2, 1, 1),
                Arguments.of("a string that does not end", "{\"title\": \"abc", 1, 15, 15),
                Arguments.of("an object that does not end", "{\n  \"title\": \"x\",\n", 3, 1, 1),
                Arguments.of("a trailing comma", "[1,]", 1, 4, 4),
                Arguments.of("single quotes", "{'title': 1}", 1, 2, 2),
                Arguments.of("a comment", "// opgave\n{}", 1, 1, 1),
                Arguments.of("NaN", "{\"t\": NaN}", 1, 7, 10),
                Arguments.of("a second object after the first", "{\"title\": \"x\"}\n{}", 2, 1, 1),
                Arguments.of("a closing bracket after the object", "{\"title\": \"x\"} ]", 1, 16, 16),
                Arguments.of("a word after the object", "{\"title\": \"x\"}\n  garbage", 2, 3, 10),
                Arguments.of("a duplicate key", "{\n  \"title\": \"x\",\n  \"title\": \"y\"\n}", 3, 3, 10),
                Arguments.of("a duplicate key in a stakeholder",
                        "{\"stakeholders\": [\n  {\"name\": \"a\", \"kind\": \"EXPERT\", \"name\": \"b\"}\n]}", 2, 34, 41),
                Arguments.of("an empty text", "", 1, 1, 1),
                Arguments.of("a text of white space only", "  \n\t ", 1, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTexts")
    void malformedJsonIsAMalformedJsonExceptionWithLineAndColumn(String name, String text, int line, int columnFrom,
                                                                 int columnTo) {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> JSON.readOpgaven(text));

        assertEquals(line, e.line(), e::getMessage);
        assertTrue(e.column() >= columnFrom && e.column() <= columnTo,
                () -> "column " + e.column() + " not in " + columnFrom + ".." + columnTo + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Geen geldige JSON op regel " + e.line() + ", kolom " + e.column() + ": "),
                e::getMessage);
        assertTrue(e.problem().matches("[a-z].*"), "a Dutch sentence comes first: " + e.problem());
    }

    @Test
    void malformedJsonIsReportedByEveryReadingMethod() {
        String text = "{\"title\": }";

        assertThrows(MalformedJsonException.class, () -> JSON.readOpgave(text));
        assertThrows(MalformedJsonException.class, () -> JSON.readOpgaven(text));
        assertThrows(MalformedJsonException.class, () -> JSON.advise(advisor, text));
        assertThrows(MalformedJsonException.class, () -> JSON.readAdvice(text));
    }

    @Test
    void nestingDeeperThan64IsMalformedJsonAndNestingOf64IsNot() {
        assertThrows(MalformedJsonException.class, () -> JSON.readOpgaven(nested(65)));
        assertThrows(MalformedJsonException.class, () -> JSON.readOpgaven(
                "{\"intentions\": " + "{\"a\": ".repeat(70) + "1" + "}".repeat(70) + "}"));
        assertEquals(Set.of(""), fields(readOne(nested(64))));
    }

    @Test
    void aParserLimitNamesTheLineWhereItIsCrossed() {
        MalformedJsonException nesting = assertThrows(MalformedJsonException.class,
                () -> JSON.readOpgaven("[\n".repeat(65) + "]\n".repeat(65)));
        MalformedJsonException string = assertThrows(MalformedJsonException.class,
                () -> JSON.readOpgaven("{\n  \"reference\": \"r\",\n  \"title\": \"" + "t".repeat(100_001) + "\"\n}"));
        MalformedJsonException number = assertThrows(MalformedJsonException.class,
                () -> JSON.readOpgaven("{\n  \"title\": 1" + "0".repeat(200) + "\n}"));

        assertAll(
                () -> assertEquals(65, nesting.line(), nesting::getMessage),
                () -> assertEquals(1, nesting.column(), nesting::getMessage),
                () -> assertEquals(3, string.line(), string::getMessage),
                () -> assertEquals(2, number.line(), number::getMessage));
    }

    @Test
    void lengthsAreCountedInCharactersNotInUtf16Units() {
        assertValid(with(councilOpgave(), "title", NODES.textNode("🚲".repeat(101))));
        assertValid(with(councilOpgave(), "stakeholders[0].name", NODES.textNode("🚲".repeat(200))));
        assertEquals(Set.of("title"), violationFields(with(councilOpgave(), "title", NODES.textNode("🚲".repeat(201)))));
    }

    // ================================================================================================== helpers

    private static String fixture(String name) {
        String resource = "JsonContractTests-" + name + ".json";
        try (InputStream in = JsonContractTests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static JsonNode json(String json) {
        return tree(json);
    }

    private static ObjectNode councilOpgave() {
        return (ObjectNode) tree(fixture("council-opgave"));
    }

    private static ObjectNode residentsOpgave() {
        return (ObjectNode) tree(fixture("residents-opgave"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ParsedOpgave readOne(JsonNode input) {
        return readOne(input.toString());
    }

    private static ParsedOpgave readOne(String text) {
        return readOne(text, text);
    }

    private static ParsedOpgave readOne(String text, String context) {
        List<ParsedOpgave> parsed;
        try {
            parsed = JSON.readOpgaven(text);
        } catch (RuntimeException e) {
            throw new AssertionError("reading threw " + e + " for " + context, e);
        }
        assertEquals(1, parsed.size(), context);
        return parsed.get(0);
    }

    private static Opgave readValid(String text, String context) {
        ParsedOpgave parsed = readOne(text, context);
        assertEquals(List.of(), parsed.violations(), context);
        return parsed.opgave().orElseThrow();
    }

    private static void assertValid(JsonNode input) {
        readValid(input.toString(), input.toString());
    }

    private static Set<String> fields(ParsedOpgave parsed) {
        return parsed.violations().stream().map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> violationFields(JsonNode input) {
        return fields(readOne(input));
    }

    private static Set<String> errorFields(JsonNode errorsElement) {
        Set<String> fields = new TreeSet<>();
        errorsElement.get("errors").forEach(e -> fields.add(e.get("field").textValue()));
        return fields;
    }

    private static String valueOf(JsonNode errorsElement, String field) {
        for (JsonNode e : errorsElement.get("errors")) {
            if (e.get("field").textValue().equals(field)) {
                return e.path("value").textValue();
            }
        }
        return null;
    }

    private static Arguments defect(String name, UnaryOperator<ObjectNode> defect, String... paths) {
        return Arguments.of(name, defect, Set.of(paths));
    }

    /** Sets the decision fields; a null leaves the field out. */
    private static ObjectNode decision(ObjectNode opgave, String initiator, boolean required, Boolean mandate,
                                       String body) {
        ObjectNode copy = opgave.deepCopy();
        copy.put("initiator", initiator);
        copy.put("municipalDecisionRequired", required);
        copy.remove(List.of("withinCivilServiceMandate", "competentBody"));
        if (mandate != null) {
            copy.put("withinCivilServiceMandate", mandate);
        }
        if (body != null) {
            copy.put("competentBody", body);
        }
        return copy;
    }

    private static ArrayNode stakeholders(int count) {
        ArrayNode list = NODES.arrayNode();
        StakeholderKind[] kinds = StakeholderKind.values();
        for (int i = 0; i < count; i++) {
            list.addObject().put("name", "Partij " + i).put("kind", kinds[i % kinds.length].name());
        }
        return list;
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static void assertPositionInside(String text, MalformedJsonException e) {
        String[] lines = text.split("\n", -1);
        assertTrue(e.line() >= 1 && e.line() <= lines.length, () -> "line " + e.line() + " of " + lines.length);
        int length = lines[e.line() - 1].length();
        assertTrue(e.column() >= 1 && e.column() <= length + 1,
                () -> "column " + e.column() + " of a line of " + length + ": " + e.getMessage());
    }

    /** Checks one advice object against the README: shapes, nested field names, codes from the enums. */
    private static void assertAdviceShape(JsonNode advice) {
        String context = advice.toString();
        assertTrue(advice.isObject(), context);
        JsonNode version = advice.get("policyVersion");
        assertEquals(Set.of("name", "sha256", "validFrom", "validUntil", "succeededBy"), fieldNames(version), context);
        assertFalse(version.get("name").textValue().isBlank(), context);
        assertEquals("2021-02-01", version.get("validFrom").textValue(), context);
        assertEquals("2023-12-18", version.get("validUntil").textValue(), context);
        assertEquals("CVDR707400", version.get("succeededBy").textValue(), context);
        assertTrue(advice.get("peildatum").textValue().matches("\\d{4}-\\d{2}-\\d{2}"), context);
        assertTrue(version.get("sha256").textValue().matches("[0-9a-f]{64}"), context);
        if (advice.has("reference")) {
            assertTrue(advice.get("reference").isTextual(), context);
        }
        assertCode(advice.get("decider"), Decider.class, context);
        assertCode(advice.get("complexity"), Complexity.class, context);
        assertCode(advice.get("route"), Route.class, context);
        assertCode(advice.get("participationSpace"), RoomLevel.class, context);
        assertCode(advice.get("governmentRole"), GovernmentRole.class, context);
        for (String flag : List.of("quickscanRequired", "participationFeasible", "participationPlanRequired")) {
            assertTrue(advice.get(flag).isBoolean(), flag + " in " + context);
        }
        assertCodes(advice.get("quickscanDeliverables"), QuickscanDeliverable.class, context);
        assertCodes(advice.get("goals"), Goal.class, context);
        assertCodes(advice.get("steps"), Step.class, context);
        JsonNode questions = advice.get("planDescriptionQuestions");
        assertTrue(questions.isArray(), context);
        questions.forEach(q -> assertTrue(q.isTextual() && !q.textValue().isBlank(), context));
        JsonNode roles = advice.get("roles");
        assertTrue(roles.isArray() && roles.size() >= 2, context);
        for (JsonNode role : roles) {
            Set<String> names = fieldNames(role);
            assertTrue(names.equals(Set.of("party", "role")) || names.equals(Set.of("party", "kind", "role")),
                    () -> "role fields " + names + " in " + context);
            assertTrue(role.get("party").isTextual(), context);
            assertCode(role.get("role"), Role.class, context);
            if (role.has("kind")) {
                assertCode(role.get("kind"), StakeholderKind.class, context);
            }
        }
        for (JsonNode section : advice.get("guidance")) {
            assertEquals(Set.of("code", "label"), fieldNames(section), context);
            assertCode(section.get("code"), WebsiteSection.class, context);
        }
        for (JsonNode point : advice.get("attentionPoints")) {
            assertEquals(Set.of("code", "text"), fieldNames(point), context);
            assertCode(point.get("code"), AttentionPointCode.class, context);
            assertFalse(point.get("text").textValue().isBlank(), context);
        }
        JsonNode explanation = advice.get("explanation");
        assertTrue(explanation.isArray() && !explanation.isEmpty(), context);
        for (JsonNode entry : explanation) {
            Set<String> names = fieldNames(entry);
            Set<String> required = Set.of("decision", "rule", "basis", "source", "text");
            assertTrue(names.containsAll(required) && required.size() + (entry.has("subject") ? 1 : 0) == names.size(),
                    () -> "explanation fields " + names + " in " + context);
            for (String field : List.of("decision", "rule", "source", "text")) {
                assertFalse(entry.get(field).textValue().isBlank(), () -> field + " in " + context);
            }
            assertCode(entry.get("basis"), Basis.class, context);
        }
        // The lists are empty exactly when their decision says so.
        assertEquals(advice.get("quickscanRequired").booleanValue(), !advice.get("quickscanDeliverables").isEmpty(),
                context);
        boolean planDescription = stream(advice.get("steps")).anyMatch("PLAN_DESCRIPTION"::equals);
        assertEquals(planDescription, !questions.isEmpty(), context);
        if (planDescription) {
            assertEquals(6, questions.size(), context);
        }
    }

    private static <E extends Enum<E>> void assertCode(JsonNode node, Class<E> type, String context) {
        assertTrue(node != null && node.isTextual(), () -> type.getSimpleName() + " missing in " + context);
        assertTrue(Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(node.textValue())),
                () -> "[" + node.textValue() + "] is no " + type.getSimpleName() + " in " + context);
    }

    private static <E extends Enum<E>> void assertCodes(JsonNode list, Class<E> type, String context) {
        assertTrue(list != null && list.isArray(), () -> type.getSimpleName() + " list in " + context);
        list.forEach(n -> assertCode(n, type, context));
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.textValue()));
        return values.stream();
    }

    private static void collectCodes(JsonNode advice, Map<Class<? extends Enum<?>>, Set<String>> seen) {
        seen.get(Decider.class).add(advice.get("decider").textValue());
        seen.get(Complexity.class).add(advice.get("complexity").textValue());
        seen.get(Route.class).add(advice.get("route").textValue());
        seen.get(RoomLevel.class).add(advice.get("participationSpace").textValue());
        seen.get(GovernmentRole.class).add(advice.get("governmentRole").textValue());
        stream(advice.get("quickscanDeliverables")).forEach(seen.get(QuickscanDeliverable.class)::add);
        stream(advice.get("goals")).forEach(seen.get(Goal.class)::add);
        stream(advice.get("steps")).forEach(seen.get(Step.class)::add);
        advice.get("roles").forEach(r -> {
            seen.get(Role.class).add(r.get("role").textValue());
            if (r.has("kind")) {
                seen.get(StakeholderKind.class).add(r.get("kind").textValue());
            }
        });
        advice.get("attentionPoints").forEach(p -> seen.get(AttentionPointCode.class).add(p.get("code").textValue()));
        advice.get("explanation").forEach(e -> seen.get(Basis.class).add(e.get("basis").textValue()));
    }

    // ----------------------------------------------------------------------------------- the random opgaven

    /** A seeded generator of valid opgaven: every decider, room, flag and kind, names with awkward characters. */
    static final class RandomOpgaven {
        private static final String[] PIECES = {"a", "Z", "é", "ë", "Ĳ", "ß", " ", "\"", "\\", "/", "\n", "\t",
            "\u0001", "€", "🚲", "–", "'", "<", "&", "0", "\u00a0"};

        private final Random random;

        RandomOpgaven(long seed) {
            this.random = new Random(seed);
        }

        Opgave next() {
            Initiator initiator = pick(Initiator.values());
            int decision = random.nextInt(4); // initiators, civil servants, college, council
            if (initiator == Initiator.MUNICIPALITY && decision == 0) {
                decision = 1 + random.nextInt(3);
            }
            Optional<Boolean> mandate = decision == 0 ? Optional.empty() : Optional.of(decision == 1);
            Optional<CompetentBody> body = decision == 2 ? Optional.of(CompetentBody.COLLEGE)
                    : decision == 3 ? Optional.of(CompetentBody.COUNCIL) : Optional.empty();
            int count = random.nextInt(50) == 0 ? Opgave.MAX_STAKEHOLDERS : random.nextInt(8);
            List<Stakeholder> stakeholders = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // The suffix keeps names unique: no piece holds a '#'.
                stakeholders.add(Stakeholder.of(text(Opgave.MAX_TEXT - 5) + " #" + i, pick(StakeholderKind.values())));
            }
            return new Opgave(text(Opgave.MAX_TEXT),
                    random.nextBoolean() ? Optional.of(text(Opgave.MAX_REFERENCE)) : Optional.empty(),
                    initiator, decision > 0, mandate, body,
                    Impact.of(flag(), flag(), flag()),
                    Room.of(random.nextInt(5) > 0, pick(RoomLevel.values()), pick(RoomLevel.values()),
                            random.nextInt(5) > 0),
                    Difficulty.of(flag(), flag()),
                    Intentions.of(flag(), flag(), Frameworks.of(random.nextInt(4) > 0, random.nextInt(4) > 0,
                            random.nextInt(4) > 0), flag(), flag()),
                    stakeholders);
        }

        private boolean flag() {
            return random.nextBoolean();
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        /** A non-blank text of 1 to max characters (UTF-16 units), sometimes exactly max. */
        private String text(int max) {
            int length = random.nextInt(10) == 0 ? max : 1 + random.nextInt(Math.min(max, 30));
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                String piece = pick(PIECES);
                text.append(text.length() + piece.length() <= length ? piece : "x");
            }
            if (text.toString().isBlank()) {
                text.setCharAt(0, 'x');
            }
            return text.toString();
        }
    }

    // ----------------------------------------------------------------------------------------- the mutations

    private enum Kind { DROP, RETYPE, INSERT }

    /**
     * One defect put into an opgave's JSON tree: a value dropped, a value replaced by one of another JSON type, or an
     * unknown field inserted. Knows the field path it should be reported at when it is the only defect.
     */
    private static final class Mutation {
        private static final List<String> UNKNOWN_NAMES = List.of("budget", "age", "Title", "policyVersion", "kind",
                "name", "title", "x y", "ÿ", "content", "decider");

        private final Kind kind;
        private final ContainerNode<?> container;
        private final String key;
        private final int index;
        private final String path;
        private final JsonNode value;

        private Mutation(Kind kind, ContainerNode<?> container, String key, int index, String path, JsonNode value) {
            this.kind = kind;
            this.container = container;
            this.key = key;
            this.index = index;
            this.path = path;
            this.value = value;
        }

        static Mutation random(Random random, ObjectNode root, Set<String> spared) {
            while (true) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                Mutation m = kind == Kind.INSERT ? insert(random, root) : change(random, root, kind);
                if (m != null && !spared.contains(m.path)) {
                    return m;
                }
            }
        }

        /** Mutations at unrelated places, at most one of them at a decision field, and no array element dropped. */
        static List<Mutation> independent(Random random, ObjectNode root, int count) {
            List<Mutation> chosen = new ArrayList<>();
            int attempts = 0;
            while (chosen.size() < count && attempts++ < 1_000) {
                Mutation m = random(random, root, Set.of("room"));
                boolean related = chosen.stream().anyMatch(c -> related(c.path, m.path));
                boolean secondDecisionField = DECISION_FIELDS.contains(m.path)
                        && chosen.stream().anyMatch(c -> DECISION_FIELDS.contains(c.path));
                boolean shiftsIndices = m.kind == Kind.DROP && m.key == null;
                if (!related && !secondDecisionField && !shiftsIndices) {
                    chosen.add(m);
                }
            }
            return chosen;
        }

        private static boolean related(String a, String b) {
            return a.equals(b) || b.startsWith(a + ".") || b.startsWith(a + "[") || a.startsWith(b + ".")
                    || a.startsWith(b + "[");
        }

        private static Mutation change(Random random, ObjectNode root, Kind kind) {
            List<Mutation> slots = new ArrayList<>();
            slots(root, "", slots);
            Mutation slot = slots.get(random.nextInt(slots.size()));
            if (kind == Kind.DROP) {
                return new Mutation(Kind.DROP, slot.container, slot.key, slot.index, slot.path, null);
            }
            JsonNode original = slot.current();
            List<JsonNode> others = new ArrayList<>();
            for (JsonNode candidate : candidates()) {
                if (candidate.getNodeType() != original.getNodeType()) {
                    others.add(candidate);
                }
            }
            return new Mutation(Kind.RETYPE, slot.container, slot.key, slot.index, slot.path,
                    others.get(random.nextInt(others.size())));
        }

        private static Mutation insert(Random random, ObjectNode root) {
            List<Mutation> objects = new ArrayList<>();
            objects(root, "", objects);
            Mutation target = objects.get(random.nextInt(objects.size()));
            ObjectNode object = (ObjectNode) target.container;
            String pattern = target.path.replaceAll("\\[\\d+]", "[]");
            Set<String> known = OPGAVE_FIELDS.getOrDefault(pattern, Set.of());
            List<String> names = UNKNOWN_NAMES.stream().filter(n -> !known.contains(n) && !object.has(n)).toList();
            if (names.isEmpty()) {
                return null;
            }
            String name = names.get(random.nextInt(names.size()));
            String path = target.path.isEmpty() ? name : target.path + "." + name;
            return new Mutation(Kind.INSERT, object, name, -1, path, candidates().get(random.nextInt(candidates().size())));
        }

        private static List<JsonNode> candidates() {
            return List.of(TextNode.valueOf("ja"), IntNode.valueOf(1), DoubleNode.valueOf(-2.5), BooleanNode.TRUE,
                    NullNode.instance, NODES.objectNode(), NODES.objectNode().put("x", 1), NODES.arrayNode(),
                    NODES.arrayNode().add(1).add("a"), TextNode.valueOf("lang ".repeat(60)),
                    BigIntegerNode.valueOf(BigInteger.TEN.pow(40)));
        }

        /** Every value in the tree, as a mutation that does nothing yet. */
        private static void slots(JsonNode node, String prefix, List<Mutation> out) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                    out.add(new Mutation(null, (ObjectNode) node, e.getKey(), -1, path, null));
                    slots(e.getValue(), path, out);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String path = prefix + "[" + i + "]";
                    out.add(new Mutation(null, (ArrayNode) node, null, i, path, null));
                    slots(node.get(i), path, out);
                }
            }
        }

        /** Every object in the tree, as a target for an unknown field. */
        private static void objects(JsonNode node, String prefix, List<Mutation> out) {
            if (node.isObject()) {
                out.add(new Mutation(null, (ObjectNode) node, null, -1, prefix, null));
                node.properties().forEach(e -> objects(e.getValue(),
                        prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    objects(node.get(i), prefix + "[" + i + "]", out);
                }
            }
        }

        private JsonNode current() {
            return key != null ? container.get(key) : container.get(index);
        }

        void apply() {
            switch (kind) {
                case DROP -> {
                    if (key != null) {
                        ((ObjectNode) container).remove(key);
                    } else {
                        ((ArrayNode) container).remove(index);
                    }
                }
                case RETYPE, INSERT -> {
                    if (key != null) {
                        ((ObjectNode) container).set(key, value);
                    } else {
                        ((ArrayNode) container).set(index, value);
                    }
                }
            }
        }

        /** The field paths this mutation is reported at when it is the only defect of a valid opgave. */
        Set<String> expectedPaths() {
            boolean optional = OPTIONAL_FIELDS.contains(path);
            return switch (kind) {
                case DROP -> key == null || optional ? Set.of() : Set.of(path);
                case RETYPE -> optional && value.isNull() ? Set.of() : Set.of(path);
                case INSERT -> Set.of(path);
            };
        }

        @Override
        public String toString() {
            return kind + " " + path + (value == null ? "" : " = " + value);
        }
    }

    /** Whether the code is retired: deprecated, kept so that code naming it compiles, never given. */
    private static boolean retired(Class<?> type, String code) {
        if (type == AttentionPointCode.class && code.equals(AttentionPointCode.VERSION_NOT_IN_FORCE.name())) {
            return true; // given only by a version asked for by name outside its period, never by the tables
        }
        try {
            return type.getField(code).isAnnotationPresent(Deprecated.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type + " has no constant " + code, e);
        }
    }
}
