package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;

/**
 * End to end: staff copy the bundled policy to a directory, a system advises from it through a reloading advisor,
 * staff change one row, and within seconds the system advises with the new version; a broken change is refused
 * and the last good policy keeps advising.
 */
class ReloadingAdvisorTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path directory;

    private final List<PolicyVersion> reloaded = new CopyOnWriteArrayList<>();
    private final List<PolicyLoadException> rejected = new CopyOnWriteArrayList<>();
    private final PolicyListener listener = new PolicyListener() {
        @Override
        public void reloaded(PolicyVersion version) {
            reloaded.add(version);
        }

        @Override
        public void rejected(Path dir, PolicyLoadException reason) {
            rejected.add(reason);
        }
    };

    private static final Opgave COUNCIL_WITHOUT_IMPACT = Opgave.builder("Raadsvoorstel zonder impact")
            .initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).build();

    @Test
    void aChangedRowIsServedWithinSecondsAndABrokenChangeKeepsTheLastGoodPolicy() throws Exception {
        String bundled = new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(DMN), bundled);
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));

        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, listener)) {
            PolicyVersion first = advisor.policyVersion();
            assertEquals(Complexity.SIMPLE, advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());

            // One row changed: a council opgave without impact becomes complex.
            String changed = replaceInRow(bundled, "complexiteit-6", "&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;");
            write(directory.resolve(DMN), changed);
            await(() -> !reloaded.isEmpty(), "the changed policy is served");
            PolicyVersion second = advisor.policyVersion();
            assertNotEquals(first, second);
            assertEquals(second, reloaded.get(0));
            var advice = advisor.advise(COUNCIL_WITHOUT_IMPACT);
            assertEquals(Complexity.COMPLEX, advice.complexity());
            assertEquals(second, advice.policyVersion(), "the advice names the version that made it");

            // A broken change (a gap in Wie beslist) is refused; the last good policy keeps serving.
            write(directory.resolve(DMN), removeRow(changed, "wie-beslist-4"));
            await(() -> !rejected.isEmpty(), "the broken policy is refused");
            assertTrue(rejected.get(0).getMessage().contains("'Wie beslist'"), rejected.get(0).getMessage());
            assertEquals(second, advisor.policyVersion());
            assertEquals(Complexity.COMPLEX, advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());

            // Fixing it again is served again.
            write(directory.resolve(DMN), bundled);
            await(() -> reloaded.size() == 2, "the repaired policy is served");
            assertEquals(first, advisor.policyVersion());
        }
    }

    /** Writes via a temporary file and a move, as editors do, so the watcher never sees half a file. */
    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Waited " + WAIT_MILLIS + " ms, but not yet: " + what + ".");
            }
            Thread.sleep(50);
        }
    }

    private static String replaceInRow(String dmn, String rowId, String from, String to) {
        int start = dmn.indexOf("<rule id=\"" + rowId + "\">");
        int end = dmn.indexOf("</rule>", start);
        String row = dmn.substring(start, end);
        return dmn.substring(0, start) + row.replace(from, to) + dmn.substring(end);
    }

    private static String removeRow(String dmn, String rowId) {
        int start = dmn.indexOf("<rule id=\"" + rowId + "\">");
        int end = dmn.indexOf("</rule>", start) + "</rule>".length();
        return dmn.substring(0, start) + dmn.substring(end);
    }
}
