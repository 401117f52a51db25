package nl.heemstede.participatie.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * A fresh JVM to its first result: (a) the first advice with the bundled policy, made from the compiled form in the
 * jar without loading the engine, versus (b) what Drools itself needs to load the same DMN and DRL files
 * ({@code DMNRuntimeBuilder ... fromResources} and a {@code KieHelper} build), and (c) the first advice when the
 * engine loads the bundled policy and decides its tables (what {@code bundled()} did before the compiled form, and
 * still does when the form is missing or damaged). Issue 12's target is (a) at most 1/3 of (b).
 *
 * <p>Every measurement needs its own JVM: one forked JVM per iteration, no warm-up. Run it only as
 * {@code -wi 0 -i 1 -f N}; a second call in the same JVM would be warm, so it fails instead of reporting a
 * warm figure as a cold one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {

    private static final AtomicBoolean RAN = new AtomicBoolean();

    /**
     * (a) {@code ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE).advise(...)} in a fresh JVM: loading,
     * compiling, first advice.
     */
    @Benchmark
    public Advice firstAdviceBundled() {
        requireFreshJvm();
        return ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE).advise(Opgaven.typical());
    }

    /**
     * (c) The engine loads the bundled policy, decides every table, and the advisor gives its first advice (asking
     * the rule sets about its situation): the cold start without the compiled form.
     */
    @Benchmark
    public Advice firstAdviceEngineLoaded() {
        requireFreshJvm();
        TabledAdvisor advisor = new TabledAdvisor(Policy.load(PolicyFiles.bundled()).requireSound());
        return advisor.withClock(Opgaven.IN_FORCE).advise(Opgaven.typical());
    }

    /** (b) Drools alone building a DMN runtime and a rule base from the same files in a fresh JVM. */
    @Benchmark
    public Object droolsLoadsSameFiles() {
        requireFreshJvm();
        return new Object[] {NaiveEngine.loadDmn(), NaiveEngine.loadDrl()};
    }

    private static void requireFreshJvm() {
        if (RAN.getAndSet(true)) {
            throw new IllegalStateException("ColdStartBenchmark measures a fresh JVM, but this JVM has run it"
                    + " already: run it with -wi 0 -i 1 -f N (one forked JVM per measurement).");
        }
    }
}
