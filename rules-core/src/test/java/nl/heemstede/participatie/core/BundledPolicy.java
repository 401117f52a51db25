package nl.heemstede.participatie.core;

import nl.heemstede.participatie.core.advice.EngineAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The bundled policy, loaded once per test JVM (loading takes seconds) and shared by every test class.
 */
public final class BundledPolicy {

    private BundledPolicy() {
    }

    private static final class Holder {
        static final Policy POLICY = Policy.load(PolicyFiles.bundled());
        static final EngineAdvisor ENGINE = new EngineAdvisor(POLICY);
        /** From the compiled form in the jar, as {@code ParticipationAdvisor.bundled()} makes it. */
        static final TabledAdvisor ADVISOR = CompiledPolicies.bundled();
    }

    /** The bundled policy, compiled. */
    public static Policy policy() {
        return Holder.POLICY;
    }

    /**
     * The advisor users get: the engine's answers decided ahead ({@link TabledAdvisor}), made from the compiled form
     * that the build put in the jar (the engine is not loaded for it). Proven equal to {@link #engine()} by
     * {@code EngineEquivalenceProperties}.
     */
    public static TabledAdvisor advisor() {
        return Holder.ADVISOR;
    }

    /** The engine asked on every call ({@link EngineAdvisor}): the reference the advisor is proven equal to. */
    public static EngineAdvisor engine() {
        return Holder.ENGINE;
    }
}
