package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.core.review.PlanReviewer;

/**
 * The exhaustive plan and review properties catch a change of the rules: a copy of {@code plantoets.drl} or
 * {@code verantwoording.drl} with one rule deliberately broken is run through the oracles of {@link PlanProperties},
 * which must report it, and through the label check of {@code PlanRuleSetTests}, where the break is a label.
 */
class BrokenPlanRulesTests {

    private static final ParticipationAdvisor ADVISOR = InForce.bundled();

    private static PlanReviewer.CompiledRules broken(String file, UnaryOperator<String> change) {
        String original = new String(PolicyFiles.bundled().content(file), StandardCharsets.UTF_8);
        String changed = change.apply(original);
        assertNotEquals(original, changed, "the change applies to " + file);
        return PlanReviewer.CompiledRules.of(file, changed.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of one rule, from its name to its {@code end}, changed. */
    private static UnaryOperator<String> inRule(String rule, String from, String to) {
        return drl -> {
            int start = drl.indexOf("rule \"" + rule + "\"");
            assertTrue(start >= 0, "rule " + rule + " exists");
            int end = drl.indexOf("\nend\n", start);
            String text = drl.substring(start, end);
            assertTrue(text.contains(from), () -> "rule " + rule + " contains " + from);
            return drl.substring(0, start) + text.replace(from, to) + drl.substring(end);
        };
    }

    @Test
    void theRoleOracleCatchesAConsultedStakeholderSlippingThroughWhileParticipationIsNotFeasible() {
        PlanReviewer.CompiledRules rules = broken(PolicyFiles.PLAN_RULES,
                inRule("Deelnemer terwijl participatie niet haalbaar is", "plannedRank <= 5", "plannedRank <= 4"));
        List<String> mismatches = PlanProperties.roleMismatches(
                (opgave, plan) -> PlanReviewer.check(ADVISOR, opgave, plan, rules).findings(), new HashSet<>(), 1);
        assertFalse(mismatches.isEmpty(), "the broken rule went unnoticed");
        assertTrue(mismatches.get(0).contains("planned CONSULTED"), mismatches::toString);
    }

    @Test
    void theRoleOracleCatchesARoleReadingMadeAnError() {
        PlanReviewer.CompiledRules rules = broken(PolicyFiles.PLAN_RULES,
                inRule("Rol zwaarder dan geadviseerd", "@ernst(\"WARNING\")", "@ernst(\"ERROR\")"));
        List<String> mismatches = PlanProperties.roleMismatches(
                (opgave, plan) -> PlanReviewer.check(ADVISOR, opgave, plan, rules).findings(), new HashSet<>(), 1);
        assertFalse(mismatches.isEmpty(), "the broken rule went unnoticed");
        assertTrue(mismatches.get(0).contains("ROLE_HEAVIER_THAN_ADVISED/ERROR"), mismatches::toString);
    }

    @Test
    void theGoalOracleCatchesDecideTogetherJudgedOnTheAdviceInsteadOfThePlan() {
        // a rule that forgets the plan's own frameworks: goal C is an error whenever it is chosen
        PlanReviewer.CompiledRules rules = broken(PolicyFiles.PLAN_RULES,
                inRule("Samen beslissen zonder alle kaders", "from collect( PlanFramework( set == false ) )",
                        "from collect( PlanFramework() )"));
        List<String> mismatches = PlanProperties.goalMismatches(
                (opgave, plan) -> PlanReviewer.check(ADVISOR, opgave, plan, rules).findings(), 1);
        assertFalse(mismatches.isEmpty(), "the broken rule went unnoticed");
        assertTrue(mismatches.get(0).contains("DECIDE_TOGETHER_WITHOUT_FRAMEWORKS"), mismatches::toString);
    }

    @Test
    void thePartyOracleCatchesADeviationMadeAnError() {
        PlanReviewer.CompiledRules rules = broken(PolicyFiles.REVIEW_RULES,
                inRule("Geplande partij niet betrokken", "@ernst(\"WARNING\")", "@ernst(\"ERROR\")"));
        List<String> mismatches = PlanProperties.partyMismatches(
                (opgave, plan, record) -> PlanReviewer.review(ADVISOR, opgave, plan, record, rules), 1);
        assertFalse(mismatches.isEmpty(), "the broken rule went unnoticed");
        assertTrue(mismatches.get(0).contains("PARTY_NOT_INVOLVED/ERROR"), mismatches::toString);
    }

    @Test
    void thePartyOracleCatchesAnInterimReviewThatForgetsTheProcessStillRuns() {
        PlanReviewer.CompiledRules rules = broken(PolicyFiles.REVIEW_RULES,
                inRule("Partij lichter betrokken dan gepland", "ReviewSituation( resultSent == true )",
                        "ReviewSituation()"));
        List<String> mismatches = PlanProperties.partyMismatches(
                (opgave, plan, record) -> PlanReviewer.review(ADVISOR, opgave, plan, record, rules), 1);
        assertFalse(mismatches.isEmpty(), "the broken rule went unnoticed");
        assertTrue(mismatches.get(0).contains("not sent"), mismatches::toString);
    }
}
