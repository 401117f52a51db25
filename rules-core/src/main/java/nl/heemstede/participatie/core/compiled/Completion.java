package nl.heemstede.participatie.core.compiled;

import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.TabledAdvisor;

/**
 * Lets an advisor meet every rule answer of the complete input space, so that its compiled form answers every opgave
 * without the engine. Walks the classes of opgaven the advisor cannot tell apart ({@link AdviceClasses}) and advises
 * one opgave of each: two opgaven of a class have the same rule situation and goals, so the representatives meet every
 * rule key the complete space meets. An opgave the policy cannot decide is passed over: its answer, a failure, is
 * remembered as well.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * Advises one opgave of every advice class of the complete input space.
     *
     * @return the number of classes advised
     */
    public static int complete(TabledAdvisor advisor) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        AdviceClasses classes = AdviceClasses.of(advisor, space);
        // the advisor and its memo are thread-safe: both cores
        java.util.stream.IntStream.range(0, classes.count()).parallel().forEach(c -> {
            try {
                advisor.advise(space.opgave(classes.representative(c)));
            } catch (PolicyDecisionException e) {
                // the rules' answer for this key is remembered all the same; the form holds it
            }
        });
        return classes.count();
    }
}
