package nl.heemstede.participatie.spi;

import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * The binding between the API and a policy engine, found with {@link java.util.ServiceLoader}. Callers use
 * {@link ParticipationAdvisor#bundled()}; only an engine implements this.
 *
 * @since 0.1
 */
public interface AdvisorProvider {

    /** The advisor for the bundled policy; the same instance on every call. */
    ParticipationAdvisor bundled();
}
