package nl.heemstede.participatie.core.facts;

/**
 * A defect of the policy found by a check rule: the rules did not give what the policy promises (for example
 * two process owners). Internal fact type; the advisor turns it into a policy error.
 *
 * @param problem what is wrong, in a sentence
 */
public record PolicyDefect(String problem) {
}
