package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.StakeholderKind;

/**
 * A defect of the policy found by a check rule: the rules did not give what the policy promises (for example
 * two process owners). Internal fact type; the advisor turns it into a policy error.
 *
 * @param problem what is wrong, in a sentence
 * @param kind    the kind of the stakeholder the defect is about, or {@code null} when it is about the opgave
 */
public record PolicyDefect(String problem, StakeholderKind kind) {

    /** A defect about the opgave as a whole. */
    public PolicyDefect(String problem) {
        this(problem, null);
    }
}
