package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.StakeholderKind;

/**
 * The role the DMN table <em>Rol van belanghebbende</em> gives to stakeholders of one kind. Internal fact type.
 *
 * @param kind the stakeholder kind
 * @param role the role the table decided
 */
public record KindRole(StakeholderKind kind, Role role) {
}
