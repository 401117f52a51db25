package nl.heemstede.participatie.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Violation;

/**
 * The result for one opgave in a batch: its advice, or the violations that kept it from getting one.
 *
 * @param advice the advice; present exactly when there are no errors
 * @param errors the violations; empty when there is an advice
 * @since 0.1
 */
public record AdviceResult(Optional<Advice> advice, List<Violation> errors) {

    /** Checks that exactly one of advice and errors is given. */
    public AdviceResult {
        Objects.requireNonNull(advice, "advice");
        errors = List.copyOf(errors);
        if (advice.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("A result has either an advice or errors, not both.");
        }
    }

    /** The result for a valid opgave. */
    public static AdviceResult of(Advice advice) {
        return new AdviceResult(Optional.of(advice), List.of());
    }

    /** The result for an invalid opgave. */
    public static AdviceResult invalid(List<Violation> errors) {
        return new AdviceResult(Optional.empty(), errors);
    }
}
