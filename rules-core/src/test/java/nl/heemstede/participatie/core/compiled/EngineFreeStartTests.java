package nl.heemstede.participatie.core.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * A consumer that only advises with the bundled policy never loads the engine: in a fresh JVM, a thousand advices over
 * the complete input space load no class of Drools or KIE (not the DMN compiler, not the DRL compiler, not the
 * validator). Watched with the JVM's own class loading log, so nothing in the library can hide a load.
 */
class EngineFreeStartTests {

    @TempDir
    Path temp;

    @Test
    void aConsumerThatOnlyAdvisesWithTheBundledPolicyLoadsNoClassOfTheEngine() throws IOException,
            InterruptedException {
        Path log = temp.resolve("classes.log");
        Path out = temp.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), AdviseBundledMain.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the consumer ran within two minutes");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("advised 1000 with " + PolicyFiles.bundled().sha256()), output);

        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" nl.heemstede.participatie.core.compiled.CompiledForm ")),
                "the log shows the library's classes");
        List<String> engine = loaded.stream()
                .filter(l -> l.contains(" org.drools.") || l.contains(" org.kie.") || l.contains(" org.mvel2."))
                .toList();
        assertEquals(List.of(), engine.stream().limit(10).toList(), engine.size() + " classes of the engine loaded");
    }
}
