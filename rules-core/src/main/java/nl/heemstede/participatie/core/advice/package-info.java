/**
 * Advising from a loaded policy: {@link nl.heemstede.participatie.core.advice.TabledAdvisor} answers from the tables
 * decided ahead and the rules' answers per situation ({@link nl.heemstede.participatie.core.advice.RuleMemo}), and is
 * proven equal to {@link nl.heemstede.participatie.core.advice.EngineAdvisor}, which asks the engine on every call;
 * {@link nl.heemstede.participatie.core.advice.RegisterAdvisor} picks the policy version in force;
 * {@link nl.heemstede.participatie.core.advice.AdviceAssembler} puts an advice together.
 * {@link nl.heemstede.participatie.core.advice.CompleteInputSpace} numbers every opgave the tables can tell apart, and
 * {@link nl.heemstede.participatie.core.advice.AdviceClasses} groups those one advisor cannot tell apart. Internal:
 * public only for the other {@code core} packages.
 */
package nl.heemstede.participatie.core.advice;
