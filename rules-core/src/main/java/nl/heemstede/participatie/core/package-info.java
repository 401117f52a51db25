/**
 * The binding of the policy engine behind {@link nl.heemstede.participatie.ParticipationAdvisor}:
 * {@link nl.heemstede.participatie.core.DroolsAdvisorProvider}, found by {@link java.util.ServiceLoader}, serves the
 * bundled policy, a policy directory or register, and the reloading advisor
 * {@link nl.heemstede.participatie.core.DirectoryAdvisor}, which swaps in an edited policy only when it passes the
 * check. The work is done in the packages below: {@code loading} (reading a policy and its safety gate),
 * {@code review} (the plan check and accountability review), {@code advice} (advising from a loaded policy),
 * {@code cases} (the expected cases of {@code gevallen.yaml}), {@code check} (the policy check), {@code compiled} (the
 * compiled forms of policies) and {@code build} (the build step that makes the bundled one). Internal: use the API
 * instead.
 *
 * <p>Logging: WARN from {@code nl.heemstede.participatie.core.DirectoryAdvisor} for a refused reload, a failed watcher
 * or listener; nothing at INFO or above when a policy loads or advises (the rule sets are compiled with a
 * {@code KnowledgeBuilder}, not through a {@code KieContainer}, which logs each KieBase it creates at INFO). A check
 * ({@code participatie check}, and each load of a reloading advisor) makes the engine warn through two loggers a host
 * may set to ERROR: {@code org.kie.dmn.core.ast.DMNDTExpressionEvaluator} ("No rule matched for decision table", for
 * the input combinations the API refuses, which the check asks about on purpose) and
 * {@code org.drools.base.rule.EvalCondition} (once per JVM, when the engine's DMN validator compiles its own rules).
 * See the README, "What a host sees in its log".
 */
package nl.heemstede.participatie.core;
