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
     * A class of values is a union of classes of advice whose first opgaven get advice equal but for the reference and
     * the rows and texts of the explanation, with the same rule situation: with the proof above that every opgave is
     * like its class of advice, every opgave is like its class of values in all the invariants read.
     */
    @Test
    void everyClassOfAdviceIsLikeItsClassOfValuesOnTheBundledPolicy() {
        TabledAdvisor advisor = BundledPolicy.advisor();
        assertClassesOfValuesHold(advisor, 184_320);
    }

    @Test
    void everyClassOfAdviceIsLikeItsClassOfValuesOnABrokenPolicy() {
        Map<String, byte[]> files = PolicyEdits.bundledWith("participatiebeleid.dmn", dmn -> PolicyEdits
                .replaceInRow(dmn, "complexiteit-2", "&quot;COMPLEX&quot;", "&quot;SIMPLE&quot;"));
        assertClassesOfValuesHold(new TabledAdvisor(Policy.load(PolicyFiles.of(files, "test: broken"))), -1);
    }

    private void assertClassesOfValuesHold(TabledAdvisor advisor, int expectedCount) {
        AdviceClasses answers = AdviceClasses.of(advisor, space);
        AdviceClasses values = AdviceClasses.ofValues(advisor, space);
        if (expectedCount > 0) {
            assertEquals(expectedCount, values.count());
        }
        int[] valueClassOf = new int[answers.count()];
        java.util.Arrays.fill(valueClassOf, -1);
        for (int i = 0; i < space.size(); i++) {
            int a = answers.classOf(i);
            if (valueClassOf[a] < 0) {
                valueClassOf[a] = values.classOf(i);
            }
            assertEquals(valueClassOf[a], values.classOf(i), "opgave " + i + ": its class of advice is split");
        }
        AtomicInteger unlike = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, answers.count()).parallel().forEach(a -> {
            Opgave opgave = space.opgave(answers.representative(a));
            Opgave first = space.opgave(values.representative(valueClassOf[a]));
            Object expected = withoutRows(outcome(advisor, first));
            Object actual = withoutRows(outcome(advisor, opgave));
            boolean same = expected.equals(actual) && (!(actual instanceof List<?>) || situation(opgave,
                    advisor.advise(opgave)).equals(situation(first, advisor.advise(first))));
            if (!same && unlike.incrementAndGet() <= 3) {
                failures.add("opgave " + answers.representative(a) + " differs from " + values.representative(
                        valueClassOf[a]) + ": " + actual + " instead of " + expected);
            }
        });
        assertEquals(0, unlike.get(), unlike.get() + " classes of advice unlike their class of values, e.g. "
                + failures);
    }

    /**
     * An opgave that the walk says agrees with the baseline's tables gets, from each policy, the same table values
     * and explains the same decisions: on a policy broken in two rows, compared with the bundled policy, for every
     * 7th opgave. Every class with such an opgave is marked as agreeing.
     */
    @Test
    void anOpgaveThatAgreesWithTheBaselineGetsItsTableValuesAndExplainsTheSameDecisions() {
        TabledAdvisor bundled = BundledPolicy.advisor();
        Map<String, byte[]> files = PolicyEdits.bundledWith("participatiebeleid.dmn", dmn -> PolicyEdits
                .replaceInRow(PolicyEdits.replaceInRow(dmn, "complexiteit-2", "&quot;COMPLEX&quot;",
                        "&quot;SIMPLE&quot;"), "doelen-b", "<text>&quot;AMPLE&quot;", "<text>&quot;LIMITED&quot;"));
        TabledAdvisor broken = new TabledAdvisor(Policy.load(PolicyFiles.of(files, "test: broken")));
        AdviceClasses classes = AdviceClasses.ofValues(broken, space, bundled.tables());
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        IntStream.range(0, space.size()).parallel().filter(i -> i % 7 == 0).forEach(i -> {
            if (classes.changed(i)) {
                changed.incrementAndGet();
                return;
            }
            Opgave opgave = space.opgave(i);
            List<Object> values = broken.tableValues(opgave);
            boolean agrees = values != null && values.equals(bundled.tableValues(opgave))
                    && decisions(broken, opgave).equals(decisions(bundled, opgave))
                    && classes.agrees(classes.classOf(i));
            if (!agrees) {
                wrong.incrementAndGet();
            }
        });
        assertEquals(0, wrong.get(), "opgaven said to agree that do not");
        assertTrue(changed.get() > 0 && changed.get() < space.size() / 7 / 2, "changed: " + changed);
        AdviceClasses itself = AdviceClasses.ofValues(bundled, space, bundled.tables());
        assertTrue(IntStream.range(0, space.size()).noneMatch(itself::changed), "the bundled policy agrees with itself");
    }

    /** The decisions the advice explains, or the failure's message. */
    private static Object decisions(TabledAdvisor advisor, Opgave opgave) {
        try {
            return advisor.advise(opgave).explanation().stream().map(e -> e.decision()).distinct().sorted().toList();
        } catch (PolicyDecisionException e) {
            return e.getMessage();
        }
    }

    /** The outcome without the reference and with, of the explanation, only the decisions it explains. */
    private static Object withoutRows(Object outcome) {
        if (outcome instanceof Advice a) {
            return List.of(a.policyVersion(), a.peildatum(), a.decider(), a.complexity(), a.route(),
                    a.quickscanRequired(), a.quickscanDeliverables(), a.participationSpace(), a.participationFeasible(),
                    a.participationPlanRequired(), a.goals(), a.roles(), a.governmentRole(), a.steps(),
                    a.planDescriptionQuestions(), a.attentionPoints(), a.guidance(),
                    a.explanation().stream().map(e -> e.decision()).distinct().sorted().toList());
        }
        return outcome;
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
