package nl.heemstede.participatie;

/**
 * How much a finding about a plan or a process weighs.
 *
 * @since 0.1
 */
public enum Severity implements Labelled {
    /** The plan or process does not meet the policy; fix it before adoption, or account for it. */
    ERROR("fout"),
    /** The plan or process deviates from the advice; say why, or change it. */
    WARNING("waarschuwing"),
    /** Worth knowing; nothing to fix. */
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
