package nl.heemstede.participatie.core.facts;

import java.util.Set;

import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.RoomLevel;

/**
 * The opgave-level facts the DRL rules reason over: inputs of the opgave and the outcomes of the DMN
 * decisions. Internal: a fact type of the rule sets, not part of the API.
 *
 * @param initiator             who takes the initiative
 * @param decider               outcome of <em>Wie beslist</em>
 * @param complexity            outcome of <em>Complexiteit</em>
 * @param space                 outcome of <em>Ruimte voor participatie</em>
 * @param goals                 outcome of <em>Doelen</em>
 * @param anyImpact             at least one impact aspect holds
 * @param allFrameworks         all three frameworks are set
 * @param decisionPowerShared   the competent body is willing to share decision power
 * @param coProductionWanted    participants are willing and able to co-produce
 * @param complexContent        the content is complicated
 * @param opposingInterests     there are many opposing interests
 */
public record Situation(Initiator initiator, Decider decider, Complexity complexity, RoomLevel space, Set<Goal> goals,
                        boolean anyImpact, boolean allFrameworks, boolean decisionPowerShared,
                        boolean coProductionWanted, boolean complexContent, boolean opposingInterests) {

    /** Copies the goals. */
    public Situation {
        goals = Set.copyOf(goals);
    }
}
