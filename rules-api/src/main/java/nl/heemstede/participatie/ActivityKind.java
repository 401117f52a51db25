package nl.heemstede.participatie;

/**
 * What kind of activity took place in a participation process. Which goal an activity serves is decided by the
 * rules of the accountability review, not by this type.
 *
 * @since 0.1
 */
public enum ActivityKind implements Labelled {
    /** A meeting where participants are heard (<em>bijeenkomst</em>). */
    MEETING("bijeenkomst"),
    /** A survey or poll, for example of the digipanel (<em>enquête, peiling</em>). */
    SURVEY("enquête of peiling"),
    /** A session where participants design and work out the plan with the municipality (<em>ontwerpsessie</em>). */
    CO_DESIGN_SESSION("ontwerpsessie"),
    /** A session where participants and municipality decide together within the frameworks. */
    DECISION_SESSION("gezamenlijk besluitmoment"),
    /** A letter, newsletter or web page that informs (<em>informatiebrief</em>). */
    INFORMATION_LETTER("informatiebrief"),
    /** An evaluation with participants of how the process went (<em>evaluatie</em>). */
    EVALUATION("evaluatie");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
