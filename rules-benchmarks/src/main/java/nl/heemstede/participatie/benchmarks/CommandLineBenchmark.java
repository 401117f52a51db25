package nl.heemstede.participatie.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What policy staff and scripts wait for: the wall time of one command of {@code participatie.jar}, each in a fresh
 * JVM of its own (a process started per shot), with the compiled forms on ({@code compiled=on}, what users get) and
 * off ({@code compiled=off}: the engine loads every policy, as before issue 12), in the same run.
 *
 * <ul>
 *   <li>{@code advise}: one example opgave with the bundled policy;</li>
 *   <li>{@code check}: every check of a copy of the bundled policy (DMN file, descriptor and expected cases);</li>
 *   <li>{@code checkEdited}: every check of that copy with one row edited (complexiteit-6, simple becomes complex),
 *       what staff run after an edit; it breaks invariants and expected cases, so the check exits 1;</li>
 *   <li>{@code diff}: the bundled policy against a copy with one row edited (complexiteit-6), a policy no cache
 *       holds;</li>
 *   <li>{@code adviseDirectory}: {@code advise --policy} of a checked directory, whose compiled form the check kept
 *       in the cache (with the forms off: loaded by the engine).</li>
 * </ul>
 * The command line jar is {@code rules-examples/target/participatie.jar} (run from the project's root), or the
 * system property {@code participatie.jar}. The cache lives in a temporary directory of the run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CommandLineBenchmark {

    /** Whether the compiled forms are used. */
    @Param({"on", "off"})
    public String compiled;

    private Path jar;
    private Path work;
    private Path bundledCopy;
    private Path edited;
    private Path cache;
    private Path example;

    /** Copies the policy and its one-row edit, and checks the copy once so that its compiled form is in the cache. */
    @Setup(Level.Trial)
    public void prepare() throws IOException, InterruptedException {
        jar = Path.of(System.getProperty("participatie.jar", "rules-examples/target/participatie.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No command line jar at " + jar.toAbsolutePath() + ": run from the"
                    + " project's root after mvn package, or give -Dparticipatie.jar=PATH.");
        }
        example = Path.of("rules-examples/examples/5-raad-complex.json");
        work = Files.createTempDirectory("participatie-cli-bench");
        cache = Files.createDirectories(work.resolve("cache"));
        bundledCopy = OneRowEdits.directory(OneRowEdits.bundledDmn());
        try (var cases = CommandLineBenchmark.class.getResourceAsStream("/nl/heemstede/participatie/beleid/gevallen.yaml")) {
            Files.write(bundledCopy.resolve("gevallen.yaml"), cases.readAllBytes());
        }
        edited = OneRowEdits.directory(OneRowEdits.bundledDmn().replace(
                rowOf(OneRowEdits.bundledDmn(), "complexiteit-6"),
                rowOf(OneRowEdits.bundledDmn(), "complexiteit-6").replace("&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;")));
        run("check", bundledCopy.toString()); // keeps the copy's compiled form in the cache
    }

    private static String rowOf(String dmn, String id) {
        int start = dmn.indexOf("<rule id=\"" + id + "\">");
        return dmn.substring(start, dmn.indexOf("</rule>", start));
    }

    /** Removes the copies and the cache. */
    @TearDown(Level.Trial)
    public void clean() throws IOException {
        OneRowEdits.delete(bundledCopy);
        OneRowEdits.delete(edited);
        try (var files = Files.walk(work)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private int run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dparticipatie.compiled=" + compiled, "-Dparticipatie.cache=" + cache, "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("participatie " + String.join(" ", args) + " did not end.");
        }
        return process.exitValue();
    }

    /** {@code participatie advise EXAMPLE}. */
    @Benchmark
    public int advise() throws IOException, InterruptedException {
        return expect(0, run("advise", example.toString()));
    }

    /** {@code participatie check COPY}: every check, the validator included. */
    @Benchmark
    public int check() throws IOException, InterruptedException {
        return expect(0, run("check", bundledCopy.toString()));
    }

    /** {@code participatie check EDITED}: the one-row edit, which the check refuses (exit 1). */
    @Benchmark
    public int checkEdited() throws IOException, InterruptedException {
        return expect(1, run("check", edited.toString()));
    }

    /** {@code participatie diff bundled EDITED}. */
    @Benchmark
    public int diff() throws IOException, InterruptedException {
        return expect(0, run("diff", "bundled", edited.toString()));
    }

    /** {@code participatie advise --policy COPY EXAMPLE}, the copy checked before. */
    @Benchmark
    public int adviseDirectory() throws IOException, InterruptedException {
        return expect(0, run("advise", "--policy", bundledCopy.toString(), example.toString()));
    }

    private static int expect(int expected, int exit) {
        if (exit != expected) {
            throw new IllegalStateException("exit " + exit + ", expected " + expected);
        }
        return exit;
    }

    static {
        // the benchmark starts the command line from the project's root
        if (!new File("rules-examples").isDirectory()) {
            System.err.println("CommandLineBenchmark: run from the project's root (rules-examples/ not found here).");
        }
    }
}
