package nl.heemstede.participatie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.PolicyCheck;

/**
 * Times {@code participatie check} ({@link PolicyCheck#check(Path)}) in one warm JVM, for the case
 * {@link PolicyReloadBenchmark} does not show: a changed role table that gives the rule sets facts they have not
 * met before. The rules' answers are remembered per compiled rule set, by the facts (situation and the role the
 * table gives each kind), so a reload usually finds them; here every role CONSULTED in the table becomes another
 * role, and the first check of such a version asks the rules about most of the ~4,800 situations again.
 *
 * <pre>{@code
 * java -cp rules-benchmarks/target/benchmarks.jar nl.heemstede.participatie.benchmarks.CheckTimes
 * }</pre>
 *
 * Also times two one-row edits, the kind policy staff make. Prints, per version, the times of its first and later
 * checks in ms. Not a JMH benchmark: the first check of a
 * version can only be measured once per JVM.
 */
public final class CheckTimes {

    private static final String FOLDER = "nl/heemstede/participatie/beleid/";
    /** The validator and the DMN compiler take some hundred checks to settle. */
    private static final int WARM_UP = 200;
    private static final int REPEAT = 5;

    private CheckTimes() {
    }

    /** Checks the bundled policy until warm, then versions with new role facts, and prints the times. */
    public static void main(String[] args) throws IOException {
        String dmn = text("participatiebeleid.dmn");
        Path bundled = directory(dmn);
        List<Long> warmUp = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            warmUp.add(timeCheck(bundled));
        }
        System.out.println("bundled policy, the first and last 5 of " + WARM_UP + " checks to warm up (ms): "
                + warmUp.subList(0, 5) + " ... " + warmUp.subList(WARM_UP - 5, WARM_UP));
        System.out.println("bundled policy, rule answers known (ms): " + times(bundled, REPEAT));
        // one-row edits, as policy staff make them: the first check of each is a new version for the rule memo
        String[][] rows = {
            {"rol-10: residents informed instead of consulted", "<outputEntry id=\"rol-10-o\"><text>&quot;CONSULTED",
                "<outputEntry id=\"rol-10-o\"><text>&quot;INFORMED"},
            {"complexiteit-6: a council opgave without impact becomes complex",
                "<outputEntry id=\"complexiteit-6-o\"><text>&quot;SIMPLE", "<outputEntry id=\"complexiteit-6-o\"><text>&quot;COMPLEX"},
        };
        for (String[] row : rows) {
            if (!dmn.contains(row[1])) {
                throw new IllegalStateException("The edit '" + row[0] + "' does not apply to the bundled policy.");
            }
            Path changed = directory(dmn.replace(row[1], row[2]));
            long first = timeCheck(changed);
            System.out.println(row[0] + ": first check " + first + " ms, then " + times(changed, REPEAT) + " ms");
        }
        for (String role : List.of("ADVISER", "INFORMED", "CO_PRODUCER")) {
            Path changed = directory(dmn.replace("<text>&quot;CONSULTED&quot;</text></outputEntry>",
                    "<text>&quot;" + role + "&quot;</text></outputEntry>"));
            long first = timeCheck(changed);
            System.out.println("every CONSULTED role becomes " + role + ": first check " + first
                    + " ms (new rule facts), then " + times(changed, REPEAT) + " ms");
        }
    }

    private static List<Long> times(Path directory, int n) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(timeCheck(directory));
        }
        return times;
    }

    private static long timeCheck(Path directory) {
        long start = System.nanoTime();
        CheckReport report = PolicyCheck.check(directory);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.checks().isEmpty()) {
            throw new IllegalStateException("The check of " + directory + " ran nothing.");
        }
        return millis;
    }

    private static Path directory(String dmn) throws IOException {
        Path dir = Files.createTempDirectory("participatie-check");
        Files.writeString(dir.resolve("participatiebeleid.dmn"), dmn);
        Files.writeString(dir.resolve("beleid.properties"), text("beleid.properties"));
        return dir;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = CheckTimes.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
