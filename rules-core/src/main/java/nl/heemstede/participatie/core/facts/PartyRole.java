package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.StakeholderKind;

/**
 * A role the rules gave to a party. Internal fact type, inserted by the rules in {@code rollen.drl}.
 *
 * @param position         where the party appears in the advice: 0 process owner, 1 decision maker, 2 + index for
 *                         a stakeholder
 * @param party            the party's name
 * @param kind             the stakeholder kind, or {@code null} for the process owner and the decision maker
 * @param role             the role
 */
public record PartyRole(int position, String party, StakeholderKind kind, Role role) {

    /** Position of the process owner in the advice. */
    public static final int PROCESS_OWNER = 0;
    /** Position of the decision maker in the advice. */
    public static final int DECISION_MAKER = 1;

    /** The position of the stakeholder with the given index. */
    public static int ofStakeholder(int index) {
        return 2 + index;
    }
}
