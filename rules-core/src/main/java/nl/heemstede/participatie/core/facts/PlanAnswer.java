package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.PlanQuestion;

/**
 * One question of the plan description and whether the plan answers it. Internal fact type of
 * {@code plantoets.drl}.
 *
 * @param question the question
 * @param text     the question as the policy asks it
 * @param required whether the advice asks for a plan description
 * @param answered whether the plan answers it
 */
public record PlanAnswer(PlanQuestion question, String text, boolean required, boolean answered) {
}
