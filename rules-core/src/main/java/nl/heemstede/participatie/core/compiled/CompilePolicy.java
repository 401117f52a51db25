package nl.heemstede.participatie.core.compiled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;

import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The build step that makes the compiled form of the bundled policy ({@code mvn process-classes} runs it): the engine
 * loads the policy, decides every table, and runs the rule sets for every rule answer of the complete input space; the
 * answers are written to {@value CompiledPolicies#BUNDLED_RESOURCE} under the classes directory, with a new id for
 * this build. The form is read back before it is kept, so a build never ships one its own library refuses.
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
        int classes = Completion.complete(advisor);
        long completed = System.nanoTime();
        String build = Instant.now() + " " + UUID.randomUUID();
        byte[] bytes = CompiledForm.of(advisor, build).write();
        CompiledForm read = CompiledForm.read(bytes, files.sha256(), build);
        if (!read.runs().equals(advisor.ruleMemo().runs())) {
            throw new IllegalStateException("The compiled form does not read back the runs it was written with.");
        }
        Path target = Path.of(args[0]).resolve(CompiledPolicies.BUNDLED_RESOURCE);
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "beleid", ".part");
        Files.write(part, bytes);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Compiled the bundled policy (sha256 %s): %d advice classes, %d situations, %d role"
                + " situations, %d bytes, in %d ms (engine loading %d ms, rule answers %d ms).%n",
                files.sha256().substring(0, 12), classes, read.runs().attention().size(), read.runs().roles().size(),
                bytes.length, (System.nanoTime() - start) / 1_000_000, (loaded - start) / 1_000_000,
                (completed - loaded) / 1_000_000);
        System.exit(0); // the engine may leave threads behind
    }
}
