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

/**
 * {@code check}, {@code matrix} and {@code diff} on hostile policy directories (issue 14): a DMN output entry inside
 * 2,000 pairs of parentheses (which overflows the engine's stack) and a descriptor with an impossible date are
 * refused with a Dutch message naming the file, and a non-zero exit; never a stack trace.
 */
class HostilePolicyCommandTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";

    @TempDir
    static Path root;

    private static Path nested;
    private static Path badDate;

    private static CliRun run(ParticipatieCli.Command command, String... args) {
        return CliRun.of(command, args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostilePolicyCommandTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copy(String name, String dmn, String descriptor) throws IOException {
        Path directory = Files.createDirectories(root.resolve(name));
        Files.writeString(directory.resolve(DMN), dmn, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("beleid.properties"), descriptor, StandardCharsets.UTF_8);
        return directory;
    }

    @BeforeAll
    static void fixtures() throws IOException {
        String dmn = resource(DMN);
        String output = "<outputEntry id=\"wie-beslist-4-o\"><text>&quot;COUNCIL&quot;</text>";
        assertTrue(dmn.contains(output));
        nested = copy("nested", dmn.replace(output, "<outputEntry id=\"wie-beslist-4-o\"><text>" + "(".repeat(2_000)
                + "&quot;COUNCIL&quot;" + ")".repeat(2_000) + "</text>"), resource("beleid.properties"));
        badDate = copy("bad-date", dmn, resource("beleid.properties").replace("validFrom=2021-02-01",
                "validFrom=2021-02-31"));
    }

    private static void refusedInDutch(CliRun run, String phrase) {
        assertTrue(run.exit() != 0, "exit " + run.exit());
        String all = run.out() + run.err();
        assertTrue(all.contains(phrase), all);
        assertFalse(all.contains("\tat "), "no stack trace: " + all);
        assertFalse(all.contains("Exception in thread"), all);
    }

    @Test
    void checkRefusesADeeplyNestedExpressionAndAnImpossibleDateInDutch() {
        CliRun nestedRun = run(new CheckCommand(), nested.toString());
        assertEquals(ParticipatieCli.INVALID, nestedRun.exit());
        refusedInDutch(nestedRun, "haakjes diep genest");
        refusedInDutch(nestedRun, "Wie beslist");
        refusedInDutch(run(new CheckCommand(), badDate.toString()), "validFrom=2021-02-31 is geen datum");
    }

    @Test
    void matrixRefusesADeeplyNestedExpressionAndAnImpossibleDateInDutch() {
        refusedInDutch(run(new MatrixCommand(), nested.toString()), "haakjes diep genest");
        refusedInDutch(run(new MatrixCommand(), badDate.toString()), "validFrom=2021-02-31 is geen datum");
    }

    @Test
    void diffRefusesADeeplyNestedExpressionAndAnImpossibleDateInDutch() {
        refusedInDutch(run(new DiffCommand(), "bundled", nested.toString()), "haakjes diep genest");
        refusedInDutch(run(new DiffCommand(), badDate.toString(), "bundled"), "validFrom=2021-02-31 is geen datum");
    }

    @Test
    void anUnexpectedEngineFailureIsOneDutchParagraph() {
        String message = LoadFailure.message("/beleid", new StackOverflowError());
        assertTrue(message.startsWith("Het beleid in /beleid kon niet worden geladen: de engine liep vast"), message);
        assertFalse(message.contains("\n"), message);
    }
}
