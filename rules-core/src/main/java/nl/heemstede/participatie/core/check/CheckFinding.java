package nl.heemstede.participatie.core.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of the policy check, as {@link PolicyChecker} makes it: what is wrong (or worth knowing) about a policy,
 * where, and an opgave that shows it. Internal: staff see it as {@code nl.heemstede.participatie.staff.Finding},
 * which has the same components.
 *
 * @param severity       ERROR (the policy must not be published), WARNING (look at it), INFO (for the record)
 * @param code           a stable code, for example {@code DECISION_TABLE_GAP} or {@code INVARIANT_COMPLEX}
 * @param file           the policy file it is about
 * @param table          the decision (table) it is about, by its Dutch name; empty when it is about the file
 * @param row            the row id it is about; empty when it is about the table or file
 * @param message        a Dutch sentence a policy officer understands
 * @param counterExample an opgave (as JSON) for which the policy breaks the rule; empty when not applicable
 */
public record CheckFinding(Severity severity, String code, String file, Optional<String> table, Optional<String> row,
                           String message, Optional<String> counterExample) {

    /** How serious a finding is, most serious first. */
    public enum Severity {
        /** The policy must not be published like this. */
        ERROR,
        /** Worth a look; the policy works. */
        WARNING,
        /** For the record. */
        INFO
    }

    /** Checks that every component is given. */
    public CheckFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(counterExample, "counterExample");
    }
}
