/**
 * The policy check behind {@code participatie check} and the reloading advisor:
 * {@link nl.heemstede.participatie.core.check.PolicyChecker} inspects, validates, loads and proves a policy directory
 * (the invariants over the complete input space are {@link nl.heemstede.participatie.core.check.PolicyInvariants}) and
 * reports a {@link nl.heemstede.participatie.core.check.CheckResult} of
 * {@link nl.heemstede.participatie.core.check.CheckFinding}s. Internal: staff use
 * {@code nl.heemstede.participatie.staff.PolicyCheck}, which reports them as a {@code CheckReport}.
 */
package nl.heemstede.participatie.core.check;
