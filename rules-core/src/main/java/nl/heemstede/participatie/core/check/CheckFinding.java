package nl.heemstede.participatie.core.check;

import java.util.Optional;

/**
 * One finding of the policy check, as {@link PolicyChecker} makes it: what is wrong (or worth knowing) about a policy,
 * where, and an opgave that shows it. Internal: staff see it as {@code nl.heemstede.participatie.staff.Finding},
 * which has the same components (and says what each means) and checks that every one is given.
 */
public record CheckFinding(Severity severity, String code, String file, Optional<String> table, Optional<String> row,
                           String message, Optional<String> counterExample) {

    /** How serious a finding is, most serious first: as {@code staff.Finding.Severity}, constant for constant. */
    public enum Severity { ERROR, WARNING, INFO }
}
