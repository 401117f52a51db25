package nl.heemstede.participatie.core.check;

import java.util.List;

import nl.heemstede.participatie.core.cases.CaseResult;

/**
 * What the policy check found in a policy: every finding, and the checks it ran. Internal: staff see it as
 * {@code nl.heemstede.participatie.staff.CheckReport}, which adds the text and JSON forms.
 *
 * @param policy   the directory (or "bundled") that was checked
 * @param checks   every check that ran, in Dutch, in order
 * @param findings every finding, errors first
 * @param cases    every expected case of {@code gevallen.yaml} that ran, passed or not, in the order of the file
 */
public record CheckResult(String policy, List<String> checks, List<CheckFinding> findings, List<CaseResult> cases) {

    /** Copies the lists. */
    public CheckResult {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        cases = List.copyOf(cases);
    }

    /** Whether the policy may be published: no finding of severity ERROR. */
    public boolean sound() {
        return findings.stream().noneMatch(f -> f.severity() == CheckFinding.Severity.ERROR);
    }
}
