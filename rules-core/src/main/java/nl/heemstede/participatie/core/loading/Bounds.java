package nl.heemstede.participatie.core.loading;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;


/**
 * The time budgets of loading and checking a policy from outside, so that a hostile or broken policy can neither
 * stall nor kill the host: each step gets a budget, and a step that overruns ends the load or the check with a
 * refusal or an error naming the step (or the table) and the budget, never a hang.
 *
 * <p>Deadline checks run inside the library's own loops (deciding a table over its input space, the invariants);
 * a single call into the engine cannot be interrupted, so each step also runs on a daemon thread of its own that is
 * waited for at most its budget and then abandoned (it does not keep the JVM up, and its result is never used).
 * The defaults are generous, for a cold JVM on a busy machine with two cores (a sound check takes seconds there): they
 * catch a policy that would run for minutes or for ever, not a slow machine. The validator runs beside loading and
 * the invariants, so a check ends within 180 s whatever the policy; the reloading advisor
 * ({@code DirectoryAdvisor}) waits for a whole check at most its own 60 s.
 *
 * @param table      how long deciding one table over its whole input space may take ({@value #TABLE_SECONDS} s)
 * @param validator  how long the engine's validator may take ({@value #VALIDATOR_SECONDS} s)
 * @param load       how long loading may take: compiling, deciding every table, completeness
 *                   ({@value #LOAD_SECONDS} s)
 * @param invariants how long the invariants over the complete input space may take ({@value #INVARIANTS_SECONDS} s)
 * @param probe      runs before every evaluation of a table while it is decided; {@link Probe#NONE} but in tests,
 *                   which use it to put an {@link Error} or a delay where the engine would be
 */
public record Bounds(Duration table, Duration validator, Duration load, Duration invariants, Probe probe) {

    static final int TABLE_SECONDS = 30;
    static final int VALIDATOR_SECONDS = 120;
    static final int LOAD_SECONDS = 60;
    static final int INVARIANTS_SECONDS = 120;

    /** The budgets of every load and check. */
    public static final Bounds DEFAULT = new Bounds(Duration.ofSeconds(TABLE_SECONDS), Duration.ofSeconds(VALIDATOR_SECONDS),
            Duration.ofSeconds(LOAD_SECONDS), Duration.ofSeconds(INVARIANTS_SECONDS), Probe.NONE);

    /** What runs before the engine evaluates a table for one input combination. */
    @FunctionalInterface
    public interface Probe {
        Probe NONE = (decision, inputs) -> { };

        void beforeEvaluation(String decision, Map<String, Object> inputs);
    }

    /** Checks that every budget is positive. */
    public Bounds {
        for (Duration budget : new Duration[] {table, validator, load, invariants}) {
            if (budget == null || budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("Every budget must be positive; got " + budget + ".");
            }
        }
        Objects.requireNonNull(probe, "probe");
    }

    public Bounds withTable(Duration budget) {
        return new Bounds(budget, validator, load, invariants, probe);
    }

    public Bounds withValidator(Duration budget) {
        return new Bounds(table, budget, load, invariants, probe);
    }

    public Bounds withLoad(Duration budget) {
        return new Bounds(table, validator, budget, invariants, probe);
    }

    public Bounds withInvariants(Duration budget) {
        return new Bounds(table, validator, load, budget, probe);
    }

    public Bounds withProbe(Probe newProbe) {
        return new Bounds(table, validator, load, invariants, newProbe);
    }

    /** A budget as an official reads it: whole seconds, or milliseconds below a second. */
    public static String dutch(Duration budget) {
        return budget.toMillis() >= 1_000 && budget.toMillis() % 1_000 == 0 ? budget.toSeconds() + " s"
                : budget.toMillis() + " ms";
    }
}
