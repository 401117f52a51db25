package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * For one party of a plan, the account basisstap 5 asks for ("in hoeverre het gelopen traject voldaan heeft aan
 * de vooraf vastgestelde planomschrijving en het participatieplan"): the role planned, what it did in the process,
 * and the deviation between the two, if any.
 *
 * @param party      the party's name, as in the plan
 * @param kind       the stakeholder kind, from the opgave; empty for the process owner or decision maker when it
 *                   is not a stakeholder
 * @param planned    the role the plan gave it
 * @param heaviest   what it did: the heaviest role it played in any activity; empty when it took part in none
 * @param activities in how many activities it took part
 * @param deviation  the review's finding about how this party's part deviated from the plan (code
 *                   {@link FindingCode#PARTY_NOT_INVOLVED}, {@link FindingCode#PARTY_INVOLVED_LIGHTER} or
 *                   {@link FindingCode#PARTY_INVOLVED_HEAVIER}), the same finding as in
 *                   {@link ProcessReview#findings()}; empty when it took part as planned, and for a process owner or
 *                   decision maker that is no stakeholder (only stakeholders are compared)
 * @since 0.1
 */
public record PartyAccount(String party, Optional<StakeholderKind> kind, Role planned, Optional<Role> heaviest,
                           int activities, Optional<PlanFinding> deviation) {

    /**
     * Checks that every component is given.
     *
     * @param party      the party's name, as in the plan
     * @param kind       the stakeholder kind, from the opgave; empty for the process owner or decision maker when it is
     *                   not a stakeholder
     * @param planned    the role the plan gave it
     * @param heaviest   what it did: the heaviest role it played in any activity; empty when it took part in none
     * @param activities in how many activities it took part
     * @param deviation  the review's finding about how this party's part deviated from the plan (code {@link
     *                   FindingCode#PARTY_NOT_INVOLVED}, {@link FindingCode#PARTY_INVOLVED_LIGHTER} or {@link
     *                   FindingCode#PARTY_INVOLVED_HEAVIER}), the same finding as in {@link ProcessReview#findings()};
     *                   empty when it took part as planned, and for a process owner or decision maker that is no
     *                   stakeholder (only stakeholders are compared)
     */
    public PartyAccount {
        Objects.requireNonNull(party, "party is required.");
        Objects.requireNonNull(kind, "kind must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(planned, "planned is required.");
        Objects.requireNonNull(heaviest, "heaviest must be Optional.empty() when absent, not null.");
        if (activities < 0) {
            throw new IllegalArgumentException("activities must not be negative; it is " + activities + ".");
        }
        Objects.requireNonNull(deviation, "deviation must be Optional.empty() when there is none, not null.");
    }

    /**
     * The account of a party that took part as planned, or that is not compared: no deviation.
     *
     * @param party      the party's name, as in the plan
     * @param kind       the stakeholder kind, from the opgave; empty for the process owner or decision maker when it is
     *                   not a stakeholder
     * @param planned    the role the plan gave it
     * @param heaviest   what it did: the heaviest role it played in any activity; empty when it took part in none
     * @param activities in how many activities it took part
     */
    public PartyAccount(String party, Optional<StakeholderKind> kind, Role planned, Optional<Role> heaviest,
                        int activities) {
        this(party, kind, planned, heaviest, activities, Optional.empty());
    }

    /**
     * Whether the party's part in the process deviated from the plan.
     *
     * @return whether the party's part in the process deviated from the plan
     */
    public boolean deviates() {
        return deviation.isPresent();
    }
}
