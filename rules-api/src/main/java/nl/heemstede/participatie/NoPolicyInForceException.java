package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when no loaded policy version is in force on the opgave's peildatum: the advisor never
 * silently advises with a version that does not apply. It is an invalid opgave with one violation, of the field
 * {@code peildatum}, whose message is a Dutch sentence naming the date, every version with its period and, where
 * known, its successor. Choose a peildatum inside one of those periods, load the version in force on it, or ask for
 * a version by name ({@link ParticipationAdvisor#withVersion(String)}).
 *
 * @since 0.3
 */
public class NoPolicyInForceException extends InvalidOpgaveException {

    private static final long serialVersionUID = 1L;

    /** The date no version is in force on. */
    private final LocalDate peildatum;
    private final transient List<PolicyVersion> versions;

    /**
     * Creates the exception.
     *
     * @param peildatum the date no version is in force on
     * @param versions  every version the advisor has, at least one
     */
    public NoPolicyInForceException(LocalDate peildatum, List<PolicyVersion> versions) {
        super(List.of(Violation.of("peildatum", Objects.requireNonNull(peildatum, "peildatum"),
                sentence(peildatum, versions))));
        this.peildatum = peildatum;
        this.versions = List.copyOf(versions);
    }

    /**
     * The date no version is in force on.
     *
     * @return the date no version is in force on
     */
    public LocalDate peildatum() {
        return peildatum;
    }

    /**
     * Every version the advisor has, with its period and successor.
     *
     * @return every version the advisor has, with its period and successor
     */
    public List<PolicyVersion> versions() {
        return versions;
    }

    /** The Dutch sentence, then the same for a developer in English. */
    @Override
    public String getMessage() {
        return sentence(peildatum, versions) + " / No policy version is in force on " + peildatum + "; the advisor has "
                + versions.stream().map(v -> "'" + v.name() + "' (" + v.validFrom() + " to "
                        + v.validUntil().map(LocalDate::toString).orElse("open end")
                        + v.succeededBy().map(s -> ", succeeded by " + s).orElse("") + ")")
                .collect(Collectors.joining(", ")) + ". Give a peildatum inside one of these periods, load the version"
                + " in force on it, or ask for a version by name.";
    }

    /** The Dutch sentence a resident or official reads. */
    static String sentence(LocalDate peildatum, List<PolicyVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A NoPolicyInForceException names at least one version.");
        }
        return "Op de peildatum " + DutchDates.format(peildatum) + " (" + peildatum + ") geldt geen versie van het"
                + " participatiebeleid: " + (versions.size() == 1 ? "de enige geladen versie is " : "geladen zijn ")
                + versions.stream().map(PolicyVersion::describe).collect(Collectors.joining(", ")) + ". Kies een"
                + " peildatum binnen die periode" + (versions.size() == 1 ? "" : "s") + " of laad de versie die op "
                + DutchDates.format(peildatum) + " geldt.";
    }
}
