package nl.heemstede.participatie;

/**
 * The route an opgave takes (<em>werkwijze</em>).
 *
 * @since 0.1
 */
public enum Route implements Labelled {
    /** Website and contact (<em>website Wij maken Heemstede en contact met een ambtenaar</em>). */
    WEBSITE_AND_CONTACT("website Wij maken Heemstede en contact met een ambtenaar"),
    /** Project based (<em>projectmatig werken</em>). */
    PROJECT_BASED("projectmatig werken"),
    /** Existing frameworks (<em>projectmatig werken binnen bestaande vastgestelde kaders en processen</em>). */
    EXISTING_FRAMEWORKS("projectmatig werken binnen bestaande vastgestelde kaders en processen"),
    /** Process framework (<em>projectmatig werken met het proceskader op basis van het participatiebeleid</em>). */
    PROCESS_FRAMEWORK("projectmatig werken met het proceskader op basis van het participatiebeleid");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
