package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.StakeholderKind;

/**
 * A stakeholder of the opgave. Internal fact type of {@code plantoets.drl}.
 *
 * @param key  the name ignoring case and surrounding spaces
 * @param name the name as in the opgave
 * @param kind the stakeholder kind
 */
public record OpgaveParty(String key, String name, StakeholderKind kind) {
}
