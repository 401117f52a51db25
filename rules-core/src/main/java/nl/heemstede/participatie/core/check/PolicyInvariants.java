package nl.heemstede.participatie.core.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.core.advice.AdviceClasses;
import nl.heemstede.participatie.core.advice.CompleteInputSpace.Part;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.DecidedTables;

/**
 * The invariants of the policy (its DMN decisions and DRL rule sets, and issue 2), each checked over the complete input
 * space of opgaven ({@link CompleteInputSpace}): the same properties the test suite proves of the bundled policy, so
 * that an edit that breaks one is caught before it is published, with an opgave that shows it.
 *
 * <p>An invariant is either a {@linkplain Rule rule} about one opgave's advice, or <em>monotone</em>: what an
 * opgave's advice has (a set of bits, such as its goals) the advice of each neighbour keeps, a neighbour being the
 * same opgave with one part changed one step up ({@link Move}: one more impact aspect, more room, one more
 * framework). The verdict counts the opgaven for which an invariant fails, and shows the first of them (the lowest
 * index), among the opgaven the policy can decide; a neighbour the policy cannot decide is not compared.
 *
 * <p><b>Why this is the same as advising every opgave.</b> The check advises one opgave per
 * {@linkplain AdviceClasses#ofValues class of values} instead of all 4,423,680: the opgaven of such a class get advice
 * that is equal apart from the echoed reference and the rows and texts of the explanation, and agree on their
 * initiator, on whether any impact aspect holds, whether decision power is shared and whether all three frameworks are
 * set (these are among the fields of the rule situation), and they have the same stakeholders. A rule reads nothing
 * else: it is given only those, as a {@link Seen}, and of the explanation it reads only which decisions it explains
 * (see {@link Rule}). So it holds for every opgave of a class exactly when it holds for the class's first opgave: the
 * count adds the sizes of the classes where it fails, and the first opgave that shows it is the lowest first opgave
 * among them. A monotone invariant is still decided for every opgave and each of its neighbours, as before, but
 * compares the bits of their classes' advice instead of advising both. A move changes one part by a function of that
 * part alone, so the neighbour of every opgave is found from the move's effect on the opgave whose other digits are
 * zero. The classes of values are far fewer than the classes of advice (184,320 against 368,640 for the bundled
 * policy), as many rows of a table give one value for different reasons.
 *
 * <p><b>What a proved policy saves.</b> Given the tables of a policy on the same rule files that keeps every invariant
 * over the complete input space (the bundled policy: the build that made this library proved it, see
 * {@code CompilePolicy}), an opgave whose tables agree with that policy's ({@link AdviceClasses#ofValues(TabledAdvisor,
 * CompleteInputSpace, DecidedTables)}: every table answer of the same value, explaining something or nothing alike)
 * gets advice from both policies that is equal but for the rows and texts of the explanation, or fails alike. So
 * every invariant holds for it, as it does in the proved policy; and for every opgave of its class of values too,
 * which share its advice and its {@link Seen}. Only the classes without such an opgave are advised and their rules
 * decided; a monotone invariant compares only the pairs of an opgave and a neighbour of which one does not agree, and
 * advises the classes of those. A check of the bundled policy, or of an edit of a row or two, then advises none or a
 * few thousand classes instead of 184,320. PolicyInvariantsTests proves the findings of both ways equal to evaluating
 * every invariant for every opgave and every neighbour with its own advice's outcome, on the bundled policy and on
 * broken ones.
 */
final class PolicyInvariants {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyInvariants.class);

    /**
     * Decides whether one advice keeps the invariant. Besides the advice it reads only the {@link Seen} fields of the
     * opgave, which every opgave of a class shares (see the class comment): the type keeps a rule from reading more.
     */
    interface Rule {
        boolean holds(Seen opgave, Advice advice);
    }

    /**
     * What a rule may read of an opgave besides its advice: fields of the rule situation, and the stakeholders,
     * the same for every opgave of an input space.
     *
     * @param initiator              who takes the initiative
     * @param anyImpact              at least one impact aspect holds
     * @param decisionPowerShared    the competent body is willing to share decision power
     * @param allFrameworks          all three frameworks are set
     * @param participationDesirable participation is desirable
     * @param learnTogether          the parties want to learn together
     * @param learningPilot          the opgave is a followed project
     * @param stakeholders           the stakeholders, in the order of the opgave
     */
    record Seen(Initiator initiator, boolean anyImpact, boolean decisionPowerShared, boolean allFrameworks,
                boolean participationDesirable, boolean learnTogether, boolean learningPilot,
                List<Stakeholder> stakeholders) {

        static Seen of(Opgave opgave) {
            return new Seen(opgave.initiator(), opgave.impact().any(), opgave.intentions().decisionPowerShared(),
                    opgave.intentions().frameworksSet().all(), opgave.room().participationDesirable(),
                    opgave.intentions().learnTogether(), opgave.intentions().learningPilot(), opgave.stakeholders());
        }
    }

    /** A step from an opgave to a neighbour: one part of the opgave changed by a function of that part alone. */
    record Move(Part part, UnaryOperator<Opgave> change) {

        static Move impact(UnaryOperator<Impact> more) {
            return new Move(Part.IMPACT, o -> with(o, more.apply(o.impact()), o.room(), o.intentions()));
        }

        static Move room(UnaryOperator<Room> more) {
            return new Move(Part.ROOM, o -> with(o, o.impact(), more.apply(o.room()), o.intentions()));
        }

        static Move frameworks(UnaryOperator<Frameworks> more) {
            return new Move(Part.INTENTIONS, o -> {
                Intentions in = o.intentions();
                return with(o, o.impact(), o.room(), Intentions.of(in.stakeholdersWillCoProduce(),
                        in.decisionPowerShared(), more.apply(in.frameworksSet()), in.learningPilot(),
                        in.learnTogether()));
            });
        }
    }

    /**
     * One invariant: a rule, or (when {@code rule} is null) monotone: every bit of {@code kept} of an opgave's
     * advice is set in the advice of each neighbour the moves lead to.
     */
    record Invariant(String code, String description, Rule rule, ToIntFunction<Advice> kept, List<Move> moves) {

        static Invariant rule(String code, String description, Rule rule) {
            return new Invariant(code, description, rule, null, List.of());
        }

        static Invariant monotone(String code, String description, ToIntFunction<Advice> kept, Move... moves) {
            return new Invariant(code, description, null, kept, List.of(moves));
        }

        boolean monotone() {
            return rule == null;
        }
    }

    /** Every invariant, in the order of the report. */
    static final List<Invariant> ALL = List.of(
            Invariant.rule("INVARIANT_COMPLEX", "een opgave is complex precies als college of raad beslist en"
                    + " minstens één aspect van een complexe opgave geldt.",
                    (o, advice) -> (advice.complexity() == Complexity.COMPLEX)
                            == (bodyDecides(advice) && o.anyImpact())),
            Invariant.rule("INVARIANT_ROUTE", "het proceskader en de quickscan horen precies bij een complexe"
                    + " opgave.",
                    (o, advice) -> (advice.route() == Route.PROCESS_FRAMEWORK) == advice.quickscanRequired()
                            && advice.quickscanRequired() == (advice.complexity() == Complexity.COMPLEX)
                            && advice.quickscanDeliverables().isEmpty() != advice.quickscanRequired()),
            Invariant.rule("INVARIANT_PLAN", "een participatieplan is nodig precies als de opgave complex is en"
                    + " participatie haalbaar.",
                    (o, advice) -> advice.participationPlanRequired()
                            == (advice.complexity() == Complexity.COMPLEX && advice.participationFeasible())),
            Invariant.rule("INVARIANT_FEASIBLE", "participatie is haalbaar precies als er ruimte is en participatie"
                    + " wenselijk is.",
                    (o, advice) -> advice.participationFeasible()
                            == (advice.participationSpace() != RoomLevel.NONE && o.participationDesirable())),
            Invariant.rule("INVARIANT_NOT_FEASIBLE", "is participatie niet haalbaar, dan is er geen doel en wordt"
                    + " iedere belanghebbende geïnformeerd, behalve een externe deskundige, die adviseert.",
                    (o, advice) -> advice.participationFeasible() || (advice.goals().isEmpty()
                            && advice.roles().stream().filter(r -> r.kind().isPresent())
                            .allMatch(r -> r.role() == (r.kind().get() == StakeholderKind.EXPERT
                                    ? Role.ADVISER : Role.INFORMED)))),
            Invariant.rule("INVARIANT_DECIDE_TOGETHER", "samen beslissen (C) vraagt veel ruimte en gedeelde"
                    + " beslissingsruimte.",
                    (o, advice) -> !advice.goals().contains(Goal.DECIDE_TOGETHER)
                            || (advice.participationSpace() == RoomLevel.AMPLE && o.decisionPowerShared())),
            Invariant.rule("INVARIANT_DO_TOGETHER", "samen doen (B) vraagt veel ruimte.",
                    (o, advice) -> !advice.goals().contains(Goal.DO_TOGETHER)
                            || advice.participationSpace() == RoomLevel.AMPLE),
            Invariant.rule("INVARIANT_LEARN_TOGETHER", "samen leren (D) is een doel precies als participatie haalbaar"
                    + " is en de partijen samen willen leren.",
                    (o, advice) -> advice.goals().contains(Goal.LEARN_TOGETHER)
                            == (advice.participationFeasible() && o.learnTogether())),
            Invariant.rule("INVARIANT_EXPERT_ADVISES", "een externe deskundige is adviseur.",
                    (o, advice) -> advice.roles().stream()
                            .filter(r -> r.kind().equals(Optional.of(StakeholderKind.EXPERT)))
                            .allMatch(r -> r.role() == Role.ADVISER)),
            Invariant.rule("INVARIANT_NETWORKING", "de gemeente is alleen netwerkend bij samen doen (B) of samen"
                    + " beslissen (C).",
                    (o, advice) -> advice.governmentRole() != GovernmentRole.NETWORKING
                            || advice.goals().contains(Goal.DO_TOGETHER)
                            || advice.goals().contains(Goal.DECIDE_TOGETHER)),
            Invariant.rule("INVARIANT_ROLES", "er is precies één proceseigenaar, één beslisser en één rol per"
                    + " belanghebbende, in de volgorde van de opgave.",
                    PolicyInvariants::rolesHold),
            Invariant.rule("INVARIANT_PROCESS_OWNER", "de gemeente is proceseigenaar precies als zij de"
                    + " initiatiefnemer is.",
                    (o, advice) -> advice.roles().stream().anyMatch(r -> r.role() == Role.PROCESS_OWNER
                            && r.party().equals("Gemeente Heemstede")) == (o.initiator() == Initiator.MUNICIPALITY)),
            Invariant.rule("INVARIANT_STEPS", "bij een complexe opgave komt de vaststelling (ADOPTION) vóór het"
                    + " proces, het resultaat naar het bevoegd orgaan en het definitieve besluit.",
                    (o, advice) -> advice.complexity() != Complexity.COMPLEX || adoptionFirst(advice.steps())),
            Invariant.rule("INVARIANT_EVALUATION", "een gevolgd project krijgt een tussentijdse evaluatie en als"
                    + " laatste stap een evaluatie achteraf; een ander project geen van beide.",
                    (o, advice) -> o.learningPilot()
                            ? advice.steps().contains(Step.INTERIM_EVALUATION)
                                    && advice.steps().get(advice.steps().size() - 1) == Step.FINAL_EVALUATION
                            : !advice.steps().contains(Step.INTERIM_EVALUATION)
                                    && !advice.steps().contains(Step.FINAL_EVALUATION)),
            Invariant.monotone("INVARIANT_MONOTONE_COMPLEXITY", "een aspect van een complexe opgave erbij maakt een"
                    + " complexe opgave nooit eenvoudig.",
                    advice -> advice.complexity() == Complexity.COMPLEX ? 1 : 0,
                    Move.impact(i -> Impact.of(true, i.manyActors(), i.manyInterests())),
                    Move.impact(i -> Impact.of(i.majorChangeToLivingEnvironment(), true, i.manyInterests())),
                    Move.impact(i -> Impact.of(i.majorChangeToLivingEnvironment(), i.manyActors(), true))),
            Invariant.monotone("INVARIANT_MONOTONE_GOALS", "meer ruimte of meer kaders neemt nooit een doel weg.",
                    advice -> RuleMemo.goalBits(advice.goals()),
                    Move.room(r -> Room.of(true, r.legalRoom(), r.policyRoom(), r.participationDesirable())),
                    Move.room(r -> Room.of(r.somethingToChoose(), up(r.legalRoom()), r.policyRoom(),
                            r.participationDesirable())),
                    Move.room(r -> Room.of(r.somethingToChoose(), r.legalRoom(), up(r.policyRoom()),
                            r.participationDesirable())),
                    Move.frameworks(f -> Frameworks.of(true, f.financial(), f.process())),
                    Move.frameworks(f -> Frameworks.of(f.content(), true, f.process())),
                    Move.frameworks(f -> Frameworks.of(f.content(), f.financial(), true))),
            Invariant.rule("INVARIANT_EXPLAINED", "elke uitkomst van het advies heeft een toelichting.",
                    (o, advice) -> explained(advice)));

    private PolicyInvariants() {
    }

    /** What each invariant says, in Dutch, in the order of the report. */
    static List<String> descriptions() {
        return ALL.stream().map(Invariant::description).toList();
    }

    /**
     * The findings over the complete input space: one per broken invariant, with the number of opgaven for which
     * it fails and the first of them. Every class of values is advised (no proved policy is used).
     */
    static List<CheckFinding> check(TabledAdvisor advisor, String file) {
        return prove(advisor, file, null, Long.MAX_VALUE).findings();
    }

    /**
     * What a proof found and did.
     *
     * @param findings one per broken invariant, as {@link #check(TabledAdvisor, String)} gives them
     * @param classes  the number of classes of values of the space
     * @param advised  how many of them were advised
     */
    record Proof(List<CheckFinding> findings, int classes, int advised) {
    }

    /**
     * The findings over the complete input space, given the tables of a proved policy (see the class comment).
     *
     * @param proved   the tables of a policy on the same rule files that keeps every invariant over the complete
     *                 input space; {@code null} to advise every class of values
     * @param deadline in {@link System#nanoTime()}; {@link Long#MAX_VALUE} for none
     * @throws java.util.concurrent.CancellationException when the deadline passed
     */
    static Proof prove(TabledAdvisor advisor, String file, DecidedTables proved, long deadline) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        long start = System.nanoTime();
        AdviceClasses classes = proved == null ? AdviceClasses.ofValues(advisor, space)
                : AdviceClasses.ofValues(advisor, space, proved);
        long classified = System.nanoTime();
        int count = classes.count();
        int n = ALL.size();
        // The classes to advise: those without an opgave that agrees with the proved policy (for the rules), and
        // those of an opgave and a neighbour of which one does not agree (for the monotone invariants).
        BitSet advise = new BitSet(count);
        for (int c = 0; c < count; c++) {
            if (!classes.agrees(c)) {
                advise.set(c);
            }
        }
        if (proved != null) {
            forEachPair(ALL, space, classes, (i, neighbour) -> {
                advise.set(classes.classOf(i));
                advise.set(classes.classOf(neighbour));
            });
        }
        // Per class advised, from the advice of its first opgave: whether each rule fails (for a class that does not
        // agree), and the kept bits of each monotone invariant as the opgave's own (0 when undecided: nothing to
        // keep) and as a neighbour's (all bits when undecided: nothing missing).
        boolean[][] fails = new boolean[n][count];
        int[][] keptOwn = new int[n][];
        int[][] keptNeighbour = new int[n][];
        for (int k = 0; k < n; k++) {
            if (ALL.get(k).monotone()) {
                keptOwn[k] = new int[count];
                keptNeighbour[k] = new int[count];
            }
        }
        IntStream.of(advise.stream().toArray()).parallel().forEach(c -> {
            if (deadline != Long.MAX_VALUE && (c & 1023) == 0 && System.nanoTime() - deadline > 0) {
                throw new java.util.concurrent.CancellationException("The invariants overran their deadline.");
            }
            Opgave opgave = space.opgave(classes.representative(c));
            Optional<Advice> advice = PolicyChecker.adviseOrEmpty(advisor, opgave);
            Seen seen = Seen.of(opgave);
            boolean rules = !classes.agrees(c);
            for (int k = 0; k < n; k++) {
                Invariant invariant = ALL.get(k);
                if (invariant.monotone()) {
                    keptOwn[k][c] = advice.map(a -> invariant.kept().applyAsInt(a)).orElse(0);
                    keptNeighbour[k][c] = advice.map(a -> invariant.kept().applyAsInt(a)).orElse(~0);
                } else if (rules) {
                    fails[k][c] = advice.isPresent() && !invariant.rule().holds(seen, advice.get());
                }
            }
        });
        List<CheckFinding> findings = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Invariant invariant = ALL.get(k);
            long broken = 0;
            int first = Integer.MAX_VALUE;
            if (invariant.monotone()) {
                BitSet failing = failingNeighbours(invariant, classes, space, keptOwn[k], keptNeighbour[k]);
                broken = failing.cardinality();
                first = failing.isEmpty() ? first : failing.nextSetBit(0);
            } else {
                for (int c = 0; c < count; c++) {
                    if (fails[k][c]) {
                        broken += classes.size(c);
                        first = Math.min(first, classes.representative(c));
                    }
                }
            }
            if (broken > 0) {
                findings.add(new CheckFinding(CheckFinding.Severity.ERROR, invariant.code(), file, Optional.empty(),
                        Optional.empty(), "deze beleidsregel geldt niet meer: " + invariant.description()
                        + " Dat gaat mis bij " + broken + " van de " + space.size() + " opgaven.",
                        Optional.of(PolicyChecker.asExample(space.opgave(first)))));
            }
        }
        int advised = advise.cardinality();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} opgaven in {} classes of values in {} ms; {} classes advised{}, {} invariants decided in {}"
                    + " ms.", space.size(), count, (classified - start) / 1_000_000, advised,
                    proved == null ? "" : " (the others agree with a proved policy)", n,
                    (System.nanoTime() - classified) / 1_000_000);
        }
        return new Proof(findings, count, advised);
    }

    /** What is done with a pair of an opgave and one of its neighbours. */
    private interface PairAction {
        void accept(int opgave, int neighbour);
    }

    /**
     * Every pair of an opgave and a different neighbour by a move of a monotone invariant, of which at least one does
     * not agree with the baseline of the classes (every pair without a baseline).
     */
    private static void forEachPair(List<Invariant> invariants, CompleteInputSpace space, AdviceClasses classes,
                                    PairAction action) {
        for (Invariant invariant : invariants) {
            for (Move move : invariant.moves()) {
                forEachPair(move, space, classes, action);
            }
        }
    }

    private static void forEachPair(Move move, CompleteInputSpace space, AdviceClasses classes, PairAction action) {
        Part part = move.part();
        int stride = part.stride();
        int[] to = targets(move, space);
        for (int block = 0; block < space.size(); block += stride * part.size()) {
            for (int digit = 0; digit < part.size(); digit++) {
                int shift = (to[digit] - digit) * stride;
                if (shift == 0) {
                    continue; // the neighbour is the opgave itself: it keeps what it has
                }
                for (int i = block + digit * stride, end = i + stride; i < end; i++) {
                    if (classes.changed(i) || classes.changed(i + shift)) {
                        action.accept(i, i + shift);
                    }
                }
            }
        }
    }

    /**
     * The opgaven, by index, whose advice has a kept bit that a decided neighbour's advice lacks (of the pairs of which
     * one does not agree with the classes' baseline: the others keep what the proved policy keeps).
     */
    private static BitSet failingNeighbours(Invariant invariant, AdviceClasses classes, CompleteInputSpace space,
                                            int[] keptOwn, int[] keptNeighbour) {
        BitSet failing = new BitSet(space.size());
        forEachPair(List.of(invariant), space, classes, (i, neighbour) -> {
            int own = keptOwn[classes.classOf(i)];
            if (own != 0 && (own & ~keptNeighbour[classes.classOf(neighbour)]) != 0) {
                failing.set(i);
            }
        });
        return failing;
    }

    /**
     * Per digit of the move's part, the digit the move leads to: found on the opgave whose other digits are zero,
     * and the same for every opgave, as the move reads its part only.
     */
    private static int[] targets(Move move, CompleteInputSpace space) {
        Part part = move.part();
        int[] to = new int[part.size()];
        for (int digit = 0; digit < part.size(); digit++) {
            int from = part.with(0, digit);
            int moved = space.index(move.change().apply(space.opgave(from)));
            to[digit] = part.of(moved);
            if (part.with(from, to[digit]) != moved) {
                throw new IllegalStateException("A move of " + part + " changed another part of opgave " + from
                        + ".");
            }
        }
        return to;
    }

    private static boolean bodyDecides(Advice advice) {
        return advice.decider() == Decider.COLLEGE || advice.decider() == Decider.COUNCIL;
    }

    private static boolean rolesHold(Seen o, Advice advice) {
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

    private static boolean explained(Advice advice) {
        Set<String> decisions = new HashSet<>();
        for (Explanation e : advice.explanation()) {
            decisions.add(e.decision());
        }
        return decisions.containsAll(List.of("Wie beslist", "Complexiteit", "Werkwijze", "Quickscan",
                "Opbrengst quickscan", "Planomschrijving", "Ruimte voor participatie", "Haalbaarheid",
                "Participatieplan", "Stappen", "Doelen", "Rollen", "Rol van de gemeente", "Aandachtspunten",
                "Wegwijzer"));
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
