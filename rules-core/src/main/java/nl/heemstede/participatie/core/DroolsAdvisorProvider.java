package nl.heemstede.participatie.core;

import java.nio.file.Path;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.spi.AdvisorProvider;
import nl.heemstede.participatie.core.advice.RegisterAdvisor;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;

/**
 * Binds {@link ParticipationAdvisor#bundled()} to the Drools engine. Found with {@link java.util.ServiceLoader};
 * callers use {@link ParticipationAdvisor#bundled()} instead.
 */
public final class DroolsAdvisorProvider implements AdvisorProvider {

    /** Creates the provider; the policy itself loads on the first call of {@link #bundled()}. */
    public DroolsAdvisorProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    private static volatile ParticipationAdvisor bundled;

    @Override
    public ParticipationAdvisor bundled() {
        ParticipationAdvisor advisor = bundled;
        if (advisor == null) {
            synchronized (DroolsAdvisorProvider.class) {
                advisor = bundled;
                if (advisor == null) {
                    // A PolicyLoadException propagates; the next call tries again.
                    // the bundled policy is a register of one version
                    // from the compiled form in the jar, without the engine (the engine loads it when that form
                    // is missing or cannot be trusted)
                    advisor = RegisterAdvisor.of(CompiledPolicies.bundled());
                    bundled = advisor;
                }
            }
        }
        return advisor;
    }

    @Override
    public ParticipationAdvisor fromDirectory(Path directory) {
        return DirectoryAdvisor.load(directory);
    }

    @Override
    public ReloadingAdvisor reloading(Path directory, PolicyListener listener) {
        return new DirectoryAdvisor(directory, listener == null ? PolicyListener.NONE : listener);
    }
}
