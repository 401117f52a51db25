package nl.heemstede.participatie;

/**
 * The role of a party in the participation process (<em>deelnemers en rollen</em>). The constants are declared in
 * the seed's order, 1 to 6, from most to least responsibility; the plan check and the review compare roles by that
 * order (a lower number is a heavier role), so keep it.
 *
 * @since 0.1
 */
public enum Role implements Labelled {
    PROCESS_OWNER("proceseigenaar"),
    DECISION_MAKER("beslisser"),
    CO_PRODUCER("co-producent (meeontwerpen)"),
    ADVISER("adviseur (meedenken)"),
    CONSULTED("wordt geraadpleegd"),
    INFORMED("wordt geïnformeerd");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
