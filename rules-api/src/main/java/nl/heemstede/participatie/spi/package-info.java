/**
 * The binding between the API and a policy engine: {@link nl.heemstede.participatie.spi.AdvisorProvider},
 * implemented by {@code rules-core} and found with {@link java.util.ServiceLoader}. Callers never need it.
 */
package nl.heemstede.participatie.spi;
