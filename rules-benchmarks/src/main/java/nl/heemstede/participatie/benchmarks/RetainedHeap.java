package nl.heemstede.participatie.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Path;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.ReloadingAdvisor;

/**
 * Measures the heap a loaded advisor retains: used heap after full collections, before and after loading the
 * bundled advisor (and advising twice, so that lazily built state counts), with the advisor still held.
 * Metaspace (classes) is reported apart; the target is a retained heap under 64 MB.
 *
 * <pre>{@code
 * java -cp rules-benchmarks/target/benchmarks.jar nl.heemstede.participatie.benchmarks.RetainedHeap [drools|reloading]
 * }</pre>
 *
 * With {@code drools}, measures Drools alone holding a DMN runtime and a rule base of the same files instead. With
 * {@code reloading}, a {@link ReloadingAdvisor} over a copy of the bundled policy: its policy was checked, so its
 * rules have answered every situation of the input space, and the engine's validator is kept for the next check.
 * Run it in a fresh JVM each time; do not pass {@code -XX:+DisableExplicitGC}.
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    /** Prints the retained heap and metaspace of a loaded advisor, in MB. */
    public static void main(String[] args) throws InterruptedException {
        String what = args.length > 0 ? args[0] : "";
        boolean droolsOnly = what.equals("drools");
        Opgaven.typical(); // load the opgave classes before the first measurement
        long heapBefore = usedHeapAfterGc();
        long metaBefore = usedNonHeap();
        Object held;
        Path policyDirectory = null;
        if (droolsOnly) {
            held = new Object[] {NaiveEngine.loadDmn(), NaiveEngine.loadDrl()};
        } else if (what.equals("reloading")) {
            policyDirectory = OneRowEdits.directory(OneRowEdits.bundledDmn());
            ReloadingAdvisor advisor = ParticipationAdvisor.reloading(policyDirectory, PolicyListener.NONE);
            advisor.advise(Opgaven.typical());
            advisor.advise(Opgaven.large());
            held = advisor;
        } else {
            ParticipationAdvisor advisor = ParticipationAdvisor.bundled().withClock(Opgaven.IN_FORCE);
            advisor.advise(Opgaven.typical());
            advisor.advise(Opgaven.large());
            held = advisor;
        }
        long heapAfter = usedHeapAfterGc();
        long metaAfter = usedNonHeap();
        Reference.reachabilityFence(held);
        System.out.printf("Retained heap of %s: %.1f MB (used heap after GC %.1f -> %.1f MB);"
                        + " non-heap (metaspace, code) grew %.1f MB.%n",
                droolsOnly ? "Drools alone (DMN runtime + rule base)" : what.equals("reloading")
                        ? "a reloading advisor (policy checked)" : "a loaded advisor",
                mb(heapAfter - heapBefore), mb(heapBefore), mb(heapAfter), mb(metaAfter - metaBefore));
        if (held instanceof ReloadingAdvisor reloading) {
            reloading.close();
            OneRowEdits.delete(policyDirectory);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedNonHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
