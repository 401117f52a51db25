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
    ADOPTION("het bevoegd orgaan stelt de planomschrijving en, indien van toepassing, het participatieplan vast; dit"
            + " besluit vormt het kader voor het vervolgproces"),
    PROCESS("het proces gaat van start volgens het vastgestelde kader"),
    RESULT_TO_DECIDER("het resultaat gaat naar het bevoegd orgaan, met een verantwoording van hoe ver het traject"
            + " voldaan heeft aan de vastgestelde planomschrijving en, indien van toepassing, het participatieplan"),
    FINAL_DECISION("definitief besluit"),
    EXECUTION("uitvoering"),
    PROJECT_PLAN("projectmatig werken binnen bestaande kaders en processen"),
    HANDLE_ON_EXISTING_POLICY("ambtelijk afhandelen op basis van bestaand beleid"),
    WEBSITE("website Wij maken Heemstede"),
    CONTACT_CIVIL_SERVANT("contact met een ambtenaar"),
    RESIDENTS_DECIDE("inwoners besluiten samen"),
    /** @since 0.2 */
    INTERIM_EVALUATION("tussentijdse evaluatie van de werkwijze (gevolgd project)"),
    /** @since 0.2 */
    FINAL_EVALUATION("evaluatie achteraf van de werkwijze, ook naar de raad (gevolgd project)");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The label of this step in an advice that does or does not require a participation plan: the adoption and the
     * result name the participation plan only when one is required (<em>indien van toepassing</em>); every other
     * step has its {@link #label()}.
     *
     * @since 0.2
     */
    public String label(boolean participationPlanRequired) {
        return switch (this) {
            case ADOPTION -> participationPlanRequired
                    ? "het bevoegd orgaan stelt de planomschrijving en het participatieplan vast; dit besluit vormt het"
                            + " kader voor het vervolgproces"
                    : "het bevoegd orgaan stelt de planomschrijving vast; dit besluit vormt het kader voor het"
                            + " vervolgproces";
            case RESULT_TO_DECIDER -> participationPlanRequired
                    ? "het resultaat gaat naar het bevoegd orgaan, met een verantwoording van hoe ver het traject"
                            + " voldaan heeft aan de vastgestelde planomschrijving en het participatieplan"
                    : "het resultaat gaat naar het bevoegd orgaan, met een verantwoording van hoe ver het traject"
                            + " voldaan heeft aan de vastgestelde planomschrijving";
            default -> label;
        };
    }
}
