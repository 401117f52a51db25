package nl.heemstede.participatie;

/**
 * The frameworks the decider has set in advance (<em>vooraf kaders meegeven</em>).
 *
 * @param content   a content framework (<em>inhoudelijk</em>)
 * @param financial a financial framework (<em>financieel</em>)
 * @param process   a process framework (<em>proces</em>)
 * @since 0.1
 */
public record Frameworks(boolean content, boolean financial, boolean process) {

    /** No framework set. */
    public static final Frameworks NONE = new Frameworks(false, false, false);

    /** All three frameworks set. */
    public static final Frameworks ALL = new Frameworks(true, true, true);

    /**
     * Returns the frameworks with the given answers.
     *
     * @param content   a content framework (<em>inhoudelijk</em>)
     * @param financial a financial framework (<em>financieel</em>)
     * @param process   a process framework (<em>proces</em>)
     * @return the frameworks with the given answers
     */
    public static Frameworks of(boolean content, boolean financial, boolean process) {
        return new Frameworks(content, financial, process);
    }

    /**
     * Whether all three frameworks are set.
     *
     * @return whether all three frameworks are set
     */
    public boolean all() {
        return content && financial && process;
    }
}
