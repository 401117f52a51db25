package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * For one stakeholder of a plan: the role planned and what it did in the process.
 *
 * @param party      the party's name, as in the plan
 * @param kind       the stakeholder kind, from the opgave
 * @param planned    the role the plan gave it
 * @param heaviest   the heaviest role it played in any activity; empty when it took part in none
 * @param activities in how many activities it took part
 * @since 0.1
 */
public record PartyAccount(String party, StakeholderKind kind, Role planned, Optional<Role> heaviest, int activities) {

    /** Checks that every component is given. */
    public PartyAccount {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(heaviest, "heaviest");
        if (activities < 0) {
            throw new IllegalArgumentException("activities must not be negative; it is " + activities + ".");
        }
    }
}
