package nl.heemstede.participatie;

/**
 * The role the municipality takes, after the four government perspectives of the seed's first section.
 *
 * @since 0.1
 */
public enum GovernmentRole implements Labelled {
    LAWFUL("rechtmatige overheid: regels, objectiviteit, uitleggen, duidelijkheid"),
    PERFORMING("presterende overheid: resultaatgericht, initiatiefnemend, monitoren, winwin"),
    NETWORKING("netwerkende overheid: co-creatie, verbindend, samen, brainstormen"),
    PARTICIPATING("participerende overheid: aansluiten, benaderbaar, faciliterend, ruimte gevend");

    private final String label;

    GovernmentRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
