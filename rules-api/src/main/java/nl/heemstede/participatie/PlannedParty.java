package nl.heemstede.participatie;

import java.util.Objects;

/**
 * A party of a participation plan with the role the plan gives it. A stakeholder of the opgave is named as in
 * the opgave (ignoring case and surrounding spaces); the process owner and the decision maker may be any party.
 *
 * @param name the party's name, 1 to 200 characters, unique within the plan (ignoring case)
 * @param role the role the plan gives it
 * @since 0.1
 */
public record PlannedParty(String name, Role role) {

    /**
     * Checks that name and role are given; the name is checked with the plan.
     *
     * @param name the party's name, 1 to 200 characters, unique within the plan (ignoring case)
     * @param role the role the plan gives it
     */
    public PlannedParty {
        Objects.requireNonNull(name, "name is required.");
        Objects.requireNonNull(role, "role is required.");
    }

    /**
     * Returns the party with the given name and role.
     *
     * @param name the party's name, 1 to 200 characters, unique within the plan (ignoring case)
     * @param role the role the plan gives it
     * @return the party with the given name and role
     */
    public static PlannedParty of(String name, Role role) {
        return new PlannedParty(name, role);
    }
}
