package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Goal;

/**
 * A goal an activity served, derived by the rules of {@code verantwoording.drl}. Internal fact type.
 *
 * @param goal     the goal
 * @param activity the activity's index
 */
public record GoalServed(Goal goal, int activity) {
}
