package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a property run found, per invariant: how often it was violated and the first few violations, each naming
 * the input. Thread-safe, so that a run can evaluate opgaven in parallel.
 */
final class Survey {

    private static final int EXAMPLES = 10;

    private final String description;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> examples = new ConcurrentHashMap<>();
    private final AtomicLong inputs = new AtomicLong();

    Survey(String description) {
        this.description = description;
    }

    void countInput() {
        inputs.incrementAndGet();
    }

    long inputs() {
        return inputs.get();
    }

    /** Records that the invariant failed for the described input. */
    void fail(String invariant, String input, String failure) {
        long n = counts.computeIfAbsent(invariant, k -> new AtomicLong()).incrementAndGet();
        if (n <= EXAMPLES) {
            examples.computeIfAbsent(invariant, k -> new ConcurrentLinkedQueue<>()).add(failure + "\n    for " + input);
        }
    }

    void failAll(String invariant, String input, List<String> failures) {
        failures.forEach(f -> fail(invariant, input, f));
    }

    long failures(String invariant) {
        AtomicLong n = counts.get(invariant);
        return n == null ? 0 : n.get();
    }

    /** A readable report of the failures of one invariant, empty when it held. */
    String report(String invariant) {
        long n = failures(invariant);
        if (n == 0) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("'" + invariant + "' failed " + n + " times in " + inputs() + " " + description + "; first ones:");
        examples.getOrDefault(invariant, new ConcurrentLinkedQueue<>()).forEach(e -> lines.add("  - " + e));
        return String.join("\n", lines);
    }
}
