package nl.heemstede.participatie;

/**
 * How much room there is: for laws and regulations, municipal policy, and participation as a whole.
 *
 * @since 0.1
 */
public enum RoomLevel implements Labelled {
    NONE("geen ruimte"),
    LIMITED("beperkte ruimte"),
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
