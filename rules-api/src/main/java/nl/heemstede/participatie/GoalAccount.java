package nl.heemstede.participatie;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * For one goal of a plan, the account basisstap 5 asks for: the goal was planned; what was done for it (the
 * activities that served it, after the rules of the accountability review, which are our reading of the goals); and
 * the deviation, if none did.
 *
 * @param goal      the goal, as the plan set it
 * @param servedBy  the activities that served it, by date (the same day: as listed in the record); empty
 *                  when none did
 * @param deviation the review's finding that no activity served the goal ({@link FindingCode#GOAL_NOT_SERVED}),
 *                  the same finding as in {@link ProcessReview#findings()}; empty when an activity served it
 * @since 0.1
 */
public record GoalAccount(Goal goal, List<Activity> servedBy, Optional<PlanFinding> deviation) {

    /**
     * Checks that every component is given and copies the activities.
     *
     * @param goal      the goal, as the plan set it
     * @param servedBy  the activities that served it, by date (the same day: as listed in the record); empty when none
     *                  did
     * @param deviation the review's finding that no activity served the goal ({@link FindingCode#GOAL_NOT_SERVED}), the
     *                  same finding as in {@link ProcessReview#findings()}; empty when an activity served it
     */
    public GoalAccount {
        Objects.requireNonNull(goal, "goal is required.");
        servedBy = List.copyOf(servedBy);
        Objects.requireNonNull(deviation, "deviation must be Optional.empty() when there is none, not null.");
    }

    /**
     * The account of a goal without a deviation.
     *
     * @param goal     the goal, as the plan set it
     * @param servedBy the activities that served it, by date (the same day: as listed in the record); empty when none
     *                 did
     */
    public GoalAccount(Goal goal, List<Activity> servedBy) {
        this(goal, servedBy, Optional.empty());
    }

    /**
     * Whether an activity served the goal.
     *
     * @return whether an activity served the goal
     */
    public boolean done() {
        return !servedBy.isEmpty();
    }

    /**
     * Whether the process deviated from the plan for this goal.
     *
     * @return whether the process deviated from the plan for this goal
     */
    public boolean deviates() {
        return deviation.isPresent();
    }
}
