package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.StakeholderKind;

/**
 * A party of the plan with its planned role and, for a stakeholder, the role the advice gives it. Roles are
 * compared by their rank: the seed numbers them 1 (proceseigenaar) to 6 (wordt geïnformeerd), from most to least
 * responsibility, so a lower rank is a heavier role. Internal fact type of {@code plantoets.drl} and
 * {@code verantwoording.drl}.
 *
 * @param key          the party's name ignoring case and surrounding spaces
 * @param name         the party's name as in the plan
 * @param kind         the stakeholder kind; {@code null} for a party that is not a stakeholder of the opgave
 * @param planned      the role the plan gives it
 * @param plannedRank  the seed's number of the planned role
 * @param advised      the role the advice gives it; {@code null} for a party that is not a stakeholder
 * @param advisedRank  the seed's number of the advised role; 0 for a party that is not a stakeholder
 */
public record PlanRole(String key, String name, StakeholderKind kind, Role planned, int plannedRank, Role advised,
                       int advisedRank) {

    /** The seed's number of a role: 1 (proceseigenaar) to 6 (wordt geïnformeerd). */
    public static int rank(Role role) {
        return role.ordinal() + 1;
    }

    /** The role with the seed's number {@code rank} (1 to 6); the inverse of {@link #rank(Role)}. */
    public static Role role(int rank) {
        return Role.values()[rank - 1];
    }

    /** Whether the party is a stakeholder of the opgave. */
    public boolean stakeholder() {
        return kind != null;
    }
}
