package nl.heemstede.participatie.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.check.CheckFinding;
import nl.heemstede.participatie.core.check.PolicyChecker;
import nl.heemstede.participatie.core.compiled.CompiledForm;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The build step that makes the compiled form of the bundled policy ({@code mvn process-classes} runs it): the engine
 * loads the policy and decides every table, and the invariants of the policy check are proved over the complete input
 * space, every class of values advised, which runs the rule sets for every rule answer the space meets. A policy that
 * breaks an invariant fails the build. Then the attention rules run for every other situation too
 * ({@link nl.heemstede.participatie.core.advice.RuleMemo#runEverySituation}), for the edits of the policy. The answers are written to {@value CompiledPolicies#BUNDLED_RESOURCE} under the
 * classes directory, with a new id for this build and the mark that the invariants were proved (a check compares an
 * edit with this policy, {@link CompiledPolicies#provedTables}). The form is read back before it is kept, so a build
 * never ships one its own library refuses.
 */
public final class CompilePolicy {

    private CompilePolicy() {
    }

    /**
     * Makes the bundled policy's compiled form.
     *
     * @param args the classes directory of rules-core
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompilePolicy CLASSES_DIRECTORY");
            System.exit(2);
        }
        long start = System.nanoTime();
        PolicyFiles files = PolicyFiles.bundled();
        TabledAdvisor advisor = new TabledAdvisor(Policy.load(files).requireSound());
        long loaded = System.nanoTime();
        // Advises one opgave of every class of values: the advisor then remembers every rule answer of the complete
        // input space, as Completion#complete would give it.
        List<CheckFinding> broken = PolicyChecker.proveInvariants(advisor, "participatiebeleid.dmn");
        if (!broken.isEmpty()) {
            System.err.println("The bundled policy breaks an invariant of the policy check; it is not compiled:");
            broken.forEach(f -> System.err.println("  " + f.code() + ": " + f.message() + " "
                    + f.counterExample().orElse("")));
            System.exit(1);
        }
        long proved = System.nanoTime();
        // Every situation, not only the bundled policy's: an edited policy on these rules then needs no rule run for
        // its attention points, and so no engine for its rules (its role runs, a few, it may still need).
        int situations = advisor.ruleMemo().runEverySituation();
        long ran = System.nanoTime();
        String build = Instant.now() + " " + UUID.randomUUID();
        byte[] bytes = CompiledForm.of(advisor, build, true).write();
        CompiledForm read = CompiledForm.read(bytes, files.sha256(), build);
        if (!read.runs().equals(advisor.ruleMemo().runs()) || !read.invariantsProved()) {
            throw new IllegalStateException("The compiled form does not read back what it was written with.");
        }
        Path target = Path.of(args[0]).resolve(CompiledPolicies.BUNDLED_RESOURCE);
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "beleid", ".part");
        Files.write(part, bytes);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Compiled the bundled policy (sha256 %s), every invariant proved: %d situations (%d beyond the"
                + " policy's), %d role situations, %d bytes, in %d ms (engine loading %d ms, invariants and rule answers"
                + " %d ms, the other situations %d ms).%n", files.sha256().substring(0, 12),
                read.runs().attention().size() + read.runs().otherAttention().size(), situations,
                read.runs().roles().size(), bytes.length,
                (System.nanoTime() - start) / 1_000_000, (loaded - start) / 1_000_000, (proved - loaded) / 1_000_000,
                (ran - proved) / 1_000_000);
        System.exit(0); // the engine may leave threads behind
    }
}
