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
        rules.forEach((name, rule) -> {
            assertEquals(name, rule.name());
            assertTrue(rule.source().length() > 10, name);
            System.out.println(rule.code() + " | " + rule.severity() + " | " + name + " | " + rule.basis());
        });
    }
}
