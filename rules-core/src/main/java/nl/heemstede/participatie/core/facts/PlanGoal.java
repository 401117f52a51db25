package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Goal;

/**
 * A goal the plan sets. Internal fact type of {@code plantoets.drl} and {@code verantwoording.drl}.
 *
 * @param goal the goal
 */
public record PlanGoal(Goal goal) {
}
