package nl.heemstede.participatie;

import java.util.Objects;

/**
 * A point to watch in the process, with a Dutch sentence for the people who run it.
 *
 * @param code the stable code
 * @param text what to do, in Dutch
 * @since 0.1
 */
public record AttentionPoint(AttentionPointCode code, String text) {

    /**
     * Checks that code and text are given.
     *
     * @param code the stable code
     * @param text what to do, in Dutch
     */
    public AttentionPoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
