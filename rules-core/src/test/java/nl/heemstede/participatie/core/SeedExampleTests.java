package nl.heemstede.participatie.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.loading.PolicyFiles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The examples of the seed, as scenarios policy staff can read and add: {@code SeedExampleTests.json} next to this
 * class holds, per scenario, a Dutch sentence as name, the section of POLICY.md it proves, an opgave (fields left
 * out take the file's defaults) and what the advice must say, including which table row or rule must explain it,
 * [seed] or [reading]. One test factory runs them all against the real engine; further tests check that every
 * row and rule of the policy has a scenario.
 */
class SeedExampleTests {

    private static final String SCENARIOS = "SeedExampleTests.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EXPECTATIONS = Set.of("decider", "complexity", "route", "quickscanRequired",
            "quickscanDeliverables", "participationSpace", "participationFeasible", "participationPlanRequired",
            "goals", "roles", "stakeholderRoles", "governmentRole", "steps", "planDescriptionQuestions",
            "attentionPoints", "attentionPointTexts", "guidance", "explanation", "explanationAbsent");
    /** Rows that no valid opgave can reach; {@link DecisionTableProperties} checks them over the table's space. */
    private static final Set<String> UNREACHABLE_ROWS = Set.of(
            "rol-6", "rol-10", "rol-12"); // a feasible opgave always has goal A

    private static JsonNode file() {
        try (InputStream in = SeedExampleTests.class.getResourceAsStream(SCENARIOS)) {
            if (in == null) {
                throw new IllegalStateException(SCENARIOS + " is missing next to " + SeedExampleTests.class);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(SCENARIOS + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> scenarios() {
        return StreamSupport.stream(file().get("scenarios").spliterator(), false).toList();
    }

    @TestFactory
    @DisplayName("Every scenario of SeedExampleTests.json gets the advice it expects, explained by the expected row")
    Stream<DynamicTest> everyScenarioGetsTheAdviceItExpects() {
        JsonNode defaults = file().get("defaults");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.get("name").asText(), () -> {
            Opgave opgave = opgave(merge(defaults, s.get("opgave")), s.get("name").asText());
            Advice advice = BundledPolicy.advisor().advise(opgave);
            List<String> failures = compare(s.get("expect"), advice);
            if (!failures.isEmpty()) {
                fail("Scenario '" + s.get("name").asText() + "' (" + s.path("section").asText() + "):\n  "
                        + String.join("\n  ", failures) + "\nfor " + AdviceInvariants.describe(opgave)
                        + "\nadvice " + view(advice).toPrettyString());
            }
        }));
    }

    @Test
    void theScenarioFileHoldsAtLeastFortyScenariosWithUniqueNamesEachExplainedByARow() {
        List<JsonNode> scenarios = scenarios();
        assertTrue(scenarios.size() >= 40, "only " + scenarios.size() + " scenarios");
        Set<String> names = new TreeSet<>();
        for (JsonNode s : scenarios) {
            String name = s.path("name").asText();
            assertTrue(names.add(name), "two scenarios are called '" + name + "'");
            assertTrue(s.path("section").asText().startsWith("§2."), "scenario '" + name + "' needs a section of §2");
            assertTrue(s.path("expect").path("explanation").size() > 0,
                    "scenario '" + name + "' must name the row or rule that explains it");
            s.get("expect").fieldNames().forEachRemaining(k -> assertTrue(EXPECTATIONS.contains(k),
                    "scenario '" + name + "' expects unknown field '" + k + "'; known: " + EXPECTATIONS));
        }
        System.out.println("SeedExampleTests: " + scenarios.size() + " scenarios");
    }

    @Test
    void everyRowOfEveryTableAndEveryRuleOfThePolicyHasAScenario() {
        Set<String> covered = new TreeSet<>();
        for (JsonNode s : scenarios()) {
            s.get("expect").get("explanation").forEach(e -> covered.add(e.get("rule").asText()));
        }
        PolicyFiles files = PolicyFiles.bundled();
        Set<String> missing = new TreeSet<>();
        String dmn = new String(files.content("participatiebeleid.dmn"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<rule id=\"([^\"]+)\"").matcher(dmn);
        while (row.find()) {
            if (!covered.contains(row.group(1)) && !UNREACHABLE_ROWS.contains(row.group(1))) {
                missing.add(row.group(1));
            }
        }
        for (String drl : List.of("rollen.drl", "aandachtspunten.drl")) {
            String text = new String(files.content(drl), StandardCharsets.UTF_8);
            Matcher rule = Pattern.compile("rule \"([^\"]+)\"\\s*\\n\\s*@besluit").matcher(text);
            while (rule.find()) {
                if (!covered.contains(rule.group(1))) {
                    missing.add(rule.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "rows and rules without a scenario in " + SCENARIOS + ": " + missing);
    }

    // ---- reading a scenario ----

    /** The defaults with the scenario's fields laid over them, objects merged field by field. */
    static JsonNode merge(JsonNode defaults, JsonNode given) {
        ObjectNode merged = defaults.deepCopy();
        for (Map.Entry<String, JsonNode> f : given.properties()) {
            JsonNode base = merged.get(f.getKey());
            merged.set(f.getKey(), base != null && base.isObject() && f.getValue().isObject()
                    ? merge(base, f.getValue()) : f.getValue());
        }
        return merged;
    }

    /** The opgave of a scenario, in the field names of POLICY.md §1. */
    static Opgave opgave(JsonNode o, String name) {
        known(o, "opgave", "title", "reference", "initiator", "municipalDecisionRequired",
                "withinCivilServiceMandate", "competentBody", "impact", "room", "difficulty", "intentions",
                "stakeholders");
        JsonNode impact = o.get("impact");
        JsonNode room = o.get("room");
        JsonNode difficulty = o.get("difficulty");
        JsonNode intentions = o.get("intentions");
        JsonNode frameworks = intentions.get("frameworksSet");
        List<Stakeholder> stakeholders = new ArrayList<>();
        o.get("stakeholders").forEach(s -> stakeholders.add(Stakeholder.of(s.get("name").asText(),
                StakeholderKind.valueOf(s.get("kind").asText()))));
        String title = o.hasNonNull("title") ? o.get("title").asText()
                : name.length() > 200 ? name.substring(0, 200) : name;
        return new Opgave(title, Optional.ofNullable(o.get("reference")).map(JsonNode::asText),
                Initiator.valueOf(o.get("initiator").asText()), o.get("municipalDecisionRequired").asBoolean(),
                Optional.ofNullable(o.get("withinCivilServiceMandate")).map(JsonNode::asBoolean),
                Optional.ofNullable(o.get("competentBody")).map(b -> CompetentBody.valueOf(b.asText())),
                Impact.of(bool(impact, "majorChangeToLivingEnvironment"), bool(impact, "manyActors"),
                        bool(impact, "manyInterests")),
                Room.of(bool(room, "somethingToChoose"), RoomLevel.valueOf(room.get("legalRoom").asText()),
                        RoomLevel.valueOf(room.get("policyRoom").asText()),
                        bool(room, "participationDesirable", true)),
                Difficulty.of(bool(difficulty, "complexContent"), bool(difficulty, "opposingInterests")),
                Intentions.of(bool(intentions, "stakeholdersWillCoProduce"), bool(intentions, "decisionPowerShared"),
                        Frameworks.of(bool(frameworks, "content"), bool(frameworks, "financial"),
                                bool(frameworks, "process")), bool(intentions, "learningPilot"),
                        bool(intentions, "learnTogether", false)),
                stakeholders);
    }

    /** An optional boolean of POLICY.md §1: its default when left out, else it must be true or false. */
    private static boolean bool(JsonNode node, String field, boolean byDefault) {
        return node.has(field) ? bool(node, field) : byDefault;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    private static void known(JsonNode node, String what, String... fields) {
        Set<String> allowed = Set.of(fields);
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(what + " has unknown field '" + f + "'; known: " + allowed);
            }
        });
    }

    // ---- comparing an advice with what a scenario expects ----

    /** The advice as JSON in the field names of POLICY.md §3, for comparing and for readable failures. */
    static ObjectNode view(Advice a) {
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("decider", a.decider().name());
        v.put("complexity", a.complexity().name());
        v.put("route", a.route().name());
        v.put("quickscanRequired", a.quickscanRequired());
        names(v.putArray("quickscanDeliverables"), a.quickscanDeliverables());
        v.put("participationSpace", a.participationSpace().name());
        v.put("participationFeasible", a.participationFeasible());
        v.put("participationPlanRequired", a.participationPlanRequired());
        names(v.putArray("goals"), a.goals());
        ArrayNode roles = v.putArray("roles");
        for (RoleAssignment r : a.roles()) {
            ObjectNode role = roles.addObject().put("party", r.party());
            r.kind().ifPresent(k -> role.put("kind", k.name()));
            role.put("role", r.role().name());
        }
        v.put("governmentRole", a.governmentRole().name());
        names(v.putArray("steps"), a.steps());
        names(v.putArray("guidance"), a.guidance());
        a.planDescriptionQuestions().forEach(v.putArray("planDescriptionQuestions")::add);
        ArrayNode points = v.putArray("attentionPoints");
        a.attentionPoints().forEach(p -> points.addObject().put("code", p.code().name()).put("text", p.text()));
        ArrayNode explanation = v.putArray("explanation");
        for (Explanation e : a.explanation()) {
            ObjectNode entry = explanation.addObject().put("decision", e.decision()).put("rule", e.rule())
                    .put("basis", e.basis().name());
            e.subject().ifPresent(s -> entry.put("subject", s));
        }
        return v;
    }

    private static void names(ArrayNode array, Iterable<? extends Enum<?>> values) {
        values.forEach(e -> array.add(e.name()));
    }

    static List<String> compare(JsonNode expect, Advice advice) {
        ObjectNode actual = view(advice);
        List<String> f = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            String key = e.getKey();
            JsonNode want = e.getValue();
            switch (key) {
                case "goals" -> {
                    Set<String> wanted = texts(want);
                    Set<String> got = texts(actual.get("goals"));
                    if (!wanted.equals(got)) {
                        f.add("goals are " + got + ", expected " + wanted);
                    }
                }
                case "planDescriptionQuestions" -> {
                    if (actual.get(key).size() != want.asInt()) {
                        f.add("planDescriptionQuestions has " + actual.get(key).size() + " questions, expected "
                                + want.asInt());
                    }
                }
                case "attentionPoints" -> {
                    List<String> got = advice.attentionPoints().stream().map(p -> p.code().name()).toList();
                    List<String> wanted = new ArrayList<>();
                    want.forEach(c -> wanted.add(c.asText()));
                    if (!got.equals(wanted)) {
                        f.add("attentionPoints are " + got + ", expected exactly " + wanted);
                    }
                }
                case "attentionPointTexts" -> want.properties().forEach(t -> {
                    Optional<AttentionPoint> point = advice.attentionPoints().stream()
                            .filter(p -> p.code().name().equals(t.getKey())).findFirst();
                    if (point.isEmpty() || !point.get().text().contains(t.getValue().asText())) {
                        f.add("attention point " + t.getKey() + " must say '" + t.getValue().asText() + "'; it is "
                                + point.map(AttentionPoint::text).orElse("absent"));
                    }
                });
                case "stakeholderRoles" -> want.properties().forEach(r -> {
                    Optional<RoleAssignment> role = advice.roles().stream()
                            .filter(a -> a.kind().isPresent() && a.party().equals(r.getKey())).findFirst();
                    if (role.isEmpty() || !role.get().role().name().equals(r.getValue().asText())) {
                        f.add("stakeholder '" + r.getKey() + "' is " + role.map(a -> a.role().name()).orElse("absent")
                                + ", expected " + r.getValue().asText());
                    }
                });
                case "explanation" -> want.forEach(w -> {
                    if (!containsEntry(actual.get("explanation"), w)) {
                        f.add("the explanation lacks " + w);
                    }
                });
                case "explanationAbsent" -> want.forEach(w -> {
                    if (containsEntry(actual.get("explanation"), w)) {
                        f.add("the explanation must not have " + w);
                    }
                });
                default -> {
                    if (!EXPECTATIONS.contains(key)) {
                        f.add("unknown expectation '" + key + "'");
                    } else if (!want.equals(actual.get(key))) {
                        f.add(key + " is " + actual.get(key) + ", expected " + want);
                    }
                }
            }
        }
        return f;
    }

    /** Whether some entry has every field the wanted entry gives (decision, rule, basis, subject). */
    private static boolean containsEntry(JsonNode entries, JsonNode wanted) {
        for (JsonNode entry : entries) {
            boolean all = true;
            for (Map.Entry<String, JsonNode> field : wanted.properties()) {
                all &= field.getValue().equals(entry.get(field.getKey()));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
