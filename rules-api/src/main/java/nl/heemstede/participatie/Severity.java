package nl.heemstede.participatie;

/**
 * How much a finding about a plan or a process weighs.
 *
 * @since 0.1
 */
public enum Severity implements Labelled {
    /**
     * The plan or process does not meet a norm the seed states in so many words (the finding's basis is always
     * {@link Basis#SEED}); fix it before adoption, or account for it.
     */
    ERROR("fout"),
    /**
     * The plan departs from one of our readings of the seed (the advised goals and roles, for example), or the
     * process deviated from the adopted plan; motivate or account for it, or change it.
     */
    WARNING("waarschuwing"),
    /** Worth knowing, or not happened yet while the process runs; nothing to fix now. */
    INFO("ter informatie");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
