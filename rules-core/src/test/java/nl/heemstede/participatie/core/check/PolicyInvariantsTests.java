package nl.heemstede.participatie.core.check;

import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.core.BundledPolicy;
import nl.heemstede.participatie.core.PolicyEdits;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.CompleteInputSpace.Part;
import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The invariants of {@code participatie check}, decided once per class of values ({@link AdviceClasses#ofValues})
 * and with monotonicity compared per class, report exactly what advising every one of the 4,423,680 opgaven and every
 * neighbour reports (the evaluation {@code check} used before): the same invariants broken, for the same number of
 * opgaven, shown by the same first opgave. So do they when only the classes whose tables do not agree with the proved
 * bundled policy are advised (the evaluation {@code check} uses on the bundled rules). On the bundled policy, and on broken
 * copies that between them break every invariant an edit can break, in tables and in rules. The exhaustive evaluation
 * advises every opgave once and looks its neighbours' outcomes up (they are opgaven of the space too), rather than
 * advising each neighbour again: the same comparisons at a fifth of the advices. On the bundled policy and on the
 * broken copies alike it takes each opgave's advice from its advice class (that every opgave of the space gets its
 * class's advice is {@code AdviceClassesTests}' proof, which advises every opgave, on the bundled policy and a broken
 * one) and still evaluates every invariant per opgave and per neighbour, which is what differs from the evaluation
 * per class. (This class advised every opgave of the bundled policy a second time; that advice is the one
 * {@code AdviceClassesTests} compares with the class's, so the two proofs together still cover every opgave.)
 */
class PolicyInvariantsTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String ROLES_DRL = "rollen.drl";

    @Test
    void theBundledPolicyKeepsEveryInvariantByBothEvaluations() {
        TabledAdvisor advisor = new TabledAdvisor(BundledPolicy.policy());
        List<CheckFinding> exhaustive = Exhaustive.checkPerClassAdvice(advisor, DMN);
        assertEquals(List.of(), exhaustive);
        assertEquals(exhaustive, PolicyInvariants.check(advisor, DMN));
        PolicyInvariants.Proof proof = PolicyInvariants.prove(advisor, DMN, proved(advisor), Long.MAX_VALUE);
        assertEquals(exhaustive, proof.findings());
        assertEquals(0, proof.advised(), "every opgave agrees with the proved bundled policy: nothing to advise");
    }

    @Test
    void brokenTableRowsAreFoundForTheSameOpgavenAsByAdvisingEveryOpgave() {
        TabledAdvisor advisor = broken(DMN, dmn -> {
            // Complex with a major change becomes simple: complexity and its monotonicity.
            String edited = replaceInRow(dmn, "complexiteit-2", "&quot;COMPLEX&quot;", "&quot;SIMPLE&quot;");
            // Goal B with limited room instead of ample: goal B and the monotonicity of goals.
            edited = replaceInRow(edited, "doelen-b", "<text>&quot;AMPLE&quot;", "<text>&quot;LIMITED&quot;");
            // Adoption after the process in a complex opgave without a plan.
            return replaceInRow(edited, "stappen-19", "&quot;ADOPTION&quot;, &quot;PROCESS&quot;",
                    "&quot;PROCESS&quot;, &quot;ADOPTION&quot;");
        });
        assertSameFindings(advisor, Set.of("INVARIANT_COMPLEX", "INVARIANT_MONOTONE_COMPLEXITY",
                "INVARIANT_DO_TOGETHER", "INVARIANT_MONOTONE_GOALS", "INVARIANT_STEPS"));
    }

    @Test
    void otherBrokenTableRowsAreFoundForTheSameOpgavenAsByAdvisingEveryOpgave() {
        TabledAdvisor advisor = broken(DMN, dmn -> {
            // Goal C without shared decision power (the break of PolicyCheckTests).
            String edited = replaceInRow(dmn, "doelen-c", "<inputEntry id=\"doelen-c-i4\"><text>true",
                    "<inputEntry id=\"doelen-c-i4\"><text>-");
            // Feasible without room.
            edited = replaceInRow(edited, "haalbaarheid-1", "<outputEntry id=\"haalbaarheid-1-o\"><text>false",
                    "<outputEntry id=\"haalbaarheid-1-o\"><text>true");
            // No quickscan for a complex opgave: the route.
            edited = replaceInRow(edited, "quickscan-1", "<outputEntry id=\"quickscan-1-o\"><text>true",
                    "<outputEntry id=\"quickscan-1-o\"><text>false");
            // Goal A (think together) also when participation is not feasible.
            return replaceInRow(edited, "doelen-a", "<inputEntry id=\"doelen-a-i2\"><text>true",
                    "<inputEntry id=\"doelen-a-i2\"><text>-");
        });
        // Together, goal A without feasibility and feasibility without room also let more room take goal D away:
        // no room is feasible whether participation is desirable or not, limited room is not when it is not.
        assertSameFindings(advisor, Set.of("INVARIANT_DECIDE_TOGETHER", "INVARIANT_FEASIBLE", "INVARIANT_ROUTE",
                "INVARIANT_NOT_FEASIBLE", "INVARIANT_MONOTONE_GOALS"));
    }

    @Test
    void brokenRulesAreFoundForTheSameOpgavenAndUndecidedOpgavenAreLeftOutAlike() {
        TabledAdvisor advisor = broken(ROLES_DRL, drl -> {
            // The municipality as process owner under another name.
            String edited = drl.replace("\"Gemeente Heemstede\", null, Role.PROCESS_OWNER",
                    "\"De gemeente\", null, Role.PROCESS_OWNER");
            // No decision maker when the council decides: those opgaven cannot be decided at all.
            return edited.replace("RoleSituation( decider == Decider.COUNCIL )",
                    "RoleSituation( decider == Decider.COUNCIL, false )");
        });
        assertSameFindings(advisor, Set.of("INVARIANT_PROCESS_OWNER"));
    }

    /** The exhaustive evaluation finds each neighbour by its index: they are the opgaven with one input more. */
    @Test
    void theNeighboursAreTheOpgavenWithOneInputMore() {
        CompleteInputSpace space = CompleteInputSpace.complete();
        IntStream.range(0, space.size()).filter(i -> i % 101 == 0).forEach(i -> {
            Opgave opgave = space.opgave(i);
            assertEquals(Exhaustive.complexityNeighbours(opgave).stream().map(space::index).toList(),
                    Arrays.stream(Exhaustive.complexityNeighbours(i)).boxed().toList(), "impact of opgave " + i);
            assertEquals(Exhaustive.goalNeighbours(opgave).stream().map(space::index).toList(),
                    Arrays.stream(Exhaustive.goalNeighbours(i)).boxed().toList(), "room and frameworks of " + i);
        });
    }

    /**
     * Both evaluations give equal findings, breaking exactly the expected invariants: the one per class of values
     * advising every class, and, when the rules are the bundled ones, the one that advises only the classes whose
     * tables do not agree with the proved bundled policy.
     */
    private static void assertSameFindings(TabledAdvisor advisor, Set<String> expected) {
        List<CheckFinding> exhaustive = Exhaustive.checkPerClassAdvice(advisor, DMN);
        assertEquals(expected, Set.copyOf(exhaustive.stream().map(CheckFinding::code).toList()),
                "the deliberate breaks break these invariants: " + exhaustive);
        assertEquals(exhaustive, PolicyInvariants.check(advisor, DMN));
        DecidedTables proved = proved(advisor);
        if (proved != null) {
            PolicyInvariants.Proof proof = PolicyInvariants.prove(advisor, DMN, proved, Long.MAX_VALUE);
            assertEquals(exhaustive, proof.findings(), "compared with the proved bundled policy");
            assertTrue(proof.advised() > 0, "the classes the breaks reach are advised");
        }
    }

    /**
     * A one-row edit (complexiteit-6: simple becomes complex) is proved by advising only the classes it reaches, and
     * with the same findings as advising every opgave.
     */
    @Test
    void aOneRowEditIsProvedByAdvisingOnlyTheClassesItReaches() {
        TabledAdvisor advisor = broken(DMN, dmn -> replaceInRow(dmn, "complexiteit-6", "&quot;SIMPLE&quot;",
                "&quot;COMPLEX&quot;"));
        List<CheckFinding> exhaustive = Exhaustive.checkPerClassAdvice(advisor, DMN);
        PolicyInvariants.Proof proof = PolicyInvariants.prove(advisor, DMN, proved(advisor), Long.MAX_VALUE);
        assertEquals(exhaustive, proof.findings());
        assertTrue(proof.advised() > 0 && proof.advised() < proof.classes() / 4,
                "only the classes the edit reaches: " + proof.advised() + " of " + proof.classes());
    }

    /** The bundled policy's tables when the advisor runs its rule files; the build proved its invariants. */
    private static DecidedTables proved(TabledAdvisor advisor) {
        boolean bundledRules = advisor.policy().rulesSha256().equals(BundledPolicy.policy().rulesSha256());
        Optional<DecidedTables> proved = CompiledPolicies.provedTables(advisor.policy().rulesSha256());
        assertEquals(bundledRules, proved.isPresent(), "the build proved the bundled policy, on the bundled rules");
        return proved.orElse(null);
    }

    /** The advisor over the bundled policy with one file changed in memory; the change must apply. */
    private static TabledAdvisor broken(String file, UnaryOperator<String> change) {
        Map<String, byte[]> files = PolicyEdits.bundledWith(file, change);
        Policy policy = Policy.load(PolicyFiles.of(files, "test: broken " + file));
        assertTrue(policy.tables().failures().isEmpty(), "the break leaves every table complete");
        return new TabledAdvisor(policy);
    }

    /**
     * The evaluation {@code check} used before the classes: every opgave of the complete input space advised, and
     * for the monotone invariants every neighbour's advice compared, in their original wording. Each opgave is advised
     * once: its complexity and goals (or that it cannot be decided) are kept per index, and a neighbour, itself an
     * opgave of the space with the same inputs but one ({@link CompleteInputSpace#index}), is looked up there
     * instead of being advised again.
     */
    private static final class Exhaustive {

        /** A kept outcome: the opgave cannot be decided. */
        private static final short UNDECIDED = -1;
        private static final int COMPLEX = 1 << Goal.values().length;

        private Exhaustive() {
        }

        /**
         * The evaluation over every opgave, with the advice of each opgave taken from the first opgave of its advice
         * class, advised once per class: that every opgave of a class gets that advice (or failure) is
         * {@code AdviceClassesTests}' proof, so what this compares is the evaluation of the invariants, per opgave
         * and per neighbour here, per class in {@link PolicyInvariants}.
         */
        static List<CheckFinding> checkPerClassAdvice(TabledAdvisor advisor, String file) {
            CompleteInputSpace space = CompleteInputSpace.complete();
            AdviceClasses classes = AdviceClasses.of(advisor, space);
            List<Optional<Advice>> advices = IntStream.range(0, classes.count()).parallel()
                    .mapToObj(c -> PolicyChecker.adviseOrEmpty(advisor, space.opgave(classes.representative(c))))
                    .toList();
            return check(advisor, file, i -> advices.get(classes.classOf(i)));
        }

        private static List<CheckFinding> check(ParticipationAdvisor advisor, String file,
                                                IntFunction<Optional<Advice>> adviceOf) {
            CompleteInputSpace space = CompleteInputSpace.complete();
            int n = PolicyInvariants.ALL.size();
            AtomicIntegerArray broken = new AtomicIntegerArray(n);
            AtomicIntegerArray first = new AtomicIntegerArray(n);
            for (int k = 0; k < n; k++) {
                first.set(k, Integer.MAX_VALUE);
            }
            short[] kept = new short[space.size()];
            IntStream.range(0, space.size()).parallel().forEach(i -> {
                Opgave opgave = space.opgave(i);
                Optional<Advice> advice = adviceOf.apply(i);
                if (advice.isEmpty()) {
                    kept[i] = UNDECIDED;
                    return;
                }
                kept[i] = (short) (RuleMemo.goalBits(advice.get().goals())
                        | (advice.get().complexity() == Complexity.COMPLEX ? COMPLEX : 0));
                PolicyInvariants.Seen seen = PolicyInvariants.Seen.of(opgave);
                for (int k = 0; k < n; k++) {
                    PolicyInvariants.Invariant invariant = PolicyInvariants.ALL.get(k);
                    if (!isMonotone(invariant) && !invariant.rule().holds(seen, advice.get())) {
                        broken.incrementAndGet(k);
                        first.accumulateAndGet(k, i, Math::min);
                    }
                }
            });
            IntStream.range(0, space.size()).parallel().filter(i -> kept[i] != UNDECIDED).forEach(i -> {
                for (int k = 0; k < n; k++) {
                    PolicyInvariants.Invariant invariant = PolicyInvariants.ALL.get(k);
                    if (isMonotone(invariant) && !holds(invariant, kept, i)) {
                        broken.incrementAndGet(k);
                        first.accumulateAndGet(k, i, Math::min);
                    }
                }
            });
            List<CheckFinding> findings = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (broken.get(k) > 0) {
                    PolicyInvariants.Invariant invariant = PolicyInvariants.ALL.get(k);
                    findings.add(new CheckFinding(CheckFinding.Severity.ERROR, invariant.code(), file, Optional.empty(),
                            Optional.empty(), "deze beleidsregel geldt niet meer: " + invariant.description()
                            + " Dat gaat mis bij " + broken.get(k) + " van de " + space.size() + " opgaven.",
                            Optional.of(PolicyChecker.asExample(space.opgave(first.get(k))))));
                }
            }
            return findings;
        }

        private static boolean isMonotone(PolicyInvariants.Invariant invariant) {
            return invariant.code().equals("INVARIANT_MONOTONE_COMPLEXITY")
                    || invariant.code().equals("INVARIANT_MONOTONE_GOALS");
        }

        private static boolean holds(PolicyInvariants.Invariant invariant, short[] kept, int index) {
            short outcome = kept[index];
            return switch (invariant.code()) {
                // complex stays complex with more impact
                case "INVARIANT_MONOTONE_COMPLEXITY" -> (outcome & COMPLEX) == 0
                        || Arrays.stream(complexityNeighbours(index)).allMatch(other -> kept[other] == UNDECIDED
                        || (kept[other] & COMPLEX) != 0);
                // no goal is lost with more room or more frameworks
                case "INVARIANT_MONOTONE_GOALS" -> Arrays.stream(goalNeighbours(index)).allMatch(other ->
                        kept[other] == UNDECIDED || (kept[other] & outcome & (COMPLEX - 1)) == (outcome & (COMPLEX - 1)));
                default -> throw new IllegalArgumentException(invariant.code());
            };
        }

        /**
         * The indices of the opgaven with one impact aspect more (an aspect that holds stays), by the layout of the
         * impact digit in {@link CompleteInputSpace#opgave}; {@link #theNeighboursAreTheOpgavenWithOneInputMore}
         * checks them against the opgaven themselves.
         */
        static int[] complexityNeighbours(int index) {
            int impact = Part.IMPACT.of(index);
            return new int[] {Part.IMPACT.with(index, impact | 4), Part.IMPACT.with(index, impact | 2),
                Part.IMPACT.with(index, impact | 1)};
        }

        /**
         * The indices of the opgaven with something to choose, one level more legal room, one level more policy room
         * (AMPLE stays), or one framework more, by the layout of the room and intention digits.
         */
        static int[] goalNeighbours(int index) {
            int room = Part.ROOM.of(index);
            int intentions = Part.INTENTIONS.of(index);
            int legal = room / 6 % 3;
            int policy = room / 2 % 3;
            return new int[] {Part.ROOM.with(index, room % 18 + 18), Part.ROOM.with(index, legal < 2 ? room + 6 : room),
                Part.ROOM.with(index, policy < 2 ? room + 2 : room), Part.INTENTIONS.with(index, intentions | 16),
                Part.INTENTIONS.with(index, intentions | 8), Part.INTENTIONS.with(index, intentions | 4)};
        }

        /** The neighbours of the opgave as the invariants word them: one input more, the others unchanged. */
        static List<Opgave> complexityNeighbours(Opgave o) {
            Impact i = o.impact();
            return List.of(with(o, Impact.of(true, i.manyActors(), i.manyInterests()), o.room(), o.intentions()),
                    with(o, Impact.of(i.majorChangeToLivingEnvironment(), true, i.manyInterests()), o.room(),
                            o.intentions()),
                    with(o, Impact.of(i.majorChangeToLivingEnvironment(), i.manyActors(), true), o.room(),
                            o.intentions()));
        }

        static List<Opgave> goalNeighbours(Opgave o) {
            Room r = o.room();
            Intentions in = o.intentions();
            Frameworks f = in.frameworksSet();
            List<Opgave> more = new ArrayList<>();
            boolean desirable = r.participationDesirable();
            more.add(with(o, o.impact(), Room.of(true, r.legalRoom(), r.policyRoom(), desirable), in));
            more.add(with(o, o.impact(), Room.of(r.somethingToChoose(), up(r.legalRoom()), r.policyRoom(), desirable),
                    in));
            more.add(with(o, o.impact(), Room.of(r.somethingToChoose(), r.legalRoom(), up(r.policyRoom()), desirable),
                    in));
            for (Frameworks larger : List.of(Frameworks.of(true, f.financial(), f.process()),
                    Frameworks.of(f.content(), true, f.process()), Frameworks.of(f.content(), f.financial(), true))) {
                more.add(with(o, o.impact(), r, Intentions.of(in.stakeholdersWillCoProduce(),
                        in.decisionPowerShared(), larger, in.learningPilot(), in.learnTogether())));
            }
            return more;
        }

        private static RoomLevel up(RoomLevel level) {
            return level == RoomLevel.AMPLE ? level : RoomLevel.values()[level.ordinal() + 1];
        }

        private static Opgave with(Opgave o, Impact impact, Room room, Intentions intentions) {
            return new Opgave(o.title(), o.reference(), o.initiator(), o.municipalDecisionRequired(),
                    o.withinCivilServiceMandate(), o.competentBody(), impact, room, o.difficulty(), intentions,
                    o.stakeholders());
        }
    }

}
