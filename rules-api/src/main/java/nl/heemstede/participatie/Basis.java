package nl.heemstede.participatie;

/**
 * Whether a rule is in the seed in so many words, or is our reading of it.
 *
 * @since 0.1
 */
public enum Basis implements Labelled {
    /** Seed (<em>staat letterlijk in de uitwerking van het participatiebeleid</em>). */
    SEED("staat letterlijk in de uitwerking van het participatiebeleid"),
    /** Reading (<em>onze lezing van de uitwerking van het participatiebeleid</em>). */
    READING("onze lezing van de uitwerking van het participatiebeleid");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
