package nl.heemstede.participatie;

/**
 * The kind of a stakeholder (<em>belanghebbende</em>) of an opgave.
 *
 * @since 0.1
 */
public enum StakeholderKind implements Labelled {
    NEIGHBOURS("buurtgenoten en direct omwonenden"),
    RESIDENTS("inwoners in het algemeen (digipanel)"),
    DISTANT_RESIDENTS("mensen die verder weg wonen maar moeten weten wat er speelt"),
    EXPERT("externe deskundige"),
    ORGANISATION("verenigingen, ondernemers en maatschappelijke partners");

    private final String label;

    StakeholderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
