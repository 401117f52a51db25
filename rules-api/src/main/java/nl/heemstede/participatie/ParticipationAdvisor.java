package nl.heemstede.participatie;

/**
 * Advises on an opgave after Heemstede's participation policy: who decides, whether it is complex, which route,
 * whether participation is feasible, which goals and roles fit, each decision explained.
 *
 * <pre>{@code
 * ParticipationAdvisor advisor = ParticipationAdvisor.bundled();
 * Advice advice = advisor.advise(opgave);
 * }</pre>
 *
 * <p>An advisor is immutable and thread-safe; build it once and call {@link #advise(Opgave)} as often as needed.
 *
 * @since 0.1
 */
public interface ParticipationAdvisor {

    /**
     * The advisor for the policy bundled with the library, loaded once per class loader.
     *
     * @throws PolicyLoadException when no engine is on the class path or the bundled policy does not load
     */
    static ParticipationAdvisor bundled() {
        return Binding.provider().bundled();
    }

    /**
     * Advises on the given opgave.
     *
     * @throws InvalidOpgaveException  when the opgave is invalid, listing every violation
     * @throws PolicyDecisionException when the policy cannot decide this opgave (a defect of the policy)
     */
    Advice advise(Opgave opgave);

    /** The version of the policy this advisor applies. */
    PolicyVersion policyVersion();
}
