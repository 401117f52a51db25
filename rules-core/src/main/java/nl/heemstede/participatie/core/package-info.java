/**
 * The policy engine behind {@link nl.heemstede.participatie.ParticipationAdvisor}: the DMN decision tables and DRL
 * rule sets of {@code nl/heemstede/participatie/beleid/}, evaluated by Drools. Only
 * {@link nl.heemstede.participatie.core.DroolsAdvisorProvider} is public, for {@link java.util.ServiceLoader}; use
 * the API instead.
 */
package nl.heemstede.participatie.core;
