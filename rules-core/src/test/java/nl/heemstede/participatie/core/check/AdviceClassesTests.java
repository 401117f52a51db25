package nl.heemstede.participatie.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
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

    private void assertEveryOpgaveIsLikeItsClass(ParticipationAdvisor advisor, AdviceClasses classes) {
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, space.size()).parallel().forEach(i -> {
            int first = classes.representative(classes.classOf(i));
            Opgave opgave = space.opgave(i);
            Opgave firstOpgave = space.opgave(first);
            Object expected = outcome(advisor, firstOpgave);
            Object actual = outcome(advisor, opgave);
            if (!expected.equals(actual)) {
                failures.add("opgave " + i + " differs from " + first + ": " + actual + " instead of " + expected);
            } else if (actual instanceof Advice advice && !situation(opgave, advice)
                    .equals(situation(firstOpgave, (Advice) expected))) {
                failures.add("opgave " + i + " has another rule situation than " + first);
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " opgaven unlike their class, e.g. "
                + failures.stream().limit(3).toList());
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
