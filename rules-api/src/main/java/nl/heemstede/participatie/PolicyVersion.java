package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which policy produced an advice: its name and a SHA-256 over its files, so an advice can be tied to the
 * exact tables and replayed, and the period it is in force.
 *
 * @param name        the policy's name, for example {@code Heemstede participatiebeleid 2020 – proceskader}
 * @param sha256      the lowercase hex SHA-256 over the policy's files, in file-name order
 * @param validFrom   the first day the policy is in force (since 0.3)
 * @param validUntil  the last day the policy is in force; empty when it is in force until further notice (since 0.3)
 * @param succeededBy what succeeded it, as the policy's descriptor says, for example {@code CVDR707400}; empty when
 *                    not known (since 0.3)
 * @since 0.1
 */
public record PolicyVersion(String name, String sha256, LocalDate validFrom, Optional<LocalDate> validUntil,
                            Optional<String> succeededBy) {

    /**
     * Checks that every component is given, the hash is 64 hex digits and the period does not end before it starts.
     *
     * @param name        the policy's name, for example {@code Heemstede participatiebeleid 2020 – proceskader}
     * @param sha256      the lowercase hex SHA-256 over the policy's files, in file-name order
     * @param validFrom   the first day the policy is in force (since 0.3)
     * @param validUntil  the last day the policy is in force; empty when it is in force until further notice (since
     *                    0.3)
     * @param succeededBy what succeeded it, as the policy's descriptor says, for example {@code CVDR707400}; empty when
     *                    not known (since 0.3)
     */
    public PolicyVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil must be Optional.empty() when open-ended, not null.");
        Objects.requireNonNull(succeededBy, "succeededBy must be Optional.empty() when not known, not null.");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was [" + sha256 + "].");
        }
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil [" + validUntil.get() + "] must not be before validFrom ["
                    + validFrom + "].");
        }
    }

    /**
     * Whether the policy is in force on the given date: on or after {@link #validFrom()} and on or before
     * {@link #validUntil()} when that is given (both bounds inclusive).
     *
     * @param date the date to look at
     * @return whether this version is in force on that date
     * @since 0.3
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && validUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /**
     * The period in Dutch, for example {@code geldig van 1 februari 2021 tot en met 18 december 2023}, or
     * {@code geldig vanaf 1 februari 2021} when it is open-ended.
     *
     * @return the period in Dutch
     * @since 0.3
     */
    public String period() {
        return validUntil.map(until -> "geldig van " + DutchDates.format(validFrom) + " tot en met "
                + DutchDates.format(until)).orElse("geldig vanaf " + DutchDates.format(validFrom));
    }

    /**
     * The name, period and, when known, successor in Dutch, for example {@code 'Heemstede participatiebeleid 2020 –
     * proceskader' (geldig van 1 februari 2021 tot en met 18 december 2023; opgevolgd door CVDR707400)}.
     *
     * @return the name, period and successor in Dutch
     * @since 0.3
     */
    public String describe() {
        return "'" + name + "' (" + period() + succeededBy.map(s -> "; opgevolgd door " + s).orElse("") + ")";
    }
}
