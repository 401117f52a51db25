package nl.heemstede.participatie;

/**
 * Who decides about the opgave (<em>Wie beslist?</em>).
 *
 * @since 0.1
 */
public enum Decider implements Labelled {
    INITIATOR("initiatiefnemer uit de samenleving"),
    CIVIL_SERVANTS("ambtenaren"),
    COLLEGE("college"),
    COUNCIL("raad");

    private final String label;

    Decider(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
