package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyVersion;

/**
 * The conventions every command of {@code participatie} keeps (issue 11): {@code COMMAND --help} prints that
 * command's usage on standard output with exit 0, {@code --version} names the library and the bundled policy, a
 * usage error goes to standard error with exit 2 and nothing on standard output, and {@code check} of a directory
 * that is not there is a usage error that does not pretend to have checked anything.
 */
class ParticipatieCliConventionsTests {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "participatie {0} --help")
    @ValueSource(strings = {"advise", "check", "check-plan", "review", "diff", "matrix"})
    void everyCommandPrintsItsOwnUsageOnStandardOutputWithExitZero(String command) {
        CliRun run = run(command, "--help");

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Gebruik: participatie " + command + " "), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void adviseHelpIsTheUsageOfAdviseAlone() {
        CliRun run = run("advise", "--help");

        assertTrue(run.out().contains("--format json"), run::toString);
        assertFalse(run.out().contains("participatie check-plan"), run::toString);
    }

    @Test
    void versionNamesTheLibraryAndTheBundledPolicyWithItsSha256() {
        PolicyVersion bundled = ParticipationAdvisor.bundled().policyVersion();

        CliRun run = run("--version");

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("participatie \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run::toString);
        assertEquals("participatie " + ParticipatieCli.libraryVersion(), lines.get(0));
        assertTrue(lines.get(1).contains(bundled.name()), run::toString);
        assertTrue(lines.get(2).contains("sha256 " + bundled.sha256()), run::toString);
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of()),
                Arguments.of(List.of("adviseer")),
                Arguments.of(List.of("--version", "extra")),
                Arguments.of(List.of("advise", "--verbose", "x.json")),
                Arguments.of(List.of("advise")),
                Arguments.of(List.of("check")),
                Arguments.of(List.of("check", "--verbose", "beleid")),
                Arguments.of(List.of("check", "--format", "xml", "beleid")),
                Arguments.of(List.of("check-plan", "opgave.json")),
                Arguments.of(List.of("review", "--verbose")),
                Arguments.of(List.of("diff", "bundled")),
                Arguments.of(List.of("diff", "--format", "pdf", "bundled", "bundled")),
                Arguments.of(List.of("matrix", "--verbose")));
    }

    @ParameterizedTest(name = "participatie {0}")
    @MethodSource("usageErrors")
    void aUsageErrorGoesToStandardErrorWithExitTwoAndNothingOnStandardOutput(List<String> args) {
        CliRun run = run(args.toArray(String[]::new));

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertFalse(run.err().isBlank(), run::toString);
    }

    @Test
    void checkOfADirectoryThatIsNotThereIsAUsageErrorAndChecksNothing() {
        Path missing = dir.resolve("no/such/dir");

        CliRun run = run("check", missing.toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().contains(missing + ": deze map bestaat niet"), run::toString);
        assertTrue(run.err().contains("Er is niets gecontroleerd"), run::toString);
    }

    @Test
    void checkOfAFileIsAUsageErrorAndChecksNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("participatiebeleid.dmn"), "<definitions/>");

        CliRun run = run("check", "--format", "json", file.toString());

        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().contains(file + ": dit is geen map"), run::toString);
    }

    // ===================================================================================================== helpers

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
