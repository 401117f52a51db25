package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.StakeholderKind;

/**
 * One stakeholder of the opgave, with its position in the input. Internal fact type.
 *
 * @param index the position in the opgave's stakeholder list, from 0
 * @param name  the stakeholder's name
 * @param kind  the stakeholder's kind
 */
public record StakeholderFact(int index, String name, StakeholderKind kind) {
}
