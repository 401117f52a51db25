package nl.heemstede.participatie;

import java.util.List;
import java.util.Objects;

/**
 * The account of a participation process against its adopted plan ({@link ParticipationAdvisor#review}, basisstap
 * 5: "in hoeverre het gelopen traject voldaan heeft aan de vooraf vastgestelde planomschrijving en het
 * participatieplan"): every finding, and per planned party and per goal what was planned, what was done and the
 * deviation. A deviation from the plan is a {@link Severity#WARNING}, an afwijking to account for in the result;
 * an {@link Severity#ERROR} is reserved for a norm the seed states (participation before the adoption, a result
 * offered without the account of how far the process met the plan).
 *
 * @param policyVersion the policy the review was made under
 * @param findings      every finding, errors first, then by code and subject
 * @param parties       per party of the plan, in plan order: planned role, what was done, the deviation
 * @param goals         per goal of the plan, in A–D order: the activities that served it, the deviation
 * @since 0.1
 */
public record ProcessReview(PolicyVersion policyVersion, List<PlanFinding> findings, List<PartyAccount> parties,
                            List<GoalAccount> goals) {

    /**
     * Checks that every component is given and copies the lists.
     *
     * @param policyVersion the policy the review was made under
     * @param findings      every finding, errors first, then by code and subject
     * @param parties       per party of the plan, in plan order: planned role, what was done, the deviation
     * @param goals         per goal of the plan, in A–D order: the activities that served it, the deviation
     */
    public ProcessReview {
        Objects.requireNonNull(policyVersion, "policyVersion is required.");
        findings = List.copyOf(findings);
        parties = List.copyOf(parties);
        goals = List.copyOf(goals);
    }

    /**
     * Whether any finding is an {@link Severity#ERROR}: the process did not meet a norm the seed states.
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
