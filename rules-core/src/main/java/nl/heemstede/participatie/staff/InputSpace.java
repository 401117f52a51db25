package nl.heemstede.participatie.staff;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;

/**
 * Every opgave the policy can tell apart: the complete input space of the decision tables and rule sets, numbered from
 * {@code 0} to {@code size() - 1}. Each opgave has one stakeholder of every kind, or of every kind but
 * {@code RESIDENTS}: the rules treat each stakeholder on its own, and a table reads of the stakeholders only whether
 * one of them is of the kind {@code RESIDENTS} (the input <em>Inwoners als belanghebbende</em>).
 *
 * <p>The dimensions, from the most significant digit of the index to the least:
 * <ol>
 *   <li>initiator and decision, together 15 combinations: each {@link Initiator} (4) with each way the decision is
 *       taken (4), written as the {@link Decider} it leads to: {@code INITIATOR} (no municipal decision;
 *       {@code withinCivilServiceMandate} and {@code competentBody} absent), {@code CIVIL_SERVANTS} (a decision
 *       within the civil-service mandate), {@code COLLEGE} and {@code COUNCIL} (a decision outside the mandate by
 *       that body); {@code MUNICIPALITY} without a municipal decision is not a valid opgave and is left out;</li>
 *   <li>impact: the three aspects, 2<sup>3</sup>;</li>
 *   <li>room: {@code somethingToChoose} (2) × {@code legalRoom} (3) × {@code policyRoom} (3) ×
 *       {@code participationDesirable} (2);</li>
 *   <li>difficulty: {@code complexContent} × {@code opposingInterests}, 2<sup>2</sup>;</li>
 *   <li>intentions: {@code stakeholdersWillCoProduce} (2) × {@code decisionPowerShared} (2) × the three frameworks
 *       (2<sup>3</sup>) × {@code learningPilot} (2) × {@code learnTogether} (2);</li>
 *   <li>stakeholders: {@link #STAKEHOLDERS} (one of every kind), or {@link #STAKEHOLDERS_WITHOUT_RESIDENTS}.</li>
 * </ol>
 * That is 15 × 294,912 = {@value #SIZE} opgaven. Booleans count {@code false} before {@code true}, enums in
 * declaration order, and of several booleans the first named is the most significant. Every opgave has the title
 * {@code Opgave N} and its index as reference.
 *
 * <p>Grouped by the component of the opgave they belong to, those digits are six {@linkplain Part parts}: the
 * index is a number with one digit per part ({@link Part#of(int)}), and changing one component of an opgave
 * changes only its part's digit ({@link Part#with(int, int)}). {@link #index(Opgave)} is the inverse of
 * {@link #opgave(int)}.
 *
 * <pre>{@code
 * InputSpace space = InputSpace.complete();
 * space.indices().parallel().forEach(i -> advisor.advise(space.opgave(i)));
 * }</pre>
 *
 * @since 0.1
 */
public final class InputSpace implements Iterable<Opgave> {

    /** The number of opgaven in the space. */
    public static final int SIZE = CompleteInputSpace.SIZE;

    /** One stakeholder of every kind, in {@link StakeholderKind} order, with fixed names. */
    public static final List<Stakeholder> STAKEHOLDERS = CompleteInputSpace.STAKEHOLDERS;

    /**
     * {@link #STAKEHOLDERS} without the one of kind {@code RESIDENTS}.
     *
     * @since 0.2
     */
    public static final List<Stakeholder> STAKEHOLDERS_WITHOUT_RESIDENTS =
            CompleteInputSpace.STAKEHOLDERS_WITHOUT_RESIDENTS;

    private static final InputSpace COMPLETE = new InputSpace(CompleteInputSpace.complete());

    /** The space itself, inside the engine; this class is its public face. */
    private final CompleteInputSpace space;

    private InputSpace(CompleteInputSpace space) {
        this.space = space;
    }

    /** The complete input space. */
    public static InputSpace complete() {
        return COMPLETE;
    }

    /** The number of opgaven: {@value #SIZE}. */
    public int size() {
        return space.size();
    }

    /**
     * The opgave with the given index.
     *
     * @throws IndexOutOfBoundsException when the index is not between 0 and {@code size() - 1}
     */
    public Opgave opgave(int index) {
        return space.opgave(index);
    }

    /**
     * The index of the opgave in this space that has the same inputs as the given one: every field but the title and
     * the reference, and of the stakeholders whether one is of the kind {@code RESIDENTS}. The inverse of
     * {@link #opgave(int)}.
     *
     * @throws IllegalArgumentException when the opgave's decision fields are not a valid combination
     */
    public int index(Opgave opgave) {
        return space.index(opgave);
    }

    /**
     * The five parts of an opgave that the space varies, most significant first: the index of an opgave is a
     * number with one digit per part, and each part's digit numbers the values of that part as the class comment
     * orders them. Changing one part of an opgave changes only that part's digit.
     */
    public enum Part {
        /**
         * {@code initiator} with {@code municipalDecisionRequired}, {@code withinCivilServiceMandate} and
         * {@code competentBody}: 15 values.
         */
        DECISION(CompleteInputSpace.Part.DECISION),
        /** {@code impact}: 8 values. */
        IMPACT(CompleteInputSpace.Part.IMPACT),
        /** {@code room}: 36 values. */
        ROOM(CompleteInputSpace.Part.ROOM),
        /** {@code difficulty}: 4 values. */
        DIFFICULTY(CompleteInputSpace.Part.DIFFICULTY),
        /** {@code intentions}: 128 values. */
        INTENTIONS(CompleteInputSpace.Part.INTENTIONS),
        /**
         * {@code stakeholders}: 2 values, {@link #STAKEHOLDERS} and {@link #STAKEHOLDERS_WITHOUT_RESIDENTS}.
         *
         * @since 0.2
         */
        STAKEHOLDERS(CompleteInputSpace.Part.STAKEHOLDERS);

        private final CompleteInputSpace.Part part;

        Part(CompleteInputSpace.Part part) {
            this.part = part;
        }

        /** The number of values of this part. */
        public int size() {
            return part.size();
        }

        /** How much the index grows when this part's digit grows by one: the product of the later parts' sizes. */
        public int stride() {
            return part.stride();
        }

        /** The digit of this part in the given index, from {@code 0} to {@code size() - 1}. */
        public int of(int index) {
            return part.of(index);
        }

        /** The index with this part's digit replaced by the given one. */
        public int with(int index, int digit) {
            return part.with(index, digit);
        }
    }

    /** The indices {@code 0} to {@code size() - 1}, in order; call {@code parallel()} to spread the work. */
    public IntStream indices() {
        return space.indices();
    }

    /** Every opgave, in index order; call {@code parallel()} to spread the work. */
    public Stream<Opgave> stream() {
        return space.stream();
    }

    /** Every opgave, in index order. */
    @Override
    public Iterator<Opgave> iterator() {
        return space.iterator();
    }

    /**
     * The way the opgave's decision is taken, as the {@link Decider} it leads to: {@code INITIATOR} when no
     * municipal decision is needed, {@code CIVIL_SERVANTS} within the mandate, else the competent body.
     */
    public static Decider decision(Opgave opgave) {
        return CompleteInputSpace.decision(opgave);
    }

    /**
     * The opgave in one line, by the fields of the input space (stakeholders and title left out), for example
     * {@code initiator=RESIDENTS decision=COUNCIL impact=[manyActors] somethingToChoose=true legalRoom=AMPLE
     * policyRoom=LIMITED difficulty=[] stakeholdersWillCoProduce=false decisionPowerShared=false
     * frameworksSet=[content, process] learningPilot=false learnTogether=false residentsAmongStakeholders=true}; the
     * room also names {@code participationDesirable}.
     */
    public static String describe(Opgave opgave) {
        return CompleteInputSpace.describe(opgave);
    }
}
