package nl.heemstede.participatie.core;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.core.advice.RegisterAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;
import nl.heemstede.participatie.core.cases.ExpectedCases;
import nl.heemstede.participatie.core.check.CheckFinding;
import nl.heemstede.participatie.core.check.CheckResult;
import nl.heemstede.participatie.core.check.PolicyChecker;
import nl.heemstede.participatie.core.loading.EngineFailure;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The {@link ReloadingAdvisor}: a watcher thread notices a changed policy directory (file-system events, and a
 * check of file sizes and times every second in case an event is missed or the directory is a symbolic link that
 * was switched to another directory), waits until the files are quiet, runs every check of {@code participatie
 * check} (safety, the engine's validator, completeness, the invariants over the complete input space) on the files
 * as read once, and swaps in the advisor over those very files with one atomic write; a refused policy leaves the
 * last good one in place.
 *
 * <p>The watcher cannot die or hang on a policy: each load runs on a daemon thread of its own, and the watcher
 * waits for it at most {@link #DEFAULT_LOAD_BOUND}. Every failure of a load, an {@link Error} such as a
 * {@link StackOverflowError} included, and a load that takes longer than the bound, is logged as a warning and
 * reported to the listener as a {@link PolicyLoadException}; the watcher then waits for the next change. A load
 * that overran is interrupted and abandoned, and its result is never served; but Java cannot stop a thread that
 * ignores interrupts (an engine evaluating a runaway expression), so such a thread keeps running, as a daemon that
 * does not keep the JVM up, until it ends by itself. While {@value #MAX_ABANDONED} abandoned loads still run, the
 * watcher starts no more loads and reports each change it cannot load. {@link #close()} stops the watcher
 * (and interrupts a running load) and waits for it at most {@link #CLOSE_BOUND}.
 */
public final class DirectoryAdvisor implements ReloadingAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryAdvisor.class);
    /** How long the files must be unchanged before a reload: an editor may write a file in several steps. */
    private static final long QUIET_MILLIS = 200;
    /** How long a load (read, check, compile) may take before it is abandoned and reported. */
    static final Duration DEFAULT_LOAD_BOUND = Duration.ofSeconds(60);
    /**
     * How long the watcher waits for a file event before it looks at the files anyway: a version published by
     * switching a symbolic link (or a change the file system does not report) is seen within this time.
     */
    static final Duration DEFAULT_RESCAN = Duration.ofSeconds(1);
    /** How long {@link #close()} waits for the watcher thread to end. */
    static final Duration CLOSE_BOUND = Duration.ofSeconds(5);
    /** How many abandoned loads may still run before the watcher starts no more. */
    static final int MAX_ABANDONED = 2;

    private final Path directory;
    private final PolicyListener listener;
    private final Function<Path, ParticipationAdvisor> loader;
    private final Duration loadBound;
    private final Duration rescan;
    private final AtomicReference<RegisterAdvisor> current;
    private final WatchService watcher;
    private final Thread thread;
    private final List<Thread> abandoned = new CopyOnWriteArrayList<>();
    private volatile Thread loading;
    private volatile boolean open = true;

    /**
     * Starts following the policy directory or register: every version passes the full check of {@code participatie
     * check} first, and the versions of a register must not overlap.
     */
    DirectoryAdvisor(Path directory, PolicyListener listener) {
        this(directory, listener, DEFAULT_LOAD_BOUND, new CheckedVersions(), DEFAULT_RESCAN);
    }

    /** As {@link #DirectoryAdvisor(Path, PolicyListener)}, looking at the files at least every {@code rescan}. */
    static DirectoryAdvisor checking(Path directory, PolicyListener listener, Duration rescan) {
        return new DirectoryAdvisor(directory, listener, DEFAULT_LOAD_BOUND, new CheckedVersions(), rescan);
    }

    /**
     * Loads a policy directory or register with every check of {@code participatie check} per version, but checks a
     * version whose files are byte for byte those of a version the last good load served (the same SHA-256 over the
     * same files) only once: adding a version to a register of five checks one, not six.
     */
    private static final class CheckedVersions implements Function<Path, ParticipationAdvisor> {

        /** The versions of the last good load, by SHA-256; replaced as a whole, so a stuck load cannot spoil it. */
        private volatile java.util.Map<String, ParticipationAdvisor> served = java.util.Map.of();

        @Override
        public ParticipationAdvisor apply(Path directory) {
            java.util.Map<String, ParticipationAdvisor> before = served;
            java.util.Map<String, ParticipationAdvisor> loaded = new java.util.HashMap<>();
            RegisterAdvisor register = RegisterAdvisor.load(directory, version -> {
                // the same tables with other expected cases are checked again: the cases may fail now
                String checked = PolicyFiles.fromDirectory(version).checkedSha256();
                ParticipationAdvisor same = before.get(checked);
                ParticipationAdvisor advisor = same != null ? same : checkAndLoad(version);
                loaded.put(checked, advisor);
                return advisor;
            });
            served = java.util.Map.copyOf(loaded);
            return register;
        }
    }

    /**
     * Starts following the directory with the given bound per load and loader (a test can give a loader that
     * hangs or throws).
     *
     * @throws PolicyLoadException when the policy in the directory cannot be loaded now, within the bound
     */
    DirectoryAdvisor(Path directory, PolicyListener listener, Duration loadBound,
                     Function<Path, ParticipationAdvisor> loader) {
        this(directory, listener, loadBound, loader, DEFAULT_RESCAN);
    }

    private DirectoryAdvisor(Path directory, PolicyListener listener, Duration loadBound,
                             Function<Path, ParticipationAdvisor> loader, Duration rescan) {
        this.rescan = rescan;
        this.directory = directory;
        this.listener = listener;
        this.loader = loader;
        this.loadBound = loadBound;
        // The files as they were before the first load: a change made while it loads is noticed afterwards.
        String loaded = fingerprint();
        this.current = new AtomicReference<>(RegisterAdvisor.of(loadBounded()));
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new PolicyLoadException("Cannot watch " + directory + " for changes (de map kan niet gevolgd"
                    + " worden): " + e.getMessage(), e);
        }
        this.thread = new Thread(() -> watch(loaded), "participatie-policy-watcher " + directory.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The one version behind an advisor of the library that advises whatever the peildatum, for staff tools that
     * compare tables over the input space (whose opgaven have no peildatum): of a register, the version asked for by
     * name, else the newest; any other advisor as it is. Internal.
     */
    public static ParticipationAdvisor undated(ParticipationAdvisor advisor) {
        if (advisor instanceof RegisterAdvisor register) {
            return register.undated();
        }
        if (advisor instanceof DirectoryAdvisor reloading) {
            return reloading.register().undated();
        }
        return advisor;
    }

    /**
     * Loads a policy directory or register ({@link ParticipationAdvisor#fromDirectory(Path)}): a version whose
     * expected cases fail is refused.
     */
    static ParticipationAdvisor load(Path directory) {
        return RegisterAdvisor.load(directory, version -> {
            PolicyFiles files = PolicyFiles.fromDirectory(version);
            Optional<TabledAdvisor> cached = CompiledPolicies.cached(files);
            TabledAdvisor advisor = cached.orElseGet(() -> CompiledPolicies.engineAdvisor(files));
            ExpectedCases.requirePass(files, advisor);
            if (cached.isEmpty()) {
                keepCompiledForm(advisor);
            }
            return advisor;
        });
    }

    /**
     * Keeps the compiled form of a policy the engine loaded in the cache, on a daemon thread of low priority: the next
     * load of the same files, in this JVM or another, then skips the engine. Making it asks the rule sets about every
     * rule answer of the complete input space (seconds of one core; the advisor remembers them, so later advice is
     * served from memory). Nothing when the cache is off.
     */
    private static void keepCompiledForm(TabledAdvisor advisor) {
        Optional<Path> cache = CompiledPolicies.cacheDirectory();
        if (cache.isEmpty() || CompiledPolicies.build().isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> CompiledPolicies.store(advisor, false, cache.get()),
                "participatie-compiled-form");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Loads a policy directory or register as {@link #load(Path)} does, but does not run its expected cases: for
     * comparing an edit with what came before, where a case the edit breaks is what staff want to see. Internal.
     */
    public static ParticipationAdvisor loadForComparison(Path directory) {
        return RegisterAdvisor.load(directory,
                version -> {
                    PolicyFiles files = PolicyFiles.fromDirectory(version);
                    return CompiledPolicies.cached(files).orElseGet(() -> CompiledPolicies.engineAdvisor(files));
                });
    }

    /** Runs every check of {@code participatie check}; returns the checked policy only when none reports an error. */
    private static ParticipationAdvisor checkAndLoad(Path directory) {
        PolicyChecker.Checked checked = PolicyChecker.checkAndLoad(directory);
        CheckResult report = checked.report();
        if (!report.sound()) {
            List<String> problems = report.findings().stream()
                    .filter(f -> f.severity() == CheckFinding.Severity.ERROR)
                    .map(f -> f.file() + f.table().map(t -> ", tabel '" + t + "'").orElse("")
                            + f.row().map(r -> ", rij " + r).orElse("") + ": " + f.message()
                            + f.counterExample().map(c -> " Voorbeeld: " + c).orElse(""))
                    .toList();
            throw new PolicyLoadException("The policy in " + directory + " does not pass the check: "
                    + problems.get(0), problems);
        }
        return checked.advisor().orElseThrow();
    }

    /**
     * Loads the directory on a daemon thread of its own and waits for it at most {@link #loadBound}.
     *
     * @throws PolicyLoadException for every failure, an {@link Error} included, and for a load that overran
     */
    private ParticipationAdvisor loadBounded() {
        abandoned.removeIf(t -> !t.isAlive());
        if (abandoned.size() >= MAX_ABANDONED) {
            throw new PolicyLoadException("Het beleid in " + directory + " is niet opnieuw geladen: " + abandoned.size()
                    + " eerdere laadpogingen duurden te lang en lopen nog. Controleer de map met participatie check"
                    + " en herstart de toepassing als dit blijft.");
        }
        CompletableFuture<ParticipationAdvisor> result = new CompletableFuture<>();
        Thread load = new Thread(() -> {
            try {
                result.complete(loader.apply(directory));
            } catch (Throwable t) { // an Error included: it is reported, and this thread ends normally
                result.completeExceptionally(t);
            }
        }, "participatie-policy-load " + directory.getFileName());
        load.setDaemon(true);
        loading = load;
        load.start();
        try {
            return result.get(loadBound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            load.interrupt();
            abandoned.add(load);
            throw new PolicyLoadException("Het laden van het beleid in " + directory + " duurde langer dan "
                    + loadBound.toSeconds() + " s en is afgebroken; er wordt niets van geladen. Controleer de map met"
                    + " participatie check: een uitdrukking in het DMN-bestand rekent misschien eindeloos door.");
        } catch (InterruptedException e) {
            load.interrupt();
            abandoned.add(load);
            Thread.currentThread().interrupt();
            throw new PolicyLoadException("Het laden van het beleid in " + directory + " is onderbroken.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PolicyLoadException refused) {
                throw refused;
            }
            throw EngineFailure.refusal(directory.toString(), null, cause);
        } finally {
            loading = null;
        }
    }

    @Override
    public Advice advise(Opgave opgave) {
        return current.get().advise(opgave);
    }

    @Override
    public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
        return current.get().checkPlan(opgave, plan);
    }

    @Override
    public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
        return current.get().review(opgave, plan, record);
    }

    @Override
    public PolicyVersion policyVersion() {
        return current.get().policyVersion();
    }

    @Override
    public List<PolicyVersion> policyVersions() {
        return current.get().policyVersions();
    }

    @Override
    public ParticipationAdvisor withClock(Clock clock) {
        java.util.Objects.requireNonNull(clock, "clock");
        return new Following(register -> register.withClock(clock));
    }

    @Override
    public ParticipationAdvisor withVersion(String name) {
        current.get().withVersion(name); // refuses an unknown name now
        return new Following(register -> register.withVersion(name));
    }

    /**
     * An advisor made from this one with {@link #withClock} or {@link #withVersion}: it applies its view to the
     * register this advisor serves at each call, so it follows every reload.
     */
    private final class Following implements ParticipationAdvisor {

        private final Function<ParticipationAdvisor, ParticipationAdvisor> view;

        Following(Function<ParticipationAdvisor, ParticipationAdvisor> view) {
            this.view = view;
        }

        private ParticipationAdvisor now() {
            return view.apply(current.get());
        }

        @Override
        public Advice advise(Opgave opgave) {
            return now().advise(opgave);
        }

        @Override
        public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
            return now().checkPlan(opgave, plan);
        }

        @Override
        public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
            return now().review(opgave, plan, record);
        }

        @Override
        public PolicyVersion policyVersion() {
            return now().policyVersion();
        }

        @Override
        public List<PolicyVersion> policyVersions() {
            return now().policyVersions();
        }

        @Override
        public ParticipationAdvisor withClock(Clock clock) {
            java.util.Objects.requireNonNull(clock, "clock");
            return new Following(view.andThen(advisor -> advisor.withClock(clock)));
        }

        @Override
        public ParticipationAdvisor withVersion(String name) {
            now().withVersion(name);
            return new Following(view.andThen(advisor -> advisor.withVersion(name)));
        }
    }

    /** The register served now, for staff tools ({@link RegisterAdvisor#undated()}). */
    RegisterAdvisor register() {
        return current.get();
    }

    /**
     * Stops the watcher: the watcher thread ends (it is interrupted, and waited for at most {@link #CLOSE_BOUND}),
     * a load under way is interrupted and its result never served, and the listener hears nothing more. A load
     * stuck in engine code that ignores interrupts cannot be stopped in-process; it runs on as a daemon thread
     * until it ends by itself. The advisor keeps advising with the policy it has.
     */
    @Override
    public void close() {
        open = false;
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch of {} failed: {}", directory, e.toString());
        }
        thread.interrupt();
        Thread load = loading;
        if (load != null) {
            load.interrupt();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_BOUND.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("The watcher of the policy directory {} did not stop within {} ms; it is a daemon thread"
                        + " and serves nothing more.", directory, CLOSE_BOUND.toMillis());
            }
        }
    }

    /** Whether the watcher thread still runs; for tests. */
    boolean watching() {
        return thread.isAlive();
    }

    private void watch(String loaded) {
        String seen = loaded;
        while (open) {
            try {
                var key = watcher.poll(rescan.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                String now = fingerprint();
                if (now.equals(seen)) {
                    continue;
                }
                // Wait until the files are quiet, then load what is there.
                do {
                    seen = now;
                    Thread.sleep(QUIET_MILLIS);
                    now = fingerprint();
                } while (!now.equals(seen) && open);
                reload();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                if (!open) {
                    return;
                }
                Thread.interrupted(); // not closed: an interrupt from elsewhere does not end the watch
            } catch (Throwable t) { // an Error included: the watcher lives on, and says so
                LOG.warn("Watching the policy directory {} failed; still advising with {}: {}", directory,
                        current.get().policyVersion(), t.toString());
            }
        }
    }

    private void reload() {
        long start = System.nanoTime();
        RegisterAdvisor next;
        try {
            next = RegisterAdvisor.of(loadBounded());
        } catch (PolicyLoadException e) {
            if (!open) {
                return;
            }
            LOG.warn("The changed policy in {} is refused; still advising with {} ({}). {}", directory,
                    current.get().policyVersion().name(), current.get().policyVersion().sha256(), e.getMessage());
            tell(() -> listener.rejected(directory, e));
            return;
        }
        if (next.policyVersions().equals(current.get().policyVersions())) {
            return; // the files changed and changed back, or only their times changed
        }
        if (!open) {
            return; // closed while the check ran: a closed advisor switches no more and tells nobody
        }
        current.set(next);
        LOG.debug("Policy in {} reloaded in {} ms: {}", directory, (System.nanoTime() - start) / 1_000_000,
                next.policyVersion());
        tell(() -> listener.reloaded(next.policyVersion()));
    }

    /** Calls the listener; what it throws is logged, so a broken listener cannot stop the watcher. */
    private void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("The policy listener of {} failed: {}", directory, e.toString());
        }
    }

    /**
     * The real path of the directory, and the names, sizes, modification times and identities of its entries, to
     * notice a change cheaply; a symbolic link switched to another directory changes the real path. The entries that
     * are directories (the versions of a register, or links to them) are fingerprinted the same way, one level deep.
     */
    private String fingerprint() {
        StringBuilder fingerprint = new StringBuilder();
        try {
            fingerprint(directory, fingerprint, true);
            return fingerprint.toString();
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static void fingerprint(Path folder, StringBuilder fingerprint, boolean withVersions) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            fingerprint.append(folder.toRealPath()).append('\n');
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                fingerprint.append(file.getFileName()).append('|').append(attributes.size()).append('|')
                        .append(attributes.lastModifiedTime().toMillis()).append('|').append(attributes.fileKey())
                        .append('\n');
                if (withVersions && Files.isDirectory(file)) {
                    fingerprint(file, fingerprint, false);
                }
            }
        }
    }
}
