package nl.heemstede.participatie.core.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.Advice;

/**
 * A case run against one policy version: the advice it got (none when the policy could not decide it) and every
 * difference from what it expects.
 *
 * @param expected   the case
 * @param advice     the advice; empty when the policy could not decide the opgave
 * @param mismatches every difference, in the order the case lists its expectations; empty when the case passes
 */
public record CaseResult(ExpectedCase expected, Optional<Advice> advice, List<CaseMismatch> mismatches) {

    /** Checks that every component is given and copies the list. */
    public CaseResult {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(advice, "advice");
        mismatches = List.copyOf(mismatches);
    }

    /** Whether the advice says everything the case expects. */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** "'naam' (regel 12): decider: verwacht ..., gekregen ...; ...". */
    public String dutch() {
        return expected.describe() + ": " + String.join("; ", mismatches.stream().map(CaseMismatch::dutch).toList());
    }
}
