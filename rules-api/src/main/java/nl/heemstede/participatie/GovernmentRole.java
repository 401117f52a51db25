package nl.heemstede.participatie;

/**
 * The role the municipality takes, after the four government perspectives of the seed's first section.
 *
 * @since 0.1
 */
public enum GovernmentRole implements Labelled {
    /** Lawful (<em>rechtmatige overheid: regels, objectiviteit, uitleggen, duidelijkheid</em>). */
    LAWFUL("rechtmatige overheid: regels, objectiviteit, uitleggen, duidelijkheid"),
    /** Performing (<em>presterende overheid: resultaatgericht, initiatiefnemend, monitoren, winwin</em>). */
    PERFORMING("presterende overheid: resultaatgericht, initiatiefnemend, monitoren, winwin"),
    /** Networking (<em>netwerkende overheid: co-creatie, verbindend, samen, brainstormen</em>). */
    NETWORKING("netwerkende overheid: co-creatie, verbindend, samen, brainstormen"),
    /** Participating (<em>participerende overheid: aansluiten, benaderbaar, faciliterend, ruimte gevend</em>). */
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
