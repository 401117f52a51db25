package nl.heemstede.participatie.staff;

import java.nio.file.Path;

import nl.heemstede.participatie.core.check.PolicyChecker;

/**
 * Checks an edited policy before it is published: everything staff need to know, in Dutch, with file, table and
 * row per finding. The checks, in order:
 * <ol>
 *   <li>safety: the DMN file holds no Java or external function, no DOCTYPE or entity, no import, and is not too
 *       large; the directory holds no DRL or code (nothing is compiled when this fails);</li>
 *   <li>the engine's validator: DMN schema, model and FEEL, and decision-table analysis (gaps, overlaps under hit
 *       policy U, rows that could be merged or never decide) when no table has more than 100 rows (the analysis
 *       compares rows pairwise; above the bound it is skipped, with an INFO finding {@code TABLE_ANALYSIS_SKIPPED}).
 *       Its messages about pairs of rows are one finding per table and kind, and at most five findings of any
 *       other kind per table are listed one by one;</li>
 *   <li>loading: every decision and input the advice needs is there and compiles;</li>
 *   <li>completeness: every table answers every input combination, with codes the advice knows;</li>
 *   <li>rows that never decide ({@code ROW_NEVER_DECIDES}, one finding per table): from the same enumeration of
 *       every table over its whole input space, so also for a table above the bound of the engine's analysis; a
 *       row that matches only input the input validation refuses as contradictory is information instead
 *       ({@code ROW_FOR_REFUSED_INPUT}): it makes the table complete over every value its columns allow;</li>
 *   <li>the policy's invariants (the properties the test suite proves) over the complete input space
 *       ({@link InputSpace}), each broken one with the number of opgaven it fails for and the first of them.</li>
 * </ol>
 * Every step has a time budget (the validator and the invariants 120 s, loading and completeness 60 s, each table
 * over its input space 30 s): a step that overruns it ends the check with the error {@code CHECK_TIMED_OUT} naming
 * the step or table, never a hang. An {@link Error} (such as a {@link StackOverflowError}) or an unexpected exception
 * while the engine evaluates a table is the error {@code ENGINE_FAILED} naming the file and the table.
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
        return CheckReport.of(PolicyChecker.check(directory));
    }
}
