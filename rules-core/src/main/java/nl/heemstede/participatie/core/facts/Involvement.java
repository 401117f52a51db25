package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Role;

/**
 * A party of the plan that took part in an activity, in a role. Internal fact type of {@code verantwoording.drl}.
 *
 * @param activity    the activity's index
 * @param key         the party's name ignoring case and surrounding spaces
 * @param stakeholder whether the party is a stakeholder of the opgave
 * @param role        the role it played there
 * @param rank        the seed's number of that role (see {@link PlanRole#rank(Role)})
 */
public record Involvement(int activity, String key, boolean stakeholder, Role role, int rank) {
}
