package nl.heemstede.participatie.spi;

import java.nio.file.Path;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.ReloadingAdvisor;

/**
 * The binding between the API and a policy engine, found with {@link java.util.ServiceLoader}. Callers use
 * {@link ParticipationAdvisor#bundled()}; only an engine implements this.
 *
 * @since 0.1
 */
public interface AdvisorProvider {

    /** The advisor for the bundled policy; the same instance on every call. */
    ParticipationAdvisor bundled();

    /** A new advisor for the policy in the given directory, inspected and checked before it is used. */
    ParticipationAdvisor fromDirectory(Path directory);

    /** An advisor following the policy in the given directory, reloading it when it changes. */
    ReloadingAdvisor reloading(Path directory, PolicyListener listener);
}
