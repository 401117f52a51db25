package nl.heemstede.participatie.staff;

import java.nio.file.Path;

import nl.heemstede.participatie.core.PolicyChecker;

/**
 * Checks an edited policy before it is published: everything staff need to know, in Dutch, with file, table and
 * row per finding. The checks, in order:
 * <ol>
 *   <li>safety: the DMN file holds no Java or external function, no DOCTYPE or entity, no import, and is not too
 *       large; the directory holds no DRL or code (nothing is compiled when this fails);</li>
 *   <li>the engine's validator: DMN schema, model and FEEL, and decision-table analysis (gaps, overlaps under hit
 *       policy U, rows that could be merged or never decide);</li>
 *   <li>loading: every decision and input the advice needs is there and compiles;</li>
 *   <li>completeness: every table answers every input combination, with codes the advice knows;</li>
 *   <li>the policy's invariants (the properties the test suite proves) over the complete input space
 *       ({@link InputSpace}), each broken one with the number of opgaven it fails for and the first of them.</li>
 * </ol>
 * The validator runs beside the other checks, and the invariants advise one opgave per group of opgaven the
 * policy cannot tell apart instead of every opgave: a check takes 0.1–0.2 s once the engine is warm (seconds in
 * a fresh JVM).
 *
 * @since 0.1
 */
public final class PolicyCheck {

    private PolicyCheck() {
    }

    /** Checks the policy in the given directory. */
    public static CheckReport check(Path directory) {
        return PolicyChecker.check(directory);
    }
}
