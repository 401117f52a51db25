package nl.heemstede.participatie;

/**
 * A section of the website <em>Wij maken Heemstede</em> that helps the people of an opgave on their way
 * (<em>Wegwijzer</em>; seed: <em>Uitwerking 1: Website</em>). Declared in the order the advice lists them; the label
 * is the section's title on the website.
 *
 * @since 0.2
 */
public enum WebsiteSection implements Labelled {
    /** Idea what now (<em>Ik heb een idee, wat nu?</em>). */
    IDEA_WHAT_NOW("Ik heb een idee, wat nu?"),
    /** Who decides idea (<em>Wie beslist over een idee</em>). */
    WHO_DECIDES_IDEA("Wie beslist over een idee"),
    /** Budget (<em>Budget aanvragen</em>). */
    BUDGET("Budget aanvragen"),
    /** Initiatives map (<em>Kaart met initiatieven</em>). */
    INITIATIVES_MAP("Kaart met initiatieven"),
    /** Current projects (<em>Lopende projecten</em>). */
    CURRENT_PROJECTS("Lopende projecten"),
    /** Digipanel (<em>Digipanel</em>). */
    DIGIPANEL("Digipanel"),
    /** Think with council (<em>Meedenken met bestuur</em>). */
    THINK_WITH_COUNCIL("Meedenken met bestuur");

    private final String label;

    WebsiteSection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
