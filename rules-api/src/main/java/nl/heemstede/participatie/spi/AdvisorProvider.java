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

    /**
     * The advisor for the bundled policy; the same instance on every call.
     *
     * @return the advisor for the bundled policy; the same instance on every call
     */
    ParticipationAdvisor bundled();

    /**
     * A new advisor for the policy in the given directory, inspected and checked before it is used.
     *
     * @param directory a policy directory, or a register of policy directories
     * @return a new advisor for the policy in the given directory, inspected and checked before it is used
     */
    ParticipationAdvisor fromDirectory(Path directory);

    /**
     * An advisor following the policy in the given directory, reloading it when it changes.
     *
     * @param directory a policy directory, or a register of policy directories
     * @param listener  told of every version used and every change refused
     * @return an advisor following the policy in the given directory, reloading it when it changes
     */
    ReloadingAdvisor reloading(Path directory, PolicyListener listener);
}
