package nl.heemstede.participatie.core;

import nl.heemstede.participatie.core.advice.EngineAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
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
        static final TabledAdvisor ADVISOR = new TabledAdvisor(POLICY);
    }

    /** The bundled policy, compiled. */
    public static Policy policy() {
        return Holder.POLICY;
    }

    /** The advisor users get: the engine's answers decided ahead ({@link TabledAdvisor}). */
    public static TabledAdvisor advisor() {
        return Holder.ADVISOR;
    }

    /** The engine asked on every call ({@link EngineAdvisor}): the reference the advisor is proven equal to. */
    public static EngineAdvisor engine() {
        return Holder.ENGINE;
    }
}
