package nl.heemstede.participatie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.ReloadingAdvisor;

/**
 * Reloading the policy in a warm JVM, three ways in one run:
 * <ul>
 *   <li>{@link #reloadWithAllChecksAndAdvise}: what {@link ParticipationAdvisor#reloading} does before it switches
 *       to a changed policy, through the public API: every check of {@code participatie check} (inspection, the
 *       engine's validator with decision-table analysis, loading, completeness, the 13 invariants over the
 *       complete input space) on the files, the advisor over those files, and a first advice. Each call loads the
 *       other of two versions that differ in one row (residents consulted or informed), so every reload is a
 *       changed policy;</li>
 *   <li>{@link #reloadPolicyAndAdvise}: {@link ParticipationAdvisor#fromDirectory(Path)} (inspection, compiling,
 *       deciding every table, completeness) plus a first advice, without the validator and the invariants;</li>
 *   <li>{@link #droolsRebuildsSameFiles}: Drools alone rebuilding the DMN runtime and the rule base from the same
 *       files.</li>
 * </ul>
 * The target is a reload with all checks under 200 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyReloadBenchmark {

    private static final String FOLDER = "nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";
    private static final String DESCRIPTOR = "beleid.properties";

    private Path directory;
    /** The bundled policy and the same with one row changed, reloaded in turn. */
    private final Path[] versions = new Path[2];
    private int next;

    /** Copies the bundled DMN file and descriptor to policy directories, one with a row changed; warms up. */
    @Setup
    public void copyPolicy() throws IOException {
        String dmn;
        try (InputStream in = resource(DMN)) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = dmn.indexOf("<rule id=\"rol-10\">");
        int end = start < 0 ? -1 : dmn.indexOf("</rule>", start);
        String changedRow = end < 0 ? "" : dmn.substring(start, end).replace("&quot;CONSULTED&quot;",
                "&quot;INFORMED&quot;");
        if (end < 0 || changedRow.equals(dmn.substring(start, end))) {
            throw new IllegalStateException("Row rol-10 no longer gives residents CONSULTED; pick another row.");
        }
        directory = policyDirectory(dmn);
        versions[0] = directory;
        versions[1] = policyDirectory(dmn.substring(0, start) + changedRow + dmn.substring(end));
        ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE).advise(Opgaven.typical());
    }

    /** Deletes the policy directories. */
    @TearDown
    public void deletePolicy() {
        for (Path version : versions) {
            OneRowEdits.delete(version);
        }
    }

    private static Path policyDirectory(String dmn) throws IOException {
        Path dir = Files.createTempDirectory("participatie-reload");
        Files.writeString(dir.resolve(DMN), dmn);
        try (InputStream in = resource(DESCRIPTOR)) {
            Files.copy(in, dir.resolve(DESCRIPTOR));
        }
        return dir;
    }

    private static InputStream resource(String name) {
        return PolicyReloadBenchmark.class.getClassLoader().getResourceAsStream(FOLDER + name);
    }

    /**
     * Every check of {@code participatie check} on a changed policy, the advisor over it, and a first advice. It
     * warms up longer: the validator and the DMN compiler take some hundred checks to settle.
     */
    @Benchmark
    @Warmup(iterations = 20, time = 2)
    public Advice reloadWithAllChecksAndAdvise() {
        next ^= 1;
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(versions[next], PolicyListener.NONE)) {
            return advisor.advise(Opgaven.typical());
        }
    }

    /** The library loads the policy directory (without the validator and invariants) and gives a first advice. */
    @Benchmark
    public Advice reloadPolicyAndAdvise() {
        return ParticipationAdvisor.fromDirectory(directory).advise(Opgaven.typical());
    }

    /** Drools alone rebuilds a DMN runtime and a rule base from the same files. */
    @Benchmark
    public Object droolsRebuildsSameFiles() {
        return new Object[] {NaiveEngine.loadDmn(), NaiveEngine.loadDrl()};
    }
}
