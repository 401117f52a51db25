package nl.heemstede.participatie;

/**
 * A step of the route, in the order the advice lists them (<em>basisstappen</em>).
 *
 * @since 0.1
 */
public enum Step implements Labelled {
    QUICKSCAN("quickscan"),
    PLAN_DESCRIPTION("planomschrijving maken"),
    PARTICIPATION_PLAN("participatieplan maken"),
    ADOPTION("het bevoegd orgaan stelt planomschrijving en participatieplan vast"),
    PROCESS("het proces gaat van start volgens het vastgestelde kader"),
    RESULT_TO_DECIDER("het resultaat gaat naar het bevoegd orgaan, met verantwoording over planomschrijving en participatieplan"),
    FINAL_DECISION("definitief besluit"),
    EXECUTION("uitvoering"),
    PROJECT_PLAN("projectmatig werken binnen bestaande kaders en processen"),
    HANDLE_ON_EXISTING_POLICY("ambtelijk afhandelen op basis van bestaand beleid"),
    WEBSITE("website Wij maken Heemstede"),
    CONTACT_CIVIL_SERVANT("contact met een ambtenaar"),
    RESIDENTS_DECIDE("inwoners besluiten samen");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
