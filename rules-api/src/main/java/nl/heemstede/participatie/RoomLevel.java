package nl.heemstede.participatie;

/**
 * How much room there is: for laws and regulations, municipal policy, and participation as a whole.
 *
 * @since 0.1
 */
public enum RoomLevel implements Labelled {
    /** None (<em>geen ruimte</em>). */
    NONE("geen ruimte"),
    /** Limited (<em>beperkte ruimte</em>). */
    LIMITED("beperkte ruimte"),
    /** Ample (<em>veel ruimte</em>). */
    AMPLE("veel ruimte");

    private final String label;

    RoomLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
