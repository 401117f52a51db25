package nl.heemstede.participatie.benchmarks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.StakeholderKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpgaveSpaceTests {

    /**
     * The point of an opgave in a dense numbering of all 16 initiator-decision combinations and every other dimension,
     * from its fields (independently of the numbering of {@link OpgaveSpace}).
     */
    private static int code(Opgave o) {
        int decision = !o.municipalDecisionRequired() ? 0
                : o.withinCivilServiceMandate().orElseThrow() ? 1 : 2 + o.competentBody().orElseThrow().ordinal();
        int code = o.initiator().ordinal() * 4 + decision;
        for (boolean bit : List.of(o.impact().majorChangeToLivingEnvironment(), o.impact().manyActors(),
                o.impact().manyInterests(), o.room().somethingToChoose())) {
            code = code * 2 + (bit ? 1 : 0);
        }
        code = code * 3 + o.room().legalRoom().ordinal();
        code = code * 3 + o.room().policyRoom().ordinal();
        Intentions in = o.intentions();
        for (boolean bit : List.of(o.room().participationDesirable(), o.difficulty().complexContent(),
                o.difficulty().opposingInterests(), in.stakeholdersWillCoProduce(), in.decisionPowerShared(),
                in.frameworksSet().content(), in.frameworksSet().financial(), in.frameworksSet().process(),
                in.learningPilot(), in.learnTogether(),
                o.stakeholders().stream().anyMatch(s -> s.kind() == StakeholderKind.RESIDENTS))) {
            code = code * 2 + (bit ? 1 : 0);
        }
        return code;
    }

    @Test
    void holdsEveryValidOpgaveOverTheDecisionRelevantDimensionsExactlyOnce() {
        // initiator × decision × impact × somethingToChoose × legal room × policy room × participationDesirable
        // × difficulty × co-production × shared decision power × frameworks × learningPilot × learnTogether
        // × stakeholders with or without residents
        int all = 4 * 4 * 8 * 2 * 3 * 3 * 2 * 4 * 2 * 2 * 8 * 2 * 2 * 2;
        int municipalWithoutDecision = all / 16;
        assertEquals(all - municipalWithoutDecision, OpgaveSpace.SIZE);
        BitSet seen = new BitSet(all);
        for (int i = 0; i < OpgaveSpace.SIZE; i++) {
            Opgave opgave = OpgaveSpace.at(i); // build() throws when a point is not a valid opgave
            int code = code(opgave);
            assertFalse(seen.get(code), "point " + i + " is a second " + opgave);
            seen.set(code);
            assertTrue(opgave.stakeholders().equals(nl.heemstede.participatie.staff.InputSpace.STAKEHOLDERS)
                    || opgave.stakeholders().equals(
                            nl.heemstede.participatie.staff.InputSpace.STAKEHOLDERS_WITHOUT_RESIDENTS), "point " + i);
        }
        assertEquals(OpgaveSpace.SIZE, seen.cardinality());
    }

    @Test
    void theSampleTheBaselineIsComparedOnHoldsEveryValueOfEveryDimension() {
        // The points of OpgaveSpace.sample(STEP), one at a time: the whole space held as a list costs more to keep
        // than to walk.
        int step = HandWrittenPolicyTests.STEP;
        List<Function<Opgave, Object>> dimensions = List.of(
                o -> List.of(o.initiator(), o.municipalDecisionRequired(), o.withinCivilServiceMandate(),
                        o.competentBody()),
                o -> o.impact().majorChangeToLivingEnvironment(), o -> o.impact().manyActors(),
                o -> o.impact().manyInterests(), o -> o.room().somethingToChoose(), o -> o.room().legalRoom(),
                o -> o.room().policyRoom(), o -> o.room().participationDesirable(),
                o -> o.difficulty().complexContent(),
                o -> o.difficulty().opposingInterests(), o -> o.intentions().stakeholdersWillCoProduce(),
                o -> o.intentions().decisionPowerShared(), o -> o.intentions().frameworksSet().content(),
                o -> o.intentions().frameworksSet().financial(), o -> o.intentions().frameworksSet().process(),
                o -> o.intentions().learningPilot(), o -> o.intentions().learnTogether(), Opgave::stakeholders);
        List<Integer> sizes = List.of(15, 2, 2, 2, 2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        assertEquals(dimensions.size(), sizes.size());
        List<Set<Object>> values = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            values.add(new HashSet<>());
        }
        for (int i = 0; i < OpgaveSpace.SIZE; i += step) {
            Opgave opgave = OpgaveSpace.at(i);
            for (int d = 0; d < dimensions.size(); d++) {
                values.get(d).add(dimensions.get(d).apply(opgave));
            }
        }
        for (int d = 0; d < dimensions.size(); d++) {
            assertEquals(sizes.get(d), values.get(d).size(), "values of dimension " + d + " in the sample");
        }
    }

    @Test
    void refusesAPointOutsideTheSpace() {
        assertThrows(IndexOutOfBoundsException.class, () -> OpgaveSpace.at(OpgaveSpace.SIZE));
        assertThrows(IndexOutOfBoundsException.class, () -> OpgaveSpace.at(-1));
    }
}
