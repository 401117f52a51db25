package nl.heemstede.participatie.json;

/**
 * Thrown when a text is not JSON at all (a syntax error, a duplicate key), as opposed to JSON that is not a valid
 * opgave. Names the line and column where reading stopped.
 *
 * @since 0.1
 */
public class MalformedJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    /** Creates the exception for a problem (a Dutch sentence) at the given line and column (both from 1). */
    public MalformedJsonException(String problem, int line, int column) {
        super("Geen geldige JSON op regel " + line + ", kolom " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /**
     * What is wrong, in Dutch, without the position (the parser's own words follow in brackets).
     *
     * @since 0.3
     */
    public String problem() {
        return problem;
    }

    /** The line where reading stopped, from 1. */
    public int line() {
        return line;
    }

    /** The column where reading stopped, from 1. */
    public int column() {
        return column;
    }
}
