package nl.heemstede.participatie.core.compiled;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Bounds;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * Where compiled forms come from: the one of the bundled policy, made when the jar was built and shipped in it, and
 * those of other policies (a directory, a register version), made on this machine after the engine loaded them and
 * kept in a cache directory, by the policy's SHA-256.
 *
 * <p><b>The cache.</b> By default {@code $XDG_CACHE_HOME/heemstede-participatie} (else
 * {@code ~/.cache/heemstede-participatie}); the system property {@value #CACHE_PROPERTY} names another directory, or
 * turns the cache off with {@code off}. A form is written to a file of its own and moved into place in one step, so a
 * reader never sees half of one; a form that is unreadable, changed, of another policy or of another build of the
 * library is ignored (and replaced by the next store). Every build of the library has an id of its own (the bundled
 * form's), so a form made by an earlier build is never used. Nothing here throws: a cache that cannot be read or
 * written only means the engine loads the policy, as it would without a cache.
 */
public final class CompiledPolicies {

    /**
     * The system property that turns the compiled forms off ({@code off}): the engine then loads every policy, the
     * bundled one included, and no cache is read or written. For measuring what the forms save, and for ruling them
     * out when something looks wrong.
     */
    public static final String COMPILED_PROPERTY = "participatie.compiled";
    /** The system property that names the cache directory, or turns the cache off ({@code off}). */
    public static final String CACHE_PROPERTY = "participatie.cache";
    /** Where the bundled policy's compiled form lives on the class path. */
    public static final String BUNDLED_RESOURCE = "nl/heemstede/participatie/compiled/beleid.compiled";
    private static final String SUFFIX = ".compiled";

    /**
     * The logger, made on first use: an advisor made from a compiled form logs nothing, and so does not start the
     * host's logging (a few hundred milliseconds of a command line's cold start).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(CompiledPolicies.class);
    }

    private CompiledPolicies() {
    }

    /**
     * The bundled compiled form's bytes, read from the jar; {@code null} when this build has none. Not kept: the form
     * reads them again for what it reads on first use.
     */
    private static byte[] bundledBytes() {
        if (!enabled()) {
            return null;
        }
        try (InputStream in = CompiledPolicies.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            return in == null ? null : in.readNBytes(CompiledForm.MAX_BODY + 4096);
        } catch (IOException e) {
            Log.LOG.debug("The compiled form of the bundled policy cannot be read.", e);
            return null;
        }
    }

    /**
     * The id of the build in the bundled compiled form's header, read once (the header only, the first few hundred
     * bytes); {@code null} when there is none.
     */
    private static final class Bundled {
        static final String BUILD = build();

        private static String build() {
            if (!enabled()) {
                return null;
            }
            try (InputStream in = CompiledPolicies.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                return in == null ? null : CompiledForm.header(in.readNBytes(CompiledForm.MAX_HEADER)).build();
            } catch (IOException | CompiledFormException e) {
                Log.LOG.debug("The header of the bundled policy's compiled form cannot be read.", e);
                return null;
            }
        }
    }

    /** The bundled compiled form, read once; {@code null} when this build has none or it cannot be used. */
    private static final class BundledForm {
        static final CompiledForm FORM = formOf(bundledBytes(), PolicyFiles.bundled(), CompiledPolicies::bundledBytes);
    }

    /**
     * The compiled form in the given bytes when it is of the bundled policy's files and intact; else {@code null},
     * with a warning for a form that is there but cannot be used.
     */
    private static CompiledForm formOf(byte[] bytes, PolicyFiles files, java.util.function.Supplier<byte[]> again) {
        if (bytes == null) {
            Log.LOG.debug("This build has no compiled form of the bundled policy; the engine loads it.");
            return null;
        }
        try {
            return CompiledForm.read(bytes, files.sha256(), CompiledForm.header(bytes).build(), again);
        } catch (CompiledFormException e) {
            Log.LOG.warn("The compiled form of the bundled policy in this jar cannot be used ({}); the policy is loaded"
                    + " by the engine instead, which takes seconds. Rebuild the jar. (De vooraf berekende vorm van het"
                    + " meegeleverde beleid is onbruikbaar; het beleid wordt met de engine geladen.)", e.getMessage());
            return null;
        }
    }

    /**
     * Loads the policy in the given files with the engine, for {@link #engineAdvisor}: the DMN model and its tables
     * now; the rule sets on first use when the bundled compiled form holds runs of the same rule files (a policy
     * directory always runs the rule files in the jar), as the advisor then answers from those runs and needs the
     * rules only for a situation the bundled policy never meets. Else the rules are compiled now, beside the DMN model.
     *
     * @throws nl.heemstede.participatie.PolicyLoadException as {@link Policy#load(PolicyFiles, Bounds)}
     */
    public static Policy load(PolicyFiles files, Bounds bounds) {
        CompiledForm form = BundledForm.FORM;
        return form != null && form.rulesSha256().equals(files.adviceRulesSha256())
                ? Policy.loadRulesOnFirstUse(files, bounds) : Policy.load(files, bounds);
    }

    /**
     * The advisor of the policy in the given files, loaded by the engine ({@link #load}) with the default bounds.
     *
     * @throws nl.heemstede.participatie.PolicyLoadException when the policy does not load or cannot decide an input
     *                                                       combination
     */
    public static TabledAdvisor engineAdvisor(PolicyFiles files) {
        return engineAdvisor(load(files, Bounds.DEFAULT).requireSound());
    }

    /**
     * The advisor of a policy the engine loaded. When it runs the rule files of the bundled compiled form, its rules'
     * answers come from that form's runs, and the rule sets run (and are compiled) only for a situation the bundled
     * policy never meets; such a run is remembered by this advisor only.
     */
    public static TabledAdvisor engineAdvisor(Policy policy) {
        CompiledForm form = BundledForm.FORM;
        if (form != null && form.rulesSha256().equals(policy.rulesSha256())) {
            RuleMemo memo = RuleMemo.compiled(form.attention(), form.roles(), form.ruleExplanations(), policy::rules,
                    form::otherAttention);
            return new TabledAdvisor(policy, memo, null);
        }
        return new TabledAdvisor(policy);
    }

    /**
     * The tables of the bundled policy when this build of the library proved, as it made the bundled compiled form,
     * that the policy keeps every invariant of the policy check over the complete input space, and the policy runs the
     * given rule files: a check of another policy on those rules proves again only what its tables decide otherwise.
     * Empty without such a form (the forms are off, or the build step did not run, as in an IDE).
     */
    public static Optional<DecidedTables> provedTables(String rulesSha256) {
        CompiledForm form = BundledForm.FORM;
        return form != null && form.invariantsProved() && form.rulesSha256().equals(rulesSha256)
                ? Optional.of(form.tables()) : Optional.empty();
    }

    /**
     * The id of this build of the library: the one the bundled compiled form carries, or empty when the classes were
     * built without one (the build step that makes it did not run, as in an IDE): then no compiled form is used.
     */
    public static Optional<String> build() {
        return Optional.ofNullable(Bundled.BUILD);
    }

    /**
     * The advisor of the bundled policy: made from the compiled form in the jar when it is of these very files and
     * intact, else loaded by the engine (and a warning says why, for a form that is there but cannot be used).
     */
    public static TabledAdvisor bundled() {
        return advisor(BundledForm.FORM, PolicyFiles.bundled());
    }

    /** {@link #bundled()} with the given bytes as the compiled form in the jar ({@code null}: none). */
    static TabledAdvisor bundled(byte[] bytes) {
        PolicyFiles files = PolicyFiles.bundled();
        return advisor(formOf(bytes, files, () -> bytes), files);
    }

    private static TabledAdvisor advisor(CompiledForm form, PolicyFiles files) {
        return form != null ? form.advisor(files) : new TabledAdvisor(Policy.load(files).requireSound());
    }

    /** Whether compiled forms are used: unless the system property {@value #COMPILED_PROPERTY} is {@code off}. */
    private static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty(COMPILED_PROPERTY, "").trim());
    }

    /** The cache directory, or empty when the cache or the compiled forms are off. */
    public static Optional<Path> cacheDirectory() {
        if (!enabled()) {
            return Optional.empty();
        }
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            String value = configured.trim();
            return value.toLowerCase(Locale.ROOT).equals("off") ? Optional.empty() : Optional.of(Path.of(value));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home", "."), ".cache");
        return Optional.of(base.resolve("heemstede-participatie"));
    }

    /**
     * The advisor of the policy in these files from its compiled form in the cache, when there is one of these files,
     * made by this build, and intact; else empty.
     */
    public static Optional<TabledAdvisor> cached(PolicyFiles files) {
        Optional<String> build = build();
        Optional<Path> directory = cacheDirectory();
        if (build.isEmpty() || directory.isEmpty()) {
            return Optional.empty();
        }
        return read(directory.get().resolve(files.sha256() + SUFFIX), files.sha256(), build.get())
                .map(form -> form.advisor(files));
    }

    /** The compiled form in the file, when it is of the policy and the build and intact; else empty. */
    private static Optional<CompiledForm> read(Path file, String sha, String build) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > CompiledForm.MAX_BODY + 4096) {
                return Optional.empty();
            }
            return Optional.of(CompiledForm.read(Files.readAllBytes(file), sha, build, () -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new CompiledFormException("the file " + file + " cannot be read again: " + e.getMessage(), e);
                }
            }));
        } catch (IOException | CompiledFormException e) {
            Log.LOG.debug("The compiled form {} is not used: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps the compiled form of the advisor's policy in the cache, for the next load of the same files. Lets the
     * advisor meet every rule answer of the complete input space first, on the calling thread, unless it has
     * ({@code complete}: a passing run of the policy's invariants advised every class of opgaven). Does nothing when
     * the cache is off, this build has no id, or the form is in the cache already; a failure is logged at debug
     * level, never thrown.
     *
     * @return whether the form is in the cache now
     */
    public static boolean store(TabledAdvisor advisor, boolean complete) {
        return cacheDirectory().map(directory -> store(advisor, complete, directory)).orElse(false);
    }

    /** {@link #store(TabledAdvisor, boolean)} into the given cache directory. */
    public static boolean store(TabledAdvisor advisor, boolean complete, Path cache) {
        Optional<String> build = build();
        Optional<Path> directory = Optional.of(cache);
        if (build.isEmpty()) {
            return false;
        }
        String sha = advisor.policyVersion().sha256();
        Path file = directory.get().resolve(sha + SUFFIX);
        Path temporary = null;
        try {
            if (read(file, sha, build.get()).isPresent()) {
                return true;
            }
            if (!complete) {
                // on this thread only: a host's background thread must not take its common pool
                Completion.complete(advisor, false);
            }
            byte[] bytes = CompiledForm.of(advisor, build.get()).write();
            Files.createDirectories(directory.get());
            temporary = Files.createTempFile(directory.get(), sha, ".part");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return true;
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("The compiled form of policy {} is not kept in {}: {}", sha, directory.get(), e.toString());
            return false;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    Log.LOG.debug("Cannot remove {}", temporary, e);
                }
            }
        }
    }
}
