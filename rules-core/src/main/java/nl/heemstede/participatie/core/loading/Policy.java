package nl.heemstede.participatie.core.loading;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;

/**
 * A loaded policy: its descriptor, version, DMN model and DRL rules. Immutable and thread-safe.
 */
public final class Policy {

    public static final String DESCRIPTOR = "beleid.properties";

    /**
     * The logger, made on first use: an advisor made from a compiled form logs nothing, and so does not start the
     * host's logging (a few hundred milliseconds of a command line's cold start).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Policy.class);
    }

    /** Builds the rule base beside the DMN model; daemon threads, so a loading library never keeps a JVM up. */
    private static final Executor LOADER = task -> {
        Thread thread = new Thread(task, "participatie-policy-loader");
        thread.setDaemon(true);
        thread.start();
    };

    private final PolicyVersion version;
    private final OnFirstUse<DmnPolicy> dmn;
    private final OnFirstUse<RulePolicy> rules;
    private final DecidedTables tables;
    private final PolicyFiles files;

    private Policy(PolicyVersion version, OnFirstUse<DmnPolicy> dmn, OnFirstUse<RulePolicy> rules,
                   DecidedTables tables, PolicyFiles files) {
        this.files = files;
        this.version = version;
        this.dmn = dmn;
        this.rules = rules;
        this.tables = tables;
    }

    /**
     * A part of the policy made by the engine: given when the policy was loaded by the engine, else made on first use
     * (once; a failure is thrown to that caller and the next call tries again).
     */
    private static final class OnFirstUse<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        private OnFirstUse(T value, java.util.function.Supplier<T> make) {
            this.value = value;
            this.make = make;
        }

        T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    made = value;
                    if (made == null) {
                        made = make.get();
                        value = made;
                    }
                }
            }
            return made;
        }

        boolean made() {
            return value != null;
        }
    }

    /**
     * The policy in the given files with tables decided before (its compiled form, which the caller has tied to these
     * files): the version is read from the descriptor, and the engine is not loaded. The DMN model and the rule sets
     * are loaded on first use, for the callers that need the engine itself (the checks, the matrix, an opgave the
     * compiled form holds no answer for).
     *
     * @throws PolicyLoadException when the descriptor is not valid
     */
    public static Policy compiled(PolicyFiles files, DecidedTables tables) {
        Descriptor descriptor = Descriptor.read(files.content(DESCRIPTOR), files.origin());
        OnFirstUse<DmnPolicy> dmn = new OnFirstUse<>(null, () -> guarded(files, () -> {
            Map.Entry<String, byte[]> dmnFile = dmnFile(files);
            return DmnPolicy.load(dmnFile.getKey(), dmnFile.getValue(), Decisions.ALL);
        }));
        OnFirstUse<RulePolicy> rules = new OnFirstUse<>(null,
                () -> guarded(files, () -> RulePolicy.of(files.adviceRules())));
        return new Policy(version(descriptor, files), dmn, rules, tables, files);
    }

    private static <T> T guarded(PolicyFiles files, java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (Error e) {
            throw EngineFailure.refusal(files, e);
        }
    }

    private static PolicyVersion version(Descriptor descriptor, PolicyFiles files) {
        return new PolicyVersion(descriptor.name(), files.sha256(), descriptor.validFrom(), descriptor.validUntil(),
                descriptor.succeededBy());
    }

    private static Map.Entry<String, byte[]> dmnFile(PolicyFiles files) {
        Map<String, byte[]> dmnFiles = files.withExtension(".dmn");
        if (dmnFiles.size() != 1) {
            throw new PolicyLoadException("Het beleid in " + files.origin() + " moet precies één .dmn-bestand"
                    + " bevatten; het bevat " + dmnFiles.keySet() + ".");
        }
        return dmnFiles.entrySet().iterator().next();
    }

    /** Whether the rule sets of the advice were compiled for this policy (a policy may never need them). */
    public boolean rulesCompiled() {
        return rules.made();
    }

    /** Whether the engine was loaded for this policy: the DMN model or the rule sets. */
    public boolean engineLoaded() {
        return dmn.made() || rules.made();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Loads and compiles the policy in the given files.
     *
     * @throws PolicyLoadException naming the file and what to fix
     */
    public static Policy load(PolicyFiles files) {
        return load(files, Bounds.DEFAULT);
    }

    /**
     * Loads and compiles the policy in the given files, deciding each table within the table budget of the bounds.
     *
     * @throws PolicyLoadException naming the file and what to fix; a {@link TableRefusal} naming the file and the
     *                             table when the engine fails on a table or deciding it overruns its budget
     */
    public static Policy load(PolicyFiles files, Bounds bounds) {
        return load(files, bounds, true);
    }

    /**
     * Loads and compiles the DMN model of the policy in the given files and decides its tables, as {@link #load}; the
     * rule sets are compiled on first use. For a caller that has the rules' answers already (the runs of a compiled
     * form made with the same rule files): compiling them costs a cold JVM more than a second of CPU, and then it
     * happens only for a situation those runs do not hold.
     *
     * @throws PolicyLoadException as {@link #load(PolicyFiles, Bounds)}; a rule file that does not compile is reported
     *                             on first use of the rules
     */
    public static Policy loadRulesOnFirstUse(PolicyFiles files, Bounds bounds) {
        return load(files, bounds, false);
    }

    private static Policy load(PolicyFiles files, Bounds bounds, boolean compileRules) {
        try {
            return loadUnguarded(files, bounds, compileRules);
        } catch (CompletionException e) {
            throw e.getCause() instanceof Error error ? EngineFailure.refusal(files, error)
                    : e.getCause() instanceof RuntimeException r ? r : e;
        } catch (Error e) {
            // StackOverflowError, OutOfMemoryError, LinkageError, ... while the engine compiles or evaluates the
            // policy: a refusal naming the file, never a dead thread or a stack trace
            throw EngineFailure.refusal(files, e);
        }
    }

    private static Policy loadUnguarded(PolicyFiles files, Bounds bounds, boolean compileRules) {
        Descriptor descriptor = Descriptor.read(files.content(DESCRIPTOR), files.origin());
        String name = descriptor.name();
        Map.Entry<String, byte[]> dmnFile = dmnFile(files);
        long start = System.nanoTime();
        // The rule base and the DMN model compile independently: build them side by side. The rules ship in the
        // jar, so a reload finds them compiled already.
        CompletableFuture<RulePolicy> rules = compileRules ? CompletableFuture.supplyAsync(
                () -> RulePolicy.of(files.adviceRules()), LOADER) : null;
        DmnPolicy dmn;
        DecidedTables tables;
        long dmnDone;
        try {
            dmn = DmnPolicy.load(dmnFile.getKey(), dmnFile.getValue(), Decisions.ALL);
            dmnDone = System.nanoTime();
            tables = decideBounded(dmn, bounds);
        } catch (RuntimeException | Error e) {
            if (rules != null) {
                rules.cancel(true);
            }
            throw e;
        }
        long tablesDone = System.nanoTime();
        OnFirstUse<RulePolicy> rulePolicy = rules != null ? new OnFirstUse<>(rules.join(), null)
                : new OnFirstUse<>(null, () -> guarded(files, () -> RulePolicy.of(files.adviceRules())));
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("Loaded policy '{}' from {} in {} ms: DMN {} ms, {} table inputs decided in {} ms, rules"
                    + " {}.", name, files.origin(), millis(start, System.nanoTime()),
                    millis(start, dmnDone), tables.size(), millis(dmnDone, tablesDone),
                    rules != null ? "ready after " + millis(start, System.nanoTime()) + " ms" : "compiled on first use");
        }
        return new Policy(version(descriptor, files), new OnFirstUse<>(dmn, null), rulePolicy, tables, files);
    }

    /**
     * Decides every table on a daemon thread of its own, and waits for it while no table takes longer than the
     * table budget: the thread checks the budget between evaluations itself, and a single evaluation that does not
     * return (which nothing can interrupt) is abandoned here, with a refusal naming the table.
     */
    private static DecidedTables decideBounded(DmnPolicy dmn, Bounds bounds) {
        DecidedTables.Progress progress = new DecidedTables.Progress();
        DaemonTask<DecidedTables> deciding = DaemonTask.start("participatie-policy-tables",
                () -> DecidedTables.decide(dmn, bounds, progress));
        long budget = bounds.table().toNanos();
        long poll = Math.max(1_000_000, Math.min(budget / 4, 50_000_000));
        while (true) {
            try {
                return deciding.await(poll);
            } catch (TimeoutException e) {
                String table = progress.table();
                // the thread checks the budget itself between evaluations; this is for one that does not return
                if (table != null && System.nanoTime() - progress.since() > budget + poll) {
                    deciding.abandon();
                    throw TableRefusal.overran(dmn.fileName(), table, bounds.table(), progress.decided(),
                            progress.combinations());
                }
            }
        }
    }

    /**
     * This policy, when every table gives an answer for every input combination an opgave can reach.
     *
     * @throws PolicyLoadException naming each table and input combination that has no answer (a gap, an overlap
     *                             in a UNIQUE table, an output the advice does not know)
     */
    public Policy requireSound() {
        List<PolicyDecisionException> failures = tables.failures();
        if (failures.isEmpty()) {
            return this;
        }
        List<String> problems = failures.stream().map(Throwable::getMessage).toList();
        throw new PolicyLoadException("Het beleid '" + version.name() + "' kan voor " + failures.size()
                + " invoercombinatie(s) niet beslissen, bijvoorbeeld: " + problems.get(0), problems);
    }

    public PolicyVersion version() {
        return version;
    }

    /** The files the policy was loaded from, with the expected cases beside them. */
    public PolicyFiles files() {
        return files;
    }

    /** The DMN model of the policy. */
    public DmnPolicy dmn() {
        return dmn.get();
    }

    /** The compiled rule sets of the advice; compiled now when the policy was loaded without them. */
    public RulePolicy rules() {
        return rules.get();
    }

    /** The SHA-256 of the rule files of the advice, as {@link RulePolicy#sha256()}, without compiling them. */
    public String rulesSha256() {
        return rules.made() ? rules.get().sha256() : files.adviceRulesSha256();
    }

    /** Every decision table decided over its whole input space. */
    public DecidedTables tables() {
        return tables;
    }
}
