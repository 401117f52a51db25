package nl.heemstede.participatie.core.compiled;

import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.TabledAdvisor;

/**
 * Lets an advisor meet every rule answer of the complete input space, so that its compiled form answers every opgave
 * without the engine. Walks the classes of values of the complete input space ({@link AdviceClasses#ofValues}) and
 * advises one opgave of each: two opgaven of such a class have the same rule situation and goals (made of the tables'
 * values and the rule fields), so the representatives meet every rule key the complete space meets. An opgave the policy cannot decide is passed over: its answer, a failure, is
 * remembered as well.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * Advises one opgave of every class of values of the complete input space, on every core (the build step).
     *
     * @return the number of classes advised
     */
    public static int complete(TabledAdvisor advisor) {
        return complete(advisor, true);
    }

    /**
     * Advises one opgave of every class of values of the complete input space: on every core, or on the calling thread
     * only (a background thread of low priority in a host, which must not take the host's common pool).
     *
     * @return the number of classes advised
     */
    public static int complete(TabledAdvisor advisor, boolean parallel) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        AdviceClasses classes = AdviceClasses.ofValues(advisor, space);
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, classes.count());
        // the advisor and its memo are thread-safe
        (parallel ? all.parallel() : all).forEach(c -> {
            try {
                advisor.advise(space.opgave(classes.representative(c)));
            } catch (PolicyDecisionException e) {
                // the rules' answer for this key is remembered all the same; the form holds it
            }
        });
        return classes.count();
    }
}
