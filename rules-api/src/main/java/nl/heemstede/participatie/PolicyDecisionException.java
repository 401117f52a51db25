package nl.heemstede.participatie;

import java.util.Map;

/**
 * Thrown when the policy cannot decide a valid input: a gap in a table, a role missing, a rule that broke.
 * This is a defect of the policy, not of the input; the message names the decision and the input.
 *
 * @since 0.1
 */
public class PolicyDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the decision the policy could not make. */
    private final String decision;
    private final transient Map<String, String> inputs;

    /**
     * Creates the exception.
     *
     * @param decision the decision (table or rule set) that could not decide, by its Dutch name
     * @param inputs   the inputs it was given, by name
     * @param problem  what went wrong, in a sentence
     */
    public PolicyDecisionException(String decision, Map<String, String> inputs, String problem) {
        super("The policy cannot decide '" + decision + "' for " + inputs + ": " + problem
                + " Correct the table or rule so that it gives exactly one answer for this input.");
        this.decision = decision;
        this.inputs = Map.copyOf(inputs);
    }

    /**
     * The Dutch name of the decision (table or rule set) that could not decide.
     *
     * @return the Dutch name of the decision (table or rule set) that could not decide
     */
    public String decision() {
        return decision;
    }

    /**
     * The inputs the decision was given, by name.
     *
     * @return the inputs the decision was given, by name
     */
    public Map<String, String> inputs() {
        return inputs;
    }
}
