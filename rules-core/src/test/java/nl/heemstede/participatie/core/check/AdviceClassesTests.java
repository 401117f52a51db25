package nl.heemstede.participatie.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.core.BundledPolicy;
import nl.heemstede.participatie.core.PolicyEdits;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The classes of the input space are what {@code check} relies on: every opgave of a class gets the advice of the
 * class's first opgave (apart from the echoed reference) and has its rule situation, or, when the policy cannot
 * decide it, the same failure; the classes cover the space once, and there are far fewer of them than opgaven.
 */
class AdviceClassesTests {

    private final CompleteInputSpace space = CompleteInputSpace.complete();

    @Test
    void everyOpgaveGetsTheAdviceAndSituationOfItsClassOnTheBundledPolicy() {
        TabledAdvisor advisor = BundledPolicy.advisor();
        AdviceClasses classes = AdviceClasses.of(advisor, space);
        assertEveryOpgaveIsLikeItsClass(advisor, classes);
        assertTrue(classes.count() > 1_000 && classes.count() < space.size() / 10,
                "far fewer classes than opgaven: " + classes.count());
    }

    @Test
    void everyOpgaveFailsLikeItsClassWhenTheRulesCannotDecide() {
        Map<String, byte[]> files = PolicyEdits.bundledWith("rollen.drl", drl -> drl.replace(
                "RoleSituation( decider == Decider.COUNCIL )", "RoleSituation( decider == Decider.COUNCIL, false )"));
        TabledAdvisor advisor = new TabledAdvisor(Policy.load(PolicyFiles.of(files, "test: no council")));
        AdviceClasses classes = AdviceClasses.of(advisor, space);
        assertEveryOpgaveIsLikeItsClass(advisor, classes);
        assertTrue(IntStream.range(0, classes.count())
                        .anyMatch(c -> outcome(advisor, space.opgave(classes.representative(c))) instanceof String),
                "some classes cannot be decided");
    }

    @Test
    void theClassesCoverTheSpaceOnceAndStartAtTheirFirstOpgave() {
        AdviceClasses classes = AdviceClasses.of(BundledPolicy.advisor(), space);
        long total = 0;
        for (int c = 0; c < classes.count(); c++) {
            assertEquals(c, classes.classOf(classes.representative(c)));
            total += classes.size(c);
        }
        assertEquals(space.size(), total);
        for (int i = 0; i < space.size(); i++) {
            int index = i;
            assertTrue(classes.representative(classes.classOf(i)) <= i, () -> "the first of its class: " + index);
        }
    }

    /**
     * Advises every opgave of the space and compares its outcome and rule situation with those of its class's first
     * opgave. The first opgave's outcome and situation are worked out once per class and kept (advising is
     * deterministic), rather than again for every opgave of the class: the same comparisons at half the advices.
     */
    private void assertEveryOpgaveIsLikeItsClass(ParticipationAdvisor advisor, AdviceClasses classes) {
        AtomicInteger unlike = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>(); // the first few, to show
        AtomicReferenceArray<Object[]> firsts = new AtomicReferenceArray<>(classes.count());
        IntStream.range(0, space.size()).parallel().forEach(i -> {
            int cls = classes.classOf(i);
            int first = classes.representative(cls);
            Object[] kept = firsts.get(cls);
            if (kept == null) {
                Opgave firstOpgave = space.opgave(first);
                Object outcome = outcome(advisor, firstOpgave);
                kept = new Object[] {outcome,
                    outcome instanceof Advice advice ? situation(firstOpgave, advice) : null};
                firsts.compareAndSet(cls, null, kept);
            }
            Object expected = kept[0];
            Opgave opgave = space.opgave(i);
            Object actual = i == first ? expected : outcome(advisor, opgave);
            if (!expected.equals(actual)) {
                if (unlike.incrementAndGet() <= 3) {
                    failures.add("opgave " + i + " differs from " + first + ": " + actual + " instead of "
                            + expected);
                }
            } else if (actual instanceof Advice advice && !situation(opgave, advice).equals(kept[1])) {
                if (unlike.incrementAndGet() <= 3) {
                    failures.add("opgave " + i + " has another rule situation than " + first);
                }
            }
        });
        assertTrue(unlike.get() == 0, unlike.get() + " opgaven unlike their class, e.g. " + failures);
    }

    /** The advice without the echoed reference, or the failure's message. */
    private static Object outcome(ParticipationAdvisor advisor, Opgave opgave) {
        try {
            Advice a = advisor.advise(opgave);
            return new Advice(Optional.empty(), a.policyVersion(), a.peildatum(), a.decider(), a.complexity(),
                    a.route(),
                    a.quickscanRequired(), a.quickscanDeliverables(), a.participationSpace(),
                    a.participationFeasible(), a.participationPlanRequired(), a.goals(), a.roles(),
                    a.governmentRole(), a.steps(), a.planDescriptionQuestions(), a.attentionPoints(), a.guidance(),
                    a.explanation());
        } catch (PolicyDecisionException e) {
            return e.getMessage();
        }
    }

    /** The facts the rules and the invariants read of the opgave besides its advice. */
    private static List<Object> situation(Opgave o, Advice advice) {
        return List.of(new Situation(o.initiator(), advice.decider(), advice.complexity(), advice.participationSpace(),
                advice.participationFeasible(), o.impact().majorChangeToLivingEnvironment(), o.impact().manyActors(),
                o.impact().manyInterests(), o.intentions().frameworksSet().all(),
                o.intentions().decisionPowerShared(), o.intentions().stakeholdersWillCoProduce(),
                o.difficulty().complexContent(), o.difficulty().opposingInterests(),
                advice.goals().contains(nl.heemstede.participatie.Goal.DECIDE_TOGETHER),
                o.intentions().learningPilot()), PolicyInvariants.Seen.of(o));
    }
}
