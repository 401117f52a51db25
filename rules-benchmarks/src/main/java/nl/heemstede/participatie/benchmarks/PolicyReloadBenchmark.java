package nl.heemstede.participatie.benchmarks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * Reloading the policy in a warm JVM: (c) the library's own load path for the bundled files plus a first advice,
 * versus Drools alone rebuilding the DMN runtime and the rule base from the same files.
 *
 * <p>rules-core has no public hook to load a policy other than the cached {@link ParticipationAdvisor#bundled()},
 * so (c) calls its package-private loader by reflection: {@code PolicyFiles.bundled()}, {@code Policy.load(...)}
 * and the constructor of the bundled advisor's class ({@code TabledAdvisor(Policy)}). When those names
 * change, this benchmark fails at setup and says so.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PolicyReloadBenchmark {

    private static final String CORE = "nl.heemstede.participatie.core.";

    private Method bundledFiles;
    private Method loadPolicy;
    private Constructor<?> newAdvisor;

    /** Finds the package-private loader of rules-core and warms the engine up with the bundled advisor. */
    @Setup
    public void findLoader() throws ReflectiveOperationException {
        try {
            Class<?> files = Class.forName(CORE + "PolicyFiles");
            Class<?> policy = Class.forName(CORE + "Policy");
            bundledFiles = files.getDeclaredMethod("bundled");
            loadPolicy = policy.getDeclaredMethod("load", files);
            // The class the bundled advisor is (TabledAdvisor), so that what users get is measured.
            newAdvisor = ParticipationAdvisor.bundled().getClass().getDeclaredConstructor(policy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("rules-core's package-private loader (PolicyFiles.bundled(),"
                    + " Policy.load(PolicyFiles), a constructor of the bundled advisor's class taking a Policy) has"
                    + " changed; a public hook to load a policy would make this benchmark independent of it.", e);
        }
        bundledFiles.setAccessible(true);
        loadPolicy.setAccessible(true);
        newAdvisor.setAccessible(true);
        ParticipationAdvisor.bundled().advise(Opgaven.typical());
    }

    /** (c) The library loads the bundled policy files again and gives a first advice. */
    @Benchmark
    public Advice reloadPolicyAndAdvise() throws ReflectiveOperationException {
        try {
            Object policy = loadPolicy.invoke(null, bundledFiles.invoke(null));
            ParticipationAdvisor advisor = (ParticipationAdvisor) newAdvisor.newInstance(policy);
            return advisor.advise(Opgaven.typical());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Drools alone rebuilds a DMN runtime and a rule base from the same files. */
    @Benchmark
    public Object droolsRebuildsSameFiles() {
        return new Object[] {NaiveEngine.loadDmn(), NaiveEngine.loadDrl()};
    }
}
