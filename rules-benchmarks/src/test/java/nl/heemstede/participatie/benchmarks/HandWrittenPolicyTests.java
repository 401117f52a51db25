package nl.heemstede.participatie.benchmarks;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hand-written baseline gives the same advice as the bundled advisor, every field but the explanation, so the
 * baseline of the benchmarks cannot drift from the tables unnoticed.
 *
 * <p>The comparison runs over every point of the complete input space ({@link OpgaveSpace}, 4,423,680 opgaven,
 * each with one stakeholder of every kind, or of every kind but RESIDENTS). {@link #STEP} can thin it for a local
 * run.
 */
class HandWrittenPolicyTests {

    /**
     * Compare every how-many-th point of the input space; 1 compares the whole space. Set it here, or for one run
     * with {@code -Dhandwritten.step=N}; keep it prime (or 1) so that the sample holds every value.
     */
    static final int STEP = Integer.getInteger("handwritten.step", 1);

    private static final Set<String> NOT_COMPARED = Set.of("explanation");

    private static ParticipationAdvisor advisor;
    private static HandWrittenPolicy handWritten;

    @BeforeAll
    static void load() {
        advisor = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE);
        handWritten = new HandWrittenPolicy(advisor.policyVersion());
    }

    @TestFactory
    List<DynamicTest> agreesWithTheBundledAdvisorOnEveryStepthOpgaveOfTheInputSpace() {
        int points = (OpgaveSpace.SIZE + STEP - 1) / STEP;
        String sample = STEP == 1 ? "all " + OpgaveSpace.SIZE + " opgaven of the input space"
                : "every " + STEP + "th opgave of the input space (" + points + " of " + OpgaveSpace.SIZE + ")";
        return List.of(DynamicTest.dynamicTest("agrees with the bundled advisor on " + sample,
                () -> agreeOnEveryStepthPoint(points, OpgaveSpace::at)));
    }

    private static void agreeOnEveryStepthPoint(int points, IntFunction<Opgave> opgaveAt) {
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger compared = new AtomicInteger();
        IntStream.range(0, points).parallel().map(i -> i * STEP).forEach(index -> {
            Opgave opgave = opgaveAt.apply(index);
            Advice expected = advisor.advise(opgave);
            Advice actual = handWritten.advise(opgave);
            // Equal but for the explanation: the common case, without reading every field by reflection.
            List<String> differences = withExplanation(actual, expected.explanation()).equals(expected) ? List.of()
                    : AdviceFields.differences(expected, actual, NOT_COMPARED);
            compared.incrementAndGet();
            if (!differences.isEmpty() && mismatches.size() < 10) {
                mismatches.add("point " + index + " " + opgave + ":\n  " + String.join("\n  ", differences));
            }
        });
        assertEquals(points, compared.get());
        if (!mismatches.isEmpty()) {
            fail("The hand-written policy differs from the bundled advisor (first " + mismatches.size()
                    + " points):\n" + String.join("\n", mismatches));
        }
    }

    /** The advice with the given explanation instead of its own. */
    private static Advice withExplanation(Advice a, List<nl.heemstede.participatie.Explanation> explanation) {
        return new Advice(a.reference(), a.policyVersion(), a.peildatum(), a.decider(), a.complexity(), a.route(),
                a.quickscanRequired(), a.quickscanDeliverables(), a.participationSpace(), a.participationFeasible(),
                a.participationPlanRequired(), a.goals(), a.roles(), a.governmentRole(), a.steps(),
                a.planDescriptionQuestions(), a.attentionPoints(), a.guidance(), explanation);
    }

    @Test
    void agreesWithTheBundledAdvisorOnTheBenchmarkOpgaven() {
        for (Opgave opgave : List.of(Opgaven.typical(), Opgaven.large())) {
            assertEquals(List.of(), AdviceFields.differences(advisor.advise(opgave), handWritten.advise(opgave),
                    NOT_COMPARED), opgave.title());
        }
    }

    @Test
    void carriesThePolicyVersionItIsGivenAndNoExplanation() {
        Advice advice = handWritten.advise(Opgaven.typical());
        assertSame(advisor.policyVersion(), advice.policyVersion());
        assertTrue(advice.explanation().isEmpty());
    }

    @Test
    void refusesAnInvalidOpgaveAsTheAdvisorDoes() {
        Opgave valid = Opgaven.typical();
        Opgave invalid = new Opgave(" ", valid.reference(), valid.initiator(), false,
                valid.withinCivilServiceMandate(), valid.competentBody(), valid.impact(), valid.room(),
                valid.difficulty(), valid.intentions(), valid.stakeholders());
        InvalidOpgaveException expected = assertThrows(InvalidOpgaveException.class, () -> advisor.advise(invalid));
        InvalidOpgaveException actual = assertThrows(InvalidOpgaveException.class,
                () -> handWritten.advise(invalid));
        assertEquals(expected.getMessage(), actual.getMessage());
    }
}
