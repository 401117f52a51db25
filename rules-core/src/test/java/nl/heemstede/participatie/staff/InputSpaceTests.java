package nl.heemstede.participatie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;

/**
 * The input space holds every opgave the policy can tell apart exactly once: 552,960 valid opgaven, each with one
 * stakeholder of every kind.
 */
class InputSpaceTests {

    private final InputSpace space = InputSpace.complete();

    /** The opgave without title and reference: what the policy decides on. */
    private record Inputs(Opgave opgave) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Inputs that && key().equals(that.key());
        }

        @Override
        public int hashCode() {
            return key().hashCode();
        }

        private List<Object> key() {
            return List.of(opgave.initiator(), opgave.municipalDecisionRequired(), opgave.withinCivilServiceMandate(),
                    opgave.competentBody(), opgave.impact(), opgave.room(), opgave.difficulty(), opgave.intentions(),
                    opgave.stakeholders());
        }
    }

    @Test
    void theSpaceHolds552960Opgaven() {
        // 4 initiators × 4 decisions − MUNICIPALITY without a decision = 15; × 2^3 × 2 × 3 × 3 × 2^2 × 2 × 2 × 2^3 × 2.
        assertEquals(15 * 8 * 2 * 3 * 3 * 4 * 2 * 2 * 8 * 2, space.size());
        assertEquals(552_960, space.size());
        assertEquals(InputSpace.SIZE, space.size());
        assertEquals(space.size(), space.stream().count());
    }

    @Test
    void everyOpgaveIsValidAndHasOneStakeholderOfEveryKind() {
        List<Integer> invalid = space.indices().parallel()
                .filter(i -> !space.opgave(i).violations().isEmpty()).boxed().limit(5).toList();
        assertEquals(List.of(), invalid, "invalid opgaven, by index");
        assertTrue(space.stream().parallel().allMatch(o -> o.stakeholders().equals(InputSpace.STAKEHOLDERS)));
    }

    @Test
    void everyOpgaveIsDistinct() {
        Set<Inputs> seen = space.stream().parallel().map(Inputs::new).collect(Collectors.toSet());
        assertEquals(space.size(), seen.size());
    }

    @Test
    void aMunicipalInitiativeAlwaysHasAMunicipalDecision() {
        assertTrue(space.stream().parallel()
                .filter(o -> o.initiator() == Initiator.MUNICIPALITY).allMatch(Opgave::municipalDecisionRequired));
        assertEquals(3 * 36_864, space.stream().parallel().filter(o -> o.initiator() == Initiator.MUNICIPALITY).count());
    }

    @Test
    void iterationAndIndexGiveTheSameOpgaven() {
        Set<Integer> indices = new HashSet<>();
        int i = 0;
        for (Opgave opgave : space) {
            if (i % 9_973 == 0) {
                assertEquals(space.opgave(i), opgave);
                indices.add(Integer.parseInt(opgave.reference().orElseThrow()));
            }
            i++;
        }
        assertEquals(space.size(), i);
        assertTrue(indices.contains(0));
        assertThrows(IndexOutOfBoundsException.class, () -> space.opgave(space.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> space.opgave(-1));
    }
}
