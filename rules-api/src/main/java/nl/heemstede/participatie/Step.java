package nl.heemstede.participatie;

/**
 * A step of the route, in the order the advice lists them (<em>basisstappen</em>).
 *
 * @since 0.1
 */
public enum Step implements Labelled {
    /** Quickscan (<em>quickscan</em>). */
    QUICKSCAN("quickscan"),
    /** Plan description (<em>planomschrijving maken</em>). */
    PLAN_DESCRIPTION("planomschrijving maken"),
    /** Participation plan (<em>participatieplan maken</em>). */
    PARTICIPATION_PLAN("participatieplan maken"),
    /** The competent body adopts the plan description and, where needed, the participation plan. */
    ADOPTION("het bevoegd orgaan stelt de planomschrijving en, indien van toepassing, het participatieplan vast; dit"
            + " besluit vormt het kader voor het vervolgproces"),
    /** Process (<em>het proces gaat van start volgens het vastgestelde kader</em>). */
    PROCESS("het proces gaat van start volgens het vastgestelde kader"),
    /** The result goes to the competent body, with an account of how far the process met the plan. */
    RESULT_TO_DECIDER("het resultaat gaat naar het bevoegd orgaan, met een verantwoording van hoe ver het traject"
            + " voldaan heeft aan de vastgestelde planomschrijving en, indien van toepassing, het participatieplan"),
    /** Final decision (<em>definitief besluit</em>). */
    FINAL_DECISION("definitief besluit"),
    /** Execution (<em>uitvoering</em>). */
    EXECUTION("uitvoering"),
    /** Project plan (<em>projectmatig werken binnen bestaande kaders en processen</em>). */
    PROJECT_PLAN("projectmatig werken binnen bestaande kaders en processen"),
    /** Handle on existing policy (<em>ambtelijk afhandelen op basis van bestaand beleid</em>). */
    HANDLE_ON_EXISTING_POLICY("ambtelijk afhandelen op basis van bestaand beleid"),
    /** Website (<em>website Wij maken Heemstede</em>). */
    WEBSITE("website Wij maken Heemstede"),
    /** Contact civil servant (<em>contact met een ambtenaar</em>). */
    CONTACT_CIVIL_SERVANT("contact met een ambtenaar"),
    /** Residents decide (<em>inwoners besluiten samen</em>). */
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
     * @param participationPlanRequired whether the advice requires a participation plan
     * @return the Dutch label of this step in such an advice
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
