package nl.heemstede.participatie.benchmarks;

import java.util.ArrayList;
import java.util.List;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.staff.InputSpace;

/**
 * The complete input space of the advice, as the benchmarks use it: {@link InputSpace} of rules-core (the space
 * {@code participatie check} and {@code diff} evaluate), 4,423,680 valid opgaven with one stakeholder of each kind,
 * with or without RESIDENTS.
 */
public final class OpgaveSpace {

    /** How many opgaven the space holds. */
    public static final int SIZE = InputSpace.SIZE;

    private static final InputSpace SPACE = InputSpace.complete();

    private OpgaveSpace() {
    }

    /** The opgave at the given index, from 0 to {@link #SIZE} - 1. */
    public static Opgave at(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IndexOutOfBoundsException("index must be from 0 to " + (SIZE - 1) + ", was " + index + ".");
        }
        return SPACE.opgave(index);
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
}
