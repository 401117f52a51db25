package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.RoomLevel;

/**
 * The opgave-level facts the attention rules ({@code aandachtspunten.drl}) reason over: inputs of the opgave and the
 * outcomes of the DMN decisions. It holds what those rules read and nothing more (of the goals only whether goal C is
 * advised): the advisor remembers their answer per situation, so a field no rule reads would only make it ask
 * them again about situations that differ in nothing they look at. Internal: a fact type of the rule sets, not part
 * of the API.
 *
 * @param initiator             who takes the initiative
 * @param decider               outcome of <em>Wie beslist</em>
 * @param complexity            outcome of <em>Complexiteit</em>
 * @param space                 outcome of <em>Ruimte voor participatie</em>
 * @param feasible              outcome of <em>Haalbaarheid</em>
 * @param majorChange           impact aspect: a major change to the living environment
 * @param manyActors            impact aspect: many actors are involved
 * @param manyInterests         impact aspect: many different interests play
 * @param allFrameworks         all three frameworks are set
 * @param decisionPowerShared   the competent body is willing to share decision power
 * @param coProductionWanted    participants are willing and able to co-produce
 * @param complexContent        the content is complicated
 * @param opposingInterests     there are many opposing interests
 * @param decideTogether        the outcome of <em>Doelen</em> holds goal C (<em>samen beslissen</em>)
 * @param learningPilot         the opgave is one of the projects followed to evaluate the way of working
 */
public record Situation(Initiator initiator, Decider decider, Complexity complexity, RoomLevel space,
                        boolean feasible, boolean majorChange, boolean manyActors, boolean manyInterests,
                        boolean allFrameworks, boolean decisionPowerShared, boolean coProductionWanted,
                        boolean complexContent, boolean opposingInterests, boolean decideTogether,
                        boolean learningPilot) {

    /** Whether at least one impact aspect holds. */
    public boolean anyImpact() {
        return majorChange || manyActors || manyInterests;
    }

    /**
     * The impact aspects that hold, in Dutch and in the seed's order, joined as a sentence part: "er zijn veel actoren
     * bij betrokken en er spelen veel verschillende belangen". Empty when none holds.
     */
    public String impactAspects() {
        java.util.List<String> aspects = new java.util.ArrayList<>();
        if (majorChange) {
            aspects.add("het gaat om een grote wijziging in de leefomgeving van (groepen) inwoners");
        }
        if (manyActors) {
            aspects.add("er zijn veel actoren bij betrokken");
        }
        if (manyInterests) {
            aspects.add("er spelen veel verschillende belangen");
        }
        if (aspects.size() <= 1) {
            return String.join("", aspects);
        }
        return String.join("; ", aspects.subList(0, aspects.size() - 1)) + " en " + aspects.get(aspects.size() - 1);
    }
}
