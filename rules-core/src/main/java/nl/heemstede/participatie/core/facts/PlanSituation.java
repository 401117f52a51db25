package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.RoomLevel;

/**
 * What the plan check knows about the opgave and the plan as a whole. Internal fact type of {@code plantoets.drl}.
 *
 * @param decider           outcome of <em>Wie beslist</em>
 * @param initiatorFromSociety the initiator is not the municipality: it is the process owner
 * @param complexity        outcome of <em>Complexiteit</em>
 * @param feasible          outcome of <em>Haalbaarheid</em>
 * @param planRequired      outcome of <em>Participatieplan</em>
 * @param space             outcome of <em>Ruimte voor participatie</em>
 * @param competentBody     the opgave's competent body; {@code null} when college and council do not decide
 * @param adoptedBy         the body the plan says adopts it; {@code null} when the plan does not say
 * @param opposingInterests the opgave has many opposing interests
 * @param weighingStated    the plan says how input and interests will be weighed
 */
public record PlanSituation(Decider decider, boolean initiatorFromSociety, Complexity complexity, boolean feasible, boolean planRequired, RoomLevel space,
                            CompetentBody competentBody, CompetentBody adoptedBy, boolean opposingInterests,
                            boolean weighingStated) {
}
