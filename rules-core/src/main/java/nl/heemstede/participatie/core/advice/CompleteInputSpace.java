package nl.heemstede.participatie.core.advice;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;

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
 * <p>Internal: the advice classes and the policy check work on it; staff and embedders use
 * {@code nl.heemstede.participatie.staff.InputSpace}, which delegates here.
 */
public final class CompleteInputSpace implements Iterable<Opgave> {

    /** The number of opgaven in the space. */
    public static final int SIZE = 4_423_680;

    /** One stakeholder of every kind, in {@link StakeholderKind} order, with fixed names. */
    public static final List<Stakeholder> STAKEHOLDERS = List.of(
            Stakeholder.of("Buren", StakeholderKind.NEIGHBOURS),
            Stakeholder.of("Inwoners", StakeholderKind.RESIDENTS),
            Stakeholder.of("Verderop wonenden", StakeholderKind.DISTANT_RESIDENTS),
            Stakeholder.of("Deskundige", StakeholderKind.EXPERT),
            Stakeholder.of("Vereniging", StakeholderKind.ORGANISATION));

    /**
     * {@link #STAKEHOLDERS} without the one of kind {@code RESIDENTS}.
     *
     * @since 0.2
     */
    public static final List<Stakeholder> STAKEHOLDERS_WITHOUT_RESIDENTS = STAKEHOLDERS.stream()
            .filter(s -> s.kind() != StakeholderKind.RESIDENTS).toList();

    private static final RoomLevel[] LEVELS = RoomLevel.values();
    /** The valid (initiator, decision) pairs, in index order. */
    private static final List<Initiator> PAIR_INITIATOR = new ArrayList<>();
    private static final List<Decider> PAIR_DECISION = new ArrayList<>();
    /** The opgaven per (initiator, decision) pair: 8 × 2 × 3 × 3 × 2 × 4 × 2 × 2 × 8 × 2 × 2 × 2. */
    private static final int PER_PAIR = 294_912;

    static {
        for (Initiator initiator : Initiator.values()) {
            for (Decider decision : Decider.values()) {
                if (!(initiator == Initiator.MUNICIPALITY && decision == Decider.INITIATOR)) {
                    PAIR_INITIATOR.add(initiator);
                    PAIR_DECISION.add(decision);
                }
            }
        }
    }

    private static final CompleteInputSpace COMPLETE = new CompleteInputSpace();

    private CompleteInputSpace() {
    }

    /** The complete input space. */
    public static CompleteInputSpace complete() {
        return COMPLETE;
    }

    /** The number of opgaven: {@value #SIZE}. */
    public int size() {
        return PAIR_INITIATOR.size() * PER_PAIR;
    }

    /**
     * The opgave with the given index.
     *
     * @throws IndexOutOfBoundsException when the index is not between 0 and {@code size() - 1}
     */
    public Opgave opgave(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index must be between 0 and " + (size() - 1) + ", was [" + index
                    + "].");
        }
        int intentions = Part.INTENTIONS.of(index);
        boolean learnTogether = bit(intentions, 0);
        boolean learningPilot = bit(intentions, 1);
        int frameworks = (intentions >> 2) % 8;
        boolean decisionPowerShared = bit(intentions, 5);
        boolean coProduce = bit(intentions, 6);
        int difficulty = Part.DIFFICULTY.of(index);
        int room = Part.ROOM.of(index);
        boolean somethingToChoose = room / 18 == 1;
        RoomLevel legalRoom = LEVELS[room / 6 % 3];
        RoomLevel policyRoom = LEVELS[room / 2 % 3];
        boolean participationDesirable = bit(room, 0);
        int impact = Part.IMPACT.of(index);
        int pair = Part.DECISION.of(index);
        Initiator initiator = PAIR_INITIATOR.get(pair);
        Decider decision = PAIR_DECISION.get(pair);
        boolean required = decision != Decider.INITIATOR;
        Optional<Boolean> mandate = required ? Optional.of(decision == Decider.CIVIL_SERVANTS) : Optional.empty();
        Optional<CompetentBody> body = switch (decision) {
            case COLLEGE -> Optional.of(CompetentBody.COLLEGE);
            case COUNCIL -> Optional.of(CompetentBody.COUNCIL);
            default -> Optional.empty();
        };
        return new Opgave("Opgave " + index, Optional.of(Integer.toString(index)), initiator, required, mandate, body,
                Impact.of(bit(impact, 2), bit(impact, 1), bit(impact, 0)),
                Room.of(somethingToChoose, legalRoom, policyRoom, participationDesirable),
                Difficulty.of(bit(difficulty, 1), bit(difficulty, 0)),
                Intentions.of(coProduce, decisionPowerShared,
                        Frameworks.of(bit(frameworks, 2), bit(frameworks, 1), bit(frameworks, 0)), learningPilot,
                        learnTogether),
                Part.STAKEHOLDERS.of(index) == 0 ? STAKEHOLDERS : STAKEHOLDERS_WITHOUT_RESIDENTS);
    }

    private static boolean bit(int value, int bit) {
        return ((value >> bit) & 1) == 1;
    }

    /**
     * The index of the opgave in this space that has the same inputs as the given one: every field but the title and
     * the reference, and of the stakeholders whether one is of the kind {@code RESIDENTS}. The inverse of
     * {@link #opgave(int)}.
     *
     * @throws IllegalArgumentException when the opgave's decision fields are not a valid combination
     */
    public int index(Opgave opgave) {
        Decider decision = decision(opgave);
        int pair = 0;
        while (pair < PAIR_INITIATOR.size()
                && !(PAIR_INITIATOR.get(pair) == opgave.initiator() && PAIR_DECISION.get(pair) == decision)) {
            pair++;
        }
        if (pair == PAIR_INITIATOR.size() || opgave.withinCivilServiceMandate().isPresent() != (decision
                != Decider.INITIATOR) || opgave.competentBody().isPresent() != (decision == Decider.COLLEGE
                || decision == Decider.COUNCIL)) {
            throw new IllegalArgumentException("The opgave is not in the input space: its initiator ["
                    + opgave.initiator() + "] and decision fields [" + decision + "] are not a valid combination.");
        }
        Impact impact = opgave.impact();
        Room room = opgave.room();
        Difficulty difficulty = opgave.difficulty();
        Intentions intentions = opgave.intentions();
        Frameworks frameworks = intentions.frameworksSet();
        int index = Part.DECISION.with(0, pair);
        index = Part.IMPACT.with(index, bits(impact.majorChangeToLivingEnvironment(), impact.manyActors(),
                impact.manyInterests()));
        index = Part.ROOM.with(index, bits(room.somethingToChoose()) * 18 + room.legalRoom().ordinal() * 6
                + room.policyRoom().ordinal() * 2 + bits(room.participationDesirable()));
        index = Part.DIFFICULTY.with(index, bits(difficulty.complexContent(), difficulty.opposingInterests()));
        index = Part.INTENTIONS.with(index, bits(intentions.stakeholdersWillCoProduce(),
                intentions.decisionPowerShared(), frameworks.content(), frameworks.financial(), frameworks.process(),
                intentions.learningPilot(), intentions.learnTogether()));
        return Part.STAKEHOLDERS.with(index, hasResidents(opgave) ? 0 : 1);
    }

    private static boolean hasResidents(Opgave opgave) {
        return opgave.stakeholders().stream().anyMatch(s -> s.kind() == StakeholderKind.RESIDENTS);
    }

    /** The flags as a binary number, the first the most significant. */
    private static int bits(boolean... flags) {
        int bits = 0;
        for (boolean flag : flags) {
            bits = bits << 1 | (flag ? 1 : 0);
        }
        return bits;
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
        DECISION(15),
        /** {@code impact}: 8 values. */
        IMPACT(8),
        /** {@code room}: 36 values. */
        ROOM(36),
        /** {@code difficulty}: 4 values. */
        DIFFICULTY(4),
        /** {@code intentions}: 128 values. */
        INTENTIONS(128),
        /**
         * {@code stakeholders}: 2 values, {@link #STAKEHOLDERS} and {@link #STAKEHOLDERS_WITHOUT_RESIDENTS}.
         *
         * @since 0.2
         */
        STAKEHOLDERS(2);

        static {
            int stride = 1;
            Part[] parts = values();
            for (int i = parts.length - 1; i >= 0; i--) {
                parts[i].stride = stride;
                stride *= parts[i].size;
            }
        }

        private final int size;
        /** Set once, when the class initialises: the product of the later parts' sizes. */
        private int stride;

        Part(int size) {
            this.size = size;
        }

        /** The number of values of this part. */
        public int size() {
            return size;
        }

        /** How much the index grows when this part's digit grows by one: the product of the later parts' sizes. */
        public int stride() {
            return stride;
        }

        /** The digit of this part in the given index, from {@code 0} to {@code size() - 1}. */
        public int of(int index) {
            return index / stride() % size;
        }

        /** The index with this part's digit replaced by the given one. */
        public int with(int index, int digit) {
            if (digit < 0 || digit >= size) {
                throw new IndexOutOfBoundsException("The digit of " + this + " must be between 0 and " + (size - 1)
                        + ", was [" + digit + "].");
            }
            return index + (digit - of(index)) * stride();
        }
    }

    /** The indices {@code 0} to {@code size() - 1}, in order; call {@code parallel()} to spread the work. */
    public IntStream indices() {
        return IntStream.range(0, size());
    }

    /** Every opgave, in index order; call {@code parallel()} to spread the work. */
    public Stream<Opgave> stream() {
        return indices().mapToObj(this::opgave);
    }

    /** Every opgave, in index order. */
    @Override
    public Iterator<Opgave> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public Opgave next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The input space has only " + size() + " opgaven.");
                }
                return opgave(next++);
            }
        };
    }

    /**
     * The way the opgave's decision is taken, as the {@link Decider} it leads to: {@code INITIATOR} when no
     * municipal decision is needed, {@code CIVIL_SERVANTS} within the mandate, else the competent body.
     */
    public static Decider decision(Opgave opgave) {
        if (!opgave.municipalDecisionRequired()) {
            return Decider.INITIATOR;
        }
        if (opgave.withinCivilServiceMandate().orElse(false)) {
            return Decider.CIVIL_SERVANTS;
        }
        return opgave.competentBody().orElseThrow() == CompetentBody.COUNCIL ? Decider.COUNCIL : Decider.COLLEGE;
    }

    /**
     * The opgave in one line, by the fields of the input space (stakeholders and title left out), for example
     * {@code initiator=RESIDENTS decision=COUNCIL impact=[manyActors] somethingToChoose=true legalRoom=AMPLE
     * policyRoom=LIMITED difficulty=[] stakeholdersWillCoProduce=false decisionPowerShared=false
     * frameworksSet=[content, process] learningPilot=false learnTogether=false residentsAmongStakeholders=true}; the
     * room also names {@code participationDesirable}.
     */
    public static String describe(Opgave opgave) {
        Impact impact = opgave.impact();
        Room room = opgave.room();
        Difficulty difficulty = opgave.difficulty();
        Intentions intentions = opgave.intentions();
        Frameworks frameworks = intentions.frameworksSet();
        return "initiator=" + opgave.initiator()
                + " decision=" + decision(opgave)
                + " impact=" + flags(impact.majorChangeToLivingEnvironment(), "majorChangeToLivingEnvironment",
                        impact.manyActors(), "manyActors", impact.manyInterests(), "manyInterests")
                + " somethingToChoose=" + room.somethingToChoose()
                + " legalRoom=" + room.legalRoom()
                + " policyRoom=" + room.policyRoom()
                + " participationDesirable=" + room.participationDesirable()
                + " difficulty=" + flags(difficulty.complexContent(), "complexContent",
                        difficulty.opposingInterests(), "opposingInterests")
                + " stakeholdersWillCoProduce=" + intentions.stakeholdersWillCoProduce()
                + " decisionPowerShared=" + intentions.decisionPowerShared()
                + " frameworksSet=" + flags(frameworks.content(), "content", frameworks.financial(), "financial",
                        frameworks.process(), "process")
                + " learningPilot=" + intentions.learningPilot()
                + " learnTogether=" + intentions.learnTogether()
                + " residentsAmongStakeholders=" + hasResidents(opgave);
    }

    /** The names whose flag is true, as {@code [a, b]}; arguments alternate flag and name. */
    private static String flags(Object... flagsAndNames) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < flagsAndNames.length; i += 2) {
            if ((Boolean) flagsAndNames[i]) {
                joiner.add((String) flagsAndNames[i + 1]);
            }
        }
        return joiner.toString();
    }
}
