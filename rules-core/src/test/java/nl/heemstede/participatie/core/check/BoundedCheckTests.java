package nl.heemstede.participatie.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.Finding;
import nl.heemstede.participatie.staff.PolicyCheck;
import nl.heemstede.participatie.core.BundledPolicy;
import nl.heemstede.participatie.core.MaskedRows;
import nl.heemstede.participatie.core.PolicyEdits;
import nl.heemstede.participatie.core.loading.Bounds;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * A hostile or broken policy can neither stall nor kill the host, nor flood {@code check} (issue 14): a table of
 * many rows that never decide is one summarised finding and the check ends in seconds; every step and every table
 * has a time budget, and overrunning it is an error naming the step or table; an {@link Error} while the engine
 * evaluates a table is a refusal naming the file and the table. All against the real engine.
 */
class BoundedCheckTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String WIE_BESLIST = "Wie beslist";

    @TempDir
    Path root;

    private static String bundledDmn() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    /** A copy of the bundled policy with the DMN text edited, in a directory of its own. */
    private Path policy(String name, UnaryOperator<String> edit) throws IOException {
        Path directory = Files.createDirectory(root.resolve(name));
        Files.writeString(directory.resolve(DMN), edit.apply(bundledDmn()));
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));
        return directory;
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%s took %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** The check's result as staff see it, for a check run with its own budgets. */
    private static CheckReport report(PolicyChecker.Checked checked) {
        CheckResult result = checked.report();
        return new CheckReport(result.policy(), result.checks(), result.findings().stream()
                .map(f -> new Finding(Finding.Severity.valueOf(f.severity().name()), f.code(), f.file(), f.table(),
                        f.row(), f.message(), f.counterExample()))
                .toList());
    }

    private static List<Finding> findings(CheckReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void fiveHundredRowsThatNeverDecideAreOneFindingAndTheCheckEndsInSeconds() throws IOException {
        Path directory = policy("masked-500", dmn -> MaskedRows.masked(dmn, 500));
        CheckReport report = timed("check of a table with 500 masked rows", () -> PolicyCheck.check(directory));
        System.out.printf("the report has %d findings, %d characters of text%n", report.findings().size(),
                report.toText().length());

        assertTrue(report.sound(), report::toText);
        List<Finding> never = findings(report, "ROW_NEVER_DECIDES");
        assertEquals(1, never.size(), report::toText);
        Finding finding = never.get(0);
        assertEquals(WIE_BESLIST, finding.table().orElseThrow());
        assertTrue(finding.message().startsWith("500 rijen kunnen nooit beslissen: wie-beslist-gemaskeerd-1,"
                + " wie-beslist-gemaskeerd-2, wie-beslist-gemaskeerd-3 en 497 meer."), finding.message());
        assertEquals(Finding.Severity.WARNING, finding.severity());

        List<Finding> skipped = findings(report, "TABLE_ANALYSIS_SKIPPED");
        assertEquals(1, skipped.size(), report::toText);
        assertEquals(WIE_BESLIST, skipped.get(0).table().orElseThrow());
        assertTrue(skipped.get(0).message().contains("505 rijen, meer dan de grens van "
                + PolicyChecker.MAX_ANALYSED_ROWS + " rijen"), skipped.get(0).message());
        assertEquals(Finding.Severity.INFO, skipped.get(0).severity());
        assertTrue(report.findings().size() < 50, report::toText);
        assertTrue(report.toText().length() < 50_000, "a report to read, not to search");
        assertAtMostAFewPerTableAndKind(report);
        CheckReport again = timed("the same check again, in a warm JVM", () -> PolicyCheck.check(directory));
        assertEquals(report.findings(), again.findings());
    }

    @Test
    void withinTheRowBoundTheEnginesAnalysisRunsAndItsPairsAreSummarisedPerTableAndKind() throws IOException {
        Path directory = policy("masked-20", dmn -> MaskedRows.masked(dmn, 20));
        CheckReport report = timed("check of a table with 20 masked rows, engine analysis included",
                () -> PolicyCheck.check(directory));
        System.out.printf("the report has %d findings%n", report.findings().size());

        assertTrue(findings(report, "TABLE_ANALYSIS_SKIPPED").isEmpty(), report::toText);
        List<Finding> contained = findings(report, "DECISION_TABLE_SUBSUMPTION_RULE");
        assertEquals(1, contained.size(), "one finding for all pairs: " + report.toText());
        assertEquals(WIE_BESLIST, contained.get(0).table().orElseThrow());
        // 21 alike rows (wie-beslist-4 and its 20 copies): every one contains every other
        assertTrue(contained.get(0).message().contains("420 keer"), contained.get(0).message());
        assertTrue(contained.get(0).message().contains("21 rijen: wie-beslist-4, wie-beslist-gemaskeerd-1,"
                + " wie-beslist-gemaskeerd-2 en 18 meer"), contained.get(0).message());
        List<Finding> never = findings(report, "ROW_NEVER_DECIDES");
        assertEquals(1, never.size(), report::toText);
        assertTrue(never.get(0).message().startsWith("20 rijen kunnen nooit beslissen"), never.get(0).message());
        assertTrue(report.findings().size() < 50, report::toText);
        for (Finding f : report.findings()) {
            assertTrue(f.row().orElse("").split(", ").length <= 10, "a row list to read: " + f);
        }
        assertAtMostAFewPerTableAndKind(report);
    }

    @Test
    void manyGapsInOneTableAreAFewFindingsAndACount() throws IOException {
        // Stappen without most of its rows: the engine finds a gap for many input combinations
        Path directory = policy("gaps", dmn -> {
            String edited = dmn;
            for (int row = 2; row <= 22; row += 2) {
                edited = PolicyEdits.removeRow(edited, "stappen-" + row);
            }
            return edited;
        });
        CheckReport report = timed("check of Stappen with every second row removed", () -> PolicyCheck.check(directory));
        assertFalse(report.sound());
        List<Finding> gaps = findings(report, "DECISION_TABLE_GAP");
        System.out.printf("%d gap findings, %d findings in all%n", gaps.size(), report.findings().size());
        assertFalse(gaps.isEmpty(), report::toText);
        assertAtMostAFewPerTableAndKind(report);
        if (gaps.size() == PolicyChecker.FINDINGS_PER_KIND + 1) {
            assertTrue(gaps.get(PolicyChecker.FINDINGS_PER_KIND).message().startsWith("en nog "), report::toText);
        }
    }

    /** No table and kind has more than {@link PolicyChecker#FINDINGS_PER_KIND} findings and one that counts the rest. */
    private static void assertAtMostAFewPerTableAndKind(CheckReport report) {
        Map<String, Long> perKind = report.findings().stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.table().orElse("") + " " + f.code(), java.util.stream.Collectors.counting()));
        perKind.forEach((kind, count) -> assertTrue(count <= PolicyChecker.FINDINGS_PER_KIND + 1,
                kind + ": " + count + "\n" + report.toText()));
    }

    @Test
    void aRowOfACollectTableThatNeverMatchesIsSaidNeverToCount() {
        CheckFinding one = PolicyChecker.neverDecides(DMN, "Wegwijzer", "COLLECT", List.of("wegwijzer-8"));
        assertEquals("1 rij past bij geen enkele mogelijke invoer en telt dus nooit mee: wegwijzer-8. Haal haar weg"
                + " of verbeter de invoer.", one.message());
        CheckFinding many = PolicyChecker.neverDecides(DMN, "Wie beslist", "FIRST", List.of("a", "b", "c", "d"));
        assertTrue(many.message().startsWith("4 rijen kunnen nooit beslissen: a, b, c en 1 meer."), many.message());
        assertEquals("a, b, c", many.row().orElseThrow());
    }

    @Test
    void aTableThatOverrunsItsBudgetEndsTheCheckWithAnErrorNamingTheTable() throws IOException {
        Path directory = policy("table-budget", dmn -> dmn);
        Bounds oneMillisecond = Bounds.DEFAULT.withTable(Duration.ofMillis(1));
        CheckReport report = timed("check with a table budget of 1 ms",
                () -> report(PolicyChecker.checkAndLoad(directory, oneMillisecond)));

        assertFalse(report.sound());
        List<Finding> timedOut = findings(report, "CHECK_TIMED_OUT");
        assertEquals(1, timedOut.size(), report::toText);
        assertTrue(timedOut.get(0).table().isPresent(), report::toText);
        assertTrue(timedOut.get(0).message().contains("langer dan 1 ms"), timedOut.get(0).message());
        assertTrue(report.checks().stream().anyMatch(c -> c.contains("elke tabel over al haar invoer 1 ms")),
                report.checks()::toString);

        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> Policy.load(PolicyFiles.fromDirectory(directory), oneMillisecond));
        // which table overruns 1 ms first depends on the machine: any table, named
        assertTrue(refused.getMessage().matches("Het beleidsbestand " + DMN + " is geweigerd: " + DMN
                + ", tabel '[^']+': het doorrekenen van de tabel .*"), refused.getMessage());
        assertTrue(refused.getMessage().contains("langer dan 1 ms"), refused.getMessage());
    }

    @Test
    void anEvaluationThatDoesNotReturnIsAbandonedAtTheTableBudget() {
        BundledPolicy.policy(); // a warm engine: every other table is decided well within the budget
        AtomicBoolean stuck = new AtomicBoolean();
        Bounds bounds = Bounds.DEFAULT.withTable(Duration.ofSeconds(2)).withProbe((decision, inputs) -> {
            if (decision.equals("Wegwijzer") && stuck.compareAndSet(false, true)) {
                runaway(Duration.ofSeconds(20)); // one evaluation that does not return, and ignores interrupts
            }
        });
        PolicyLoadException refused = timed("a load with an evaluation stuck for 20 s, table budget 2 s",
                () -> assertThrows(PolicyLoadException.class, () -> Policy.load(PolicyFiles.bundled(), bounds)));
        assertTrue(stuck.get(), refused::getMessage);
        assertTrue(refused.getMessage().contains(DMN + ", tabel 'Wegwijzer'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("langer dan 2 s"), refused.getMessage());
    }

    @Test
    void everyStepThatOverrunsItsBudgetIsAnErrorNamingTheStep() throws IOException {
        Path directory = policy("step-budgets", dmn -> dmn);
        Duration tiny = Duration.ofMillis(1);
        Map<String, Bounds> steps = Map.of(
                "de validator van de engine", Bounds.DEFAULT.withValidator(tiny),
                "het laden van het beleid", Bounds.DEFAULT.withLoad(tiny),
                "de beleidsregels over alle opgaven", Bounds.DEFAULT.withInvariants(tiny));
        for (var step : steps.entrySet()) {
            CheckReport report = timed("check with a budget of 1 ms for " + step.getKey(),
                    () -> report(PolicyChecker.checkAndLoad(directory, step.getValue())));
            assertFalse(report.sound(), step.getKey());
            List<Finding> timedOut = findings(report, "CHECK_TIMED_OUT");
            assertEquals(1, timedOut.size(), report::toText);
            assertTrue(timedOut.get(0).message().startsWith(step.getKey()), timedOut.get(0).message());
            assertTrue(timedOut.get(0).message().contains("langer dan 1 ms en is afgebroken"),
                    timedOut.get(0).message());
        }
    }

    @Test
    void anErrorWhileTheEngineEvaluatesATableIsARefusalNamingFileAndTable() throws IOException {
        Path directory = policy("errors", dmn -> dmn);
        Map<String, Runnable> errors = Map.of(
                "StackOverflowError", () -> {
                    throw new StackOverflowError();
                },
                "OutOfMemoryError", () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                "IllegalStateException", () -> {
                    throw new IllegalStateException("deep in the engine");
                });
        for (var error : errors.entrySet()) {
            Bounds bounds = Bounds.DEFAULT.withProbe((decision, inputs) -> {
                if (decision.equals("Stappen")) {
                    error.getValue().run();
                }
            });
            PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                    () -> Policy.load(PolicyFiles.fromDirectory(directory), bounds), error.getKey());
            assertTrue(refused.getMessage().startsWith("Het beleidsbestand " + DMN + " is geweigerd: " + DMN
                    + ", tabel 'Stappen': "), refused.getMessage());
            assertTrue(refused.getMessage().contains(error.getKey()), refused.getMessage());
            assertEquals(List.of(DMN + ", tabel 'Stappen': " + refused.getMessage().substring(
                    refused.getMessage().indexOf(": ", refused.getMessage().indexOf("tabel")) + 2)),
                    refused.problems());

            CheckReport report = report(PolicyChecker.checkAndLoad(directory, bounds));
            assertFalse(report.sound());
            List<Finding> failed = findings(report, "ENGINE_FAILED");
            assertEquals(1, failed.size(), report::toText);
            assertEquals("Stappen", failed.get(0).table().orElseThrow(), report::toText);
            assertEquals(DMN, failed.get(0).file());
            assertTrue(failed.get(0).message().contains(error.getKey()), failed.get(0).message());
            assertFalse(report.toText().contains("\tat "), "no stack trace");
            System.out.printf("%s in table Stappen: %s%n", error.getKey(), failed.get(0).message());
        }
    }

    /** A runaway evaluation: does not listen to interrupts, and ends only after the given time. */
    private static void runaway(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException ignored) {
                // a runaway does not listen
            }
        }
    }
}
