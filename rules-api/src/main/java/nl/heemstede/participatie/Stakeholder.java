package nl.heemstede.participatie;

import java.util.Objects;

/**
 * A stakeholder of an opgave (<em>belanghebbende</em>): a named party of a kind.
 *
 * @param name the party's name, 1 to 200 characters, unique within the opgave (ignoring case)
 * @param kind the kind of stakeholder
 * @since 0.1
 */
public record Stakeholder(String name, StakeholderKind kind) {

    /**
     * Checks that name and kind are given; their length and uniqueness are checked with the opgave.
     *
     * @param name the party's name, 1 to 200 characters, unique within the opgave (ignoring case)
     * @param kind the kind of stakeholder
     */
    public Stakeholder {
        Objects.requireNonNull(name, "name is required.");
        Objects.requireNonNull(kind, "kind is required.");
    }

    /**
     * Returns the stakeholder with the given name and kind.
     *
     * @param name the party's name, 1 to 200 characters, unique within the opgave (ignoring case)
     * @param kind the kind of stakeholder
     * @return the stakeholder with the given name and kind
     */
    public static Stakeholder of(String name, StakeholderKind kind) {
        return new Stakeholder(name, kind);
    }
}
