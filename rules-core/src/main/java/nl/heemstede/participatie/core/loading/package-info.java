/**
 * Reading a policy and its safety gate: {@link nl.heemstede.participatie.core.loading.PolicyFiles} reads the files
 * of a policy (bundled, a directory or a register version) through
 * {@link nl.heemstede.participatie.core.loading.PolicyInspector}, which refuses a DMN file with anything but the
 * decision tables' FEEL ({@link nl.heemstede.participatie.core.loading.FeelAllowList}); then
 * {@link nl.heemstede.participatie.core.loading.Policy} compiles it ({@link nl.heemstede.participatie.core.loading.DmnPolicy},
 * {@link nl.heemstede.participatie.core.loading.RulePolicy}) and decides every table over its input space
 * ({@link nl.heemstede.participatie.core.loading.DecidedTables}), within the time budgets of
 * {@link nl.heemstede.participatie.core.loading.Bounds}. {@link nl.heemstede.participatie.core.loading.Decisions}
 * names the decisions and inputs the advice needs. Internal: public only for the other {@code core} packages.
 */
package nl.heemstede.participatie.core.loading;
