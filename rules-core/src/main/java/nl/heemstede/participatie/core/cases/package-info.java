/**
 * The expected cases policy staff keep beside the tables ({@code gevallen.yaml}): read with the line and column of
 * every problem, and run against one policy version. Internal: staff see them through {@code participatie check},
 * {@code participatie diff} and the refusal of a version whose cases fail.
 */
package nl.heemstede.participatie.core.cases;
