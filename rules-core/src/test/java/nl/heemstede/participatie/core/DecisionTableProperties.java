package nl.heemstede.participatie.core;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.heemstede.participatie.core.loading.Decisions;

/**
 * Every DMN decision of the bundled policy, evaluated on its own over its complete input space (upstream
 * decisions supplied as inputs): every input gets exactly one answer, and it is the answer of the policy as
 * written independently in {@link PolicyOracle}. The display name of each test says how many inputs it covers.
 */
class DecisionTableProperties {

    private static void assertTable(TableOracles.Table table, int expectedInputs) {
        TableOracles.Report report = TableOracles.check(BundledPolicy.policy().dmn(), table);
        assertEquals(expectedInputs, report.inputs(), "the input space of '" + table.decision() + "' changed size");
        assertTrue(report.failures().isEmpty(), () -> report.failures().size() + " of " + report.inputs()
                + " inputs of '" + table.decision() + "' are wrong:\n" + report.failures().stream().limit(20)
                .collect(Collectors.joining("\n")));
        System.out.printf("%s: %d inputs enumerated, all right%n", table.decision(), report.inputs());
    }

    @Test
    @DisplayName("Wie beslist: 4 of 4 valid combinations of decision fields give the decider of the table")
    void wieBeslistGivesTheDeciderForEveryValidCombinationOfDecisionFields() {
        assertTable(TableOracles.wieBeslist(), 4);
    }

    @Test
    @DisplayName("Wie beslist: a decision outside the mandate without a competent body, which the input "
            + "validation refuses, matches only row wie-beslist-5, which names no decider")
    void aDecisionOutsideTheMandateWithoutACompetentBodyMatchesOnlyTheRowThatNamesNoDecider() {
        java.util.Map<String, Object> refused = new java.util.LinkedHashMap<>();
        refused.put("Besluit gemeente nodig", true);
        refused.put("Ambtelijk af te handelen", false);
        refused.put("Bevoegd orgaan", null);
        assertEquals(java.util.List.of("wie-beslist-5"),
                BundledPolicy.policy().dmn().matchingRows(refused, "Wie beslist"));
    }

    @Test
    @DisplayName("Complexiteit: 32 of 32 inputs (4 deciders × 2 × 2 × 2 impact aspects) are complex "
            + "exactly when college or council decides and an aspect holds")
    void anOpgaveIsComplexExactlyWhenCollegeOrCouncilDecidesAndAnImpactAspectHolds() {
        assertTable(TableOracles.complexiteit(), 32);
    }

    @Test
    @DisplayName("Werkwijze: 8 of 8 inputs (4 deciders × 2 complexities) give the route of the table")
    void theRouteFollowsFromWhoDecidesAndTheComplexity() {
        assertTable(TableOracles.werkwijze(), 8);
    }

    @Test
    @DisplayName("Quickscan: 2 of 2 inputs; a quickscan only for complex opgaven")
    void aQuickscanIsOnlyForComplexOpgaven() {
        assertTable(TableOracles.quickscan(), 2);
    }

    @Test
    @DisplayName("Opbrengst quickscan: 2 of 2 inputs; the four deliverables exactly when there is a quickscan")
    void aQuickscanDeliversTheFourDeliverablesAndNoQuickscanDeliversNothing() {
        assertTable(TableOracles.opbrengstQuickscan(), 2);
    }

    @Test
    @DisplayName("Planomschrijving: 2 of 2 inputs; the six questions exactly for a complex opgave")
    void aComplexOpgaveGetsTheSixQuestionsOfThePlanDescription() {
        assertTable(TableOracles.planomschrijving(), 2);
    }

    @Test
    @DisplayName("Ruimte voor participatie: 18 of 18 inputs (2 × 3 legal × 3 policy) give NONE or the "
            + "smaller room")
    void theSpaceIsNoneWithoutChoiceOrRoomElseTheSmallerOfLegalAndPolicyRoom() {
        assertTable(TableOracles.ruimte(), 18);
    }

    @Test
    @DisplayName("Haalbaarheid: 6 of 6 inputs (3 spaces × desirable or not); feasible exactly when there is "
            + "room and participation is desirable")
    void participationIsFeasibleExactlyWhenThereIsRoomAndItIsDesirable() {
        assertTable(TableOracles.haalbaarheid(), 6);
    }

    @Test
    @DisplayName("Participatieplan: 4 of 4 inputs; a plan exactly when complex and feasible")
    void aParticipationPlanIsRequiredExactlyWhenComplexAndFeasible() {
        assertTable(TableOracles.participatieplan(), 4);
    }

    @Test
    @DisplayName("Stappen: 128 of 128 inputs (4 deciders × 2 complexities × plan or not × 4 initiators × "
            + "followed project or not) give the steps in order")
    void theStepsFollowFromWhoDecidesTheComplexityThePlanTheInitiatorAndTheEvaluation() {
        assertTable(TableOracles.stappen(), 128);
    }

    @Test
    @DisplayName("Doelen (COLLECT): 48 of 48 inputs (3 spaces × feasible or not × 2^3 intentions) give "
            + "exactly the goals whose row fits")
    void everyGoalWhoseRowFitsIsCollectedAndNoOther() {
        assertTable(TableOracles.doelen(), 48);
    }

    @Test
    @DisplayName("Rol van belanghebbende: 160 of 160 inputs (feasible or not × 5 kinds × 16 goal subsets) "
            + "give the first role that fits")
    void everyStakeholderKindGetsTheFirstRoleThatFits() {
        assertTable(TableOracles.rolVanBelanghebbende(), 160);
    }

    @Test
    @DisplayName("Rol van de gemeente: 512 of 512 inputs (4 deciders × feasible or not × 4 initiators × 16 "
            + "goal subsets) give the first role that fits in the order of the policy")
    void theGovernmentRoleIsTheFirstThatFitsInPolicyOrder() {
        assertTable(TableOracles.rolVanDeGemeente(), 512);
    }

    @Test
    @DisplayName("Wegwijzer (COLLECT): 128 of 128 inputs (4 initiators × 4 deciders × feasible or not × 2 "
            + "complexities × residents among the stakeholders or not) give exactly the sections whose row fits")
    void everyWebsiteSectionWhoseRowFitsIsCollectedAndNoOther() {
        assertTable(TableOracles.wegwijzer(), 128);
    }

    @Test
    @DisplayName("Every decision of the DMN model has an oracle here (1,054 inputs in all)")
    void everyDecisionOfTheModelIsCheckedAgainstThePolicy() {
        Set<String> checked = TableOracles.all().stream().map(TableOracles.Table::decision)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(Decisions.ALL), checked, "a decision of the model has no oracle in TableOracles");
        int total = TableOracles.all().stream().mapToInt(t -> t.domain().size()).sum();
        assertEquals(1_054, total);
        for (String decision : Decisions.ALL) {
            assertTrue(BundledPolicy.policy().dmn().tableId(decision) != null,
                    "'" + decision + "' must be a decision table, so that its rows explain the advice");
        }
    }
}
