package nl.heemstede.participatie;

/**
 * Thrown when a policy cannot be loaded: a file missing, unreadable or refused, or a table that does not
 * compile. The message names the file and what to fix.
 *
 * @since 0.1
 */
public class PolicyLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file and the problem. */
    public PolicyLoadException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the file and the problem, and its cause. */
    public PolicyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
