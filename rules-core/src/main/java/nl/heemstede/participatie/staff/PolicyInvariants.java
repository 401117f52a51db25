package nl.heemstede.participatie.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.core.PolicyChecker;
import nl.heemstede.participatie.core.PolicyChecker.InvariantCheck;

/**
 * The invariants of the policy (POLICY.md and issue 2), each checked over a complete input space of opgaven:
 * the same properties the test suite proves of the bundled policy, so that an edit that breaks one is caught
 * before it is published, with an opgave that shows it.
 */
final class PolicyInvariants {

    /** Decides whether one advice keeps the invariant; the advisor is there for invariants that compare two. */
    private interface Rule {
        boolean holds(ParticipationAdvisor advisor, Opgave opgave, Advice advice);
    }

    private record Invariant(String code, String description, Rule rule) {
    }

    /** Every invariant over one input space: each opgave is advised once and every rule looks at that advice. */
    private record Suite(List<Invariant> invariants, int size, IntFunction<Opgave> space) implements InvariantCheck {

        @Override
        public List<String> descriptions() {
            return invariants.stream().map(Invariant::description).toList();
        }

        @Override
        public List<Finding> check(ParticipationAdvisor advisor, String file) {
            int n = invariants.size();
            AtomicIntegerArray broken = new AtomicIntegerArray(n);
            AtomicReferenceArray<Opgave> examples = new AtomicReferenceArray<>(n);
            IntStream.range(0, size).parallel().forEach(i -> {
                Opgave opgave = space.apply(i);
                Optional<Advice> advice = PolicyChecker.adviseOrEmpty(advisor, opgave);
                if (advice.isEmpty()) {
                    return; // undecided inputs are reported by the completeness check
                }
                for (int k = 0; k < n; k++) {
                    if (!invariants.get(k).rule().holds(advisor, opgave, advice.get())) {
                        broken.incrementAndGet(k);
                        examples.compareAndSet(k, null, opgave);
                    }
                }
            });
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (broken.get(k) > 0) {
                    Invariant invariant = invariants.get(k);
                    findings.add(new Finding(Finding.Severity.ERROR, invariant.code(), file, Optional.empty(),
                            Optional.empty(), "deze beleidsregel geldt niet meer: " + invariant.description()
                            + " Dat gaat mis bij " + broken.get(k) + " van de " + size + " opgaven.",
                            Optional.of(PolicyChecker.asExample(examples.get(k)))));
                }
            }
            return findings;
        }
    }

    private PolicyInvariants() {
    }

    /** Every invariant, over the given input space. */
    static InvariantCheck over(int size, IntFunction<Opgave> space) {
        List<Invariant> all = new ArrayList<>();
        all.add(new Invariant("INVARIANT_COMPLEX", "een opgave is complex precies als college of raad beslist en"
                + " minstens één aspect van een complexe opgave geldt.",
                (a, o, advice) -> (advice.complexity() == Complexity.COMPLEX)
                        == (bodyDecides(advice) && o.impact().any())));
        all.add(new Invariant("INVARIANT_ROUTE", "het proceskader en de quickscan horen precies bij een complexe"
                + " opgave.",
                (a, o, advice) -> (advice.route() == Route.PROCESS_FRAMEWORK) == advice.quickscanRequired()
                        && advice.quickscanRequired() == (advice.complexity() == Complexity.COMPLEX)
                        && advice.quickscanDeliverables().isEmpty() != advice.quickscanRequired()));
        all.add(new Invariant("INVARIANT_PLAN", "een participatieplan is nodig precies als de opgave complex is en"
                + " participatie haalbaar.",
                (a, o, advice) -> advice.participationPlanRequired()
                        == (advice.complexity() == Complexity.COMPLEX && advice.participationFeasible())));
        all.add(new Invariant("INVARIANT_FEASIBLE", "participatie is haalbaar precies als er ruimte is.",
                (a, o, advice) -> advice.participationFeasible()
                        == (advice.participationSpace() != RoomLevel.NONE)));
        all.add(new Invariant("INVARIANT_NO_ROOM", "zonder ruimte is er geen doel en wordt iedere belanghebbende"
                + " geïnformeerd.",
                (a, o, advice) -> advice.participationSpace() != RoomLevel.NONE || (advice.goals().isEmpty()
                        && advice.roles().stream().filter(r -> r.kind().isPresent())
                        .allMatch(r -> r.role() == Role.INFORMED))));
        all.add(new Invariant("INVARIANT_DECIDE_TOGETHER", "samen beslissen (C) vraagt ruime ruimte, gedeelde"
                + " beslissingsruimte en alle drie de kaders.",
                (a, o, advice) -> !advice.goals().contains(Goal.DECIDE_TOGETHER)
                        || (advice.participationSpace() == RoomLevel.AMPLE && o.intentions().decisionPowerShared()
                        && o.intentions().frameworksSet().all())));
        all.add(new Invariant("INVARIANT_DO_TOGETHER", "samen doen (B) vraagt ruime ruimte.",
                (a, o, advice) -> !advice.goals().contains(Goal.DO_TOGETHER)
                        || advice.participationSpace() == RoomLevel.AMPLE));
        all.add(new Invariant("INVARIANT_ROLES", "er is precies één proceseigenaar, één beslisser en één rol per"
                + " belanghebbende, in de volgorde van de opgave.",
                (a, o, advice) -> rolesHold(o, advice)));
        all.add(new Invariant("INVARIANT_PROCESS_OWNER", "de gemeente is proceseigenaar precies als zij de"
                + " initiatiefnemer is.",
                (a, o, advice) -> advice.roles().stream().anyMatch(r -> r.role() == Role.PROCESS_OWNER
                        && r.party().equals("Gemeente Heemstede")) == (o.initiator() == Initiator.MUNICIPALITY)));
        all.add(new Invariant("INVARIANT_STEPS", "bij een complexe opgave komt de vaststelling (ADOPTION) vóór het"
                + " proces, het resultaat naar het bevoegd orgaan en het definitieve besluit.",
                (a, o, advice) -> advice.complexity() != Complexity.COMPLEX || adoptionFirst(advice.steps())));
        all.add(new Invariant("INVARIANT_MONOTONE_COMPLEXITY", "een aspect van een complexe opgave erbij maakt een"
                + " complexe opgave nooit eenvoudig.",
                PolicyInvariants::complexityMonotone));
        all.add(new Invariant("INVARIANT_MONOTONE_GOALS", "meer ruimte of meer kaders neemt nooit een doel weg.",
                PolicyInvariants::goalsMonotone));
        all.add(new Invariant("INVARIANT_EXPLAINED", "elke uitkomst van het advies heeft een toelichting.",
                (a, o, advice) -> explained(advice)));
        return new Suite(List.copyOf(all), size, space);
    }

    private static boolean bodyDecides(Advice advice) {
        return advice.decider() == Decider.COLLEGE || advice.decider() == Decider.COUNCIL;
    }

    private static boolean rolesHold(Opgave o, Advice advice) {
        List<RoleAssignment> roles = advice.roles();
        if (roles.size() != 2 + o.stakeholders().size()) {
            return false;
        }
        if (roles.stream().filter(r -> r.role() == Role.PROCESS_OWNER).count() != 1
                || roles.stream().filter(r -> r.role() == Role.DECISION_MAKER).count() != 1) {
            return false;
        }
        for (int i = 0; i < o.stakeholders().size(); i++) {
            if (!roles.get(2 + i).party().equals(o.stakeholders().get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private static boolean adoptionFirst(List<Step> steps) {
        int adoption = steps.indexOf(Step.ADOPTION);
        return adoption >= 0 && List.of(Step.PROCESS, Step.RESULT_TO_DECIDER, Step.FINAL_DECISION).stream()
                .allMatch(s -> steps.indexOf(s) > adoption);
    }

    private static boolean complexityMonotone(ParticipationAdvisor advisor, Opgave o, Advice advice) {
        if (advice.complexity() != Complexity.COMPLEX) {
            return true;
        }
        Impact i = o.impact();
        for (Impact more : List.of(Impact.of(true, i.manyActors(), i.manyInterests()),
                Impact.of(i.majorChangeToLivingEnvironment(), true, i.manyInterests()),
                Impact.of(i.majorChangeToLivingEnvironment(), i.manyActors(), true))) {
            Optional<Advice> other = PolicyChecker.adviseOrEmpty(advisor, with(o, more, o.room(), o.intentions()));
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
        more.add(with(o, o.impact(), Room.of(true, r.legalRoom(), r.policyRoom()), in));
        more.add(with(o, o.impact(), Room.of(r.somethingToChoose(), up(r.legalRoom()), r.policyRoom()), in));
        more.add(with(o, o.impact(), Room.of(r.somethingToChoose(), r.legalRoom(), up(r.policyRoom())), in));
        for (Frameworks larger : List.of(Frameworks.of(true, f.financial(), f.process()),
                Frameworks.of(f.content(), true, f.process()), Frameworks.of(f.content(), f.financial(), true))) {
            more.add(with(o, o.impact(), r, Intentions.of(in.stakeholdersWillCoProduce(), in.decisionPowerShared(),
                    larger, in.learningPilot())));
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

    private static boolean explained(Advice advice) {
        Set<String> decisions = new java.util.HashSet<>();
        for (Explanation e : advice.explanation()) {
            decisions.add(e.decision());
        }
        return decisions.containsAll(List.of("Wie beslist", "Complexiteit", "Werkwijze", "Quickscan",
                "Opbrengst quickscan", "Planomschrijving", "Ruimte voor participatie", "Haalbaarheid",
                "Participatieplan", "Stappen", "Doelen", "Rollen", "Rol van de gemeente", "Aandachtspunten"));
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
