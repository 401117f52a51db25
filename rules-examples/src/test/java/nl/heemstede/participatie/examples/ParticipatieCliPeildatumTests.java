package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The command line over time (README, "Using the library"), against the real engine: the advice shows its peildatum and
 * the period of its version; an opgave no version is in force on is an invalid opgave (JSON {@code errors} of the field
 * {@code peildatum}, a Dutch sentence in text, exit 1); {@code --policy} takes a register that answers by date, and
 * {@code --policy-version} asks for a version by name, which the advice flags when it was not in force.
 */
class ParticipatieCliPeildatumTests {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String BELEID = "/nl/heemstede/participatie/beleid/";
    private static final String BUNDLED_NAME = "Heemstede participatiebeleid 2020 – proceskader";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theAdviceShowsItsPeildatumAndThePeriodOfItsVersion() {
        CliRun json = run("advise", "--format", "json", example("5-raad-complex.json"));
        CliRun text = run("advise", example("5-raad-complex.json"));

        assertEquals(0, json.exit(), json::toString);
        JsonNode advice = json.json().get(0);
        assertEquals("2022-06-01", advice.get("peildatum").textValue());
        assertEquals("2021-02-01", advice.get("policyVersion").get("validFrom").textValue());
        assertEquals("2023-12-18", advice.get("policyVersion").get("validUntil").textValue());
        assertEquals("CVDR707400", advice.get("policyVersion").get("succeededBy").textValue());
        assertEquals(0, text.exit(), text::toString);
        assertTrue(text.out().contains("Peildatum: 1 juni 2022 (2022-06-01)\n"), text::toString);
        assertTrue(text.out().contains("geldig van 1 februari 2021 tot en met 18 december 2023; opgevolgd door"
                + " CVDR707400\n"), text::toString);
    }

    @Test
    void anOpgaveOnADayNoVersionIsInForceOnIsAnInvalidOpgaveOfTheFieldPeildatum() throws IOException {
        Path late = withPeildatum("5-raad-complex.json", "2026-12-01");

        CliRun json = run("advise", "--format", "json", example("1-initiatief-bewoners.json"), late.toString());
        CliRun text = run("advise", late.toString());

        assertEquals(1, json.exit(), json::toString);
        assertEquals("", json.err(), json::toString);
        assertFalse(json.json().get(0).has("errors"), "the other opgave is advised");
        JsonNode error = json.json().get(1).get("errors").get(0);
        assertEquals("peildatum", error.get("field").textValue());
        assertEquals("2026-12-01", error.get("value").textValue());
        assertEquals(1, json.json().get(1).get("errors").size());
        assertEquals(1, text.exit(), text::toString);
        assertTrue(text.out().contains("is ongeldig (1 fout):\n  - peildatum [2026-12-01]: Op de peildatum 1 december"
                + " 2026 (2026-12-01) geldt geen versie van het participatiebeleid: de enige geladen versie is '"
                + BUNDLED_NAME + "' (geldig van 1 februari 2021 tot en met 18 december 2023; opgevolgd door"
                + " CVDR707400)."), text::toString);
    }

    @Test
    void aRegisterGivenWithPolicyAnswersByDate() throws IOException {
        Path register = register();
        Path in2022 = withPeildatum("5-raad-complex.json", "2022-12-31");
        Path in2023 = withPeildatum("5-raad-complex.json", "2023-01-01");

        CliRun run = run("advise", "--format", "json", "--policy", register.toString(), in2022.toString(),
                in2023.toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("Participatiebeleid 2021-2022", run.json().get(0).get("policyVersion").get("name").textValue());
        assertEquals("Participatiebeleid 2023", run.json().get(1).get("policyVersion").get("name").textValue());
        assertEquals("CONSULTED", digipanelRole(run.json().get(0)), "row rol-11 of the first version");
        assertEquals("INFORMED", digipanelRole(run.json().get(1)), "row rol-11 of the second version");

        CliRun late = run("advise", "--policy=" + register, withPeildatum("5-raad-complex.json", "2024-01-01")
                .toString());
        assertEquals(1, late.exit(), late::toString);
        assertTrue(late.out().contains("geladen zijn 'Participatiebeleid 2021-2022' (geldig van 1 februari 2021 tot en"
                + " met 31 december 2022), 'Participatiebeleid 2023' (geldig van 1 januari 2023 tot en met 18 december"
                + " 2023)"), late::toString);
    }

    @Test
    void aVersionAskedForByNameOutsideItsPeriodIsFlaggedInTheAdvice() throws IOException {
        Path late = withPeildatum("5-raad-complex.json", "2026-12-01");

        CliRun json = run("advise", "--format", "json", "--policy-version", BUNDLED_NAME, late.toString());
        CliRun text = run("advise", "--policy-version", BUNDLED_NAME, late.toString());

        assertEquals(0, json.exit(), json::toString);
        boolean flagged = false;
        for (JsonNode point : json.json().get(0).get("attentionPoints")) {
            flagged |= point.get("code").textValue().equals("VERSION_NOT_IN_FORCE");
        }
        assertTrue(flagged, json::toString);
        assertEquals(0, text.exit(), text::toString);
        assertTrue(text.out().contains("Let op: deze beleidsversie gold niet op de peildatum 1 december 2026"),
                text::toString);

        CliRun inForce = run("advise", "--policy-version", BUNDLED_NAME, example("5-raad-complex.json"));
        assertFalse(inForce.out().contains("Let op: deze beleidsversie"), inForce::toString);
    }

    @Test
    void anUnknownVersionNameIsAUsageErrorNamingTheVersionsThereAre() {
        CliRun run = run("advise", "--policy-version", "Participatiebeleid 2030", example("5-raad-complex.json"));

        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("Er is geen beleidsversie met de naam 'Participatiebeleid 2030'; er zijn: '"
                + BUNDLED_NAME + "'"), run::toString);
        assertEquals(2, run("advise", "--policy").exit());
    }

    @Test
    void aRegisterWithOverlappingPeriodsDoesNotLoad() throws IOException {
        Path register = register();
        Files.writeString(register.resolve("2023").resolve("beleid.properties"),
                descriptor("Participatiebeleid 2023", "2022-12-01", "2023-12-18"));

        CliRun run = run("advise", "--policy", register.toString(), example("5-raad-complex.json"));

        assertEquals(3, run.exit(), run::toString);
        assertTrue(run.err().contains("overlappen: 'Participatiebeleid 2021-2022'"), run::toString);
    }

    @Test
    void checkPlanAndReviewTakeThePolicyOptionsAndRefuseADayNoVersionIsInForceOn() throws IOException {
        Path opgave = EXAMPLES.resolve("proceskader/opgave.json");
        Path plan = EXAMPLES.resolve("proceskader/plan.json");
        Path record = EXAMPLES.resolve("proceskader/verslag.json");
        Path register = register();

        CliRun check = run("check-plan", "--format", "json", "--policy", register.toString(), opgave.toString(),
                plan.toString());
        assertEquals(0, check.exit(), check::toString);
        assertEquals("Participatiebeleid 2021-2022", check.json().get("policyVersion").get("name").textValue());

        Path late = dir.resolve("opgave-2026.json");
        ObjectNode node = (ObjectNode) read(opgave);
        node.put("peildatum", "2026-12-01");
        Files.writeString(late, node.toString());
        CliRun refused = run("check-plan", "--format", "json", late.toString(), plan.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertEquals("opgave.peildatum", refused.json().get("errors").get(0).get("field").textValue());
        CliRun reviewed = run("review", late.toString(), plan.toString(), record.toString());
        assertEquals(2, reviewed.exit(), reviewed::toString);
        assertTrue(reviewed.out().contains("peildatum [2026-12-01]: Op de peildatum 1 december 2026"),
                reviewed::toString);

        CliRun pinned = run("review", "--format", "json", "--policy-version", BUNDLED_NAME, late.toString(),
                plan.toString(), record.toString());
        assertEquals(BUNDLED_NAME, pinned.json().get("policyVersion").get("name").textValue(), pinned::toString);
    }

    // ===================================================================================================== helpers

    /** The role the advice gives the digipanel (a stakeholder of the kind RESIDENTS). */
    private static String digipanelRole(JsonNode advice) {
        for (JsonNode role : advice.get("roles")) {
            if ("RESIDENTS".equals(role.path("kind").textValue())) {
                return role.get("role").textValue();
            }
        }
        throw new AssertionError("no role for RESIDENTS in " + advice);
    }

    /**
     * A register of two versions with adjacent periods: the bundled tables in 2021–2022, and from 2023 the same with
     * the digipanel informed instead of consulted (row rol-11).
     */
    private Path register() throws IOException {
        Path register = dir.resolve("register");
        String dmn = resource("participatiebeleid.dmn");
        version(register.resolve("2021"), dmn, descriptor("Participatiebeleid 2021-2022", "2021-02-01", "2022-12-31"));
        Matcher row = Pattern.compile("<rule id=\"rol-11\".*?</rule>", Pattern.DOTALL).matcher(dmn);
        assertTrue(row.find(), "the bundled role table has row rol-11");
        String changed = dmn.substring(0, row.start())
                + row.group().replace("&quot;CONSULTED&quot;", "&quot;INFORMED&quot;") + dmn.substring(row.end());
        version(register.resolve("2023"), changed, descriptor("Participatiebeleid 2023", "2023-01-01", "2023-12-18"));
        return register;
    }

    private static void version(Path directory, String dmn, String descriptor) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("participatiebeleid.dmn"), dmn);
        Files.writeString(directory.resolve("beleid.properties"), descriptor);
    }

    private static String descriptor(String name, String validFrom, String validUntil) throws IOException {
        return resource("beleid.properties").replace("name=" + BUNDLED_NAME, "name=" + name)
                .replace("validFrom=2021-02-01", "validFrom=" + validFrom)
                .replace("validUntil=2023-12-18", "validUntil=" + validUntil)
                .replace("succeededBy=CVDR707400\n", "");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParticipatieCliPeildatumTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path withPeildatum(String example, String peildatum) throws IOException {
        ObjectNode node = (ObjectNode) read(EXAMPLES.resolve(example));
        node.put("peildatum", peildatum);
        Path file = dir.resolve(peildatum + "-" + example);
        Files.writeString(file, node.toString());
        return file;
    }

    private static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file));
    }

    private static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
