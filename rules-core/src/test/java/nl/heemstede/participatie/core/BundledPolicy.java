package nl.heemstede.participatie.core;

/**
 * The bundled policy, loaded once per test JVM (loading takes seconds) and shared by every test class.
 */
final class BundledPolicy {

    private BundledPolicy() {
    }

    private static final class Holder {
        static final Policy POLICY = Policy.load(PolicyFiles.bundled());
        static final EngineAdvisor ADVISOR = new EngineAdvisor(POLICY);
    }

    /** The bundled policy, compiled. */
    static Policy policy() {
        return Holder.POLICY;
    }

    /** The real engine over the bundled policy. */
    static EngineAdvisor advisor() {
        return Holder.ADVISOR;
    }
}
