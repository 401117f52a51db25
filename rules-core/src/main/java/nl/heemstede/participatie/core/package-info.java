/**
 * The binding of the policy engine behind {@link nl.heemstede.participatie.ParticipationAdvisor}:
 * {@link nl.heemstede.participatie.core.DroolsAdvisorProvider}, found by {@link java.util.ServiceLoader}, serves the
 * bundled policy, a policy directory or register, and the reloading advisor
 * {@link nl.heemstede.participatie.core.DirectoryAdvisor}, which swaps in an edited policy only when it passes the
 * check. The work is done in the packages below: {@code loading} (reading a policy and its safety gate),
 * {@code review} (the plan check and accountability review), {@code advice} (advising from a loaded policy),
 * {@code cases} (the expected cases of {@code gevallen.yaml}) and {@code check} (the policy check). Internal: use the API instead.
 */
package nl.heemstede.participatie.core;
