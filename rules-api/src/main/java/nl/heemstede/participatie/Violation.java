package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input: where, what was given, and what is expected.
 *
 * @param field         the field path, for example {@code stakeholders[2].kind}
 * @param rejectedValue the value given, as text; empty when the field was missing
 * @param message       a plain sentence saying what is expected
 * @since 0.1
 */
public record Violation(String field, Optional<String> rejectedValue, String message) {

    /**
     * Checks that field, rejected value and message are given.
     *
     * @param field         the field path, for example {@code stakeholders[2].kind}
     * @param rejectedValue the value given, as text; empty when the field was missing
     * @param message       a plain sentence saying what is expected
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation of a field that was given with a wrong value.
     *
     * @param field         the field path, for example {@code stakeholders[2].kind}
     * @param rejectedValue the value given, as text; empty when the field was missing
     * @param message       a plain sentence saying what is expected
     * @return a violation of a field that was given with a wrong value
     */
    public static Violation of(String field, Object rejectedValue, String message) {
        return new Violation(field, Optional.ofNullable(rejectedValue).map(String::valueOf), message);
    }

    /**
     * A violation of a field that is missing.
     *
     * @param field   the field path, for example {@code stakeholders[2].kind}
     * @param message a plain sentence saying what is expected
     * @return a violation of a field that is missing
     */
    public static Violation missing(String field, String message) {
        return new Violation(field, Optional.empty(), message);
    }

    @Override
    public String toString() {
        return field + rejectedValue.map(v -> " [" + v + "]").orElse("") + ": " + message;
    }
}
