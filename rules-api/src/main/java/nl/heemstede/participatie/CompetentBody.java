package nl.heemstede.participatie;

/**
 * The body competent to decide (<em>bevoegd orgaan</em>).
 *
 * @since 0.1
 */
public enum CompetentBody implements Labelled {
    /** College (<em>college van burgemeester en wethouders</em>). */
    COLLEGE("college van burgemeester en wethouders"),
    /** Council (<em>gemeenteraad</em>). */
    COUNCIL("gemeenteraad");

    private final String label;

    CompetentBody(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
