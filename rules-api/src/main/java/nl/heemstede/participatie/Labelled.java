package nl.heemstede.participatie;

/**
 * A code of the policy with its Dutch label.
 *
 * <p>The code ({@link Enum#name()}) is stable and used in JSON and in the decision tables; the label is
 * what people read in explanations and printed advice.
 *
 * @since 0.1
 */
public interface Labelled {

    /**
     * The Dutch label of this code, for people.
     *
     * @return the Dutch label of this code, for people
     */
    String label();
}
