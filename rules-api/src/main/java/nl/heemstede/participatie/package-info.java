/**
 * The typed facade of Heemstede's participation policy: an {@link nl.heemstede.participatie.Opgave} goes in,
 * an {@link nl.heemstede.participatie.Advice} with its {@link nl.heemstede.participatie.Explanation} comes out.
 * {@link nl.heemstede.participatie.ParticipationAdvisor#bundled()} is the one entry point. The same advisor checks
 * a {@link nl.heemstede.participatie.ParticipationPlan} before adoption
 * ({@link nl.heemstede.participatie.PlanCheck}) and accounts for the process afterwards from a
 * {@link nl.heemstede.participatie.ProcessRecord} ({@link nl.heemstede.participatie.ProcessReview}), both as
 * {@link nl.heemstede.participatie.PlanFinding}s. Invalid input is an
 * {@link nl.heemstede.participatie.InvalidInputException} (for an opgave alone an
 * {@link nl.heemstede.participatie.InvalidOpgaveException}) listing every
 * {@link nl.heemstede.participatie.Violation}; a policy that cannot decide is a
 * {@link nl.heemstede.participatie.PolicyDecisionException}. An advice is for the opgave's peildatum and is given
 * by the {@link nl.heemstede.participatie.PolicyVersion} in force on it; when none is, the opgave is refused with a
 * {@link nl.heemstede.participatie.NoPolicyInForceException}. Every code is an enum implementing
 * {@link nl.heemstede.participatie.Labelled}, with a Dutch label.
 */
package nl.heemstede.participatie;
