package nl.heemstede.participatie;

/**
 * A goal of participation, A to D (<em>doel van participatie</em>).
 *
 * @since 0.1
 */
public enum Goal implements Labelled {
    THINK_TOGETHER("A. samen denken"),
    DO_TOGETHER("B. samen doen"),
    DECIDE_TOGETHER("C. samen beslissen"),
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
