package nl.heemstede.participatie;

import java.util.ServiceLoader;

import nl.heemstede.participatie.spi.AdvisorProvider;

/** Finds the policy engine once, so that {@link ParticipationAdvisor#bundled()} is cheap to call again and again. */
final class Binding {

    private static volatile AdvisorProvider provider;

    private Binding() {
    }

    static AdvisorProvider provider() {
        AdvisorProvider found = provider;
        if (found == null) {
            found = ServiceLoader.load(AdvisorProvider.class, ParticipationAdvisor.class.getClassLoader())
                    .findFirst()
                    .orElseThrow(() -> new PolicyLoadException("No policy engine found: add the dependency"
                            + " nl.heemstede.participatie:rules-core next to rules-api."));
            provider = found; // a race finds the same provider twice, which is harmless
        }
        return found;
    }
}
