package nl.heemstede.participatie;

import java.util.Objects;

/**
 * What participants and the competent body intend.
 *
 * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the municipality
 * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
 * @param frameworksSet             the frameworks the decider has set in advance
 * @param learningPilot             the opgave is followed and evaluated to learn from it (<em>leren door te doen</em>)
 * @since 0.1
 */
public record Intentions(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                         boolean learningPilot) {

    /** No intention beyond the default: nobody co-produces, no power shared, no framework, no pilot. */
    public static final Intentions NONE = new Intentions(false, false, Frameworks.NONE, false);

    /** Checks that the frameworks are given. */
    public Intentions {
        Objects.requireNonNull(frameworksSet, "frameworksSet is required.");
    }

    /** Returns the intentions with the given answers. */
    public static Intentions of(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                                boolean learningPilot) {
        return new Intentions(stakeholdersWillCoProduce, decisionPowerShared, frameworksSet, learningPilot);
    }
}
