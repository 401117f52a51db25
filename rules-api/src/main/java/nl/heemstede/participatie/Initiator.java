package nl.heemstede.participatie;

/**
 * Who takes the initiative for an opgave (<em>initiatiefnemer</em>).
 *
 * @since 0.1
 */
public enum Initiator implements Labelled {
    /** Municipality (<em>gemeente</em>). */
    MUNICIPALITY("gemeente"),
    /** Residents (<em>inwoners</em>). */
    RESIDENTS("inwoners"),
    /** Business (<em>ondernemer of bedrijf</em>). */
    BUSINESS("ondernemer of bedrijf"),
    /** Organisation (<em>vereniging, instelling of maatschappelijke partner</em>). */
    ORGANISATION("vereniging, instelling of maatschappelijke partner");

    private final String label;

    Initiator(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
