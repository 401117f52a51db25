package nl.heemstede.participatie;

/**
 * What a quickscan delivers to the initiator (<em>wat levert het de initiatiefnemer op?</em>).
 *
 * @since 0.1
 */
public enum QuickscanDeliverable implements Labelled {
    ACCOUNT_MANAGER("een accounthouder gekoppeld aan de opgave"),
    OPPORTUNITIES_AND_CHALLENGES("een eerste beeld van de kansen en uitdagingen"),
    PROCESS_AND_ROLES("een eerste beeld van het proces en de rolverdeling gemeente/initiatiefnemer"),
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
