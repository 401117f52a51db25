package nl.heemstede.participatie;

/**
 * A framework the competent body sets in advance (<em>vooraf kaders meegeven</em>).
 *
 * @since 0.1
 */
public enum FrameworkKind implements Labelled {
    CONTENT("inhoudelijk kader"),
    FINANCIAL("financieel kader"),
    PROCESS("proceskader");

    private final String label;

    FrameworkKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
