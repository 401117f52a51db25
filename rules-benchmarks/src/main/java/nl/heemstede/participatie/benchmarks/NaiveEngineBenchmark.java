package nl.heemstede.participatie.benchmarks;

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
import nl.heemstede.participatie.Opgave;

/**
 * Naive engine use, warm: per advice a fresh DMN {@code evaluateAll} (plus {@code Rol van belanghebbende} per
 * further stakeholder kind) and a new stateless DRL session, on the bundled files loaded once; see
 * {@link NaiveEngine} for exactly what it does. Same two opgaven as {@link AdviseBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class NaiveEngineBenchmark {

    private NaiveEngine engine;
    private Opgave typical;
    private Opgave large;

    /** Builds the DMN runtime and the rule base once. */
    @Setup
    public void load() {
        engine = NaiveEngine.load();
        typical = Opgaven.typical();
        large = Opgaven.large();
    }

    /** Naive engine use, 5 stakeholders. */
    @Benchmark
    public Advice naiveTypical() {
        return engine.advise(typical);
    }

    /** Naive engine use, 200 stakeholders. */
    @Benchmark
    public Advice naiveLarge() {
        return engine.advise(large);
    }
}
