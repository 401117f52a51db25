package nl.heemstede.participatie.core.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.core.advice.CompleteInputSpace.Part;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Decisions;

/**
 * The opgaven of an {@link CompleteInputSpace} divided into classes that one {@link TabledAdvisor} cannot tell apart: the
 * opgaven of a class get equal advice, apart from the reference it echoes, and have the same rule situation.
 * Immutable.
 *
 * <p><b>Why the opgaven of a class get equal advice.</b> {@link TabledAdvisor#advise} reads an opgave only through (1)
 * the domain positions of its table inputs, from which each table gives an answer: the tables decided once per opgave,
 * and the role table once per stakeholder kind; (2) its rule situation and goals ({@link RuleMemo#key}), which pick the
 * rules' answer; (3) its stakeholders, one of every kind with or without RESIDENTS, which the rule fields of the
 * stakeholder part tell apart; and (4) its reference, which it
 * echoes. The advice is made of the values and explanations of those answers, the rules' answer and the stakeholders,
 * and nothing else. So two opgaven for which every table gives an equal answer (same value, same rows: the same
 * {@linkplain DecidedTables.Table#id answer id}) and which have the same rule situation get equal advice. The rule
 * situation and goals are made of the outcomes of four of those tables and of the fields
 * {@link TabledAdvisor#ruleFields} packs per part of the opgave. A class is one such combination: the answer id of
 * every table, in the order the advisor decides them, and the rule fields of every part. Equal advice includes an equal
 * failure: when the policy cannot decide one opgave of a class, it cannot decide any.
 *
 * <p><b>How it is computed without advising every opgave.</b> The index of an opgave is a number with one digit per
 * {@link Part}, and each table input is given by one part ({@link TabledAdvisor#fillInputs(Part, Opgave, int[])},
 * read from the opgave whose other digits are zero). The space is walked as nested loops, one per part; a table is
 * looked up as soon as the parts it depends on, through its inputs and the tables it requires, are fixed, not once
 * per opgave, and each answer id is a step down a trie whose leaves are the classes. Difficulty is the innermost
 * loop, as no table reads it: per opgave the walk only adds its rule fields. The bundled policy gives 368,640
 * classes of the 4,423,680 opgaven, in about 0.3 s (policy Revision 2: the rule situation now holds the three impact
 * aspects, the followed project and the wish to learn together, and the invariants read whether participation is
 * desirable).
 *
 * <p><b>Classes of values.</b> {@link #ofValues} divides the space more coarsely: a table step takes the answer's
 * {@linkplain DecidedTables.Table#valueId value id} (its value, and whether it explains anything) instead of its
 * answer id. By the same argument, the opgaven of such a class get advice that is equal in every field but the
 * echoed reference and the rows and texts of the explanation: the values are those of equal answers, the rule
 * situation is made of the same outcomes and rule fields (so the rules give the same answer), and the explanation
 * names the same decisions. The bundled policy gives 184,320 such classes, half as many, because many rows of a table
 * give the same value for different reasons. What reads only those fields, such as the invariants of the policy
 * check, can be decided once per class of values.
 *
 * <p><b>Agreeing with a baseline.</b> Given the decided tables of another policy, the walk also notes which opgaven
 * <em>agree</em> with them: every table step of the opgave finds, in the baseline, an answer of the same value for the
 * same input values ({@link DecidedTables#agreeing}). Each step's inputs are the opgave's or outcomes of earlier
 * steps, so when every earlier step agreed the baseline policy is asked the same questions and, step by step, gives
 * the same values. With the same rule files it then gives the opgave the same rules' answer too: its advice is equal
 * up to the rows and texts of the explanation.
 */
public final class AdviceClasses {

    /** The order of the nested loops, outermost first. Any order gives the same classes. */
    private static final Part[] ORDER = {Part.DECISION, Part.STAKEHOLDERS, Part.IMPACT, Part.ROOM, Part.INTENTIONS,
        Part.DIFFICULTY};

    private final int[] classOf;
    private final int[] representative;
    private final int[] size;
    /** The opgaven whose tables do not agree with the baseline's; {@code null} without a baseline (all of them). */
    private final BitSet changed;
    /** The classes with an opgave whose tables agree with the baseline's; {@code null} without a baseline (none). */
    private final BitSet agreeing;

    private AdviceClasses(int[] classOf, int[] representative, int[] size, BitSet changed, BitSet agreeing) {
        this.classOf = classOf;
        this.representative = representative;
        this.size = size;
        this.changed = changed;
        this.agreeing = agreeing;
    }

    /** Divides the space into the classes of opgaven the advisor cannot tell apart. */
    public static AdviceClasses of(TabledAdvisor advisor, CompleteInputSpace space) {
        return new Walk(advisor, space, false, null).run();
    }

    /**
     * Divides the space into the classes of opgaven whose advice differs at most in the echoed reference and the
     * rows and texts of the explanation (see the class comment); each is a union of classes of {@link #of}.
     */
    public static AdviceClasses ofValues(TabledAdvisor advisor, CompleteInputSpace space) {
        return new Walk(advisor, space, true, null).run();
    }

    /**
     * {@link #ofValues}, and which opgaven the advisor's tables decide as the baseline tables do: an opgave
     * <em>agrees</em> with the baseline when every table the advisor decides for it (the role table for every kind)
     * gives an answer of the same value at the same key in the baseline, both explaining something or both nothing
     * ({@link DecidedTables#agreeing}). On the same rule files, an opgave that agrees gets advice from both policies
     * that is equal up to the rows and texts of the explanation, or fails alike: every table answer and the rules'
     * answer that follows from them are the same.
     */
    public static AdviceClasses ofValues(TabledAdvisor advisor, CompleteInputSpace space, DecidedTables baseline) {
        return new Walk(advisor, space, true, baseline).run();
    }

    /** The number of classes; they are numbered from {@code 0}. */
    public int count() {
        return representative.length;
    }

    /** The class of the opgave with the given index. */
    public int classOf(int index) {
        return classOf[index];
    }

    /** The lowest index of an opgave in the class. */
    public int representative(int cls) {
        return representative[cls];
    }

    /** The number of opgaven in the class. */
    public int size(int cls) {
        return size[cls];
    }

    /** Whether the opgave's tables do not agree with the baseline's; always true without a baseline. */
    public boolean changed(int index) {
        return changed == null || changed.get(index);
    }

    /** Whether an opgave of the class agrees with the baseline; always false without a baseline. */
    public boolean agrees(int cls) {
        return agreeing != null && agreeing.get(cls);
    }

    /** The walk over the space that finds the classes; used once. */
    private static final class Walk {

        private final CompleteInputSpace space;
        /** Whether a table step takes the answer's value id rather than its answer id. */
        private final boolean byValue;
        private final int kindSlot;
        private final int[] positions;
        /** Per loop: the slots its part gives, and per digit their positions. */
        private final int[][] slots = new int[ORDER.length][];
        private final int[][][] values = new int[ORDER.length][][];
        /** Per loop and digit: {@link TabledAdvisor#ruleFields} of that part. */
        private final int[][] ruleFields = new int[ORDER.length][];

        /**
         * The steps of the trie, in the order they are taken: per step the table looked up (none for the rule
         * fields), the stakeholder kind for the role table (or -1), and the number of different ids.
         */
        private final List<DecidedTables.Table> stepTable = new ArrayList<>();
        private final List<Integer> stepKind = new ArrayList<>();
        private final List<Integer> stepWidth = new ArrayList<>();
        /** Per loop: its first step; the steps of a loop end where the next loop's begin. */
        private final int[] firstStep = new int[ORDER.length + 1];

        private DecidedTables.Table[] table;
        private int[] kind;
        private int[] width;
        /** Per step: the child of each node, by node × width + id, stored plus one (0: not there yet). */
        private int[][] children;
        private int[] nodes;

        private int[] classOf;
        private int[] representative = new int[1024];
        private int[] size = new int[1024];

        /** The tables to compare with, or {@code null}. */
        private final DecidedTables baseline;
        private final DecidedTables tables;
        /** Per step of a table, per key, whether the baseline agrees ({@link DecidedTables#agreeing}). */
        private boolean[][] agree;
        /** Whether the step just taken agreed with the baseline. */
        private boolean stepAgreed;
        private BitSet changed;
        private BitSet agreeing;

        Walk(TabledAdvisor advisor, CompleteInputSpace space, boolean byValue, DecidedTables baseline) {
            this.space = space;
            this.byValue = byValue;
            this.baseline = baseline;
            DecidedTables tables = advisor.tables();
            this.tables = tables;
            this.kindSlot = advisor.kindSlot();
            this.positions = new int[tables.slotCount()];
            // The loop at which each slot is known; -1: never set by a part, so 0 as in a fresh advice.
            int[] loopOf = new int[tables.slotCount()];
            Arrays.fill(loopOf, -1);
            for (int loop = 0; loop < ORDER.length; loop++) {
                Part part = ORDER[loop];
                values[loop] = new int[part.size()][];
                ruleFields[loop] = new int[part.size()];
                for (int digit = 0; digit < part.size(); digit++) {
                    Opgave opgave = space.opgave(part.with(0, digit));
                    int[] given = new int[tables.slotCount()];
                    Arrays.fill(given, -1);
                    advisor.fillInputs(part, opgave, given);
                    if (digit == 0) {
                        slots[loop] = IntStream.range(0, given.length).filter(s -> given[s] >= 0).toArray();
                    }
                    values[loop][digit] = Arrays.stream(slots[loop]).map(s -> given[s]).toArray();
                    ruleFields[loop][digit] = TabledAdvisor.ruleFields(part, opgave);
                }
                for (int slot : slots[loop]) {
                    loopOf[slot] = loop;
                }
            }
            // Each table at the loop where all it depends on is known, in the advisor's order; the role table once
            // per kind; then the rule fields of the loop's part.
            List<DecidedTables.Table> perOpgave = advisor.perOpgave();
            int[] tableLoop = new int[perOpgave.size()];
            for (int t = 0; t < perOpgave.size(); t++) {
                tableLoop[t] = Math.max(loopOf(perOpgave.get(t), loopOf), 0);
                loopOf[perOpgave.get(t).slot] = tableLoop[t];
            }
            DecidedTables.Table roles = advisor.roleTable();
            int rolesLoop = Math.max(loopOf(roles, loopOf), 0);
            int kinds = tables.domain(Decisions.SOORT).size();
            for (int loop = 0; loop < ORDER.length; loop++) {
                firstStep[loop] = stepTable.size();
                for (int t = 0; t < perOpgave.size(); t++) {
                    if (tableLoop[t] == loop) {
                        addStep(perOpgave.get(t), -1, width(perOpgave.get(t)));
                    }
                }
                for (int k = 0; loop == rolesLoop && k < kinds; k++) {
                    addStep(roles, k, width(roles));
                }
                addStep(null, -1, Arrays.stream(ruleFields[loop]).max().orElse(0) + 1);
            }
            firstStep[ORDER.length] = stepTable.size();
        }

        /** The number of different ids a step of the table can take. */
        private int width(DecidedTables.Table t) {
            return byValue ? t.valueIds() : t.ids();
        }

        /** The loop at which everything the table requires is known. */
        private static int loopOf(DecidedTables.Table t, int[] loopOf) {
            int loop = -1;
            for (int slot : t.requirements()) {
                loop = Math.max(loop, loopOf[slot]);
            }
            return loop;
        }

        private void addStep(DecidedTables.Table t, int kindOrdinal, int ids) {
            stepTable.add(t);
            stepKind.add(kindOrdinal);
            stepWidth.add(ids);
        }

        AdviceClasses run() {
            int steps = stepTable.size();
            table = stepTable.toArray(DecidedTables.Table[]::new);
            kind = stepKind.stream().mapToInt(Integer::intValue).toArray();
            width = stepWidth.stream().mapToInt(Integer::intValue).toArray();
            children = new int[steps][];
            for (int s = 0; s < steps; s++) {
                children[s] = new int[Math.max(16, width[s])];
            }
            nodes = new int[steps];
            classOf = new int[space.size()];
            if (baseline != null) {
                agree = new boolean[steps][];
                java.util.Map<String, boolean[]> byDecision = new java.util.HashMap<>();
                for (int s = 0; s < steps; s++) {
                    if (table[s] != null) {
                        agree[s] = byDecision.computeIfAbsent(table[s].decision,
                                d -> tables.agreeing(d, baseline));
                    }
                }
                changed = new BitSet(space.size());
                agreeing = new BitSet();
            }
            walk(0, 0, 0, false);
            int count = nodes[steps - 1];
            return new AdviceClasses(classOf, Arrays.copyOf(representative, count), Arrays.copyOf(size, count),
                    changed, agreeing);
        }

        /**
         * Sets each digit of the loop's part in turn, takes the steps known there, and goes one loop deeper; with a
         * baseline, notes whether a step so far disagreed with it.
         */
        private void walk(int loop, int node, int index, boolean disagreed) {
            Part part = ORDER[loop];
            int[] given = slots[loop];
            for (int digit = 0; digit < part.size(); digit++) {
                int[] value = values[loop][digit];
                for (int i = 0; i < given.length; i++) {
                    positions[given[i]] = value[i];
                }
                int at = node;
                boolean changedHere = disagreed;
                for (int s = firstStep[loop]; s < firstStep[loop + 1]; s++) {
                    at = child(s, at, id(s, loop, digit));
                    changedHere |= !stepAgreed;
                }
                int next = index + digit * part.stride();
                if (loop + 1 < ORDER.length) {
                    walk(loop + 1, at, next, changedHere);
                } else {
                    record(next, at, changedHere);
                }
            }
        }

        /** The id of the step's answer for the current positions; a table's outcome is set for the later ones. */
        private int id(int s, int loop, int digit) {
            DecidedTables.Table t = table[s];
            stepAgreed = true;
            if (t == null) {
                return ruleFields[loop][digit];
            }
            int key;
            if (kind[s] >= 0) {
                positions[kindSlot] = kind[s];
                key = t.key(positions);
                positions[kindSlot] = 0; // the per-opgave tables see no kind, as in an advice
            } else {
                key = t.key(positions);
                // A failure gets an id of its own, and the advice of the class is that failure: what later tables
                // answer for it does not matter, but their lookup must stay in range.
                positions[t.slot] = Math.max(t.outcome(key), 0);
            }
            stepAgreed = agree == null || agree[s][key];
            return byValue ? t.valueId(key) : t.id(key);
        }

        private int child(int s, int node, int id) {
            int at = node * width[s] + id;
            int[] c = children[s];
            if (at >= c.length) {
                c = Arrays.copyOf(c, Math.max(at + 1, c.length * 2));
                children[s] = c;
            }
            if (c[at] == 0) {
                c[at] = ++nodes[s];
            }
            return c[at] - 1;
        }

        private void record(int index, int cls, boolean disagreed) {
            classOf[index] = cls;
            if (baseline != null) {
                if (disagreed) {
                    changed.set(index);
                } else {
                    agreeing.set(cls);
                }
            }
            if (cls >= size.length) {
                size = Arrays.copyOf(size, size.length * 2);
                representative = Arrays.copyOf(representative, representative.length * 2);
            }
            if (size[cls]++ == 0 || index < representative[cls]) {
                representative[cls] = index;
            }
        }
    }
}
