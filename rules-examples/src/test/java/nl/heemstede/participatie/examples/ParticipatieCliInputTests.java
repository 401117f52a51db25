package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds on what the command line reads (issue 14): an input file larger than
 * {@link ParticipatieCli#MAX_INPUT_BYTES}, a directory, a FIFO or a device is refused unread, with exit 2 and a Dutch
 * message that names the file, within seconds and without a stack trace, by {@code advise}, {@code check-plan} and
 * {@code review} alike.
 */
class ParticipatieCliInputTests {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final Path OPGAVE = EXAMPLES.resolve("proceskader/opgave.json");
    private static final Path PLAN = EXAMPLES.resolve("proceskader/plan.json");
    /** Long enough for a refusal, far too short to read {@code /dev/zero} into an OutOfMemoryError. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------------ too large

    @Test
    void aFileLargerThanTheLimitIsRefusedUnreadWithExitTwoAndTheLimitInTheMessage() throws IOException {
        Path large = sparse("groot.json", ParticipatieCli.MAX_INPUT_BYTES + 1L);

        CliRun run = run("advise", "--format", "json", large.toString());

        assertRefused(run, large, "groter dan 10 MB (10.000.000 bytes)");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        // An empty batch padded with white space to exactly the limit: read, parsed and answered with an empty array.
        byte[] text = new byte[ParticipatieCli.MAX_INPUT_BYTES];
        java.util.Arrays.fill(text, (byte) ' ');
        text[0] = '[';
        text[text.length - 1] = ']';
        Path atLimit = Files.write(dir.resolve("precies.json"), text);

        CliRun run = run("advise", "--format", "json", atLimit.toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("[ ]\n", run.out(), run::toString);
    }

    @Test
    void aFileWhoseSizeSaysLessThanItHoldsIsReadNoFurtherThanOneByteBeyondTheLimit() {
        // Files under /proc say they are empty and hold more: the size cannot be trusted, the read is bounded.
        Path proc = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(proc), "no /proc on this system");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Optional<String> read = ParticipatieCli.readFile(proc, 100, new PrintStream(err, true,
                StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), read);
        assertEquals(proc + ": het bestand is groter dan 100 bytes en wordt niet gelezen. Verdeel de opgaven over"
                + " meer bestanden.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void check_planAndReviewRefuseAFileLargerThanTheLimitAlike() throws IOException {
        Path large = sparse("groot-plan.json", ParticipatieCli.MAX_INPUT_BYTES + 1L);

        assertRefused(run("check-plan", OPGAVE.toString(), large.toString()), large, "groter dan 10 MB");
        assertRefused(run("review", OPGAVE.toString(), PLAN.toString(), large.toString()), large,
                "groter dan 10 MB");
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"advise", "check-plan", "review"})
    void theUsageTextStatesTheLimit(String command) {
        CliRun run = command.equals("advise") ? run("--help") : run(command, "--help");

        assertTrue(run.out().contains("hoogstens " + ParticipatieCli.megabytes(ParticipatieCli.MAX_INPUT_BYTES)),
                run::toString);
        assertTrue(run.out().contains("een map, een pipe of een apparaat wordt niet gelezen"), run::toString);
    }

    // ----------------------------------------------------------------------------------- not a regular file

    @Test
    void devZeroIsRefusedAsADeviceQuicklyAndNeverReadIntoMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        CliRun run = assertTimeoutPreemptively(QUICKLY, () -> run("advise", "--format", "json", zero.toString()));

        assertRefused(run, zero, "geen gewoon bestand");
    }

    @Test
    void aFifoIsRefusedWithoutOpeningItSoTheRunNeverHangs() throws Exception {
        Path fifo = fifo("invoer.json");

        CliRun advise = assertTimeoutPreemptively(QUICKLY, () -> run("advise", fifo.toString()));
        CliRun checkPlan = assertTimeoutPreemptively(QUICKLY, () -> run("check-plan", OPGAVE.toString(),
                fifo.toString()));

        assertRefused(advise, fifo, "geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat)");
        assertRefused(checkPlan, fifo, "geen gewoon bestand");
    }

    @Test
    void aDirectoryIsRefusedAsAMapByEveryCommand() {
        assertRefused(run("advise", dir.toString()), dir, "dit is een map, geen bestand");
        assertRefused(run("check-plan", dir.toString(), PLAN.toString()), dir, "dit is een map");
        assertRefused(run("review", OPGAVE.toString(), PLAN.toString(), dir.toString()), dir, "dit is een map");
    }

    @Test
    void aDeviceGivenAsThePlanOfReviewIsRefusedBeforeAnythingIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        CliRun run = assertTimeoutPreemptively(QUICKLY, () -> run("review", "--format", "json", OPGAVE.toString(),
                zero.toString(), OPGAVE.toString()));

        assertRefused(run, zero, "geen gewoon bestand");
    }

    @Test
    void aMissingFileIsNamedInDutch() {
        Path missing = dir.resolve("bestaat-niet.json");

        assertRefused(run("advise", missing.toString()), missing, "het bestand bestaat niet");
    }

    @Test
    void aSymbolicLinkToARegularFileIsRead() throws IOException {
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), EXAMPLES.resolve("5-raad-complex.json")
                    .toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
            return;
        }

        CliRun run = run("advise", "--format", "json", link.toString());

        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    // ---------------------------------------------------------------------------------------------------- UTF-8

    @Test
    void aFileWithAUtf8ByteOrderMarkIsReadAsWithout() throws IOException {
        byte[] text = Files.readAllBytes(EXAMPLES.resolve("5-raad-complex.json"));
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Path marked = Files.write(dir.resolve("bom.json"), withMark);

        CliRun run = run("advise", "--format", "json", marked.toString());

        assertEquals(run("advise", "--format", "json", EXAMPLES.resolve("5-raad-complex.json").toString()), run);
    }

    @Test
    void aFileThatEndsInTheMiddleOfAUtf8CharacterIsNotUtf8() throws IOException {
        byte[] text = "{\"title\": \"café\"}".getBytes(StandardCharsets.UTF_8);
        Path cut = Files.write(dir.resolve("afgebroken.json"), java.util.Arrays.copyOf(text, text.length - 3));

        assertRefused(run("advise", cut.toString()), cut, "het bestand is geen UTF-8-tekst");
    }

    // ===================================================================================================== helpers

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Exit 2, nothing on standard output, one Dutch line on standard error naming the file, no stack trace. */
    private static void assertRefused(CliRun run, Path file, String message) {
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().startsWith(file + ": "), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertEquals(1, run.err().lines().count(), "one line: " + run);
        assertFalse(run.err().contains("Exception") || run.err().contains("Error") || run.err().contains("\tat "),
                "no stack trace or exception name: " + run);
    }

    /** A file of the given size that takes no room on disk (where the file system allows). */
    private Path sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    /** A FIFO made with {@code mkfifo}; the test is skipped where that is not available. */
    private Path fifo(String name) throws InterruptedException {
        Path fifo = dir.resolve(name);
        boolean made;
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            made = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made && Files.exists(fifo), "mkfifo is not available here");
        return fifo;
    }
}
