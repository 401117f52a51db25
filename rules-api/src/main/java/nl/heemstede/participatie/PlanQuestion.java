package nl.heemstede.participatie;

/**
 * One of the six questions of the plan description (<em>planomschrijving</em>), in the seed's order. The full
 * question, as the policy asks it, is in {@link Advice#planDescriptionQuestions()} at this constant's ordinal.
 *
 * @since 0.1
 */
public enum PlanQuestion implements Labelled {
    /** 1. Wat houdt de opgave in? */
    OPGAVE("de opgave"),
    /** 2. Welke maatschappelijke waarde creëert de opgave? */
    SOCIETAL_VALUE("maatschappelijke waarde"),
    /** 3. Wat kan er wel en wat kan niet: welke regels zijn van toepassing? */
    RULES("wat kan wel en wat niet"),
    /** 4. Wie doet er mee, wie zijn er verder nog nodig en wat draagt initiatiefnemer zelf bij? */
    PARTICIPANTS("wie doet mee"),
    /** 5. Welke belangen spelen mee? Is er een relatie met andere plannen? */
    INTERESTS("belangen en andere plannen"),
    /** 6. Wat zijn de kosten en baten van de opgave? */
    COSTS_AND_BENEFITS("kosten en baten");

    private final String label;

    PlanQuestion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
