package nl.heemstede.participatie;

import java.util.Objects;

/**
 * What participants and the competent body intend.
 *
 * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the
 *                                  municipality
 * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
 * @param frameworksSet             the frameworks the decider has set in advance
 * @param learningPilot             the opgave is one of the projects the municipality follows to evaluate its new way
 *                                  of working, interim and afterwards (seed section 6, <em>Evaluatie</em>)
 * @param learnTogether             the parties want to learn together from the experience gained (goal D,
 *                                  <em>samen leren</em>); {@code false} unless said otherwise
 * @since 0.1
 */
public record Intentions(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                         boolean learningPilot, boolean learnTogether) {

    /** No intention beyond the default: nobody co-produces, no power shared, no framework, no pilot, no learning. */
    public static final Intentions NONE = new Intentions(false, false, Frameworks.NONE, false, false);

    /**
     * Checks that the frameworks are given.
     *
     * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the
     *                                  municipality
     * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
     * @param frameworksSet             the frameworks the decider has set in advance
     * @param learningPilot             the opgave is one of the projects the municipality follows to evaluate its new
     *                                  way of working, interim and afterwards (seed section 6, <em>Evaluatie</em>)
     * @param learnTogether             the parties want to learn together from the experience gained (goal D, <em>samen
     *                                  leren</em>); {@code false} unless said otherwise
     */
    public Intentions {
        Objects.requireNonNull(frameworksSet, "frameworksSet is required.");
    }

    /**
     * The intentions with the given answers, without the wish to learn together.
     *
     * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the
     *                                  municipality
     * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
     * @param frameworksSet             the frameworks the decider has set in advance
     * @param learningPilot             the opgave is one of the projects the municipality follows to evaluate its new
     *                                  way of working, interim and afterwards (seed section 6, <em>Evaluatie</em>)
     */
    public Intentions(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                      boolean learningPilot) {
        this(stakeholdersWillCoProduce, decisionPowerShared, frameworksSet, learningPilot, false);
    }

    /**
     * Returns the intentions with the given answers, without the wish to learn together.
     *
     * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the
     *                                  municipality
     * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
     * @param frameworksSet             the frameworks the decider has set in advance
     * @param learningPilot             the opgave is one of the projects the municipality follows to evaluate its new
     *                                  way of working, interim and afterwards (seed section 6, <em>Evaluatie</em>)
     * @return the intentions with the given answers, without the wish to learn together
     */
    public static Intentions of(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                                boolean learningPilot) {
        return new Intentions(stakeholdersWillCoProduce, decisionPowerShared, frameworksSet, learningPilot, false);
    }

    /**
     * Returns the intentions with the given answers.
     *
     * @param stakeholdersWillCoProduce participants are willing and able to work out and carry out the plan with the
     *                                  municipality
     * @param decisionPowerShared       the competent body is willing to let participants decide within frameworks
     * @param frameworksSet             the frameworks the decider has set in advance
     * @param learningPilot             the opgave is one of the projects the municipality follows to evaluate its new
     *                                  way of working, interim and afterwards (seed section 6, <em>Evaluatie</em>)
     * @param learnTogether             the parties want to learn together from the experience gained (goal D, <em>samen
     *                                  leren</em>); {@code false} unless said otherwise
     * @return the intentions with the given answers
     * @since 0.2
     */
    public static Intentions of(boolean stakeholdersWillCoProduce, boolean decisionPowerShared, Frameworks frameworksSet,
                                boolean learningPilot, boolean learnTogether) {
        return new Intentions(stakeholdersWillCoProduce, decisionPowerShared, frameworksSet, learningPilot,
                learnTogether);
    }
}
