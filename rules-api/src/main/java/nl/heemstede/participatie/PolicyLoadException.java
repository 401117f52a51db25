package nl.heemstede.participatie;

import java.util.List;

/**
 * Thrown when a policy cannot be loaded: a file missing, unreadable or refused, or a table that does not
 * compile. The message names the file and what to fix.
 *
 * @since 0.1
 */
public class PolicyLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * Creates the exception with a message naming the file and the problem.
     *
     * @param message what is wrong, naming the file
     */
    public PolicyLoadException(String message) {
        this(message, List.of(message));
    }

    /**
     * Creates the exception with a message naming the file and the problem, and its cause.
     *
     * @param message what is wrong, naming the file
     * @param cause   the exception that made the load fail
     */
    public PolicyLoadException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /**
     * Creates the exception for several problems at once.
     *
     * @param message  a summary
     * @param problems every problem, each naming file and element
     */
    public PolicyLoadException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for several problems at once, with the failure that caused them (for example an
     * {@link Error} the engine threw while compiling a policy file).
     *
     * @param message  a summary
     * @param problems every problem, each naming file and element
     * @param cause    what the engine threw
     * @since 0.2
     */
    public PolicyLoadException(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, each a sentence naming the file (and line and element where known).
     *
     * @return every problem found, each a sentence naming the file (and line and element where known)
     */
    public List<String> problems() {
        return problems;
    }
}
