package nl.heemstede.participatie;

/**
 * The route an opgave takes (<em>werkwijze</em>).
 *
 * @since 0.1
 */
public enum Route implements Labelled {
    WEBSITE_AND_CONTACT("website Wij maken Heemstede en contact met een ambtenaar"),
    PROJECT_BASED("projectmatig werken"),
    EXISTING_FRAMEWORKS("projectmatig werken binnen bestaande vastgestelde kaders en processen"),
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
