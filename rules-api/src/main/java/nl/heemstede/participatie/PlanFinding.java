package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a participation plan or the process that ran under it: how much it weighs, its stable code,
 * the rule that found it, the seed section it rests on and a Dutch sentence.
 *
 * @param severity how much it weighs
 * @param code     the stable code
 * @param rule     the name of the rule that found it
 * @param basis    whether the rule is in the seed in so many words or is our reading of it
 * @param source   the section of the seed it rests on
 * @param text     what was found and what to do, in Dutch
 * @param subject  what the finding is about (a party, a goal, a question, an activity); empty when it is about
 *                 the plan or process as a whole
 * @since 0.1
 */
public record PlanFinding(Severity severity, FindingCode code, String rule, Basis basis, String source, String text,
                          Optional<String> subject) {

    /**
     * Checks that every component is given.
     *
     * @param severity how much it weighs
     * @param code     the stable code
     * @param rule     the name of the rule that found it
     * @param basis    whether the rule is in the seed in so many words or is our reading of it
     * @param source   the section of the seed it rests on
     * @param text     what was found and what to do, in Dutch
     * @param subject  what the finding is about (a party, a goal, a question, an activity); empty when it is about the
     *                 plan or process as a whole
     */
    public PlanFinding {
        Objects.requireNonNull(severity, "severity is required.");
        Objects.requireNonNull(code, "code is required.");
        Objects.requireNonNull(rule, "rule is required.");
        Objects.requireNonNull(basis, "basis is required.");
        Objects.requireNonNull(source, "source is required.");
        Objects.requireNonNull(text, "text is required.");
        Objects.requireNonNull(subject, "subject must be Optional.empty() when absent, not null.");
    }
}
