package nl.heemstede.participatie;

/**
 * A point to watch in the process (<em>aandachtspunt</em>).
 *
 * @since 0.1
 */
public enum AttentionPointCode implements Labelled {
    FRAMEWORKS_NOT_SET("kaders nog niet meegegeven"),
    DECIDE_TOGETHER_WITHHELD("samen beslissen nog niet mogelijk"),
    SPACE_LIMITS_AMBITION("ruimte beperkt de ambitie"),
    WEIGH_INTERESTS_OPENLY("open afwegen van belangen"),
    COMPLEX_CONTENT("ingewikkelde inhoud"),
    EXPLAIN_NO_CHOICE("uitleggen waarom er niets te kiezen is"),
    CHECK_DECISION_NEEDED("nagaan of een besluit van de gemeente nodig is"),
    SUPPORT_INITIATOR("initiatiefnemer ondersteunen");

    private final String label;

    AttentionPointCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
