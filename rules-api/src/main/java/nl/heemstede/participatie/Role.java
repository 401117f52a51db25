package nl.heemstede.participatie;

/**
 * The role of a party in the participation process (<em>deelnemers en rollen</em>).
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
