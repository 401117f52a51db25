package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.FindingCode;

/** The rule sets of the plan check and the review, as a whole: every finding code has a rule, and back. */
class PlanRuleSetTests {

    @Test
    void everyFindingCodeIsRaisedByARuleAndEveryRuleRaisesAKnownCode() {
        Map<String, PlanReviewer.FindingRule> rules = PlanReviewer.findingRules();
        Set<FindingCode> raised = rules.values().stream().map(PlanReviewer.FindingRule::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
        assertEquals(EnumSet.allOf(FindingCode.class), raised);
        rules.forEach((name, rule) -> assertTrue(rule.source().length() > 10, name));
    }

    @Test
    void everyRuleThatMakesAFindingHasACodeAndNoOtherRuleMakesOne() throws java.io.IOException {
        for (String file : new String[] {PolicyFiles.PLAN_RULES, PolicyFiles.REVIEW_RULES}) {
            String drl = new String(PolicyFiles.bundled().content(file), java.nio.charset.StandardCharsets.UTF_8);
            String[] blocks = drl.split("\nrule \"");
            int findingRules = 0;
            for (int i = 1; i < blocks.length; i++) {
                String name = blocks[i].substring(0, blocks[i].indexOf('"'));
                boolean makesFinding = blocks[i].contains("insert(finding(");
                assertEquals(makesFinding, blocks[i].contains("@code("), file + ": rule " + name);
                assertEquals(makesFinding, PlanReviewer.findingRules().containsKey(name), file + ": rule " + name);
                findingRules += makesFinding ? 1 : 0;
            }
            assertTrue(findingRules > 10, file);
        }
    }
}
