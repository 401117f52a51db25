package nl.heemstede.participatie.core;

import java.util.List;
import java.util.Optional;

import nl.heemstede.participatie.CompetentBody;
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
 * The complete input domain of the advice, as a mixed-radix number: every valid opgave over initiator (4), the
 * four valid combinations of decision fields, the impact aspects (8), something to choose (2), legal room (3),
 * policy room (3), participation desirable (2), co-production (2), shared decision power (2), frameworks (8),
 * learning pilot (2) and learning together (2), each with one stakeholder of every kind: 15 × 36,864 = 552,960 valid
 * opgaven. {@link #valid(int)} is false for the one
 * contradiction between decision fields (a municipal initiative without a municipal decision).
 *
 * <p>Difficulty (4 values) is not a digit of its own: only two attention rules read it, each one flag and nothing
 * else, so crossing it with everything would cost four times the time for nothing. It is tied to the initiator and
 * the decision fields ({@code (initiator + decision) mod 4}), so that every difficulty occurs with every value of
 * every other dimension, and the monotonicity pairs (which vary the other digits) keep the same difficulty.
 */
final class OpgaveDomain {

    /** The dimensions, in digit order (least significant first), and their sizes. */
    enum Dim {
        INITIATOR(4), DECISION(4), IMPACT(8), CHOOSE(2), LEGAL(3), POLICY(3), DESIRABLE(2), CO_PRODUCE(2),
        POWER(2), FRAMEWORKS(8), PILOT(2), LEARN(2);

        final int size;

        Dim(int size) {
            this.size = size;
        }
    }

    /** The decision fields, digit 0–3: initiators decide, civil servants, college, council. */
    static final int BY_INITIATOR = 0;

    /** One stakeholder of each kind, in kind order. */
    static final List<Stakeholder> ONE_OF_EACH_KIND = List.of(
            Stakeholder.of("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS),
            Stakeholder.of("Digipanel Heemstede", StakeholderKind.RESIDENTS),
            Stakeholder.of("Inwoners van Heemstede-Noord", StakeholderKind.DISTANT_RESIDENTS),
            Stakeholder.of("Bureau verkeerskunde", StakeholderKind.EXPERT),
            Stakeholder.of("Winkeliersvereniging", StakeholderKind.ORGANISATION));

    private static final int[] WEIGHT = new int[Dim.values().length];
    /** How many indices the domain has, valid or not. */
    static final int SIZE;

    static {
        int weight = 1;
        for (Dim d : Dim.values()) {
            WEIGHT[d.ordinal()] = weight;
            weight *= d.size;
        }
        SIZE = weight;
    }

    private OpgaveDomain() {
    }

    static int digit(int index, Dim dim) {
        return index / WEIGHT[dim.ordinal()] % dim.size;
    }

    /** The index with one digit replaced. */
    static int with(int index, Dim dim, int value) {
        return index + (value - digit(index, dim)) * WEIGHT[dim.ordinal()];
    }

    static boolean valid(int index) {
        return !(digit(index, Dim.INITIATOR) == Initiator.MUNICIPALITY.ordinal()
                && digit(index, Dim.DECISION) == BY_INITIATOR);
    }

    /** How many valid opgaven the domain holds. */
    static int validCount() {
        int n = 0;
        for (int i = 0; i < SIZE; i++) {
            if (valid(i)) {
                n++;
            }
        }
        return n;
    }

    /** The opgave at the given index, with one stakeholder of each kind. */
    static Opgave opgave(int index) {
        return opgave(index, ONE_OF_EACH_KIND);
    }

    static Opgave opgave(int index, List<Stakeholder> stakeholders) {
        int decision = digit(index, Dim.DECISION);
        int impact = digit(index, Dim.IMPACT);
        int difficulty = difficulty(index);
        int frameworks = digit(index, Dim.FRAMEWORKS);
        RoomLevel[] levels = RoomLevel.values();
        return new Opgave("Opgave " + index, Optional.of("D-" + index),
                Initiator.values()[digit(index, Dim.INITIATOR)], decision != BY_INITIATOR,
                decision == BY_INITIATOR ? Optional.empty() : Optional.of(decision == 1),
                decision < 2 ? Optional.empty()
                        : Optional.of(decision == 2 ? CompetentBody.COLLEGE : CompetentBody.COUNCIL),
                Impact.of(bit(impact, 0), bit(impact, 1), bit(impact, 2)),
                Room.of(digit(index, Dim.CHOOSE) == 1, levels[digit(index, Dim.LEGAL)],
                        levels[digit(index, Dim.POLICY)], digit(index, Dim.DESIRABLE) == 1),
                Difficulty.of(bit(difficulty, 0), bit(difficulty, 1)),
                Intentions.of(digit(index, Dim.CO_PRODUCE) == 1, digit(index, Dim.POWER) == 1,
                        Frameworks.of(bit(frameworks, 0), bit(frameworks, 1), bit(frameworks, 2)),
                        digit(index, Dim.PILOT) == 1, digit(index, Dim.LEARN) == 1),
                stakeholders);
    }

    /** The difficulty of the opgave at the index, as two bits: complex content, opposing interests. */
    static int difficulty(int index) {
        return (digit(index, Dim.INITIATOR) + digit(index, Dim.DECISION)) % 4;
    }

    static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
