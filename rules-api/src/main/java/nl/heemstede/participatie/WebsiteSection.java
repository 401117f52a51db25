package nl.heemstede.participatie;

/**
 * A section of the website <em>Wij maken Heemstede</em> that helps the people of an opgave on their way
 * (<em>Wegwijzer</em>; seed: <em>Uitwerking 1: Website</em>). Declared in the order the advice lists them; the label
 * is the section's title on the website.
 *
 * @since 0.2
 */
public enum WebsiteSection implements Labelled {
    IDEA_WHAT_NOW("Ik heb een idee, wat nu?"),
    WHO_DECIDES_IDEA("Wie beslist over een idee"),
    BUDGET("Budget aanvragen"),
    INITIATIVES_MAP("Kaart met initiatieven"),
    CURRENT_PROJECTS("Lopende projecten"),
    DIGIPANEL("Digipanel"),
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
