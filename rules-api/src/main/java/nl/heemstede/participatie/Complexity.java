package nl.heemstede.participatie;

/**
 * Whether an opgave is simple or complex (<em>eenvoudig of complex</em>).
 *
 * @since 0.1
 */
public enum Complexity implements Labelled {
    /** Simple (<em>eenvoudig</em>). */
    SIMPLE("eenvoudig"),
    /** Complex (<em>complex</em>). */
    COMPLEX("complex");

    private final String label;

    Complexity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
