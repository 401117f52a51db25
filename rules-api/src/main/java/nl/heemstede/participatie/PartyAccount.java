package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * For one party of a plan: the role planned and what it did in the process.
 *
 * @param party      the party's name, as in the plan
 * @param kind       the stakeholder kind, from the opgave; empty for the process owner or decision maker when it
 *                   is not a stakeholder
 * @param planned    the role the plan gave it
 * @param heaviest   the heaviest role it played in any activity; empty when it took part in none
 * @param activities in how many activities it took part
 * @since 0.1
 */
public record PartyAccount(String party, Optional<StakeholderKind> kind, Role planned, Optional<Role> heaviest,
                           int activities) {

    /** Checks that every component is given. */
    public PartyAccount {
        Objects.requireNonNull(party, "party is required.");
        Objects.requireNonNull(kind, "kind must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(planned, "planned is required.");
        Objects.requireNonNull(heaviest, "heaviest must be Optional.empty() when absent, not null.");
        if (activities < 0) {
            throw new IllegalArgumentException("activities must not be negative; it is " + activities + ".");
        }
    }
}
