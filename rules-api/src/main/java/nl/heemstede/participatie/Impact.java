package nl.heemstede.participatie;

/**
 * The impact aspects that make an opgave complex when college or council decides (<em>complexe opgave</em>).
 *
 * @param majorChangeToLivingEnvironment a major change to the living environment of (groups of) residents
 * @param manyActors                     many actors are involved
 * @param manyInterests                  many different interests play a part
 * @since 0.1
 */
public record Impact(boolean majorChangeToLivingEnvironment, boolean manyActors, boolean manyInterests) {

    /** No impact aspect holds. */
    public static final Impact NONE = new Impact(false, false, false);

    /**
     * Returns the impact with the given aspects.
     *
     * @param majorChangeToLivingEnvironment a major change to the living environment of (groups of) residents
     * @param manyActors                     many actors are involved
     * @param manyInterests                  many different interests play a part
     * @return the impact with the given aspects
     */
    public static Impact of(boolean majorChangeToLivingEnvironment, boolean manyActors, boolean manyInterests) {
        return new Impact(majorChangeToLivingEnvironment, manyActors, manyInterests);
    }

    /**
     * Whether at least one impact aspect holds.
     *
     * @return whether at least one impact aspect holds
     */
    public boolean any() {
        return majorChangeToLivingEnvironment || manyActors || manyInterests;
    }
}
