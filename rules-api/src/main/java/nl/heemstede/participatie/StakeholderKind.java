package nl.heemstede.participatie;

/**
 * The kind of a stakeholder (<em>belanghebbende</em>) of an opgave.
 *
 * @since 0.1
 */
public enum StakeholderKind implements Labelled {
    /** Neighbours (<em>buurtgenoten en direct omwonenden</em>). */
    NEIGHBOURS("buurtgenoten en direct omwonenden"),
    /** Residents (<em>inwoners in het algemeen (digipanel)</em>). */
    RESIDENTS("inwoners in het algemeen (digipanel)"),
    /** Distant residents (<em>mensen die verder weg wonen maar moeten weten wat er speelt</em>). */
    DISTANT_RESIDENTS("mensen die verder weg wonen maar moeten weten wat er speelt"),
    /** Expert (<em>externe deskundige</em>). */
    EXPERT("externe deskundige"),
    /** Organisation (<em>verenigingen, ondernemers en maatschappelijke partners</em>). */
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
