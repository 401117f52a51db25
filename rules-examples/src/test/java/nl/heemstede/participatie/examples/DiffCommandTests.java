package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command {@code participatie diff}, run in-process against the real engine: the bundled policy against a copy
 * with row complexiteit-6 turned from SIMPLE to COMPLEX, in every format; no change says so; usage errors and a
 * policy that does not load exit 2 with the reason on stderr.
 */
class DiffCommandTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";

    @TempDir
    static Path root;

    private static Path edited;

    private static CliRun run(String... args) {
        return CliRun.of(new DiffCommand(), args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DiffCommandTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copy(String name, String dmn) throws IOException {
        Path directory = Files.createDirectories(root.resolve(name));
        Files.writeString(directory.resolve(DMN), dmn, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("beleid.properties"), resource("beleid.properties"), StandardCharsets.UTF_8);
        return directory;
    }

    @BeforeAll
    static void copyTheBundledPolicyWithRowComplexiteit6Changed() throws IOException {
        String dmn = resource(DMN);
        int row = dmn.indexOf("<rule id=\"complexiteit-6\">");
        int end = dmn.indexOf("</rule>", row);
        edited = copy("complexiteit-6", dmn.substring(0, row)
                + dmn.substring(row, end).replace("&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;") + dmn.substring(end));
    }

    @Test
    void markdownIsTheDefaultAndListsTheChangedRow() {
        CliRun run = run("bundled", edited.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# Effect van de wijziging"), run.out());
        assertTrue(run.out().contains("147456 van de 4423680 opgaven krijgen een ander advies"), run.out());
        assertTrue(run.out().contains("## Complexiteit — 147456 opgaven"));
        assertTrue(run.out().contains("### Rij complexiteit-6 — 147456 opgaven"));
        assertTrue(run.out().contains("## Werkwijze"));
        assertEquals("", run.err());
    }

    @Test
    void htmlIsAStandalonePage() {
        CliRun run = run("--format", "html", "bundled", edited.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"));
        assertTrue(run.out().contains("<h2>Complexiteit — 147456 opgaven</h2>"));
        assertTrue(run.out().strip().endsWith("</html>"));
    }

    @Test
    void jsonHasTheCountsAndRows() throws IOException {
        CliRun run = run("--format=json", "bundled", edited.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(4_423_680, json.get("opgaven").asInt());
        assertEquals(147_456, json.get("changedOpgaven").asInt());
        assertEquals("Complexiteit", json.get("decisions").get(0).get("decision").asText());
        assertEquals("complexiteit-6", json.get("decisions").get(0).get("rows").get(0).get("rule").asText());
    }

    @Test
    void noChangeSaysSoAndExitsZero() throws IOException {
        CliRun run = run(copy("unchanged", resource(DMN)).toString(), "bundled");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Geen verschil: alle 4423680 opgaven"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().exit());
        assertEquals(2, run("bundled").exit());
        assertEquals(2, run("bundled", "bundled", "bundled").exit());
        CliRun format = run("--format", "pdf", "bundled", "bundled");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("'pdf'"), format.err());
        assertEquals(2, run("--format").exit());
        assertEquals(2, run("--verbose", "bundled", "bundled").exit());
        CliRun missing = run("bundled", root.resolve("bestaat-niet").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("bestaat-niet"), missing.err());
        CliRun help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("participatie diff"));
    }

    @Test
    void aPolicyThatDoesNotLoadExitsTwoWithItsProblems() throws IOException {
        Path broken = copy("broken", resource(DMN).replace("<decision id=\"complexiteit\" name=\"Complexiteit\">",
                "<decision id=\"complexiteit\" name=\"Complexiteit\"><!DOCTYPE x>"));
        CliRun run = run("bundled", broken.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("NIEUW (" + broken + "): het beleid laadt niet"), run.err());
        assertFalse(run.err().isBlank());
    }
}
