package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.RoleAssignment;

import static nl.heemstede.participatie.core.AdviceInvariants.*;
import static nl.heemstede.participatie.core.OpgaveDomain.Dim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole advice, over (a) the complete input domain of {@link OpgaveDomain} (every dimension any decision
 * reads: 138,240 valid opgaven, each with one stakeholder of every kind; difficulty is tied to the initiator and
 * the decision fields, see there) and (b) 10,000 random opgaven of {@link OpgaveGenerator} with 0–200
 * stakeholders. Both runs are made once, in parallel over the cores, checking every invariant of
 * {@link AdviceInvariants}; each test below asserts one invariant over both. A random failure names its seed:
 * replay it with {@code -Dparticipatie.seed=…}.
 */
class AdviceProperties {

    static final int RANDOM_OPGAVEN = 10_000;
    /** How many random opgaven the eight-thread run advises. */
    static final int CONCURRENT_OPGAVEN = 1_000;
    static final long SEED = OpgaveGenerator.seed();
    private static final String REPLAY = "seed " + SEED + " (replay with -D" + OpgaveGenerator.SEED_PROPERTY + "="
            + SEED + ")";
    private static final String PERMUTATION = "permuting stakeholders only permutes their roles";
    private static final String SAME_ADVICE = "the same opgave gets the same advice";

    private static Exhaustive exhaustive;
    private static RandomRun randomRun;

    /** The exhaustive run: the survey, and per index the complexity and the goals (as bits) for monotonicity. */
    record Exhaustive(Survey survey, byte[] complexity, byte[] goals) {
    }

    /** The random run: its survey, and its first opgaven with their advice, for the concurrency check. */
    record RandomRun(Survey survey, List<Opgave> opgaven, List<Advice> advices) {
    }

    static synchronized Exhaustive exhaustive() {
        if (exhaustive == null) {
            ParticipationAdvisor advisor = BundledPolicy.advisor();
            Survey survey = new Survey("opgaven of the exhaustive domain");
            byte[] complexity = new byte[OpgaveDomain.SIZE];
            byte[] goals = new byte[OpgaveDomain.SIZE];
            Arrays.fill(complexity, (byte) -1);
            IntStream.range(0, OpgaveDomain.SIZE).parallel().filter(OpgaveDomain::valid).forEach(i -> {
                Opgave opgave = OpgaveDomain.opgave(i);
                survey.countInput();
                Advice advice = AdviceInvariants.adviseAndCheck(advisor, opgave, survey, "domain index " + i + ": ");
                if (advice != null) {
                    complexity[i] = (byte) advice.complexity().ordinal();
                    goals[i] = (byte) advice.goals().stream().mapToInt(g -> 1 << g.ordinal()).sum();
                }
            });
            exhaustive = new Exhaustive(survey, complexity, goals);
        }
        return exhaustive;
    }

    static synchronized RandomRun randomRun() {
        if (randomRun == null) {
            ParticipationAdvisor advisor = BundledPolicy.advisor();
            Survey survey = new Survey("random opgaven, " + REPLAY);
            OpgaveGenerator generator = new OpgaveGenerator(SEED);
            List<Opgave> opgaven = new ArrayList<>(RANDOM_OPGAVEN);
            List<Opgave> permuted = new ArrayList<>(RANDOM_OPGAVEN);
            for (int i = 0; i < RANDOM_OPGAVEN; i++) {
                Opgave o = generator.next();
                opgaven.add(o);
                permuted.add(withStakeholders(o, generator.shuffled(o.stakeholders())));
            }
            Advice[] advices = new Advice[RANDOM_OPGAVEN];
            IntStream.range(0, RANDOM_OPGAVEN).parallel().forEach(i -> {
                Opgave o = opgaven.get(i);
                String input = "random opgave #" + i + " of " + REPLAY + ": ";
                survey.countInput();
                Advice advice = AdviceInvariants.adviseAndCheck(advisor, o, survey, input);
                advices[i] = advice;
                if (advice == null) {
                    return;
                }
                try {
                    Advice again = advisor.advise(o);
                    if (!again.equals(advice)) {
                        survey.fail(SAME_ADVICE, input + describe(o), "a second advice differs: " + again);
                    }
                    Advice shuffled = advisor.advise(permuted.get(i));
                    survey.failAll(PERMUTATION, input + describe(o), permutationFailures(advice, permuted.get(i),
                            shuffled));
                } catch (RuntimeException e) {
                    survey.fail(SAME_ADVICE, input + describe(o), "a second advice, or one with the stakeholders"
                            + " permuted, threw " + e);
                }
            });
            randomRun = new RandomRun(survey, List.copyOf(opgaven.subList(0, CONCURRENT_OPGAVEN)),
                    Arrays.asList(advices).subList(0, CONCURRENT_OPGAVEN));
        }
        return randomRun;
    }

    /** The roles of the permuted advice are those of the original, per name; everything else is equal. */
    static List<String> permutationFailures(Advice advice, Opgave permuted, Advice shuffled) {
        List<String> f = new ArrayList<>();
        if (advice.roles().size() < 2 || shuffled.roles().size() != advice.roles().size()
                || !shuffled.roles().subList(0, 2).equals(advice.roles().subList(0, 2))) {
            f.add("the roles before " + advice.roles() + " and after permuting " + shuffled.roles()
                    + " differ in more than order");
            return f;
        }
        Map<String, RoleAssignment> byName = advice.roles().subList(2, advice.roles().size()).stream()
                .collect(Collectors.toMap(RoleAssignment::party, Function.identity(), (a, b) -> a));
        for (int i = 0; i < permuted.stakeholders().size(); i++) {
            RoleAssignment r = shuffled.roles().get(2 + i);
            if (!r.party().equals(permuted.stakeholders().get(i).name()) || !r.equals(byName.get(r.party()))) {
                f.add("after permuting, roles[" + (2 + i) + "] is " + r + ", before it was " + byName.get(r.party()));
            }
        }
        Advice sameRoles = new Advice(shuffled.reference(), shuffled.policyVersion(), shuffled.peildatum(),
                shuffled.decider(),
                shuffled.complexity(), shuffled.route(), shuffled.quickscanRequired(),
                shuffled.quickscanDeliverables(), shuffled.participationSpace(), shuffled.participationFeasible(),
                shuffled.participationPlanRequired(), shuffled.goals(), advice.roles(), shuffled.governmentRole(),
                shuffled.steps(), shuffled.planDescriptionQuestions(), shuffled.attentionPoints(),
                shuffled.guidance(), shuffled.explanation());
        if (!sameRoles.equals(advice)) {
            f.add("permuting the stakeholders changed more than the order of their roles: " + shuffled);
        }
        return f;
    }

    static Opgave withStakeholders(Opgave o, List<nl.heemstede.participatie.Stakeholder> stakeholders) {
        return new Opgave(o.title(), o.reference(), o.initiator(), o.municipalDecisionRequired(),
                o.withinCivilServiceMandate(), o.competentBody(), o.impact(), o.room(), o.difficulty(),
                o.intentions(), stakeholders);
    }

    private static void assertHolds(String invariant) {
        String report = exhaustive().survey().report(invariant) + randomRun().survey().report(invariant);
        assertTrue(report.isEmpty(), report);
    }

    @AfterAll
    static void printCounts() {
        if (exhaustive != null && randomRun != null) {
            System.out.printf("AdviceProperties: %d opgaven of the exhaustive domain, %d random opgaven (%s)%n",
                    exhaustive.survey().inputs(), randomRun.survey().inputs(), REPLAY);
        }
    }

    // ---- the domain ----

    @Test
    @DisplayName("The exhaustive domain holds 552,960 valid opgaven (15 initiator/decision combinations × 36,864), "
            + "every difficulty among them; the random run 10,000")
    void theDomainHoldsEveryValidOpgaveOverEveryDimensionADecisionReads() {
        assertEquals(552_960, OpgaveDomain.validCount());
        assertEquals(552_960, exhaustive().survey().inputs());
        long[] perDifficulty = new long[4];
        IntStream.range(0, OpgaveDomain.SIZE).filter(OpgaveDomain::valid)
                .forEach(i -> perDifficulty[OpgaveDomain.difficulty(i)]++);
        assertTrue(Arrays.stream(perDifficulty).allMatch(n -> n > 0), Arrays.toString(perDifficulty));
        assertEquals(RANDOM_OPGAVEN, randomRun().survey().inputs(), REPLAY);
    }

    @Test
    void everyValidOpgaveGetsAnAdviceWithoutAnException() {
        assertHolds(NO_EXCEPTION);
    }

    // ---- invariants over one advice ----

    @Test
    void anOpgaveIsComplexExactlyWhenCollegeOrCouncilDecidesAndAnImpactAspectHolds() {
        assertHolds(COMPLEX_IFF);
    }

    @Test
    void theProcessFrameworkAndTheQuickscanAreForComplexOpgavenOnly() {
        assertHolds(PROCESS_FRAMEWORK_IFF);
    }

    @Test
    void aParticipationPlanIsRequiredExactlyWhenComplexAndFeasible() {
        assertHolds(PLAN_IFF);
    }

    @Test
    void participationIsFeasibleExactlyWhenThereIsRoomAndParticipationIsDesirable() {
        assertHolds(FEASIBLE_IFF);
    }

    @Test
    void withoutFeasibleParticipationThereIsNoGoalAndEveryStakeholderIsInformedButAnExpertAdvises() {
        assertHolds(NOT_FEASIBLE);
    }

    @Test
    void decidingTogetherNeedsAmpleRoomAndSharedDecisionPowerButNotFrameworksAtAdviceTime() {
        assertHolds(DECIDE_TOGETHER);
    }

    @Test
    void learningTogetherIsAGoalExactlyWhenFeasibleAndThePartiesWantIt() {
        assertHolds(LEARN_TOGETHER);
    }

    @Test
    void anExternalExpertAlwaysAdvises() {
        assertHolds(EXPERT_ADVISES);
    }

    @Test
    void theMunicipalityIsNetworkingOnlyBesideDoingOrDecidingTogether() {
        assertHolds(NETWORKING);
    }

    @Test
    void aFollowedProjectIsEvaluatedInterimAndAfterwardsAsItsLastStep() {
        assertHolds(EVALUATION);
    }

    @Test
    void doingTogetherNeedsAmpleRoom() {
        assertHolds(DO_TOGETHER);
    }

    @Test
    void everyPartyGetsExactlyOneRoleWithOneProcessOwnerAndOneDecisionMaker() {
        assertHolds(ONE_ROLE_EACH);
    }

    @Test
    void theMunicipalityOwnsTheProcessExactlyWhenItTookTheInitiative() {
        assertHolds(MUNICIPALITY_OWNS);
    }

    @Test
    void inAComplexOpgaveTheFrameworkIsAdoptedBeforeTheProcessTheResultAndTheFinalDecision() {
        assertHolds(ADOPTION_FIRST);
    }

    @Test
    void everyDecisionOfTheAdviceIsExplained() {
        assertHolds(EXPLAINED);
    }

    @Test
    void theQuickscanDeliverablesAreListedExactlyWhenAQuickscanIsRequired() {
        assertHolds(DELIVERABLES_IFF);
    }

    @Test
    void thePlanDescriptionHasSixQuestionsExactlyForAComplexOpgave() {
        assertHolds(QUESTIONS_IFF);
    }

    @Test
    void everyAdviceNamesItsPolicyAndItsSha256() {
        assertHolds(VERSION);
    }

    @Test
    void everyFieldOfTheAdviceIsWhatPolicyMdSays() {
        assertHolds(ORACLE);
    }

    // ---- invariants between advices ----

    @Test
    void addingAnImpactAspectNeverMakesAComplexOpgaveSimple() {
        List<String> failures = monotone(Dim.IMPACT, true, (less, more) -> {
            Exhaustive e = exhaustive();
            return e.complexity()[less] == Complexity.COMPLEX.ordinal()
                    && e.complexity()[more] != Complexity.COMPLEX.ordinal();
        });
        assertTrue(failures.isEmpty(), () -> "adding an impact aspect made a complex opgave simple:\n"
                + String.join("\n", failures));
    }

    @Test
    void moreRoomNeverRemovesAGoal() {
        List<String> failures = new ArrayList<>();
        for (Dim dim : List.of(Dim.CHOOSE, Dim.LEGAL, Dim.POLICY, Dim.DESIRABLE)) {
            failures.addAll(monotone(dim, false, AdviceProperties::lostAGoal));
        }
        assertTrue(failures.isEmpty(), () -> "more room removed a goal:\n" + String.join("\n", failures));
    }

    @Test
    void moreFrameworksNeverRemoveAGoal() {
        List<String> failures = monotone(Dim.FRAMEWORKS, true, AdviceProperties::lostAGoal);
        assertTrue(failures.isEmpty(), () -> "setting a framework removed a goal:\n" + String.join("\n", failures));
    }

    @Test
    void moreWillingnessToCoProduceShareOrLearnNeverRemovesAGoal() {
        List<String> failures = new ArrayList<>();
        for (Dim dim : List.of(Dim.CO_PRODUCE, Dim.POWER, Dim.PILOT, Dim.LEARN)) {
            failures.addAll(monotone(dim, false, AdviceProperties::lostAGoal));
        }
        assertTrue(failures.isEmpty(), () -> "more willingness removed a goal:\n" + String.join("\n", failures));
    }

    @Test
    void permutingTheStakeholdersOnlyPermutesTheirRoles() {
        String report = randomRun().survey().report(PERMUTATION);
        assertTrue(report.isEmpty(), report);
    }

    @Test
    void theSameOpgaveAlwaysGetsTheSameAdvice() {
        String report = randomRun().survey().report(SAME_ADVICE);
        assertTrue(report.isEmpty(), report);
    }

    @Test
    void eightThreadsAtOnceGetTheSameAdviceAsOneThread() throws Exception {
        RandomRun run = randomRun();
        ParticipationAdvisor advisor = BundledPolicy.advisor();
        List<Advice> alone = run.opgaven().stream().map(advisor::advise).toList(); // one thread, one at a time
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * (CONCURRENT_OPGAVEN / threads);
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> failures = new ArrayList<>();
                    for (int k = 0; k < CONCURRENT_OPGAVEN; k++) {
                        int i = (offset + k) % CONCURRENT_OPGAVEN;
                        Opgave o = run.opgaven().get(i);
                        Advice advice = advisor.advise(o);
                        if (!advice.equals(alone.get(i)) || !advice.equals(run.advices().get(i))) {
                            failures.add("random opgave #" + i + " of " + REPLAY + " got another advice on "
                                    + Thread.currentThread().getName() + ": " + describe(o));
                        }
                    }
                    return failures;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : results) {
                failures.addAll(result.get());
            }
            assertTrue(failures.isEmpty(), () -> failures.size() + " advices differ under concurrency:\n"
                    + failures.stream().limit(10).collect(Collectors.joining("\n")));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----

    /** A pair of domain indices: the same opgave, except that {@code more} has more of one dimension. */
    interface Pair {
        boolean violates(int less, int more);
    }

    /**
     * Every pair of valid domain indices that differ in one dimension only, where {@code more} has one more bit set
     * (bitmask dimensions) or the next value (ordered dimensions), for which the pair violates the property.
     */
    private static List<String> monotone(Dim dim, boolean bitmask, Pair pair) {
        exhaustive();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < OpgaveDomain.SIZE && failures.size() < 10; i++) {
            if (!OpgaveDomain.valid(i)) {
                continue;
            }
            int value = OpgaveDomain.digit(i, dim);
            List<Integer> larger = new ArrayList<>();
            if (bitmask) {
                for (int bit = 0; (1 << bit) < dim.size; bit++) {
                    if ((value & (1 << bit)) == 0) {
                        larger.add(value | (1 << bit));
                    }
                }
            } else if (value + 1 < dim.size) {
                larger.add(value + 1);
            }
            for (int v : larger) {
                int j = OpgaveDomain.with(i, dim, v);
                if (pair.violates(i, j)) {
                    failures.add(describe(OpgaveDomain.opgave(i)) + "\n    → " + describe(OpgaveDomain.opgave(j))
                            + "\n    goals " + goals(exhaustive.goals()[i]) + " → " + goals(exhaustive.goals()[j])
                            + ", complexity " + exhaustive.complexity()[i] + " → " + exhaustive.complexity()[j]);
                }
            }
        }
        return failures;
    }

    private static boolean lostAGoal(int less, int more) {
        byte[] goals = exhaustive().goals();
        return (goals[less] & ~goals[more]) != 0;
    }

    private static EnumSet<Goal> goals(byte bits) {
        EnumSet<Goal> goals = EnumSet.noneOf(Goal.class);
        for (Goal g : Goal.values()) {
            if ((bits & (1 << g.ordinal())) != 0) {
                goals.add(g);
            }
        }
        return goals;
    }
}
