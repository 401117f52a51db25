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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command {@code participatie matrix [MAP] [--format markdown|csv|html]}, run in-process: every format of the
 * bundled policy, a copied policy directory, a directory with a Java function refused, and usage errors.
 */
class MatrixCommandTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";

    @TempDir
    Path dir;

    /** The exit code and what the command printed. */
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new MatrixCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MatrixCommandTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path policyCopy(String dmn) throws IOException {
        Files.writeString(dir.resolve("participatiebeleid.dmn"), dmn);
        Files.writeString(dir.resolve("beleid.properties"), resource("beleid.properties"));
        return dir;
    }

    @Test
    void withoutArgumentsTheBundledPolicyIsPrintedAsMarkdown() {
        Result result = run();
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("# Participatiebeleid Heemstede: beslistabellen"), result.out());
        assertTrue(result.out().contains("## Wie beslist\n"));
        assertTrue(result.out().contains("| wie-beslist-4 | ja | nee | gemeenteraad | raad |"));
        assertTrue(result.out().contains("Hit policy **C** (COLLECT): elke rij die past telt mee."));
        assertTrue(result.out().contains("Hit policy **U** (UNIQUE): precies één rij past."), result.out());
        assertFalse(result.out().contains("Hit policy **F**"), "no table of the bundled policy depends on row order");
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"markdown", "csv", "html"})
    void everyFormatPrintsEveryTable(String format) {
        Result result = run("--format", format);
        assertEquals(0, result.code(), result.err());
        for (String table : new String[] {"Wie beslist", "Complexiteit", "Stappen", "Doelen", "Rol van de gemeente"}) {
            assertTrue(result.out().contains(table), format + ": " + table);
        }
        assertTrue(result.out().contains("rol-gemeente-1"), format);
        assertEquals(result.out(), run("--format=" + format).out());
    }

    @Test
    void csvStartsWithAByteOrderMarkAndHtmlIsAWholePage() {
        String csv = run("--format", "csv").out();
        assertTrue(csv.startsWith("\uFEFFBeleid,Participatiebeleid Heemstede,"), csv.substring(0, 60));
        assertTrue(csv.contains("\r\nwie-beslist-4,ja,nee,gemeenteraad,raad,"));
        String html = run("--format", "html").out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td class=\"regel\">wie-beslist-4</td>"));
    }

    @Test
    void aCopiedPolicyDirectoryPrintsLikeTheBundledPolicy() throws IOException {
        policyCopy(resource("participatiebeleid.dmn"));
        Result result = run(dir.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(run().out(), result.out());
        Result html = run(dir.toString(), "--format", "html");
        assertEquals(0, html.code(), html.err());
    }

    @Test
    void aDirectoryWithAJavaFunctionIsRefusedWithExitTwo() throws IOException {
        String payload = """
                <businessKnowledgeModel id="zet" name="zet">
                    <variable id="zet-var" name="zet"/>
                    <encapsulatedLogic id="zet-logic" kind="Java">
                      <formalParameter id="zet-k" name="k" typeRef="string"/>
                      <formalParameter id="zet-v" name="v" typeRef="string"/>
                      <context id="zet-ctx">
                        <contextEntry id="zet-class"><variable id="zet-class-var" name="class"/>
                          <literalExpression id="zet-class-le"><text>"java.lang.System"</text></literalExpression>
                        </contextEntry>
                        <contextEntry id="zet-sig"><variable id="zet-sig-var" name="method signature"/>
                          <literalExpression id="zet-sig-le"><text>"setProperty(java.lang.String, java.lang.String)"</text></literalExpression>
                        </contextEntry>
                      </context>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="spion" name="spion">
                    <variable id="spion-var" name="spion" typeRef="string"/>
                    <knowledgeRequirement id="spion-kr"><requiredKnowledge href="#zet"/></knowledgeRequirement>
                    <literalExpression id="spion-le"><text>zet("matrix.pwned", "yes")</text></literalExpression>
                  </decision>
                  <inputData \
                """;
        policyCopy(resource("participatiebeleid.dmn").replaceFirst("<inputData ", payload));
        Result result = run(dir.toString());
        assertEquals(2, result.code(), result.out());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Het beleid in " + dir + " laadt niet:"), result.err());
        assertTrue(result.err().contains("  - "), result.err());
        assertTrue(result.err().contains("Java"), result.err());
        assertEquals(null, System.getProperty("matrix.pwned"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Result unknownFormat = run("--format", "pdf");
        assertEquals(2, unknownFormat.code());
        assertTrue(unknownFormat.err().contains("niet 'pdf'"), unknownFormat.err());
        assertEquals(2, run("--format").code());
        assertEquals(2, run("--wat").code());
        assertEquals(2, run(dir.toString(), dir.toString()).code());
        Result noDirectory = run(dir.resolve("bestaat-niet").toString());
        assertEquals(2, noDirectory.code());
        assertTrue(noDirectory.err().contains("geen map"), noDirectory.err());
        Result empty = run(dir.toString());
        assertEquals(2, empty.code());
        assertFalse(empty.err().isBlank());
        assertEquals("", empty.out());
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Gebruik: participatie matrix"));
    }
}
