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

    /** Creates the exception for a problem at the given line and column (both from 1). */
    public MalformedJsonException(String problem, int line, int column) {
        super("Malformed JSON at line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
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
