package nl.heemstede.participatie.benchmarks;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The naive engine use the benchmark measures does the real work: it gives the advisor's advice. */
class NaiveEngineTests {

    private static final Set<String> NOT_COMPARED = Set.of("policyVersion", "explanation");

    private static ParticipationAdvisor advisor;
    private static NaiveEngine naive;

    @BeforeAll
    static void load() {
        advisor = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE);
        naive = NaiveEngine.load();
    }

    @Test
    void givesTheAdvisorsAdviceOnTheBenchmarkOpgaven() {
        for (Opgave opgave : List.of(Opgaven.typical(), Opgaven.large())) {
            assertEquals(List.of(), AdviceFields.differences(advisor.advise(opgave), naive.advise(opgave),
                    NOT_COMPARED), opgave.title());
        }
    }

    @Test
    void givesTheAdvisorsAdviceOnEvery997thOpgaveOfTheInputSpace() {
        for (int i = 0; i < OpgaveSpace.SIZE; i += 997) {
            Opgave opgave = OpgaveSpace.at(i);
            assertEquals(List.of(), AdviceFields.differences(advisor.advise(opgave), naive.advise(opgave),
                    NOT_COMPARED), "point " + i);
        }
    }

}
