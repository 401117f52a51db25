package nl.heemstede.participatie;

/**
 * Who takes the initiative for an opgave (<em>initiatiefnemer</em>).
 *
 * @since 0.1
 */
public enum Initiator implements Labelled {
    MUNICIPALITY("gemeente"),
    RESIDENTS("inwoners"),
    BUSINESS("ondernemer of bedrijf"),
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
