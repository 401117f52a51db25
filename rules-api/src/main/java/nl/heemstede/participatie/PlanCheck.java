package nl.heemstede.participatie;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a participation plan against the policy ({@link ParticipationAdvisor#checkPlan}): the
 * advice the plan was held against and every finding.
 *
 * @param advice   the policy's advice for the opgave, which the plan was held against
 * @param findings every finding, errors first, then by code and subject
 * @since 0.1
 */
public record PlanCheck(Advice advice, List<PlanFinding> findings) {

    /**
     * Checks that every component is given and copies the findings.
     *
     * @param advice   the policy's advice for the opgave, which the plan was held against
     * @param findings every finding, errors first, then by code and subject
     */
    public PlanCheck {
        Objects.requireNonNull(advice, "advice is required.");
        findings = List.copyOf(findings);
    }

    /**
     * The policy the plan was checked against: the advice's.
     *
     * @return the policy version of the advice the plan was checked against
     */
    public PolicyVersion policyVersion() {
        return advice.policyVersion();
    }

    /**
     * Whether any finding is an {@link Severity#ERROR}: the plan does not meet a norm the seed states and should not
     * be adopted as it is.
     *
     * @return whether any finding is an error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Whether a finding with the given code was made.
     *
     * @param code the code to look for
     * @return whether a finding with the given code was made
     */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
