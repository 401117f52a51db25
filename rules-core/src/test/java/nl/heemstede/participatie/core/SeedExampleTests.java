package nl.heemstede.participatie.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.heemstede.participatie.core.cases.CaseFile;
import nl.heemstede.participatie.core.cases.CaseResult;
import nl.heemstede.participatie.core.cases.ExpectedCase;
import nl.heemstede.participatie.core.cases.ExpectedCases;
import nl.heemstede.participatie.core.loading.PolicyFiles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The examples of the seed, as policy staff keep them: the bundled policy's own {@code gevallen.yaml} (one set of
 * cases, read and run by the library exactly as {@code participatie check} and {@code fromDirectory} do). Each case
 * is a Dutch sentence of the policy with an opgave and what its advice must say, including which table row or rule
 * must explain it, [seed] or [reading]. One test factory runs them all against the real engine; further tests check
 * that every row and rule of the policy has a case.
 */
class SeedExampleTests {

    /** Rows that no valid opgave can reach; {@link DecisionTableProperties} checks them over the table's space. */
    private static final Set<String> UNREACHABLE_ROWS = Set.of(
            "rol-6", "rol-10", "rol-12", // a feasible opgave always has goal A
            "wie-beslist-5"); // a decision outside the mandate without a competent body is refused as input

    private static List<ExpectedCase> cases() {
        return CaseFile.of(PolicyFiles.bundled()).orElseThrow(() -> new AssertionError("the bundled policy has no "
                + PolicyFiles.CASES));
    }

    @TestFactory
    @DisplayName("Every case of the bundled gevallen.yaml gets the advice it expects, explained by the expected row")
    Stream<DynamicTest> everyCaseGetsTheAdviceItExpects() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            CaseResult result = ExpectedCases.run(List.of(c), BundledPolicy.advisor()).get(0);
            if (!result.passed()) {
                fail("Case " + result.dutch() + "\nfor " + AdviceInvariants.describe(c.opgave()));
            }
        }));
    }

    @Test
    void theCaseFileHoldsAtLeastAHundredCasesEachWithAnExplanationAndTheRowsThatDecide() {
        List<ExpectedCase> cases = cases();
        assertTrue(cases.size() >= 100, "only " + cases.size() + " cases");
        for (ExpectedCase c : cases) {
            assertTrue(c.note().isPresent(), "case " + c.describe() + " needs a toelichting");
            assertTrue(c.expectations().stream().anyMatch(e -> !e.requiredRules().isEmpty()),
                    "case " + c.describe() + " must name the row or rule that explains it under 'regels'");
        }
        System.out.println("SeedExampleTests: " + cases.size() + " cases");
    }

    @Test
    void everyRowOfEveryTableAndEveryRuleOfThePolicyHasACase() {
        Set<String> covered = new TreeSet<>();
        for (ExpectedCase c : cases()) {
            c.expectations().forEach(e -> covered.addAll(e.requiredRules()));
        }
        PolicyFiles files = PolicyFiles.bundled();
        Set<String> missing = new TreeSet<>();
        String dmn = new String(files.content("participatiebeleid.dmn"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<rule id=\"([^\"]+)\"").matcher(dmn);
        while (row.find()) {
            if (!covered.contains(row.group(1)) && !UNREACHABLE_ROWS.contains(row.group(1))) {
                missing.add(row.group(1));
            }
        }
        for (String drl : List.of("rollen.drl", "aandachtspunten.drl")) {
            String text = new String(files.content(drl), StandardCharsets.UTF_8);
            Matcher rule = Pattern.compile("rule \"([^\"]+)\"\\s*\\n\\s*@besluit").matcher(text);
            while (rule.find()) {
                if (!covered.contains(rule.group(1))) {
                    missing.add(rule.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "rows and rules without a case in " + PolicyFiles.CASES + ": " + missing);
    }
}
