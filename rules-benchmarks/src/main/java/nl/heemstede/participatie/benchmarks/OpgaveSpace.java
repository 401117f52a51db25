package nl.heemstede.participatie.benchmarks;

import java.util.ArrayList;
import java.util.List;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;

/**
 * The complete input space of the policy: every valid opgave over all decision-relevant dimensions, each with
 * one stakeholder of every kind ({@link Opgaven#ONE_OF_EACH_KIND}).
 *
 * <p>The dimensions: initiator (4) × decision (no decision; civil servants; college; council) × impact (2³) ×
 * something to choose (2) × legal room (3) × policy room (3) × difficulty (2²) × co-production (2) × shared
 * decision power (2) × frameworks (2³) × learning pilot (2), less the municipal initiatives without a decision,
 * which are invalid: 15 × 36,864 = {@value #SIZE} opgaven. Point {@code i} is decoded as a mixed-radix number,
 * the learning pilot the fastest-changing digit. The value objects are shared between points, so a list of the
 * whole space holds little more than the opgave records themselves.
 */
public final class OpgaveSpace {

    /** Who initiates and who decides: the 15 valid combinations (a municipal initiative needs a decision). */
    private static final List<Decision> DECISIONS = decisions();
    private static final Impact[] IMPACTS = new Impact[8];
    private static final Difficulty[] DIFFICULTIES = new Difficulty[4];
    private static final Frameworks[] FRAMEWORKS = new Frameworks[8];
    private static final Room[] ROOMS = new Room[2 * 3 * 3];
    private static final Intentions[] INTENTIONS = new Intentions[2 * 2 * 8 * 2];

    static {
        for (int i = 0; i < 8; i++) {
            IMPACTS[i] = Impact.of(bit(i, 2), bit(i, 1), bit(i, 0));
            FRAMEWORKS[i] = Frameworks.of(bit(i, 2), bit(i, 1), bit(i, 0));
        }
        for (int i = 0; i < 4; i++) {
            DIFFICULTIES[i] = Difficulty.of(bit(i, 1), bit(i, 0));
        }
        RoomLevel[] levels = RoomLevel.values();
        for (int i = 0; i < ROOMS.length; i++) {
            ROOMS[i] = Room.of(i / 9 == 1, levels[i / 3 % 3], levels[i % 3]);
        }
        for (int i = 0; i < INTENTIONS.length; i++) {
            // i = coProduce · 32 + powerShared · 16 + frameworks · 2 + pilot
            INTENTIONS[i] = Intentions.of(i / 32 == 1, i / 16 % 2 == 1, FRAMEWORKS[i / 2 % 8], i % 2 == 1);
        }
    }

    /** The number of points in the space. */
    public static final int SIZE = 15 * 8 * 18 * 4 * 64;

    private OpgaveSpace() {
    }

    /** The opgave at the given point, {@code 0 <= index < SIZE}. */
    public static Opgave at(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IndexOutOfBoundsException("index must be in [0, " + SIZE + "), was " + index + ".");
        }
        int rest = index;
        Intentions intentions = INTENTIONS[rest % 64];
        rest /= 64;
        Difficulty difficulty = DIFFICULTIES[rest % 4];
        rest /= 4;
        Room room = ROOMS[rest % 18];
        rest /= 18;
        Impact impact = IMPACTS[rest % 8];
        rest /= 8;
        Decision decision = DECISIONS.get(rest);
        Opgave.Builder builder = Opgave.builder("Opgave " + index)
                .initiator(decision.initiator())
                .impact(impact)
                .room(room)
                .difficulty(difficulty)
                .intentions(intentions);
        if (!decision.required()) {
            builder.decidedByInitiator();
        } else if (decision.body() == null) {
            builder.decidedByCivilServants();
        } else {
            builder.decidedBy(decision.body());
        }
        Opgaven.ONE_OF_EACH_KIND.forEach(s -> builder.stakeholder(s.name(), s.kind()));
        return builder.build();
    }

    /** Every {@code step}-th point of the space, from point 0, as a list; {@code step} 1 is the whole space. */
    public static List<Opgave> sample(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1, was " + step + ".");
        }
        List<Opgave> points = new ArrayList<>(SIZE / step + 1);
        for (int i = 0; i < SIZE; i += step) {
            points.add(at(i));
        }
        return points;
    }

    private record Decision(Initiator initiator, boolean required, CompetentBody body) {
    }

    private static List<Decision> decisions() {
        List<Decision> all = new ArrayList<>();
        for (Initiator initiator : Initiator.values()) {
            if (initiator != Initiator.MUNICIPALITY) {
                all.add(new Decision(initiator, false, null));
            }
            all.add(new Decision(initiator, true, null));
            for (CompetentBody body : CompetentBody.values()) {
                all.add(new Decision(initiator, true, body));
            }
        }
        return List.copyOf(all);
    }

    private static boolean bit(int value, int bit) {
        return (value >> bit & 1) == 1;
    }
}
