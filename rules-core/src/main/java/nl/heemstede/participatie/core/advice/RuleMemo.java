package nl.heemstede.participatie.core.advice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.KindRole;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.facts.RoleSituation;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.facts.StakeholderFact;
import nl.heemstede.participatie.core.loading.RulePolicy;

/**
 * The DRL rule sets' answer per {@link Situation}, decided with one stakeholder of each kind, and remembered.
 *
 * <p>The rules treat every stakeholder on its own (see {@code rollen.drl}), so what they decide for one
 * stakeholder of a kind is what they decide for every stakeholder of that kind; a firing that matched a stakeholder
 * belongs to that stakeholder's kind and counts only for opgaven that have one. A situation is a handful of codes
 * and flags, so it packs into 18 bits; the attention runs are an array over those keys, bounded and lock-free, and the
 * answers a map from the keys met to the few distinct answers (an answer is a function of its attention run and its
 * role facts, so equal ones are kept once). Thread-safe.
 *
 * <p>A situation's answer comes from two runs of the rules, each over only the facts its rules read: the attention
 * points ({@code aandachtspunten.drl}) over the {@link Situation}; the roles ({@code rollen.drl}) over the
 * {@link RoleSituation} (initiator and decider), one stakeholder of each kind and the role the table gives each kind. A
 * run sees nothing else, so its answer is exactly a function of those facts, and both runs are remembered per compiled
 * rule set by those facts (equal attention runs as one object: they are few, the keys many): the rule sets ship in the
 * jar and are compiled once per JVM, so a reloaded policy asks the rules only about facts no earlier policy on these
 * rules met. A changed role table gives new role facts for a handful of combinations of initiator, decider and roles,
 * not for thousands of situations; a changed table upstream gives new situations only where its answer changed. That
 * one session over all the facts gives the union of the two runs is what {@code EngineEquivalenceProperties} proves
 * against {@link EngineAdvisor}, which runs the rules once over every fact.
 */
public final class RuleMemo {

    private static final int KIND_SUBSETS = 1 << StakeholderKind.values().length;
    /** The number of situation keys: {@link #situationKey(Situation)} packs a situation into 18 bits. */
    private static final int SITUATION_KEYS = 1 << 18;
    /** The bits {@link #key(int, Set)} adds to a situation key for the goals. */
    private static final int GOAL_BITS = 4;

    static {
        // The keys pack ordinals into fixed bit widths; an enum that outgrows its width must fail loudly, not collide.
        if (Initiator.values().length > 4 || Decider.values().length > 4 || Complexity.values().length > 2
                || RoomLevel.values().length > 4 || Goal.values().length > GOAL_BITS || Role.values().length > 15
                || StakeholderKind.values().length > 6) {
            throw new IllegalStateException("An enum of the rule facts outgrew its bits in RuleMemo's keys: widen"
                    + " key() and roleKey().");
        }
    }

    /** What the rules decided in one situation. */
    static final class Answer {
        final List<RoleAssignment> bodies;
        final Map<StakeholderKind, Role> roleByKind;
        final List<AttentionPoint> attention;
        /**
         * The explanations without a kind, and per kind, each without repeats: the attention run's, then the role
         * run's, each in firing order ({@link #explanationFor} sorts them per decision).
         */
        private final List<Explanation> explanation;
        private final Map<StakeholderKind, List<Explanation>> explanationByKind;
        private final List<String> defects;
        private final Map<StakeholderKind, List<String>> defectsByKind;
        private final RoleSituation situation;
        private final Map<StakeholderKind, Role> tableRoles;
        private final AtomicReferenceArray<List<Explanation>[]> explanationBySubset =
                new AtomicReferenceArray<>(KIND_SUBSETS);

        private Answer(List<RoleAssignment> bodies, Map<StakeholderKind, Role> roleByKind,
                       List<AttentionPoint> attention, List<Explanation> explanation,
                       Map<StakeholderKind, List<Explanation>> explanationByKind, List<String> defects,
                       Map<StakeholderKind, List<String>> defectsByKind, RoleSituation situation,
                       Map<StakeholderKind, Role> tableRoles) {
            this.bodies = bodies;
            this.roleByKind = roleByKind;
            this.attention = attention;
            this.explanation = explanation;
            this.explanationByKind = explanationByKind;
            this.defects = defects;
            this.defectsByKind = defectsByKind;
            this.situation = situation;
            this.tableRoles = tableRoles;
        }

        /**
         * Throws when the rules broke a promise of the policy for an opgave with stakeholders of the given kinds.
         *
         * @param kinds a bit per {@link StakeholderKind#ordinal()} present
         */
        void checkFor(int kinds) {
            if (defects.isEmpty() && defectsByKind.isEmpty() && roleByKind.size() == StakeholderKind.values().length) {
                return;
            }
            List<String> found = new ArrayList<>(defects);
            Map<StakeholderKind, Role> present = new EnumMap<>(StakeholderKind.class);
            for (StakeholderKind kind : StakeholderKind.values()) {
                if ((kinds & (1 << kind.ordinal())) != 0) {
                    found.addAll(defectsByKind.getOrDefault(kind, List.of()));
                    if (!roleByKind.containsKey(kind)) {
                        found.add("belanghebbenden van de soort " + kind + " kregen geen rol");
                    }
                    present.put(kind, tableRoles.get(kind));
                }
            }
            if (!found.isEmpty()) {
                throw EngineAdvisor.rulesCannotDecide(situation, present, found);
            }
        }

        /**
         * The explanation of the rule sets for an opgave with stakeholders of the given kinds: per decision, by
         * {@link AdviceAssembler#index(String)}, in rule order; {@code null} for a decision no rule explained.
         * Read only.
         */
        List<Explanation>[] explanationFor(int kinds) {
            List<Explanation>[] entries = explanationBySubset.get(kinds);
            if (entries == null) {
                Set<Explanation> all = new LinkedHashSet<>(explanation);
                for (StakeholderKind kind : StakeholderKind.values()) {
                    if ((kinds & (1 << kind.ordinal())) != 0) {
                        all.addAll(explanationByKind.getOrDefault(kind, List.of()));
                    }
                }
                Map<Integer, List<Explanation>> byDecision = new java.util.TreeMap<>();
                for (Explanation e : all) {
                    byDecision.computeIfAbsent(AdviceAssembler.index(e.decision()), i -> new ArrayList<>()).add(e);
                }
                @SuppressWarnings("unchecked")
                List<Explanation>[] split = new List[AdviceAssembler.SIZE];
                byDecision.forEach((index, list) -> {
                    if (index >= 0) {
                        split[index] = AdviceAssembler.inRuleOrder(list);
                    }
                });
                entries = split;
                explanationBySubset.set(kinds, entries);
            }
            return entries;
        }
    }

    /**
     * What one run of the rules left: the facts it inserted that make the answer ({@link PartyRole}, {@link Attention}
     * and {@link PolicyDefect}), and which rules fired for which kinds.
     */
    public record Run(List<Object> results, List<Fired> fired) {
        /** Copies the lists. */
        public Run {
            results = List.copyOf(results);
            fired = List.copyOf(fired);
        }
    }

    /** One firing: the rule and the stakeholder kinds whose facts it matched (none: it holds for the opgave). */
    public record Fired(String rule, Set<StakeholderKind> kinds) {
        /** Copies the kinds. */
        public Fired {
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * Runs by key, as a compiled form holds them: the distinct runs, and per key (ascending) the number of its run.
     * Read only; the arrays are not copied, as a form of tens of thousands of keys is read at every cold start.
     *
     * @param distinct the distinct runs
     * @param keys     the keys, ascending
     * @param runs     per key, the index of its run in {@code distinct}
     */
    public record RunTable(List<Run> distinct, int[] keys, int[] runs) {
        /** Checks that every key has a run. */
        public RunTable {
            distinct = List.copyOf(distinct);
            if (keys.length != runs.length) {
                throw new IllegalArgumentException(keys.length + " keys, " + runs.length + " runs.");
            }
            for (int i = 0; i < keys.length; i++) {
                if (runs[i] < 0 || runs[i] >= distinct.size() || i > 0 && keys[i] <= keys[i - 1]) {
                    throw new IllegalArgumentException("Key " + keys[i] + " at " + i + " has run " + runs[i]
                            + " of " + distinct.size() + ", or the keys do not ascend.");
                }
            }
        }

        /** The runs of a map by key: the distinct ones in the order of the keys. */
        public static RunTable of(Map<Integer, Run> byKey) {
            Map<Integer, Run> sorted = new java.util.TreeMap<>(byKey);
            Map<Run, Integer> distinct = new java.util.LinkedHashMap<>();
            int[] keys = new int[sorted.size()];
            int[] runs = new int[sorted.size()];
            int i = 0;
            for (Map.Entry<Integer, Run> entry : sorted.entrySet()) {
                keys[i] = entry.getKey();
                runs[i++] = distinct.computeIfAbsent(entry.getValue(), r -> distinct.size());
            }
            return new RunTable(List.copyOf(distinct.keySet()), keys, runs);
        }

        /** The run of every key. */
        public Map<Integer, Run> asMap() {
            Map<Integer, Run> map = new java.util.TreeMap<>();
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], distinct.get(runs[i]));
            }
            return map;
        }
    }

    /**
     * The runs of the rules a memo can answer from: the attention run per situation key of the situations its policy
     * meets, the role run per role key, and the attention runs of the other situations it holds (those of
     * {@link #runEverySituation}, for an edit of the policy). With the explanation of each decision rule, they are all
     * a memo needs to answer those keys without the engine ({@link #compiled}).
     */
    public record Runs(Map<Integer, Run> attention, Map<Integer, Run> roles, Map<Integer, Run> otherAttention) {
        /** Copies the maps. */
        public Runs {
            attention = Map.copyOf(attention);
            roles = Map.copyOf(roles);
            otherAttention = Map.copyOf(otherAttention);
        }
    }

    /** What the runs of a compiled rule set answered, shared by every policy on these rules. */
    private static final class SharedRuns {
        /**
         * The attention run per situation key: at most 2^18 references, to the few different attention runs there
         * are (one per combination of attention rules that fire), kept once in {@link #distinctAttention}.
         */
        final AtomicReferenceArray<Run> attention = new AtomicReferenceArray<>(SITUATION_KEYS);
        final Map<Run, Run> distinctAttention = new ConcurrentHashMap<>();
        /** The role run per {@link #roleKey}; a few per policy version, see {@link #MAX_ROLE_RUNS}. */
        final Map<Integer, Run> roles = new ConcurrentHashMap<>();
        /** How often the rules were run, for the tests of this sharing. */
        final AtomicInteger attentionRuns = new AtomicInteger();
        final AtomicInteger roleRuns = new AtomicInteger();
    }

    /** How often the rules of a compiled rule set were run so far, in attention runs and role runs; for tests. */
    public record RunCounts(int attention, int roles) {
    }

    /**
     * At most this many role runs are remembered per compiled rule set; beyond it that memory starts afresh, which
     * costs the next check a few dozen role runs. A policy version has a few dozen combinations of initiator,
     * decider and roles, so only a JVM that checks thousands of different role tables reaches it.
     */
    private static final int MAX_ROLE_RUNS = 1 << 12;
    /** The runs of each compiled rule set; weak, so a rule set no policy uses is let go with its runs. */
    private static final Map<RulePolicy, SharedRuns> SHARED = new WeakHashMap<>();

    /** What an answer is made of: an attention run (kept once per content) and the role facts. */
    private record AnswerKey(Run attention, int roleKey) {
    }

    /** The compiled rule set, asked only for facts no run holds yet; loaded on first use when the memo is compiled. */
    private final java.util.function.Supplier<RulePolicy> rules;
    /** The explanation of each decision rule, by rule name. */
    private final java.util.function.Function<String, Optional<Explanation>> explain;
    /** The explanation of every decision rule, by rule name: what {@link #explain} answers from. */
    private final Map<String, Explanation> explanations;
    /** The answer per {@link #key(int, Set)} met so far; many keys share one answer. */
    private final Map<Integer, Answer> answers = new ConcurrentHashMap<>();
    /** The distinct answers, by what they are made of. */
    private final Map<AnswerKey, Answer> distinctAnswers = new ConcurrentHashMap<>();
    private final SharedRuns shared;
    /** The situation keys of the attention runs a compiled memo was made with: those its policy meets. */
    private final BitSet compiledSituations;
    /**
     * The attention runs of the other situations, for a compiled memo: read on the first situation none of its runs
     * holds ({@link #moreRuns()}); {@code null} when there are none.
     */
    private final java.util.function.Supplier<RunTable> otherSituations;
    private volatile boolean otherSituationsRead;

    RuleMemo(RulePolicy rules) {
        this.rules = () -> rules;
        this.explain = rules::explain;
        this.explanations = rules.explanations();
        this.compiledSituations = new BitSet();
        this.otherSituations = null;
        synchronized (SHARED) {
            this.shared = SHARED.computeIfAbsent(rules, r -> new SharedRuns());
        }
    }

    private RuleMemo(java.util.function.Supplier<RulePolicy> rules, Map<String, Explanation> explanations,
                     SharedRuns shared, BitSet compiledSituations,
                     java.util.function.Supplier<RunTable> otherSituations) {
        this.rules = rules;
        this.compiledSituations = compiledSituations;
        this.otherSituations = otherSituations;
        this.explanations = Map.copyOf(explanations);
        Map<String, Optional<Explanation>> explained = new java.util.HashMap<>();
        explanations.forEach((rule, e) -> explained.put(rule, Optional.of(e)));
        this.explain = rule -> explained.getOrDefault(rule, Optional.empty());
        this.shared = shared;
    }

    /**
     * A memo that answers from runs made before (the compiled form of a policy), and asks the rule set, loaded
     * through {@code engine} on first use, only about facts none of those runs holds.
     *
     * @param attention       the attention runs by situation key, as {@link #runs()} of a memo of the same rule set
     *                        gave them
     * @param roles           the role runs by role key, likewise
     * @param explanations    the explanation of every decision rule, by rule name
     * @param engine          loads the compiled rule set of the policy; not called while the runs suffice
     * @param otherSituations gives the attention runs of other situations (the other attention runs of
     *                        {@link #runs()}), called once, on the first situation {@code attention} has no run for and
     *                        before the engine is asked; {@code null} for none
     * @throws IllegalArgumentException when a key is outside the range of situation or role keys
     */
    public static RuleMemo compiled(RunTable attention, RunTable roles, Map<String, Explanation> explanations,
                                    java.util.function.Supplier<RulePolicy> engine,
                                    java.util.function.Supplier<RunTable> otherSituations) {
        SharedRuns shared = new SharedRuns();
        BitSet compiledSituations = new BitSet(SITUATION_KEYS);
        // Only the table of runs: a run the engine makes later (for facts no run holds) is not matched against these
        // for sharing, which costs memory only in a case the compiled form is made to rule out.
        int[] keys = attention.keys();
        int[] runIndex = attention.runs();
        List<Run> distinct = attention.distinct();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] < 0 || keys[i] >= SITUATION_KEYS) {
                throw new IllegalArgumentException("Situation key " + keys[i] + " is out of range.");
            }
            shared.attention.set(keys[i], distinct.get(runIndex[i]));
            compiledSituations.set(keys[i]);
        }
        for (int i = 0; i < roles.keys().length; i++) {
            shared.roles.put(roles.keys()[i], roles.distinct().get(roles.runs()[i]));
        }
        return new RuleMemo(engine, explanations, shared, compiledSituations, otherSituations);
    }

    /**
     * Reads the attention runs of the other situations into this memo's runs, once: whether there were any to read.
     * A situation that already has a run keeps it.
     */
    private boolean moreRuns() {
        if (otherSituations == null) {
            return false;
        }
        if (!otherSituationsRead) {
            synchronized (this) {
                if (!otherSituationsRead) {
                    RunTable more = otherSituations.get();
                    for (int i = 0; i < more.keys().length; i++) {
                        int key = more.keys()[i];
                        if (key < 0 || key >= SITUATION_KEYS) {
                            throw new IllegalArgumentException("Situation key " + key + " is out of range.");
                        }
                        shared.attention.compareAndSet(key, null, more.distinct().get(more.runs()[i]));
                    }
                    otherSituationsRead = true;
                }
            }
        }
        return true;
    }

    /** The explanation of every decision rule of the rule set, by rule name (check rules explain nothing). */
    public Map<String, Explanation> explanations() {
        return explanations;
    }

    /**
     * Every run this memo can answer from: the attention runs of the situations its policy meets (those of the answers
     * it holds, and those of the compiled form it was made from), the role runs, and apart the attention runs of the
     * other situations it holds (made by {@link #runEverySituation}, or read for an edit of the policy); for a memo of
     * a rule set also the runs other policies on the same rule set made in this JVM (a run is a function of the rule
     * set and its facts). Exactly what a {@link #compiled} memo needs to answer the same keys without the engine.
     *
     * @throws IllegalStateException when a run of an answer was let go (more role runs than {@link #MAX_ROLE_RUNS} in
     *                               this JVM)
     */
    public Runs runs() {
        BitSet met = (BitSet) compiledSituations.clone();
        Map<Integer, Run> roles = new java.util.TreeMap<>(shared.roles);
        answers.forEach((key, answer) -> {
            int roleKey = roleKey(answer.situation, answer.tableRoles);
            Run role = shared.roles.get(roleKey);
            if (shared.attention.get(key >>> GOAL_BITS) == null || role == null) {
                throw new IllegalStateException("The runs of key " + key + " were let go.");
            }
            met.set(key >>> GOAL_BITS);
            roles.put(roleKey, role);
        });
        Map<Integer, Run> attention = new java.util.TreeMap<>();
        Map<Integer, Run> other = new java.util.TreeMap<>();
        for (int key = 0; key < SITUATION_KEYS; key++) {
            Run run = shared.attention.get(key);
            if (run != null) {
                (met.get(key) ? attention : other).put(key, run);
            }
        }
        return new Runs(attention, roles, other);
    }

    /**
     * Runs the attention rules for every situation there is (every value of every field of {@link Situation}), not
     * only those a policy meets: a run is a function of the rule set and the situation alone, so a compiled form that
     * holds them all answers the attention of any policy on this rule set without the engine, an edited one too. For
     * the build step; about 200,000 situations.
     *
     * @return how many situations were run now
     */
    public int runEverySituation() {
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, SITUATION_KEYS).parallel().forEach(key -> {
            if (shared.attention.get(key) != null) {
                return;
            }
            Situation situation = situation(key);
            if (situation == null) {
                return; // no situation has this key: an ordinal out of its enum's range
            }
            Run run = run(List.of(situation));
            shared.attentionRuns.incrementAndGet();
            Run distinct = shared.distinctAttention.putIfAbsent(run, run);
            if (shared.attention.compareAndSet(key, null, distinct == null ? run : distinct)) {
                ran.incrementAndGet();
            }
        });
        return ran.get();
    }

    /** The situation of a {@link #situationKey(Situation) situation key}, or {@code null} when no situation has it. */
    static Situation situation(int key) {
        int flags = key & 0x3FF;
        int rest = key >>> 10;
        boolean feasible = (rest & 1) == 1;
        int space = rest >>> 1 & 3;
        int complexity = rest >>> 3 & 1;
        int decider = rest >>> 4 & 3;
        int initiator = rest >>> 6;
        if (initiator >= Initiator.values().length || decider >= Decider.values().length
                || complexity >= Complexity.values().length || space >= RoomLevel.values().length) {
            return null;
        }
        return new Situation(Initiator.values()[initiator], Decider.values()[decider],
                Complexity.values()[complexity], RoomLevel.values()[space], feasible, flag(flags, 9), flag(flags, 8),
                flag(flags, 7), flag(flags, 6), flag(flags, 5), flag(flags, 4), flag(flags, 3), flag(flags, 2),
                flag(flags, 1), flag(flags, 0));
    }

    private static boolean flag(int flags, int bit) {
        return (flags >>> bit & 1) == 1;
    }

    /** How often the given compiled rule set was run so far, by any policy. */
    public static RunCounts runCounts(RulePolicy rules) {
        SharedRuns runs;
        synchronized (SHARED) {
            runs = SHARED.get(rules);
        }
        return runs == null ? new RunCounts(0, 0) : new RunCounts(runs.attentionRuns.get(), runs.roleRuns.get());
    }

    /** The key of a situation: every field packed into 18 bits. */
    static int situationKey(Situation s) {
        int key = s.initiator().ordinal();
        key = key << 2 | s.decider().ordinal();
        key = key << 1 | s.complexity().ordinal();
        key = key << 2 | s.space().ordinal();
        key = key << 1 | bit(s.feasible());
        return key << 10 | flags(s.majorChange(), s.manyActors(), s.manyInterests(), s.allFrameworks(),
                s.decisionPowerShared(), s.coProductionWanted(), s.complexContent(), s.opposingInterests(),
                s.decideTogether(), s.learningPilot());
    }

    /**
     * The key of the situation of this opgave with these outcomes of the tables, without making the situation: equal
     * to {@link #situationKey(Situation)} of {@link EngineAdvisor#situation}.
     */
    static int situationKey(Opgave opgave, Decider decider, Complexity complexity, RoomLevel space, boolean feasible,
                            Set<Goal> goals) {
        int key = opgave.initiator().ordinal();
        key = key << 2 | decider.ordinal();
        key = key << 1 | complexity.ordinal();
        key = key << 2 | space.ordinal();
        key = key << 1 | bit(feasible);
        Impact impact = opgave.impact();
        Intentions intentions = opgave.intentions();
        return key << 10 | flags(impact.majorChangeToLivingEnvironment(), impact.manyActors(), impact.manyInterests(),
                intentions.frameworksSet().all(), intentions.decisionPowerShared(),
                intentions.stakeholdersWillCoProduce(), opgave.difficulty().complexContent(),
                opgave.difficulty().opposingInterests(), goals.contains(Goal.DECIDE_TOGETHER),
                intentions.learningPilot());
    }

    /** The ten flags of a situation as ten bits, the first given the highest. */
    private static int flags(boolean... flags) {
        int key = 0;
        for (boolean flag : flags) {
            key = key << 1 | bit(flag);
        }
        return key;
    }

    /**
     * The key of an opgave's answer in one policy: its situation and, in the lowest four bits, its goals. The
     * situation picks the attention run; the goals, with the space of the situation, pick the role the table gives
     * each kind, and so the role run. 22 bits.
     */
    static int key(int situationKey, Set<Goal> goals) {
        return situationKey << GOAL_BITS | goalBits(goals);
    }

    /** The goals as bits, by ordinal. */
    public static int goalBits(Set<Goal> goals) {
        int bits = 0;
        for (Goal goal : goals) {
            bits |= 1 << goal.ordinal();
        }
        return bits;
    }

    /**
     * The facts the role rules decide on: initiator and decider, and in four bits per kind the role the table gives
     * it.
     */
    private static int roleKey(RoleSituation situation, Map<StakeholderKind, Role> tableRoles) {
        int facts = situation.initiator().ordinal() << 2 | situation.decider().ordinal();
        for (StakeholderKind kind : StakeholderKind.values()) {
            Role role = tableRoles.get(kind);
            facts = facts << 4 | (role == null ? 0xF : role.ordinal());
        }
        return facts;
    }

    private static int bit(boolean flag) {
        return flag ? 1 : 0;
    }

    /** The answer remembered for a {@link #key(int, Set)}, or {@code null} when it is new. */
    Answer remembered(int key) {
        return answers.get(key);
    }

    /**
     * Decides the rules for a new key and remembers the answer. The attention run and the role run are taken from
     * the runs of the compiled rule set when an earlier policy met the same facts.
     *
     * @param key        the {@link #key(int, Set)} of the situation and the goals
     * @param situation  the situation
     * @param tableRoles the role the table gives each kind for the situation's space and the goals
     */
    Answer decideAndRemember(int key, Situation situation, Map<StakeholderKind, Role> tableRoles) {
        int situationKey = key >>> GOAL_BITS;
        if (situationKey != situationKey(situation)) {
            throw new IllegalArgumentException("Key " + key + " is not the key of " + situation + ".");
        }
        Run attention = shared.attention.get(situationKey);
        if (attention == null && moreRuns()) {
            attention = shared.attention.get(situationKey);
        }
        if (attention == null) {
            attention = run(List.of(situation));
            shared.attentionRuns.incrementAndGet();
            Run distinct = shared.distinctAttention.putIfAbsent(attention, attention);
            attention = distinct == null ? attention : distinct;
            if (!shared.attention.compareAndSet(situationKey, null, attention)) {
                attention = shared.attention.get(situationKey);
            }
        }
        RoleSituation roleSituation = new RoleSituation(situation.initiator(), situation.decider());
        int roleKey = roleKey(roleSituation, tableRoles);
        Run roles = shared.roles.get(roleKey);
        if (roles == null) {
            List<Object> facts = new ArrayList<>();
            facts.add(roleSituation);
            for (StakeholderKind kind : StakeholderKind.values()) {
                facts.add(new StakeholderFact(kind.ordinal(), kind.name(), kind));
            }
            tableRoles.forEach((kind, role) -> facts.add(new KindRole(kind, role)));
            roles = run(facts);
            shared.roleRuns.incrementAndGet();
            if (shared.roles.size() >= MAX_ROLE_RUNS) {
                shared.roles.clear();
            }
            Run earlier = shared.roles.putIfAbsent(roleKey, roles);
            roles = earlier == null ? roles : earlier;
        }
        Run attentionRun = attention;
        Run roleRun = roles;
        Answer answer = distinctAnswers.computeIfAbsent(new AnswerKey(attentionRun, roleKey),
                k -> answer(roleSituation, tableRoles, attentionRun, roleRun));
        Answer earlier = answers.putIfAbsent(key, answer);
        return earlier == null ? answer : earlier; // another thread decided the same key first: keep one answer
    }

    /** Runs the rules over the given facts and keeps what makes an answer. */
    private Run run(List<Object> facts) {
        return run(rules.get(), facts);
    }

    /** Runs the given rule set over the facts and keeps what makes an answer: what the memo remembers of a run. */
    static Run run(RulePolicy rules, List<Object> facts) {
        RulePolicy.Outcome outcome = rules.run(facts);
        List<Object> results = new ArrayList<>();
        for (Object fact : outcome.facts()) {
            if (fact instanceof PartyRole || fact instanceof Attention || fact instanceof PolicyDefect) {
                results.add(fact);
            }
        }
        List<Fired> fired = new ArrayList<>(outcome.firings().size());
        for (RulePolicy.Firing firing : outcome.firings()) {
            fired.add(new Fired(firing.rule(), kindsMatched(firing)));
        }
        return new Run(List.copyOf(results), List.copyOf(fired));
    }

    /** The answer of the runs together, as one run over all their facts would give it. */
    private Answer answer(RoleSituation situation, Map<StakeholderKind, Role> tableRoles, Run... runs) {
        List<PartyRole> bodies = new ArrayList<>();
        Map<StakeholderKind, Role> roleByKind = new EnumMap<>(StakeholderKind.class);
        List<AttentionPoint> attention = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        Map<StakeholderKind, List<String>> defectsByKind = new EnumMap<>(StakeholderKind.class);
        Set<Explanation> explanation = new LinkedHashSet<>();
        Map<StakeholderKind, Set<Explanation>> explanationByKind = new EnumMap<>(StakeholderKind.class);
        for (Run run : runs) {
            for (Object fact : run.results()) {
                if (fact instanceof PartyRole role && role.kind() == null) {
                    bodies.add(role);
                } else if (fact instanceof PartyRole role) {
                    if (roleByKind.putIfAbsent(role.kind(), role.role()) != null) {
                        defectsByKind.computeIfAbsent(role.kind(), k -> new ArrayList<>()).add("belanghebbende '"
                                + role.party() + "' kreeg meer dan één rol");
                    }
                } else if (fact instanceof Attention a) {
                    attention.add(new AttentionPoint(a.code(), a.text()));
                } else if (fact instanceof PolicyDefect defect && defect.kind() == null) {
                    defects.add(defect.problem());
                } else if (fact instanceof PolicyDefect defect) {
                    defectsByKind.computeIfAbsent(defect.kind(), k -> new ArrayList<>()).add(defect.problem());
                }
            }
            for (Fired fired : run.fired()) {
                explain.apply(fired.rule()).ifPresent(e -> {
                    if (fired.kinds().isEmpty()) {
                        explanation.add(e);
                    } else {
                        fired.kinds().forEach(k -> explanationByKind.computeIfAbsent(k, x -> new LinkedHashSet<>())
                                .add(e));
                    }
                });
            }
        }
        bodies.sort(java.util.Comparator.comparingInt(PartyRole::position));
        List<RoleAssignment> bodyRoles = bodies.stream()
                .map(b -> new RoleAssignment(b.party(), Optional.empty(), b.role())).toList();
        // Kept as compact lists: an advisor remembers thousands of answers.
        Map<StakeholderKind, List<Explanation>> byKind = new EnumMap<>(StakeholderKind.class);
        explanationByKind.forEach((kind, set) -> byKind.put(kind, List.copyOf(set)));
        return new Answer(bodyRoles, roleByKind, AdviceAssembler.inCodeOrder(attention), List.copyOf(explanation),
                byKind, List.copyOf(defects), defectsByKind, situation, tableRoles);
    }

    private static Set<StakeholderKind> kindsMatched(RulePolicy.Firing firing) {
        Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        for (Object matched : firing.matched()) {
            if (matched instanceof StakeholderFact s) {
                kinds.add(s.kind());
            } else if (matched instanceof PartyRole p && p.kind() != null) {
                kinds.add(p.kind());
            } else if (matched instanceof KindRole k) {
                kinds.add(k.kind());
            }
        }
        return Set.copyOf(kinds);
    }

    /** How many keys have an answer remembered. */
    int size() {
        return answers.size();
    }
}
