package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Initiator;

/**
 * The situation as the role rules ({@code rollen.drl}) see it: who takes the initiative and who decides. The role
 * rules read this fact, not {@link Situation}, so the advisor decides them once per initiator, decider and the role
 * the table gives each kind, however the rest of the situation differs. Internal fact type.
 *
 * @param initiator who takes the initiative
 * @param decider   outcome of <em>Wie beslist</em>
 */
public record RoleSituation(Initiator initiator, Decider decider) {
}
