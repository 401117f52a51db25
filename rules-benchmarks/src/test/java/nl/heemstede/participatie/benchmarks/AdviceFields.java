package nl.heemstede.participatie.benchmarks;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.heemstede.participatie.Advice;

/** Compares two advices field by field, leaving out the fields given. */
final class AdviceFields {

    private AdviceFields() {
    }

    /** Every field of {@link Advice}, except the ones named, where the two advices differ, with both values. */
    static List<String> differences(Advice expected, Advice actual, Set<String> leftOut) {
        List<String> differences = new ArrayList<>();
        for (RecordComponent component : Advice.class.getRecordComponents()) {
            if (leftOut.contains(component.getName())) {
                continue;
            }
            Object want = value(component, expected);
            Object got = value(component, actual);
            if (!Objects.equals(want, got)) {
                differences.add(component.getName() + ": expected [" + want + "] but was [" + got + "]");
            }
        }
        return differences;
    }

    private static Object value(RecordComponent component, Advice advice) {
        try {
            return component.getAccessor().invoke(advice);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of an advice.", e);
        }
    }
}
