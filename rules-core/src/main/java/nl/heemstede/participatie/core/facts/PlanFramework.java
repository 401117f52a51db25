package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.FrameworkKind;

/**
 * One of the three frameworks and whether the plan sets it. Internal fact type of {@code plantoets.drl}.
 *
 * @param kind the framework
 * @param set  whether the plan sets it
 */
public record PlanFramework(FrameworkKind kind, boolean set) {
}
