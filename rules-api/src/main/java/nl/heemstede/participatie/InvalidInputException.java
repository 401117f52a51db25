package nl.heemstede.participatie;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input (an opgave, a participation plan or a process record) is invalid; it carries every
 * violation at once, not just the first.
 *
 * @since 0.1
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception for the given violations.
     *
     * @param violations the violations, at least one
     */
    public InvalidInputException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
        if (this.violations.isEmpty()) {
            throw new IllegalArgumentException("An " + getClass().getSimpleName() + " needs at least one violation.");
        }
    }

    /**
     * Every violation found, in field order.
     *
     * @return every violation found, in field order
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        return "The input has " + violations.size() + (violations.size() == 1 ? " violation" : " violations") + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
