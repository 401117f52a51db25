package nl.heemstede.participatie;

/**
 * A point to watch in the process (<em>aandachtspunt</em>).
 *
 * @since 0.1
 */
public enum AttentionPointCode implements Labelled {
    /** Frameworks not set (<em>kaders nog niet meegegeven</em>). */
    FRAMEWORKS_NOT_SET("kaders nog niet meegegeven"),
    /** @since 0.2 */
    FRAMEWORKS_FOR_DECIDE_TOGETHER("kaders voor samen beslissen"),
    /** Space limits ambition (<em>ruimte beperkt de ambitie</em>). */
    SPACE_LIMITS_AMBITION("ruimte beperkt de ambitie"),
    /** @since 0.2 */
    WEIGH_FEASIBILITY("afwegen of participatie haalbaar en wenselijk is"),
    /** Weigh interests openly (<em>open afwegen van belangen</em>). */
    WEIGH_INTERESTS_OPENLY("open afwegen van belangen"),
    /** Complex content (<em>ingewikkelde inhoud</em>). */
    COMPLEX_CONTENT("ingewikkelde inhoud"),
    /** Explain no choice (<em>uitleggen waarom er geen participatie is</em>). */
    EXPLAIN_NO_CHOICE("uitleggen waarom er geen participatie is"),
    /** Check decision needed (<em>nagaan of een besluit van de gemeente nodig is</em>). */
    CHECK_DECISION_NEEDED("nagaan of een besluit van de gemeente nodig is"),
    /** Support initiator (<em>initiatiefnemer ondersteunen</em>). */
    SUPPORT_INITIATOR("initiatiefnemer ondersteunen"),
    /** @since 0.2 */
    EVALUATE_WAY_OF_WORKING("de werkwijze evalueren"),
    /**
     * Retired in 0.2 (policy Revision 2): goal C no longer waits for frameworks set at advice time, so this point is
     * never given; {@link #FRAMEWORKS_FOR_DECIDE_TOGETHER} took its place.
     *
     * @deprecated never given since 0.2; kept so that code that names it still compiles
     */
    @Deprecated(since = "0.2", forRemoval = true)
    DECIDE_TOGETHER_WITHHELD("samen beslissen nog niet mogelijk"),
    /**
     * The caller asked for a policy version by name ({@link ParticipationAdvisor#withVersion(String)}) that was not
     * in force on the opgave's peildatum.
     *
     * @since 0.3
     */
    VERSION_NOT_IN_FORCE("beleidsversie gold niet op de peildatum");

    private final String label;

    AttentionPointCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
