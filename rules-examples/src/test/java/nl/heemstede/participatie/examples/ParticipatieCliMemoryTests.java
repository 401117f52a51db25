package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Memory linear in the batch with a small constant (issue 14): {@code advise} of a valid batch of 9,000 opgaven runs
 * in a JVM of 64 MB heap, in both formats, where it once needed more than 1 GB (the text report was built for
 * {@code --format json}, and the answer as one tree and one string). The bundled policy alone takes about 30 MB.
 *
 * <p>Each run starts a JVM that loads the policy and writes about 90 MB, some 15 to 20 seconds on two cores, so these
 * tests run only when asked: {@code mvn -B test -pl rules-examples -Dtest=ParticipatieCliMemoryTests
 * -Dparticipatie.memory=true} (add {@code -am} with a clean local repository). They are reported as skipped otherwise.
 */
@EnabledIfSystemProperty(named = "participatie.memory", matches = "true",
        disabledReason = "slow (a JVM per run); run with -Dparticipatie.memory=true")
class ParticipatieCliMemoryTests {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final int OPGAVEN = 9_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"json", "text"})
    void aBatchOf9000OpgavenIsAdvisedIn64MbOfHeap(String format) throws Exception {
        Path batch = batchOf9000Opgaven();
        Path out = dir.resolve("uit." + format);
        Path err = dir.resolve("fouten.txt");

        Process process = new ProcessBuilder(java(), HEAP, "-cp", System.getProperty("java.class.path"),
                ParticipatieCli.class.getName(), "advise", "--format", format, batch.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(ended, "ends within five minutes");
        assertEquals(0, process.exitValue(), errors);
        assertEquals("", errors);
        if (format.equals("json")) {
            assertEquals(OPGAVEN, adviceIn(out));
        } else {
            assertEquals(OPGAVEN - 1, count(out, "=".repeat(72)), "the separators between the reports");
        }
    }

    @Test
    void theBatchFitsInOneInputFile() throws IOException {
        assertTrue(Files.size(batchOf9000Opgaven()) <= ParticipatieCli.MAX_INPUT_BYTES);
    }

    /** The five valid bundled examples, over and over, as one array of 9,000 opgaven. */
    private static Path batchOf9000Opgaven() throws IOException {
        Path batch = dir.resolve("batch-9000.json");
        if (Files.exists(batch)) {
            return batch;
        }
        List<String> examples = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            try (var files = Files.list(EXAMPLES)) {
                String prefix = i + "-";
                Path example = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                        .orElseThrow();
                examples.add(Files.readString(example, StandardCharsets.UTF_8).strip());
            }
        }
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < OPGAVEN; i++) {
            text.append(examples.get(i % examples.size())).append(i + 1 < OPGAVEN ? ",\n" : "\n");
        }
        return Files.writeString(batch, text.append("]\n"), StandardCharsets.UTF_8);
    }

    /** The number of advice objects in the answer, read as a stream (the answer is about 90 MB). */
    private static int adviceIn(Path answer) throws IOException {
        int advice = 0;
        try (JsonParser parser = new ObjectMapper().createParser(answer.toFile())) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                advice++;
                parser.skipChildren();
            }
            assertEquals(JsonToken.END_ARRAY, parser.currentToken(), "the array is complete");
        }
        return advice;
    }

    private static long count(Path file, String line) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line::equals).count();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
