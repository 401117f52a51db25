package nl.heemstede.participatie.core.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.EngineFailure;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * Runs the expected cases of a policy version against that version. A case without a peildatum is for the first
 * day the version is in force; a case whose peildatum lies outside the version's period fails (it belongs beside
 * another version).
 */
public final class ExpectedCases {

    /** How many failing cases a refusal names one by one. */
    static final int NAMED = 10;

    private ExpectedCases() {
    }

    /**
     * Runs each case against the advisor of one version (asked whatever its period: the case's peildatum is checked
     * against the version here).
     */
    public static List<CaseResult> run(List<ExpectedCase> cases, ParticipationAdvisor version) {
        PolicyVersion period = version.policyVersion();
        Map<String, String> decisions = version instanceof TabledAdvisor tabled ? tabled.decisionsByRule() : Map.of();
        List<CaseResult> results = new ArrayList<>();
        for (ExpectedCase c : cases) {
            results.add(run(c, version, period, decisions));
        }
        return results;
    }

    private static CaseResult run(ExpectedCase c, ParticipationAdvisor version, PolicyVersion period,
                                  Map<String, String> decisions) {
        LocalDate peildatum = c.peildatum().or(() -> c.opgave().peildatum()).orElse(period.validFrom());
        if (!period.inForceOn(peildatum)) {
            return new CaseResult(c, Optional.empty(), List.of(new CaseMismatch("peildatum",
                    "een datum in de geldigheid van deze versie (" + period.period() + ")", peildatum.toString(),
                    "")));
        }
        Opgave opgave = c.opgave().withPeildatum(peildatum);
        Advice advice;
        try {
            advice = version.advise(opgave);
        } catch (PolicyDecisionException e) {
            return new CaseResult(c, Optional.empty(), List.of(new CaseMismatch("advies", "een advies",
                    "geen: het beleid kan deze opgave niet beslissen (" + e.getMessage() + ")", "")));
        } catch (RuntimeException | Error e) { // the engine failed on this opgave: the case fails, the run goes on
            return new CaseResult(c, Optional.empty(), List.of(new CaseMismatch("advies", "een advies",
                    "geen: de engine faalde (" + EngineFailure.describe(e) + ")", "")));
        }
        return new CaseResult(c, Optional.of(advice), mismatches(c, advice, decisions));
    }

    /** What the advice says otherwise than the case expects (its peildatum aside); empty when it says all of it. */
    public static List<CaseMismatch> mismatches(ExpectedCase c, Advice advice) {
        return mismatches(c, advice, Map.of());
    }

    private static List<CaseMismatch> mismatches(ExpectedCase c, Advice advice, Map<String, String> decisions) {
        List<CaseMismatch> mismatches = new ArrayList<>();
        for (Expectation e : c.expectations()) {
            mismatches.addAll(e.compare(advice, decisions));
        }
        return mismatches;
    }

    /**
     * Runs the cases beside the files, if any, against the advisor over those files.
     *
     * @throws PolicyLoadException when the cases cannot be read or a case fails, naming the case, what it expected,
     *                             what came and the row that decided
     */
    public static void requirePass(PolicyFiles files, ParticipationAdvisor version) {
        Optional<List<ExpectedCase>> cases = CaseFile.of(files);
        if (cases.isEmpty()) {
            return;
        }
        List<CaseResult> failed = run(cases.get(), version).stream().filter(r -> !r.passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (CaseResult r : failed.subList(0, Math.min(NAMED, failed.size()))) {
            problems.add("geval " + r.dutch());
        }
        if (failed.size() > NAMED) {
            problems.add("en nog " + (failed.size() - NAMED) + " gevallen in " + PolicyFiles.CASES + " kloppen niet.");
        }
        throw new PolicyLoadException("Het beleid in " + files.origin() + " is geweigerd: " + failed.size() + " van de "
                + cases.get().size() + " verwachte gevallen in " + PolicyFiles.CASES + (failed.size() == 1 ? " klopt"
                : " kloppen") + " niet; het eerste: "
                + problems.get(0), problems);
    }
}
