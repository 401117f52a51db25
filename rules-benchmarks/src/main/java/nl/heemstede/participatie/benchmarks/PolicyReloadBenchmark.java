package nl.heemstede.participatie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
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
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * Reloading the policy in a warm JVM: (c) {@link ParticipationAdvisor#fromDirectory(Path)} on a copy of the
 * bundled policy (inspection of the DMN file, compiling it, deciding every table, the soundness check) plus a
 * first advice, versus Drools alone rebuilding the DMN runtime and the rule base from the same files.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyReloadBenchmark {

    private static final String FOLDER = "nl/heemstede/participatie/beleid/";

    private Path directory;

    /** Copies the bundled DMN file and descriptor to a policy directory, and warms the engine up. */
    @Setup
    public void copyPolicy() throws IOException {
        directory = Files.createTempDirectory("participatie-reload");
        for (String name : new String[] {"participatiebeleid.dmn", "beleid.properties"}) {
            try (InputStream in = PolicyReloadBenchmark.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                Files.copy(in, directory.resolve(name));
            }
        }
        ParticipationAdvisor.bundled().advise(Opgaven.typical());
    }

    /** (c) The library loads and checks the policy directory and gives a first advice. */
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
