package nl.heemstede.participatie.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * Advising on the whole input space, as {@code check} and {@code diff} do: one op is every point of
 * {@link OpgaveSpace} (4,423,680 opgaven, one stakeholder of each kind, with or without RESIDENTS), or every
 * {@code every}-th point of it.
 * Single-threaded and with a parallel stream on all cores; the hand-written baseline on the same points for scale.
 *
 * <p>The default is the whole space. The naive engine costs about a millisecond per advice, so compare with
 * {@code NaiveEngineBenchmark} × points rather than running it over the whole space; {@code -p every=N} thins the
 * space for a quick run. Divide the score by the number of points printed at setup for the time per advice.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class FullSpaceBenchmark {

    /** Evaluate every how-many-th point of the space; 1 is the whole space. */
    @Param({"1"})
    public int every;

    private ParticipationAdvisor advisor;
    private HandWrittenPolicy handWritten;
    private List<Opgave> points;

    /** Loads the advisor and builds the points once. */
    @Setup
    public void load() {
        advisor = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE);
        handWritten = new HandWrittenPolicy(advisor.policyVersion());
        points = OpgaveSpace.sample(every);
        System.out.printf("%nFullSpaceBenchmark: %,d of %,d points (every %d), %d cores%n", points.size(),
                OpgaveSpace.SIZE, every, Runtime.getRuntime().availableProcessors());
    }

    /** The advisor on every point, one thread. */
    @Benchmark
    public long advisorOneThread() {
        long sum = 0;
        for (Opgave opgave : points) {
            sum += fingerprint(advisor.advise(opgave));
        }
        return sum;
    }

    /** The advisor on every point, a parallel stream on all cores. */
    @Benchmark
    public long advisorAllCores() {
        return points.parallelStream().mapToLong(o -> fingerprint(advisor.advise(o))).sum();
    }

    /** The hand-written baseline on every point, one thread. */
    @Benchmark
    public long handWrittenOneThread() {
        long sum = 0;
        for (Opgave opgave : points) {
            sum += fingerprint(handWritten.advise(opgave));
        }
        return sum;
    }

    /** A cheap summary of an advice, so that no result can be optimised away. */
    private static long fingerprint(Advice advice) {
        return advice.decider().ordinal() + 7L * advice.participationSpace().ordinal() + 31L * advice.goals().size()
                + 131L * advice.roles().get(advice.roles().size() - 1).role().ordinal()
                + 1031L * advice.attentionPoints().size() + 10007L * advice.guidance().size()
                + advice.explanation().size();
    }
}
