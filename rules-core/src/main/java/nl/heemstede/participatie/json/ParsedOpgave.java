package nl.heemstede.participatie.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Violation;

/**
 * One opgave read from JSON: the opgave when it is valid, or every violation when it is not.
 *
 * @param opgave     the opgave; present exactly when there are no violations
 * @param violations every violation, with field paths such as {@code stakeholders[2].kind}; empty when valid
 * @since 0.1
 */
public record ParsedOpgave(Optional<Opgave> opgave, List<Violation> violations) {

    /** Checks that exactly one of opgave and violations is given. */
    public ParsedOpgave {
        Objects.requireNonNull(opgave, "opgave");
        violations = List.copyOf(violations);
        if (opgave.isPresent() == !violations.isEmpty()) {
            throw new IllegalArgumentException("A parsed opgave has either an opgave or violations, not both.");
        }
    }

    /** Whether the opgave is valid. */
    public boolean isValid() {
        return opgave.isPresent();
    }
}
