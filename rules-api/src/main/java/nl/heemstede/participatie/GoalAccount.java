package nl.heemstede.participatie;

import java.util.List;
import java.util.Objects;

/**
 * For one goal of a plan: the activities that served it, after the rules of the accountability review.
 *
 * @param goal     the goal
 * @param servedBy the activities that served it, by date (the same day: as listed in the record); empty
 *                 when none did
 * @since 0.1
 */
public record GoalAccount(Goal goal, List<Activity> servedBy) {

    /** Checks that every component is given and copies the activities. */
    public GoalAccount {
        Objects.requireNonNull(goal, "goal is required.");
        servedBy = List.copyOf(servedBy);
    }
}
