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
import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * A warm {@code advise} call: the bundled advisor versus the hand-written baseline, on a typical opgave (complex
 * council opgave, one stakeholder of each of the 5 kinds) and a large one (200 stakeholders), side by side.
 * Run with {@code -prof gc} for the allocation per advice ({@code gc.alloc.rate.norm}, bytes per op), and with
 * {@code -bm thrpt -tu s} for advices per second.
 *
 * <p>Today's engine needs about 15 s of warm-up before its time per advice settles (Drools compiles constraints
 * and FEEL as it goes), hence 10 warm-up iterations of 2 s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdviseBenchmark {

    private ParticipationAdvisor advisor;
    private HandWrittenPolicy handWritten;
    private Opgave typical;
    private Opgave large;

    /** Loads the bundled policy once; the benchmark measures warm calls only. */
    @Setup
    public void load() {
        advisor = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE);
        handWritten = new HandWrittenPolicy(advisor.policyVersion());
        typical = Opgaven.typical();
        large = Opgaven.large();
    }

    /** The bundled advisor, 5 stakeholders. */
    @Benchmark
    public Advice advisorTypical() {
        return advisor.advise(typical);
    }

    /** The bundled advisor, 200 stakeholders. */
    @Benchmark
    public Advice advisorLarge() {
        return advisor.advise(large);
    }

    /** The hand-written baseline, 5 stakeholders. */
    @Benchmark
    public Advice handWrittenTypical() {
        return handWritten.advise(typical);
    }

    /** The hand-written baseline, 200 stakeholders. */
    @Benchmark
    public Advice handWrittenLarge() {
        return handWritten.advise(large);
    }
}
