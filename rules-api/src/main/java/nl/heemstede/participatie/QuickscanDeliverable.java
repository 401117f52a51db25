package nl.heemstede.participatie;

/**
 * What a quickscan delivers to the initiator (<em>wat levert het de initiatiefnemer op?</em>).
 *
 * @since 0.1
 */
public enum QuickscanDeliverable implements Labelled {
    /** Account manager (<em>een accounthouder gekoppeld aan de opgave</em>). */
    ACCOUNT_MANAGER("een accounthouder gekoppeld aan de opgave"),
    /** Opportunities and challenges (<em>een eerste beeld van de kansen en uitdagingen</em>). */
    OPPORTUNITIES_AND_CHALLENGES("een eerste beeld van de kansen en uitdagingen"),
    /** Process and roles (<em>een eerste beeld van het proces en de rolverdeling gemeente/initiatiefnemer</em>). */
    PROCESS_AND_ROLES("een eerste beeld van het proces en de rolverdeling gemeente/initiatiefnemer"),
    /** Website info (<em>informatie over de website en wat daar te vinden is</em>). */
    WEBSITE_INFO("informatie over de website en wat daar te vinden is");

    private final String label;

    QuickscanDeliverable(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
