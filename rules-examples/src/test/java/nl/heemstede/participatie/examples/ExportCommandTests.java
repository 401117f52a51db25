package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.staff.PolicyExport;

/**
 * The command {@code participatie export --for camunda7 MAP UIT}, run in-process: the bundled policy and a copied
 * policy directory written with the note beside them, a refused policy and usage errors.
 */
class ExportCommandTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ParticipatieCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExportCommandTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledPolicyIsWrittenForCamundaWithTheNoteBesideIt() throws IOException {
        Path out = dir.resolve("heemstede.dmn");
        Result result = run("export", "--for", "camunda7", "bundled", out.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(PolicyExport.camunda7(null), Files.readString(out));
        assertTrue(Files.readString(out).contains("<text>`Besluit gemeente nodig`</text>"));
        Path note = dir.resolve("heemstede.LEESMIJ.md");
        assertEquals(PolicyExport.camunda7Note(), Files.readString(note));
        assertTrue(result.out().contains("Geschreven: " + out), result.out());
    }

    @Test
    void aPolicyDirectoryIsCheckedAndWritten() throws IOException {
        Path policy = Files.createDirectory(dir.resolve("beleid"));
        Files.writeString(policy.resolve("participatiebeleid.dmn"), resource("participatiebeleid.dmn"));
        Files.writeString(policy.resolve("beleid.properties"), resource("beleid.properties"));
        Path out = dir.resolve("export.dmn");
        Result result = run("export", "--for=camunda7", policy.toString(), out.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(PolicyExport.camunda7(null), Files.readString(out), "the same tables, the same export");
    }

    @Test
    void aPolicyThatDoesNotLoadIsNotWritten() throws IOException {
        Path policy = Files.createDirectory(dir.resolve("kapot"));
        Files.writeString(policy.resolve("participatiebeleid.dmn"), resource("participatiebeleid.dmn")
                .replace("<decision id=\"wie-beslist\" name=\"Wie beslist\">",
                        "<decision id=\"wie-beslist\" name=\"Wie beslist anders\">"));
        Files.writeString(policy.resolve("beleid.properties"), resource("beleid.properties"));
        Path out = dir.resolve("export.dmn");
        Result result = run("export", "--for", "camunda7", policy.toString(), out.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("laadt niet"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsExitWithTwoAndADutchMessage() {
        Path out = dir.resolve("x.dmn");
        Result noTarget = run("export", "bundled", out.toString());
        assertEquals(2, noTarget.code());
        assertTrue(noTarget.err().contains("Geef het doel met --for camunda7."), noTarget.err());
        Result otherTarget = run("export", "--for", "camunda8", "bundled", out.toString());
        assertEquals(2, otherTarget.code());
        assertTrue(otherTarget.err().contains("niet 'camunda8'"), otherTarget.err());
        Result oneOperand = run("export", "--for", "camunda7", "bundled");
        assertEquals(2, oneOperand.code());
        assertTrue(oneOperand.err().contains("gegeven: 1 argument."), oneOperand.err());
        Result noDirectory = run("export", "--for", "camunda7", dir.resolve("nergens").toString(), out.toString());
        assertEquals(2, noDirectory.code());
        assertTrue(noDirectory.err().contains("geen map"), noDirectory.err());
        Result help = run("export", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Gebruik: participatie export --for camunda7 MAP UIT"), help.out());
        assertFalse(Files.exists(out));
    }
}
