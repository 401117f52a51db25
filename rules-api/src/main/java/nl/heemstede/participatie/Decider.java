package nl.heemstede.participatie;

/**
 * Who decides about the opgave (<em>Wie beslist?</em>).
 *
 * @since 0.1
 */
public enum Decider implements Labelled {
    /** Initiator (<em>initiatiefnemer uit de samenleving</em>). */
    INITIATOR("initiatiefnemer uit de samenleving"),
    /** Civil servants (<em>ambtenaren</em>). */
    CIVIL_SERVANTS("ambtenaren"),
    /** College (<em>college</em>). */
    COLLEGE("college"),
    /** Council (<em>raad</em>). */
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
