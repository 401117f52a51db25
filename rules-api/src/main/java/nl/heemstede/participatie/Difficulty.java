package nl.heemstede.participatie;

/**
 * How difficult the opgave is (<em>hoe complex het vraagstuk is</em>). Difficulty never blocks participation;
 * it adds attention points.
 *
 * @param complexContent    the content is complicated (<em>is de inhoud ingewikkeld?</em>)
 * @param opposingInterests there are many opposing interests (<em>zijn er veel tegengestelde belangen?</em>)
 * @since 0.1
 */
public record Difficulty(boolean complexContent, boolean opposingInterests) {

    /** Neither complicated content nor opposing interests. */
    public static final Difficulty NONE = new Difficulty(false, false);

    /**
     * Returns the difficulty with the given answers.
     *
     * @param complexContent    the content is complicated (<em>is de inhoud ingewikkeld?</em>)
     * @param opposingInterests there are many opposing interests (<em>zijn er veel tegengestelde belangen?</em>)
     * @return the difficulty with the given answers
     */
    public static Difficulty of(boolean complexContent, boolean opposingInterests) {
        return new Difficulty(complexContent, opposingInterests);
    }
}
