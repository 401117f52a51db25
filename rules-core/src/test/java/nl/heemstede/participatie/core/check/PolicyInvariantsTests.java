package nl.heemstede.participatie.core.check;

import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The invariants of {@code participatie check}, decided once per class of opgaven the policy cannot tell apart
 * ({@link AdviceClasses}) and with monotonicity compared per class, report exactly what advising every one of the
 * 2,211,840 opgaven and every neighbour reports (the evaluation {@code check} used before): the same invariants
 * broken, for the same number of opgaven, shown by the same first opgave. On the bundled policy, and on broken
 * copies that between them break every invariant an edit can break, in tables and in rules.
 */
class PolicyInvariantsTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String ROLES_DRL = "rollen.drl";

    @Test
    void theBundledPolicyKeepsEveryInvariantByBothEvaluations() {
        TabledAdvisor advisor = new TabledAdvisor(BundledPolicy.policy());
        List<CheckFinding> exhaustive = Exhaustive.check(advisor, DMN);
        assertEquals(List.of(), exhaustive);
        assertEquals(exhaustive, PolicyInvariants.check(advisor, DMN));
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

    /** Both evaluations give equal findings, breaking exactly the expected invariants. */
    private static void assertSameFindings(TabledAdvisor advisor, Set<String> expected) {
        List<CheckFinding> exhaustive = Exhaustive.check(advisor, DMN);
        assertEquals(expected, Set.copyOf(exhaustive.stream().map(CheckFinding::code).toList()),
                "the deliberate breaks break these invariants: " + exhaustive);
        assertEquals(exhaustive, PolicyInvariants.check(advisor, DMN));
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
     * for the monotone invariants every neighbour advised too, in their original wording.
     */
    private static final class Exhaustive {

        private Exhaustive() {
        }

        static List<CheckFinding> check(ParticipationAdvisor advisor, String file) {
            CompleteInputSpace space = CompleteInputSpace.complete();
            int n = PolicyInvariants.ALL.size();
            AtomicIntegerArray broken = new AtomicIntegerArray(n);
            AtomicIntegerArray first = new AtomicIntegerArray(n);
            for (int k = 0; k < n; k++) {
                first.set(k, Integer.MAX_VALUE);
            }
            IntStream.range(0, space.size()).parallel().forEach(i -> {
                Opgave opgave = space.opgave(i);
                Optional<Advice> advice = PolicyChecker.adviseOrEmpty(advisor, opgave);
                if (advice.isEmpty()) {
                    return;
                }
                for (int k = 0; k < n; k++) {
                    if (!holds(PolicyInvariants.ALL.get(k), advisor, opgave, advice.get())) {
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

        private static boolean holds(PolicyInvariants.Invariant invariant, ParticipationAdvisor advisor,
                                     Opgave opgave, Advice advice) {
            return switch (invariant.code()) {
                case "INVARIANT_MONOTONE_COMPLEXITY" -> complexityMonotone(advisor, opgave, advice);
                case "INVARIANT_MONOTONE_GOALS" -> goalsMonotone(advisor, opgave, advice);
                default -> invariant.rule().holds(PolicyInvariants.Seen.of(opgave), advice);
            };
        }

        private static boolean complexityMonotone(ParticipationAdvisor advisor, Opgave o, Advice advice) {
            if (advice.complexity() != Complexity.COMPLEX) {
                return true;
            }
            Impact i = o.impact();
            for (Impact more : List.of(Impact.of(true, i.manyActors(), i.manyInterests()),
                    Impact.of(i.majorChangeToLivingEnvironment(), true, i.manyInterests()),
                    Impact.of(i.majorChangeToLivingEnvironment(), i.manyActors(), true))) {
                Optional<Advice> other = PolicyChecker.adviseOrEmpty(advisor, with(o, more, o.room(),
                        o.intentions()));
                if (other.isPresent() && other.get().complexity() != Complexity.COMPLEX) {
                    return false;
                }
            }
            return true;
        }

        private static boolean goalsMonotone(ParticipationAdvisor advisor, Opgave o, Advice advice) {
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
            Set<Goal> goals = advice.goals();
            for (Opgave other : more) {
                Optional<Advice> otherAdvice = PolicyChecker.adviseOrEmpty(advisor, other);
                if (otherAdvice.isPresent() && !otherAdvice.get().goals().containsAll(goals)) {
                    return false;
                }
            }
            return true;
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
