package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
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
import nl.heemstede.participatie.core.advice.EngineAdvisor;
import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The advisor users get ({@link TabledAdvisor}: the engine's answers decided ahead) gives exactly the advice of the
 * engine asked on every call ({@link EngineAdvisor}), explanation included: over the complete input space of the
 * opgave with one stakeholder of each kind (every valid combination of every input but difficulty, 552,960 opgaven,
 * each with the difficulty {@link OpgaveDomain} ties to it; the other three difficulties of every 11th), the same space
 * without stakeholders (sampled), and random opgaven with 0–200 stakeholders.
 */
class EngineEquivalenceProperties {

    /** Every point of the complete space; set higher only to shorten a local run. */
    private static final int FULL_SPACE_STRIDE = 1;
    /** The difficulties other than the tied one, for every this-many-th point. */
    private static final int OTHER_DIFFICULTIES_STRIDE = 11;
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
                    Opgave opgave = OpgaveDomain.opgave(index);
                    compare(opgave, failures);
                    compared.incrementAndGet();
                    for (int difficulty = 0; index % OTHER_DIFFICULTIES_STRIDE == 0 && difficulty < 4; difficulty++) {
                        if (difficulty != OpgaveDomain.difficulty(index)) {
                            compare(withDifficulty(opgave, difficulty), failures);
                        }
                    }
                });
        assertTrue(failures.isEmpty(), failures.size() + " of " + compared + " differ, e.g. "
                + failures.stream().limit(3).toList());
        assertEquals(OpgaveDomain.validCount() / FULL_SPACE_STRIDE, compared.get(), "opgaven compared");
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
     * in known situations (rol-11: residents informed instead of consulted), so it may run only role rules; the
     * other gives new situations with known role facts (complexiteit-6: a council opgave without impact becomes
     * complex), so it may run only attention rules.
     */
    @ParameterizedTest
    @CsvSource({"rol-11, &quot;CONSULTED&quot;, &quot;INFORMED&quot;, roles",
        "complexiteit-6, &quot;SIMPLE&quot;, &quot;COMPLEX&quot;, attention"})
    void anEditedPolicyThatReusesTheBundledPolicysRuleAnswersGivesItsOwnEnginesAdvice(String row, String from,
                                                                                     String to, String newRuns) {
        List<Opgave> sample = IntStream.range(0, OpgaveDomain.SIZE).filter(OpgaveDomain::valid)
                .filter(i -> i % EDITED_STRIDE == 0).boxed()
                .flatMap(i -> IntStream.range(0, 4).mapToObj(d -> withDifficulty(OpgaveDomain.opgave(i), d)))
                .toList();
        // Rule files with a comment of their own: a compiled rule set no earlier test ran, so the counts below see
        // what this test's two policies ran and nothing else.
        Map<String, byte[]> original = PolicyEdits.bundledWith("rollen.drl", drl -> drl + "\n// " + row + " edited\n");
        Map<String, byte[]> edited = new TreeMap<>(original);
        String dmn = new String(edited.get("participatiebeleid.dmn"), StandardCharsets.UTF_8);
        edited.put("participatiebeleid.dmn", PolicyEdits.replaceInRow(dmn, row, from, to)
                .getBytes(StandardCharsets.UTF_8));
        Policy bundledPolicy = Policy.load(PolicyFiles.of(original, "test: bundled, rules of their own"));
        Policy policy = Policy.load(PolicyFiles.of(edited, "test: " + row + " edited"));
        assertSame(bundledPolicy.rules(), policy.rules(), "both policies run on the same compiled rules");

        TabledAdvisor bundled = new TabledAdvisor(bundledPolicy);
        sample.parallelStream().forEach(o -> outcome(bundled, o)); // the rules answer every situation of the sample
        RuleMemo.RunCounts before = RuleMemo.runCounts(policy.rules());
        assertTrue(before.attention() > 0 && before.roles() > 0, "the bundled policy ran the rules: " + before);
        TabledAdvisor tabledEdit = new TabledAdvisor(policy);
        EngineAdvisor engineEdit = new EngineAdvisor(policy);
        AtomicInteger changed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        sample.parallelStream().forEach(o -> {
            Object actual = outcome(tabledEdit, o);
            String difference = difference(outcome(engineEdit, o), actual);
            if (!difference.isEmpty()) {
                failures.add(AdviceInvariants.describe(o) + ": " + difference);
            }
            if (!difference(outcome(bundled, o), actual).replaceFirst("^policyVersion: [^;]*; ", "").isEmpty()) {
                changed.incrementAndGet(); // more than the version changed
            }
        });
        RuleMemo.RunCounts after = RuleMemo.runCounts(policy.rules());

        assertTrue(failures.isEmpty(), row + " edited: " + failures.size() + " of " + sample.size()
                + " differ from the engine, e.g. " + failures.stream().limit(3).toList());
        assertTrue(changed.get() > 0, "the edit of " + row + " changes the advice of some opgave of the sample");
        int attentionRuns = after.attention() - before.attention();
        int roleRuns = after.roles() - before.roles();
        if (newRuns.equals("roles")) {
            assertEquals(0, attentionRuns, "a changed role row reuses every attention run");
            assertTrue(roleRuns > 0 && roleRuns <= 60, "role runs for the new roles: " + roleRuns);
        } else {
            assertEquals(0, roleRuns, "a changed complexity row reuses every role run");
            assertTrue(attentionRuns > 0, "attention runs for the new situations: " + attentionRuns);
        }
    }

    /**
     * The components in which two outcomes differ, each with both values cut short and followed by "; "; empty when
     * they are equal.
     */
    private static String difference(Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return "";
        }
        if (!(expected instanceof Advice e) || !(actual instanceof Advice a)) {
            return "engine " + shortly(expected) + " but tabled " + shortly(actual);
        }
        StringBuilder differences = new StringBuilder();
        for (RecordComponent component : Advice.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(e);
                Object y = component.getAccessor().invoke(a);
                if (!Objects.equals(x, y)) {
                    differences.append(component.getName()).append(": engine ").append(shortly(x))
                            .append(" but tabled ").append(shortly(y)).append("; ");
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of an advice.", ex);
            }
        }
        return differences.toString();
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private void compare(Opgave opgave, ConcurrentLinkedQueue<String> failures) {
        String difference = difference(outcome(engine, opgave), outcome(tabled, opgave));
        if (!difference.isEmpty()) {
            failures.add(AdviceInvariants.describe(opgave) + ": " + difference);
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
