package nl.heemstede.participatie.core.compiled;

/**
 * A compiled form that cannot be made or cannot be trusted: of another policy or build, changed, cut short, or holding
 * something that does not fit. Its message completes "The compiled form cannot be used: ". Internal: a caller loads the
 * policy with the engine instead, so no user ever sees it.
 */
public final class CompiledFormException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CompiledFormException(String message) {
        super(message);
    }

    CompiledFormException(String message, Throwable cause) {
        super(message, cause);
    }
}
