package nl.heemstede.participatie;

import java.util.Objects;

/**
 * A party of the plan that took part in an activity, and the role it played there.
 *
 * @param party the party's name, as in the plan (ignoring case and surrounding spaces)
 * @param role  the role it played in this activity
 * @since 0.1
 */
public record Participation(String party, Role role) {

    /**
     * Checks that party and role are given.
     *
     * @param party the party's name, as in the plan (ignoring case and surrounding spaces)
     * @param role  the role it played in this activity
     */
    public Participation {
        Objects.requireNonNull(party, "party is required.");
        Objects.requireNonNull(role, "role is required.");
    }

    /**
     * Returns the participation of the given party in the given role.
     *
     * @param party the party's name, as in the plan (ignoring case and surrounding spaces)
     * @param role  the role it played in this activity
     * @return the participation of the given party in the given role
     */
    public static Participation of(String party, Role role) {
        return new Participation(party, role);
    }
}
