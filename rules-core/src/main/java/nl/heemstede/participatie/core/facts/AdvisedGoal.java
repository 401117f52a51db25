package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Goal;

/**
 * A goal the advice gives for the opgave (outcome of <em>Doelen</em>). Internal fact type of {@code plantoets.drl}.
 *
 * @param goal the goal
 */
public record AdvisedGoal(Goal goal) {
}
