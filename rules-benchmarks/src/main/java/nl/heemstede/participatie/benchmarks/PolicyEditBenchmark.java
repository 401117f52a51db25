package nl.heemstede.participatie.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.ReloadingAdvisor;

/**
 * The reload of a policy edit the JVM has not seen before, with all checks: the case {@link PolicyReloadBenchmark}
 * cannot show, as it reloads two versions over and over. Every iteration is one shot at the next of the
 * {@linkplain OneRowEdits#all() one-row edits} of the bundled policy (550: every row's answer changed to each
 * other answer its table gives), through {@link ParticipationAdvisor#reloading}: every check of
 * {@code participatie check}, the advisor over the checked files and a first advice, or the refusal of an edit that
 * breaks the policy. Each shot meets a DMN model the compiler and validator have not seen. The rules' runs are
 * shared by every version on the same compiled rules, as in a long-running JVM, so an edit runs the rules only for
 * facts no earlier shot met: the figure depends on the order of the edits (file order). With
 * {@code -p edit=NAME} the fork measures that one edit alone, right after the warm-up, when no earlier edit has
 * taught the rules anything: the worst case for that edit.
 *
 * <p>Before the first shot the JVM is warmed with 200 reloads of the bundled policy (the DMN compiler and validator
 * take some hundred checks to settle), 20 of a copy that breaks a rule of the policy without giving the rules new
 * facts (two rows of <em>Participatieplan</em>; the first refusal in a JVM loads the JSON writer of the example
 * opgave, about 0.25 s once) and 10 of copies with an explanation reworded (new models, no new decisions). None of
 * them is a measured edit. Each shot is verified after it is timed: an accepted edit must advise under its own
 * version, a refused one must be refused by the check. At the end of the trial the fork prints the accepted and the
 * refused shots apart (median, 90th percentile, slowest, and the five slowest edits by name): JMH's error of the
 * mean is not a measurement error here, as every shot is another edit.
 *
 * <pre>{@code
 * java -jar rules-benchmarks/target/benchmarks.jar PolicyEditBenchmark
 * java -jar rules-benchmarks/target/benchmarks.jar PolicyEditBenchmark -i 1 -f 5 \
 *     -p edit="doelen-a-o: THINK_TOGETHER -> DO_TOGETHER"
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = PolicyEditBenchmark.EDITS)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyEditBenchmark {

    /** The number of one-row edits of the bundled policy: one shot each. */
    static final int EDITS = 550;
    private static final int WARM_UP_RELOADS = 200;
    private static final int WARM_UP_REFUSALS = 20;
    private static final int WARM_UP_REWORDINGS = 10;

    /** {@code all}: every edit in file order; otherwise the name of one edit, measured alone. */
    @Param("all")
    public String edit;

    private List<OneRowEdits.Edit> edits;
    private int next;
    private OneRowEdits.Edit current;
    private Path directory;
    private Object outcome;
    private long nanos;
    private String bundledSha;
    private final List<Shot> shots = new ArrayList<>();

    /** One measured shot: the edit, whether it was accepted, and its time. */
    private record Shot(String edit, boolean accepted, double millis) {
    }

    /** Lists the edits and warms the JVM with versions that are not among them. */
    @Setup(Level.Trial)
    public void warmUp() {
        edits = OneRowEdits.all();
        if (!edit.equals("all")) {
            edits = edits.stream().filter(e -> e.name().equals(edit)).toList();
            if (edits.isEmpty()) {
                throw new IllegalStateException("No one-row edit is named '" + edit + "'; see OneRowEdits.all().");
            }
        } else if (edits.size() != EDITS) {
            throw new IllegalStateException("The bundled policy has " + edits.size() + " one-row edits, not " + EDITS
                    + ": set EDITS to it.");
        }
        bundledSha = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE).policyVersion().sha256();
        Path bundled = OneRowEdits.directory(OneRowEdits.bundledDmn());
        for (int i = 0; i < WARM_UP_RELOADS; i++) {
            try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(bundled, PolicyListener.NONE)) {
                advisor.advise(Opgaven.typical());
            }
        }
        OneRowEdits.delete(bundled);
        Path broken = OneRowEdits.directory(OneRowEdits.planAlwaysRequired());
        for (int i = 0; i < WARM_UP_REFUSALS; i++) {
            try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(broken, PolicyListener.NONE)) {
                throw new IllegalStateException("The warm-up copy that breaks a rule of the policy was accepted.");
            } catch (PolicyLoadException expected) {
                // refused, as it should be
            }
        }
        OneRowEdits.delete(broken);
        for (int i = 0; i < WARM_UP_REWORDINGS; i++) {
            Path reworded = OneRowEdits.directory(OneRowEdits.reworded(i));
            try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(reworded, PolicyListener.NONE)) {
                advisor.advise(Opgaven.typical());
            }
            OneRowEdits.delete(reworded);
        }
    }

    /** Writes the next edit, not yet seen by this JVM, to a policy directory of its own. */
    @Setup(Level.Iteration)
    public void nextEdit() {
        if (next >= edits.size()) {
            throw new IllegalStateException("Every one-row edit was used; run with at most " + edits.size()
                    + " iterations (-i).");
        }
        current = edits.get(next++);
        directory = OneRowEdits.directory(current.dmn());
    }

    /** Every check on the new edit, the advisor over it and a first advice; or the refusal of a breaking edit. */
    @Benchmark
    public Object reloadNewEdit() {
        long start = System.nanoTime();
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, PolicyListener.NONE)) {
            outcome = advisor.advise(Opgaven.typical());
        } catch (PolicyLoadException refused) {
            outcome = refused;
        }
        nanos = System.nanoTime() - start;
        return outcome;
    }

    /** Verifies the shot, outside the time: accepted under its own version, or refused by the check. */
    @TearDown(Level.Iteration)
    public void verifyShot() {
        if (outcome instanceof Advice advice) {
            if (advice.policyVersion().sha256().equals(bundledSha)) {
                throw new IllegalStateException(current.name() + ": advised under the bundled version.");
            }
        } else if (!(outcome instanceof PolicyLoadException refused
                && refused.getMessage().contains("does not pass the check"))) {
            throw new IllegalStateException(current.name() + ": neither advised nor refused by the check: "
                    + outcome, outcome instanceof Throwable t ? t : null);
        }
        shots.add(new Shot(current.name(), outcome instanceof Advice, nanos / 1e6));
        OneRowEdits.delete(directory);
        outcome = null;
    }

    /** Prints the accepted and the refused shots apart. */
    @TearDown(Level.Trial)
    public void report() {
        for (boolean accepted : new boolean[] {true, false}) {
            List<Shot> some = shots.stream().filter(s -> s.accepted() == accepted)
                    .sorted(Comparator.comparingDouble(Shot::millis)).toList();
            if (some.isEmpty()) {
                continue;
            }
            List<String> slowest = new ArrayList<>();
            for (int i = some.size() - 1; i >= Math.max(0, some.size() - 5); i--) {
                slowest.add(String.format("%s %.0f ms", some.get(i).edit(), some.get(i).millis()));
            }
            System.out.printf("%n%s: %d shots, median %.1f ms, 90th percentile %.1f ms, slowest %.1f ms;"
                    + " the slowest edits: %s%n", accepted ? "accepted edits (checked, loaded, advised)"
                    : "refused edits (checked, refused)", some.size(), at(some, 0.5), at(some, 0.9),
                    some.get(some.size() - 1).millis(), slowest);
        }
    }

    private static double at(List<Shot> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))).millis();
    }
}
