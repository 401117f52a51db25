package nl.heemstede.participatie;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Advises on an opgave after Heemstede's participation policy: who decides, whether it is complex, which route,
 * whether participation is feasible, which goals and roles fit, each decision explained.
 *
 * <pre>{@code
 * ParticipationAdvisor advisor = ParticipationAdvisor.bundled();
 * Advice advice = advisor.advise(opgave);
 * }</pre>
 *
 * <p>An advice is for the opgave's {@linkplain Opgave#peildatum() peildatum} (today in the advisor's clock when it
 * has none) and is given by the policy version in force on that date; when no loaded version is in
 * force on it, the opgave is refused with a {@link NoPolicyInForceException}. {@link #withVersion(String)} asks for
 * a version by name, {@link #withClock(Clock)} sets what today is.
 *
 * <p>An advisor is immutable and thread-safe; build it once and call {@link #advise(Opgave)} as often as needed.
 *
 * @since 0.1
 */
public interface ParticipationAdvisor {

    /**
     * The advisor for the policy bundled with the library, loaded once per class loader.
     *
     * @return the advisor for the bundled policy
     * @throws PolicyLoadException when no engine is on the class path or the bundled policy does not load
     */
    static ParticipationAdvisor bundled() {
        return Binding.provider().bundled();
    }

    /**
     * An advisor for the policy in a directory: one DMN file (the decision tables, as a policy officer edited them)
     * and {@code beleid.properties} (name, adoption, the period in force: {@code validFrom}, optionally
     * {@code validUntil} and {@code succeededBy}).
     *
     * <p>A directory without {@code beleid.properties} is read as a <em>policy register</em>: one such policy
     * directory per version (each a subdirectory, or a symbolic link to one; names starting with a dot and plain
     * files such as a README are left alone). Every version is loaded and checked as below; two versions with the
     * same name or with overlapping periods refuse the register, naming both. The advisor advises each opgave with
     * the version in force on its peildatum.
     *
     * <p>The rule sets in DRL are code and always come from
     * the library. Before anything compiles, the DMN file is inspected: a file that could run Java or read other
     * files (a non-FEEL or {@code external} function, a DOCTYPE or entity, an import) or that is too large is
     * refused. After compiling, every table must answer every input combination an opgave can reach, with the codes
     * the advice knows. When the directory holds {@code gevallen.yaml} (the cases policy staff expect an advice
     * for), every case must get what it expects: a case that does not, or a file that cannot be read, refuses the
     * version, naming the case. Loading takes about a second the first time in a JVM, tens of milliseconds after that.
     *
     * @param directory a policy directory, or a register of policy directories
     * @return the advisor for that policy or register
     * @throws PolicyLoadException listing every problem, each naming the file (and version) and what to fix
     */
    static ParticipationAdvisor fromDirectory(Path directory) {
        return Binding.provider().fromDirectory(directory);
    }

    /**
     * An advisor that follows the policy directory or register in a directory (see {@link #fromDirectory(Path)}): a
     * version added, changed or removed is
     * fully checked in the background (every check of {@code participatie check}: safety, the engine's validator
     * with gap and overlap analysis, completeness, the policy's invariants over the complete input space, and the
     * expected cases of {@code gevallen.yaml}, also when only that file changed; about
     * 0.1–0.2 s once the JVM is warm, seconds in a fresh one; see BENCHMARKS.md) and used as soon as it passes; a
     * refused change is reported to the listener (and logged as a warning) while the last good policy (or register
     * state) keeps advising.
     *
     * @param directory a policy directory, or a register of policy directories
     * @param listener  told of every version used and every change refused; not {@code null}
     * @return the reloading advisor; close it to stop watching the directory
     * @throws PolicyLoadException when the policy in the directory cannot be loaded now (there is nothing to serve)
     */
    static ReloadingAdvisor reloading(Path directory, PolicyListener listener) {
        return Binding.provider().reloading(directory, listener);
    }

    /**
     * Advises on the given opgave, with the policy version in force on its peildatum.
     *
     * @param opgave the opgave to advise on
     * @return the advice, with an explanation of every decision
     * @throws NoPolicyInForceException when no version is in force on the peildatum (an invalid opgave whose one
     *                                  violation is the field {@code peildatum})
     * @throws InvalidOpgaveException  when the opgave is invalid, listing every violation
     * @throws PolicyDecisionException when the policy cannot decide this opgave (a defect of the policy)
     */
    Advice advise(Opgave opgave);

    /**
     * Checks a participation plan against the policy before the competent body adopts it: the plan's goals, roles,
     * frameworks, weighing, adopting body and plan description against the advice for the opgave. Every finding
     * has a severity, a stable code, the rule that found it, the seed section and a Dutch sentence.
     *
     * @param opgave the opgave the plan is for
     * @param plan   the plan as it is proposed for adoption
     * @return the check of the plan, with every finding
     * @throws InvalidInputException   when the opgave or the plan is invalid, listing every violation; paths start
     *                                 with {@code opgave.} or {@code plan.}
     * @throws NoPolicyInForceException when no version is in force on the opgave's peildatum
     * @throws PolicyDecisionException when the policy cannot decide this opgave (a defect of the policy)
     */
    PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan);

    /**
     * Accounts for a participation process against its adopted plan (basisstap 5): whether participation waited
     * for the adoption and the result accounts for how far the process met the plan; per party and goal what was
     * planned, what was done and each deviation to account for; the account of the input, and the evaluation of a
     * project the municipality follows.
     *
     * @param opgave the opgave the process was for
     * @param plan   the plan as the competent body adopted it
     * @param record what happened in the process
     * @return the account of the process against its plan
     * @throws InvalidInputException   when the opgave, the plan or the record is invalid, listing every violation;
     *                                 paths start with {@code opgave.}, {@code plan.} or {@code record.}
     * @throws NoPolicyInForceException when no version is in force on the opgave's peildatum
     * @throws PolicyDecisionException when the policy cannot decide this opgave (a defect of the policy)
     */
    ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record);

    /**
     * The version of the policy this advisor applies: the one asked for with {@link #withVersion(String)}, else the
     * newest (the last to come into force) of {@link #policyVersions()}.
     *
     * @return the version this advisor applies
     */
    PolicyVersion policyVersion();

    /**
     * Every policy version this advisor has, by the start of its period; one for a policy directory.
     *
     * @return every policy version this advisor has, by the start of its period; one for a policy directory
     * @since 0.3
     */
    default List<PolicyVersion> policyVersions() {
        return List.of(policyVersion());
    }

    /**
     * This advisor, taking today from the given clock for an opgave without a peildatum. The policy is shared, not
     * loaded again.
     *
     * @param clock what today is for an opgave without a peildatum
     * @return an advisor with the same policy and the given clock
     * @since 0.3
     */
    ParticipationAdvisor withClock(Clock clock);

    /**
     * This advisor, advising with the named version (compared ignoring case) whatever the peildatum. When that
     * version was not in force on an opgave's peildatum, the advice says so in the attention point
     * {@link AttentionPointCode#VERSION_NOT_IN_FORCE}. The policy is shared, not loaded again.
     *
     * @param name the name of a version of {@link #policyVersions()}
     * @return an advisor with the same policy that always advises with that version
     * @throws IllegalArgumentException when no version has that name; the message names every version
     * @since 0.3
     */
    ParticipationAdvisor withVersion(String name);
}
