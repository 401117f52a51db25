package nl.heemstede.participatie;

/**
 * A framework the competent body sets in advance (<em>vooraf kaders meegeven: inhoudelijk, financieel, proces</em>),
 * when it adopts the plan (basisstap 3: "Dit besluit vormt het kader voor het vervolgproces").
 *
 * @since 0.1
 */
public enum FrameworkKind implements Labelled {
    /** The content framework (<em>inhoudelijk</em>). */
    CONTENT("inhoudelijk kader"),
    /** The financial framework (<em>financieel</em>). */
    FINANCIAL("financieel kader"),
    /**
     * The framework for the process (<em>proces</em>); not the seed's <em>proceskader</em>, which is the way of
     * working for complex opgaven as a whole.
     */
    PROCESS("kader voor het proces");

    private final String label;

    FrameworkKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
