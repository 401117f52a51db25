package nl.heemstede.participatie.core;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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
import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.Finding;

/**
 * The {@link ReloadingAdvisor}: a watcher thread notices a changed policy directory (file-system events, and a
 * check of file sizes and times every second in case an event is missed), waits until the files are quiet, runs
 * every check of {@code participatie check} (safety, the engine's validator, completeness, the invariants over the
 * complete input space) on the files as read once, and swaps in the advisor over those very files with one atomic
 * write; a refused policy leaves the last good one in place.
 */
final class DirectoryAdvisor implements ReloadingAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryAdvisor.class);
    /** How long the files must be unchanged before a reload: an editor may write a file in several steps. */
    private static final long QUIET_MILLIS = 200;

    private final Path directory;
    private final PolicyListener listener;
    private final AtomicReference<ParticipationAdvisor> current;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean open = true;

    /** Starts following the directory: every version passes the full check of {@code participatie check} first. */
    DirectoryAdvisor(Path directory, PolicyListener listener) {
        this.directory = directory;
        this.listener = listener;
        // The files as they were before the first load: a change made while it loads is noticed afterwards.
        String loaded = fingerprint();
        this.current = new AtomicReference<>(checkAndLoad());
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new PolicyLoadException("Cannot watch " + directory + " for changes: " + e.getMessage(), e);
        }
        this.thread = new Thread(() -> watch(loaded), "participatie-policy-watcher " + directory.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    static ParticipationAdvisor load(Path directory) {
        return new TabledAdvisor(Policy.load(PolicyFiles.fromDirectory(directory)).requireSound());
    }

    /** Runs every check of {@code participatie check}; returns the checked policy only when none reports an error. */
    private ParticipationAdvisor checkAndLoad() {
        PolicyChecker.Checked checked = PolicyChecker.checkAndLoad(directory);
        CheckReport report = checked.report();
        if (!report.sound()) {
            List<String> problems = report.findings().stream()
                    .filter(f -> f.severity() == Finding.Severity.ERROR)
                    .map(f -> f.file() + f.table().map(t -> ", tabel '" + t + "'").orElse("")
                            + f.row().map(r -> ", rij " + r).orElse("") + ": " + f.message()
                            + f.counterExample().map(c -> " Voorbeeld: " + c).orElse(""))
                    .toList();
            throw new PolicyLoadException("The policy in " + directory + " does not pass the check: "
                    + problems.get(0), problems);
        }
        return checked.advisor().orElseThrow();
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
    public void close() {
        open = false;
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch of {} failed: {}", directory, e.toString());
        }
        thread.interrupt();
    }

    private void watch(String loaded) {
        String seen = loaded;
        while (open) {
            try {
                var key = watcher.poll(1, TimeUnit.SECONDS);
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
                return;
            } catch (RuntimeException e) {
                LOG.warn("Watching the policy directory {} failed; still advising with {}: {}", directory,
                        current.get().policyVersion(), e.toString());
            }
        }
    }

    private void reload() {
        long start = System.nanoTime();
        try {
            ParticipationAdvisor next = checkAndLoad();
            if (next.policyVersion().equals(current.get().policyVersion())) {
                return; // the files changed and changed back, or only their times changed
            }
            if (!open) {
                return; // closed while the check ran: a closed advisor switches no more and tells nobody
            }
            current.set(next);
            LOG.debug("Policy in {} reloaded in {} ms: {}", directory, (System.nanoTime() - start) / 1_000_000,
                    next.policyVersion());
            listener.reloaded(next.policyVersion());
        } catch (PolicyLoadException e) {
            LOG.warn("The changed policy in {} is refused; still advising with {} ({}). {}", directory,
                    current.get().policyVersion().name(), current.get().policyVersion().sha256(), e.getMessage());
            listener.rejected(directory, e);
        }
    }

    /** File names, sizes and modification times of the directory, to notice a change cheaply. */
    private String fingerprint() {
        try (Stream<Path> files = Files.list(directory)) {
            StringBuilder fingerprint = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                fingerprint.append(file.getFileName()).append('|').append(attributes.size()).append('|')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
            return fingerprint.toString();
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
