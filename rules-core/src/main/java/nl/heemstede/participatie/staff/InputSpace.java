package nl.heemstede.participatie.staff;

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
 * Every opgave the policy can tell apart, each with one stakeholder of every kind: the complete input space of the
 * decision tables and rule sets, numbered from {@code 0} to {@code size() - 1}.
 *
 * <p>The dimensions, from the most significant digit of the index to the least:
 * <ol>
 *   <li>initiator and decision, together 15 combinations: each {@link Initiator} (4) with each way the decision is
 *       taken (4), written as the {@link Decider} it leads to: {@code INITIATOR} (no municipal decision;
 *       {@code withinCivilServiceMandate} and {@code competentBody} absent), {@code CIVIL_SERVANTS} (a decision
 *       within the civil-service mandate), {@code COLLEGE} and {@code COUNCIL} (a decision outside the mandate by
 *       that body); {@code MUNICIPALITY} without a municipal decision is not a valid opgave and is left out;</li>
 *   <li>impact: the three aspects, 2<sup>3</sup>;</li>
 *   <li>room: {@code somethingToChoose} (2) × {@code legalRoom} (3) × {@code policyRoom} (3);</li>
 *   <li>difficulty: {@code complexContent} × {@code opposingInterests}, 2<sup>2</sup>;</li>
 *   <li>intentions: {@code stakeholdersWillCoProduce} (2) × {@code decisionPowerShared} (2) × the three frameworks
 *       (2<sup>3</sup>) × {@code learningPilot} (2).</li>
 * </ol>
 * That is 15 × 36,864 = {@value #SIZE} opgaven. Booleans count {@code false} before {@code true}, enums in
 * declaration order, and of several booleans the first named is the most significant. Every opgave has the title
 * {@code Opgave N}, its index as reference, and the stakeholders of {@link #STAKEHOLDERS}.
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
    public static final int SIZE = 552_960;

    /** One stakeholder of every kind, in {@link StakeholderKind} order, with fixed names. */
    public static final List<Stakeholder> STAKEHOLDERS = List.of(
            Stakeholder.of("Buren", StakeholderKind.NEIGHBOURS),
            Stakeholder.of("Inwoners", StakeholderKind.RESIDENTS),
            Stakeholder.of("Verderop wonenden", StakeholderKind.DISTANT_RESIDENTS),
            Stakeholder.of("Deskundige", StakeholderKind.EXPERT),
            Stakeholder.of("Vereniging", StakeholderKind.ORGANISATION));

    private static final RoomLevel[] LEVELS = RoomLevel.values();
    /** The valid (initiator, decision) pairs, in index order. */
    private static final List<Initiator> PAIR_INITIATOR = new ArrayList<>();
    private static final List<Decider> PAIR_DECISION = new ArrayList<>();
    /** The number of opgaven per (initiator, decision) pair: 8 × 2 × 3 × 3 × 4 × 2 × 2 × 8 × 2. */
    private static final int PER_PAIR = 36_864;

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

    private static final InputSpace COMPLETE = new InputSpace();

    private InputSpace() {
    }

    /** The complete input space. */
    public static InputSpace complete() {
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
        int rest = index;
        boolean learningPilot = bit(rest, 0);
        rest /= 2;
        int frameworks = rest % 8;
        rest /= 8;
        boolean decisionPowerShared = bit(rest, 0);
        rest /= 2;
        boolean coProduce = bit(rest, 0);
        rest /= 2;
        int difficulty = rest % 4;
        rest /= 4;
        RoomLevel policyRoom = LEVELS[rest % 3];
        rest /= 3;
        RoomLevel legalRoom = LEVELS[rest % 3];
        rest /= 3;
        boolean somethingToChoose = bit(rest, 0);
        rest /= 2;
        int impact = rest % 8;
        rest /= 8;
        Initiator initiator = PAIR_INITIATOR.get(rest);
        Decider decision = PAIR_DECISION.get(rest);
        boolean required = decision != Decider.INITIATOR;
        Optional<Boolean> mandate = required ? Optional.of(decision == Decider.CIVIL_SERVANTS) : Optional.empty();
        Optional<CompetentBody> body = switch (decision) {
            case COLLEGE -> Optional.of(CompetentBody.COLLEGE);
            case COUNCIL -> Optional.of(CompetentBody.COUNCIL);
            default -> Optional.empty();
        };
        return new Opgave("Opgave " + index, Optional.of(Integer.toString(index)), initiator, required, mandate, body,
                Impact.of(bit(impact, 2), bit(impact, 1), bit(impact, 0)),
                Room.of(somethingToChoose, legalRoom, policyRoom),
                Difficulty.of(bit(difficulty, 1), bit(difficulty, 0)),
                Intentions.of(coProduce, decisionPowerShared,
                        Frameworks.of(bit(frameworks, 2), bit(frameworks, 1), bit(frameworks, 0)), learningPilot),
                STAKEHOLDERS);
    }

    private static boolean bit(int value, int bit) {
        return ((value >> bit) & 1) == 1;
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
     * frameworksSet=[content, process] learningPilot=false}.
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
                + " difficulty=" + flags(difficulty.complexContent(), "complexContent",
                        difficulty.opposingInterests(), "opposingInterests")
                + " stakeholdersWillCoProduce=" + intentions.stakeholdersWillCoProduce()
                + " decisionPowerShared=" + intentions.decisionPowerShared()
                + " frameworksSet=" + flags(frameworks.content(), "content", frameworks.financial(), "financial",
                        frameworks.process(), "process")
                + " learningPilot=" + intentions.learningPilot();
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
