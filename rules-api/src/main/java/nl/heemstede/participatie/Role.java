package nl.heemstede.participatie;

/**
 * The role of a party in the participation process (<em>deelnemers en rollen</em>). The constants are declared in
 * the seed's order, 1 to 6, from most to least responsibility; the plan check and the review compare roles by that
 * order (a lower number is a heavier role), so keep it.
 *
 * @since 0.1
 */
public enum Role implements Labelled {
    /** Process owner (<em>proceseigenaar</em>). */
    PROCESS_OWNER("proceseigenaar"),
    /** Decision maker (<em>beslisser</em>). */
    DECISION_MAKER("beslisser"),
    /** Co-producer (<em>co-producent (meeontwerpen)</em>). */
    CO_PRODUCER("co-producent (meeontwerpen)"),
    /** Adviser (<em>adviseur (meedenken)</em>). */
    ADVISER("adviseur (meedenken)"),
    /** Consulted (<em>wordt geraadpleegd</em>). */
    CONSULTED("wordt geraadpleegd"),
    /** Informed (<em>wordt geïnformeerd</em>). */
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
