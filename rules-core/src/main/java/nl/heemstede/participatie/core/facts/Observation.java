package nl.heemstede.participatie.core.facts;

/**
 * A finding a rule of {@code plantoets.drl} or {@code verantwoording.drl} made; its code, severity and seed section
 * are the rule's metadata. Internal fact type.
 *
 * @param rule    the name of the rule that made it
 * @param subject what it is about; empty when about the plan or process as a whole
 * @param text    what was found and what to do, in Dutch
 */
public record Observation(String rule, String subject, String text) {
}
