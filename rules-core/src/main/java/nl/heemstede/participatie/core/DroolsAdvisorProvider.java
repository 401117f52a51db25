package nl.heemstede.participatie.core;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.spi.AdvisorProvider;

/**
 * Binds {@link ParticipationAdvisor#bundled()} to the Drools engine. Found with {@link java.util.ServiceLoader};
 * callers use {@link ParticipationAdvisor#bundled()} instead.
 */
public final class DroolsAdvisorProvider implements AdvisorProvider {

    /** Creates the provider; the policy itself loads on the first call of {@link #bundled()}. */
    public DroolsAdvisorProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public ParticipationAdvisor bundled() {
        return Bundled.ADVISOR;
    }

    /** Loads the bundled policy once, on first use, thread-safely (initialisation-on-demand holder). */
    private static final class Bundled {
        static final ParticipationAdvisor ADVISOR = new EngineAdvisor(Policy.load(PolicyFiles.bundled()));
    }
}
