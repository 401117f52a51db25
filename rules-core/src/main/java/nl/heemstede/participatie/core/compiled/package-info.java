/**
 * The compiled form of a policy: every answer the engine gave for it, computed before and tied to the policy's
 * SHA-256 and the build of the library, so that an advisor can be made without the engine
 * ({@link nl.heemstede.participatie.core.compiled.CompiledForm}). {@link nl.heemstede.participatie.core.compiled.CompiledPolicies}
 * serves the bundled policy's, made when the jar was built, and keeps those of policy directories in a cache;
 * {@link nl.heemstede.participatie.core.compiled.Completion} lets an advisor meet every rule answer before its form is
 * made. Internal: use the API instead.
 */
package nl.heemstede.participatie.core.compiled;
