package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.RoomLevel;

/**
 * The opgave-level facts the attention rules ({@code aandachtspunten.drl}) reason over: inputs of the opgave and the
 * outcomes of the DMN decisions. It holds what those rules read and nothing more (not the goals, which no attention
 * rule reads): the advisor remembers their answer per situation, so a field no rule reads would only make it ask
 * them again about situations that differ in nothing they look at. Internal: a fact type of the rule sets, not part
 * of the API.
 *
 * @param initiator             who takes the initiative
 * @param decider               outcome of <em>Wie beslist</em>
 * @param complexity            outcome of <em>Complexiteit</em>
 * @param space                 outcome of <em>Ruimte voor participatie</em>
 * @param anyImpact             at least one impact aspect holds
 * @param allFrameworks         all three frameworks are set
 * @param decisionPowerShared   the competent body is willing to share decision power
 * @param coProductionWanted    participants are willing and able to co-produce
 * @param complexContent        the content is complicated
 * @param opposingInterests     there are many opposing interests
 */
public record Situation(Initiator initiator, Decider decider, Complexity complexity, RoomLevel space,
                        boolean anyImpact, boolean allFrameworks, boolean decisionPowerShared,
                        boolean coProductionWanted, boolean complexContent, boolean opposingInterests) {
}
