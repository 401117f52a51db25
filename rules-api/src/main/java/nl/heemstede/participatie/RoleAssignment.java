package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * The role one party plays: the process owner, the decision maker, or a stakeholder of the opgave.
 *
 * @param party the party: a stakeholder's name, or the municipal body or initiator
 * @param kind  the stakeholder kind, present for stakeholders only
 * @param role  the role
 * @since 0.1
 */
public record RoleAssignment(String party, Optional<StakeholderKind> kind, Role role) {

    /**
     * Checks that every component is given.
     *
     * @param party the party: a stakeholder's name, or the municipal body or initiator
     * @param kind  the stakeholder kind, present for stakeholders only
     * @param role  the role
     */
    public RoleAssignment {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
    }
}
