package nl.heemstede.participatie.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.ReloadingAdvisor;

/**
 * The reload of a policy edit the JVM has not seen before, with all checks: the case {@link PolicyReloadBenchmark}
 * cannot show, as it reloads two versions over and over. Every iteration is one shot at the next of the
 * {@linkplain OneRowEdits#all() one-row edits} of the bundled policy (146: every row's answer changed to each
 * other answer its table gives), through {@link ParticipationAdvisor#reloading}: every check of
 * {@code participatie check}, the advisor over the checked files and a first advice, or the refusal of an edit that
 * breaks the policy. So each shot meets a DMN model the compiler and validator have not seen and, where the edit
 * changes an answer the rules read, rule facts no earlier version gave.
 *
 * <p>Before the first shot the JVM is warmed with 200 reloads of the bundled policy (the DMN compiler and validator
 * take some hundred checks to settle) and 20 of a copy that breaks a rule of the policy without giving the rules
 * new facts (two rows of <em>Participatieplan</em> changed; the first refusal in a JVM loads the JSON writer of the
 * example opgave, about 0.25 s once); the first ten edits are warm-up shots. The distribution of the 136 measured
 * shots is the figure: the target is a reload with all checks under 200 ms.
 *
 * <pre>{@code
 * java -jar rules-benchmarks/target/benchmarks.jar PolicyEditBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = PolicyEditBenchmark.WARM_UP_EDITS)
@Measurement(iterations = PolicyEditBenchmark.MEASURED_EDITS)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyEditBenchmark {

    static final int WARM_UP_EDITS = 10;
    static final int MEASURED_EDITS = 136;
    private static final int WARM_UP_RELOADS = 200;
    private static final int WARM_UP_REFUSALS = 20;

    private List<OneRowEdits.Edit> edits;
    private int next;
    private Path directory;

    /** Warms the JVM with reloads of the bundled policy and lists the edits. */
    @Setup(Level.Trial)
    public void warmUp() {
        edits = OneRowEdits.all();
        if (edits.size() < WARM_UP_EDITS + MEASURED_EDITS) {
            throw new IllegalStateException("The bundled policy has " + edits.size() + " one-row edits; the benchmark"
                    + " needs " + (WARM_UP_EDITS + MEASURED_EDITS) + " (lower MEASURED_EDITS).");
        }
        Path bundled = OneRowEdits.directory(OneRowEdits.bundledDmn());
        for (int i = 0; i < WARM_UP_RELOADS; i++) {
            try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(bundled, PolicyListener.NONE)) {
                advisor.advise(Opgaven.typical());
            }
        }
        Path broken = OneRowEdits.directory(OneRowEdits.planAlwaysRequired());
        for (int i = 0; i < WARM_UP_REFUSALS; i++) {
            try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(broken, PolicyListener.NONE)) {
                throw new IllegalStateException("The warm-up copy that breaks a rule of the policy was accepted.");
            } catch (PolicyLoadException expected) {
                // refused, as it should be
            }
        }
    }

    /** Writes the next edit, not yet seen by this JVM, to a policy directory of its own. */
    @Setup(Level.Iteration)
    public void nextEdit() {
        if (next >= edits.size()) {
            throw new IllegalStateException("Every one-row edit was used; run with at most " + edits.size()
                    + " iterations in all (-wi plus -i).");
        }
        OneRowEdits.Edit edit = edits.get(next++);
        directory = OneRowEdits.directory(edit.dmn());
    }

    /** Every check on the new edit, the advisor over it and a first advice; or the refusal of a breaking edit. */
    @Benchmark
    public Object reloadNewEdit() {
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, PolicyListener.NONE)) {
            return advisor.advise(Opgaven.typical());
        } catch (PolicyLoadException refused) {
            return refused;
        }
    }
}
