package nl.heemstede.participatie;

import java.util.List;

/**
 * Thrown when an opgave is invalid; it carries every violation at once, not just the first.
 *
 * @since 0.1
 */
public class InvalidOpgaveException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the given violations.
     *
     * @param violations the violations, at least one
     */
    public InvalidOpgaveException(List<Violation> violations) {
        super(violations);
    }
}
