package nl.heemstede.participatie.core.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.core.facts.Situation;

/**
 * The build runs the attention rules for every situation there is, made from its key ({@link RuleMemo#situation}):
 * that must be every situation, each exactly once, and the one its key stands for.
 */
class SituationKeyTests {

    @Test
    void everySituationIsMadeFromItsKeyAndNoKeyMakesAnother() {
        int situations = 0;
        for (int key = 0; key < 1 << 18; key++) {
            Situation situation = RuleMemo.situation(key);
            if (situation != null) {
                assertEquals(key, RuleMemo.situationKey(situation), "the key of the situation of key " + key);
                situations++;
            }
        }
        int fields = Initiator.values().length * Decider.values().length * Complexity.values().length
                * RoomLevel.values().length * 2;
        assertEquals(fields * 1024, situations, "every value of every field, and ten flags");
    }
}
