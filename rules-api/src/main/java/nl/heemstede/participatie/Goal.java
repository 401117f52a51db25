package nl.heemstede.participatie;

/**
 * A goal of participation, A to D (<em>doel van participatie</em>).
 *
 * @since 0.1
 */
public enum Goal implements Labelled {
    /** Think together (<em>A. samen denken</em>). */
    THINK_TOGETHER("A. samen denken"),
    /** Do together (<em>B. samen doen</em>). */
    DO_TOGETHER("B. samen doen"),
    /** Decide together (<em>C. samen beslissen</em>). */
    DECIDE_TOGETHER("C. samen beslissen"),
    /** Learn together (<em>D. samen leren</em>). */
    LEARN_TOGETHER("D. samen leren");

    private final String label;

    Goal(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
