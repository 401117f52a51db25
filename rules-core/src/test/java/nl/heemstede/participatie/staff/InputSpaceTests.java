package nl.heemstede.participatie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.StakeholderKind;

/**
 * The input space holds every opgave the policy can tell apart exactly once: 4,423,680 valid opgaven, each with one
 * stakeholder of every kind; its index is a number with one digit per part of the opgave.
 */
class InputSpaceTests {

    private final InputSpace space = InputSpace.complete();

    @Test
    void theSpaceHolds4423680Opgaven() {
        // 4 initiators × 4 decisions − MUNICIPALITY without a decision = 15; × 2^3 × 2 × 3 × 3 × 2 × 2^2 × 2 × 2 × 2^3
        // × 2 × 2 × 2 (stakeholders with or without residents).
        assertEquals(15 * 8 * 2 * 3 * 3 * 2 * 4 * 2 * 2 * 8 * 2 * 2 * 2, space.size());
        assertEquals(4_423_680, space.size());
        assertEquals(InputSpace.SIZE, space.size());
        assertEquals(space.size(), space.stream().count());
    }

    @Test
    void everyOpgaveIsValidAndHasOneStakeholderOfEveryKindWithOrWithoutResidents() {
        List<Integer> invalid = space.indices().parallel()
                .filter(i -> !space.opgave(i).violations().isEmpty()).boxed().limit(5).toList();
        assertEquals(List.of(), invalid, "invalid opgaven, by index");
        assertEquals(space.size() / 2, space.stream().parallel()
                .filter(o -> o.stakeholders().equals(InputSpace.STAKEHOLDERS)).count());
        assertEquals(space.size() / 2, space.stream().parallel()
                .filter(o -> o.stakeholders().equals(InputSpace.STAKEHOLDERS_WITHOUT_RESIDENTS)).count());
        assertEquals(List.of(StakeholderKind.NEIGHBOURS, StakeholderKind.DISTANT_RESIDENTS, StakeholderKind.EXPERT,
                StakeholderKind.ORGANISATION), InputSpace.STAKEHOLDERS_WITHOUT_RESIDENTS.stream()
                .map(nl.heemstede.participatie.Stakeholder::kind).toList());
    }

    /**
     * Every opgave is distinct: its inputs, each field packed into bits of its own (26 in all, independently of the
     * space's own numbering), are a number no other opgave has. A bit set over those numbers instead of a set of
     * 4,423,680 opgaven: the same proof in a fraction of the time and memory.
     */
    @Test
    void everyOpgaveIsDistinct() {
        AtomicLongArray seen = new AtomicLongArray(1 << 20);
        AtomicInteger twice = new AtomicInteger();
        space.indices().parallel().forEach(i -> {
            int code = inputsCode(space.opgave(i));
            long bit = 1L << (code & 63);
            if ((seen.getAndAccumulate(code >>> 6, bit, (a, b) -> a | b) & bit) != 0) {
                twice.incrementAndGet();
            }
        });
        assertEquals(0, twice.get(), "opgaven with the inputs of an earlier one");
    }

    /** The inputs of an opgave (all but title and reference) as 26 bits, one field after the other. */
    private static int inputsCode(Opgave o) {
        int code = o.initiator().ordinal();
        code = code << 1 | bit(o.municipalDecisionRequired());
        code = code << 2 | o.withinCivilServiceMandate().map(m -> m ? 2 : 1).orElse(0);
        code = code << 2 | o.competentBody().map(b -> b.ordinal() + 1).orElse(0);
        code = code << 3 | bit(o.impact().majorChangeToLivingEnvironment()) << 2 | bit(o.impact().manyActors()) << 1
                | bit(o.impact().manyInterests());
        code = code << 1 | bit(o.room().somethingToChoose());
        code = code << 2 | o.room().legalRoom().ordinal();
        code = code << 2 | o.room().policyRoom().ordinal();
        code = code << 1 | bit(o.room().participationDesirable());
        code = code << 2 | bit(o.difficulty().complexContent()) << 1 | bit(o.difficulty().opposingInterests());
        code = code << 7 | bit(o.intentions().stakeholdersWillCoProduce()) << 6
                | bit(o.intentions().decisionPowerShared()) << 5 | bit(o.intentions().frameworksSet().content()) << 4
                | bit(o.intentions().frameworksSet().financial()) << 3
                | bit(o.intentions().frameworksSet().process()) << 2 | bit(o.intentions().learningPilot()) << 1
                | bit(o.intentions().learnTogether());
        int stakeholders = o.stakeholders().equals(InputSpace.STAKEHOLDERS) ? 0
                : o.stakeholders().equals(InputSpace.STAKEHOLDERS_WITHOUT_RESIDENTS) ? 1 : -1;
        assertTrue(stakeholders >= 0, "stakeholders of neither list: " + o.stakeholders());
        return code << 1 | stakeholders;
    }

    private static int bit(boolean flag) {
        return flag ? 1 : 0;
    }

    @Test
    void aMunicipalInitiativeAlwaysHasAMunicipalDecision() {
        assertTrue(space.stream().parallel()
                .filter(o -> o.initiator() == Initiator.MUNICIPALITY).allMatch(Opgave::municipalDecisionRequired));
        assertEquals(3 * 294_912, space.stream().parallel().filter(o -> o.initiator() == Initiator.MUNICIPALITY).count());
    }

    @Test
    void theIndexOfEveryOpgaveIsWhereItIs() {
        List<Integer> wrong = space.indices().parallel().filter(i -> space.index(space.opgave(i)) != i).boxed()
                .limit(5).toList();
        assertEquals(List.of(), wrong, "opgaven whose index is not their place");
    }

    @Test
    void eachPartIsADigitOfTheIndexThatOnlyItsOwnFieldsChange() {
        int product = 1;
        for (InputSpace.Part part : InputSpace.Part.values()) {
            product *= part.size();
        }
        assertEquals(space.size(), product);
        Opgave first = space.opgave(0);
        for (InputSpace.Part part : InputSpace.Part.values()) {
            for (int digit = 0; digit < part.size(); digit++) {
                int index = part.with(0, digit);
                assertEquals(digit * part.stride(), index);
                assertEquals(digit, part.of(index));
                Opgave opgave = space.opgave(index);
                // The other parts keep the fields of opgave 0.
                assertEquals(part == InputSpace.Part.DECISION ? opgave.initiator() : first.initiator(),
                        opgave.initiator());
                assertEquals(part == InputSpace.Part.DECISION ? InputSpace.decision(opgave)
                        : InputSpace.decision(first), InputSpace.decision(opgave));
                assertEquals(part == InputSpace.Part.IMPACT ? opgave.impact() : first.impact(), opgave.impact());
                assertEquals(part == InputSpace.Part.ROOM ? opgave.room() : first.room(), opgave.room());
                assertEquals(part == InputSpace.Part.DIFFICULTY ? opgave.difficulty() : first.difficulty(),
                        opgave.difficulty());
                assertEquals(part == InputSpace.Part.INTENTIONS ? opgave.intentions() : first.intentions(),
                        opgave.intentions());
                assertEquals(part == InputSpace.Part.STAKEHOLDERS ? opgave.stakeholders() : first.stakeholders(),
                        opgave.stakeholders());
            }
        }
        int some = 123_457;
        for (InputSpace.Part part : InputSpace.Part.values()) {
            assertEquals(some, part.with(some, part.of(some)));
            for (InputSpace.Part other : InputSpace.Part.values()) {
                if (other != part) {
                    assertEquals(other.of(some), other.of(part.with(some, (part.of(some) + 1) % part.size())));
                }
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> InputSpace.Part.ROOM.with(0, 36));
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
