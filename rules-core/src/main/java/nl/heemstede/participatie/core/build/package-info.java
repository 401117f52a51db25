/**
 * The build step that makes the bundled policy's compiled form and proves its invariants
 * ({@link nl.heemstede.participatie.core.build.CompilePolicy}, run by {@code mvn process-classes}). Nothing in the
 * library depends on it. Internal.
 */
package nl.heemstede.participatie.core.build;
