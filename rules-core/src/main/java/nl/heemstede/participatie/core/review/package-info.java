/**
 * The plan check ({@code plantoets.drl}) and the accountability review ({@code verantwoording.drl}):
 * {@link nl.heemstede.participatie.core.review.PlanReviewer} turns an opgave, its advice, a plan and a record into
 * facts, runs the rules and turns what they observed into findings. Internal: public only for the other {@code core}
 * packages.
 */
package nl.heemstede.participatie.core.review;
