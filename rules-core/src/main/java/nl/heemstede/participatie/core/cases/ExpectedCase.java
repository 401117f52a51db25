package nl.heemstede.participatie.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.Opgave;

/**
 * One case of {@code gevallen.yaml}: an opgave and what its advice must say.
 *
 * @param name         the case's {@code naam}, unique in the file
 * @param line         the line the case starts on
 * @param note         its {@code toelichting}, if any: why the case is there (which part of the policy it pins down)
 * @param peildatum    its {@code peildatum}, if any; without one the case is for the first day of the version
 * @param opgave       the opgave, valid, with the file's {@code standaardopgave} laid under it
 * @param expectations what the advice must say, in the order written
 */
public record ExpectedCase(String name, int line, Optional<String> note, Optional<LocalDate> peildatum,
                           Opgave opgave, List<Expectation> expectations) {

    /** Checks that every component is given and copies the list. */
    public ExpectedCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(opgave, "opgave");
        expectations = List.copyOf(expectations);
    }

    /** "'naam' (gevallen.yaml, regel 12)". */
    public String describe() {
        return "'" + name + "' (gevallen.yaml, regel " + line + ")";
    }
}
