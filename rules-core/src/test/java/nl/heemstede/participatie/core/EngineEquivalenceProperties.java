package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;

/**
 * The advisor users get ({@link TabledAdvisor}: the engine's answers decided ahead) gives exactly the advice of the
 * engine asked on every call ({@link EngineAdvisor}), explanation included: over the complete input space of the
 * opgave with one stakeholder of each kind (every valid combination of every input, difficulty included:
 * 138,240 × 4 = 552,960 opgaven), the same space without stakeholders (sampled), and random opgaven with 0–200
 * stakeholders.
 */
class EngineEquivalenceProperties {

    /** Every point of the complete space; set higher only to shorten a local run. */
    private static final int FULL_SPACE_STRIDE = 1;
    /** Without stakeholders the rules see fewer facts; every 7th point of the space covers every decision path. */
    private static final int NO_STAKEHOLDER_STRIDE = 7;
    private static final int RANDOM_OPGAVEN = 2_000;
    /** For the edited policies, whose engine is asked afresh: every 11th point, with every difficulty. */
    private static final int EDITED_STRIDE = 11;

    private final ParticipationAdvisor tabled = BundledPolicy.advisor();
    private final ParticipationAdvisor engine = BundledPolicy.engine();

    @Test
    void theTabledAdvisorGivesTheEnginesAdviceOnTheCompleteInputSpace() {
        AtomicInteger compared = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, OpgaveDomain.SIZE).parallel().filter(OpgaveDomain::valid)
                .filter(i -> i % FULL_SPACE_STRIDE == 0)
                .forEach(index -> {
                    for (int difficulty = 0; difficulty < 4; difficulty++) {
                        compare(withDifficulty(OpgaveDomain.opgave(index), difficulty), failures);
                        compared.incrementAndGet();
                    }
                });
        assertTrue(failures.isEmpty(), failures.size() + " of " + compared + " differ, e.g. "
                + failures.stream().limit(3).toList());
        assertEquals(OpgaveDomain.validCount() * 4 / FULL_SPACE_STRIDE, compared.get(), "opgaven compared");
    }

    @Test
    void theTabledAdvisorGivesTheEnginesAdviceWithoutStakeholders() {
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, OpgaveDomain.SIZE).parallel().filter(OpgaveDomain::valid)
                .filter(i -> i % NO_STAKEHOLDER_STRIDE == 0)
                .forEach(index -> compare(OpgaveDomain.opgave(index, List.of()), failures));
        assertTrue(failures.isEmpty(), failures.size() + " differ, e.g. " + failures.stream().limit(3).toList());
    }

    @Test
    void theTabledAdvisorGivesTheEnginesAdviceForRandomOpgavenWithUpTo200Stakeholders() {
        long seed = OpgaveGenerator.seed();
        OpgaveGenerator generator = new OpgaveGenerator(seed);
        List<Opgave> opgaven = IntStream.range(0, RANDOM_OPGAVEN).mapToObj(i -> generator.next()).toList();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        opgaven.parallelStream().forEach(o -> compare(o, failures));
        assertTrue(failures.isEmpty(), "seed " + seed + " (replay with -D" + OpgaveGenerator.SEED_PROPERTY + "="
                + seed + "): " + failures.size() + " differ, e.g. " + failures.stream().limit(3).toList());
    }

    /**
     * The rules' runs are remembered per compiled rule set and shared by every policy on those rules
     * ({@link RuleMemo}): a policy edited after the bundled one reuses the bundled policy's runs wherever the facts
     * are the same, and must still give exactly the advice of its own engine. One edit gives the role rules new facts
     * in known situations (rol-10: residents informed instead of consulted), the other gives new situations with
     * known role facts (complexiteit-6: a council opgave without impact becomes complex).
     */
    @ParameterizedTest
    @CsvSource({"rol-10, &quot;CONSULTED&quot;, &quot;INFORMED&quot;", "complexiteit-6, &quot;SIMPLE&quot;, &quot;COMPLEX&quot;"})
    void anEditedPolicyThatReusesTheBundledPolicysRuleAnswersGivesItsOwnEnginesAdvice(String row, String from,
                                                                                     String to) {
        List<Opgave> sample = IntStream.range(0, OpgaveDomain.SIZE).filter(OpgaveDomain::valid)
                .filter(i -> i % EDITED_STRIDE == 0).boxed()
                .flatMap(i -> IntStream.range(0, 4).mapToObj(d -> withDifficulty(OpgaveDomain.opgave(i), d)))
                .toList();
        TabledAdvisor bundled = new TabledAdvisor(BundledPolicy.policy());
        sample.parallelStream().forEach(o -> outcome(bundled, o)); // the rules answer every situation of the sample

        PolicyFiles files = PolicyFiles.bundled();
        Map<String, byte[]> edited = new TreeMap<>();
        files.names().forEach(name -> edited.put(name, files.content(name)));
        String dmn = new String(edited.get("participatiebeleid.dmn"), StandardCharsets.UTF_8);
        edited.put("participatiebeleid.dmn", PolicyEdits.replaceInRow(dmn, row, from, to)
                .getBytes(StandardCharsets.UTF_8));
        Policy policy = Policy.load(PolicyFiles.of(edited, "test: " + row + " edited"));
        assertSame(BundledPolicy.policy().rules(), policy.rules(), "both policies run on the same compiled rules");
        TabledAdvisor tabledEdit = new TabledAdvisor(policy);
        EngineAdvisor engineEdit = new EngineAdvisor(policy);

        AtomicInteger changed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        sample.parallelStream().forEach(o -> {
            Object expected = outcome(engineEdit, o);
            Object actual = outcome(tabledEdit, o);
            if (!Objects.equals(expected, actual)) {
                failures.add(AdviceInvariants.describe(o) + ": engine " + expected + " but tabled " + actual);
            }
            if (!Objects.equals(withoutVersion(actual), withoutVersion(outcome(bundled, o)))) {
                changed.incrementAndGet();
            }
        });
        assertTrue(failures.isEmpty(), row + " edited: " + failures.size() + " of " + sample.size()
                + " differ, e.g. " + failures.stream().limit(3).toList());
        assertTrue(changed.get() > 0, "the edit of " + row + " changes the advice of some opgave of the sample");
    }

    /** The outcome with the bundled policy's version, as every edit changes the version. */
    private static Object withoutVersion(Object outcome) {
        return outcome instanceof Advice a ? new Advice(a.reference(), BundledPolicy.policy().version(), a.decider(), a.complexity(), a.route(),
                a.quickscanRequired(), a.quickscanDeliverables(), a.participationSpace(), a.participationFeasible(),
                a.participationPlanRequired(), a.goals(), a.roles(), a.governmentRole(), a.steps(),
                a.planDescriptionQuestions(), a.attentionPoints(), a.explanation()) : outcome;
    }

    private void compare(Opgave opgave, ConcurrentLinkedQueue<String> failures) {
        Object expected = outcome(engine, opgave);
        Object actual = outcome(tabled, opgave);
        if (!Objects.equals(expected, actual)) {
            failures.add(AdviceInvariants.describe(opgave) + ": engine " + expected + " but tabled " + actual);
        }
    }

    /** The advice, or for a policy that cannot decide, the decision it names. */
    private static Object outcome(ParticipationAdvisor advisor, Opgave opgave) {
        try {
            Advice advice = advisor.advise(opgave);
            return advice;
        } catch (PolicyDecisionException e) {
            return "cannot decide " + e.decision();
        }
    }

    private static Opgave withDifficulty(Opgave o, int difficulty) {
        return new Opgave(o.title(), o.reference(), o.initiator(), o.municipalDecisionRequired(),
                o.withinCivilServiceMandate(), o.competentBody(), o.impact(), o.room(),
                Difficulty.of((difficulty & 1) != 0, (difficulty & 2) != 0), o.intentions(), o.stakeholders());
    }
}
