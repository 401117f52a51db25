package nl.heemstede.participatie.core;

import static nl.heemstede.participatie.core.PolicyEdits.removeRow;
import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

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

    private final RecordingListener listener = new RecordingListener();
    private final List<PolicyVersion> reloaded = listener.reloaded();
    private final List<PolicyLoadException> rejected = listener.rejected();

    private static final Opgave COUNCIL_WITHOUT_IMPACT = Opgave.builder("Raadsvoorstel zonder impact")
            .initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).peildatum(InForce.DAY).build();

    private static final Opgave WITH_RESIDENTS = Opgave.builder("Herinrichting Raadhuisstraat")
            .initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .impact(nl.heemstede.participatie.Impact.of(true, false, false))
            .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
            .stakeholder("Digipanel Heemstede", nl.heemstede.participatie.StakeholderKind.RESIDENTS)
            .peildatum(InForce.DAY).build();

    private static Role residentsRole(ParticipationAdvisor advisor) {
        return advisor.advise(WITH_RESIDENTS).roles().get(2).role();
    }

    @Test
    void aChangedRowIsServedWithinSecondsAndABrokenChangeKeepsTheLastGoodPolicy() throws Exception {
        String bundled = new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(DMN), bundled);
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));

        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, listener)) {
            PolicyVersion first = advisor.policyVersion();
            assertEquals(Role.CONSULTED, residentsRole(advisor));

            // One row changed: residents in general (the digipanel) are informed instead of consulted.
            String changed = replaceInRow(bundled, "rol-11", "&quot;CONSULTED&quot;", "&quot;INFORMED&quot;");
            write(directory.resolve(DMN), changed);
            await(() -> !reloaded.isEmpty(), "the changed policy is served");
            PolicyVersion second = advisor.policyVersion();
            assertNotEquals(first, second);
            assertEquals(second, reloaded.get(0));
            assertEquals(Role.INFORMED, residentsRole(advisor));
            assertEquals(second, advisor.advise(WITH_RESIDENTS).policyVersion(),
                    "the advice names the version that made it");

            // A broken change (a gap in Wie beslist) is refused; the last good policy keeps serving.
            write(directory.resolve(DMN), removeRow(changed, "wie-beslist-4"));
            await(() -> !rejected.isEmpty(), "the broken policy is refused");
            assertTrue(rejected.get(0).getMessage().contains("'Wie beslist'"), rejected.get(0).getMessage());
            assertEquals(second, advisor.policyVersion());
            assertEquals(Role.INFORMED, residentsRole(advisor));

            // Fixing it again is served again.
            write(directory.resolve(DMN), bundled);
            await(() -> reloaded.size() == 2, "the repaired policy is served");
            assertEquals(first, advisor.policyVersion());
        }
    }

    @Test
    void everyBrokenEditIsRefusedWithItsOwnMessageWhileTheLastGoodPolicyKeepsServing() throws Exception {
        String bundled = new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(DMN), bundled);
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));
        java.util.Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("a gap", removeRow(bundled, "wie-beslist-4"));
        broken.put("an overlap", replaceInRow(bundled, "ruimte-5", "<text>&quot;AMPLE&quot;</text>",
                "<text>&quot;LIMITED&quot;,&quot;AMPLE&quot;</text>"));
        broken.put("a FEEL syntax error", replaceInRow(bundled, "haalbaarheid-1", "<text>&quot;NONE&quot;</text>",
                "<text>&quot;NONE&quot; ((</text>"));
        broken.put("a Java-kind function", bundled.replaceFirst("<inputData ", "<businessKnowledgeModel id=\"zet\""
                + " name=\"zet\"><encapsulatedLogic kind=\"Java\"/></businessKnowledgeModel>\n<inputData "));
        broken.put("an XXE payload", bundled.replaceFirst("<definitions", "<!DOCTYPE definitions [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<definitions").replace("Wat houdt de opgave in?", "&x;"));
        broken.put("a renamed output code", bundled.replace("<outputEntry id=\"wie-beslist-4-o\"><text>&quot;COUNCIL&quot;",
                "<outputEntry id=\"wie-beslist-4-o\"><text>&quot;RAAD&quot;"));
        broken.put("a broken invariant", replaceInRow(bundled, "doelen-c", "<inputEntry id=\"doelen-c-i4\"><text>true",
                "<inputEntry id=\"doelen-c-i4\"><text>-"));

        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, listener)) {
            PolicyVersion good = advisor.policyVersion();
            java.util.Set<String> messages = new java.util.HashSet<>();
            for (var edit : broken.entrySet()) {
                int before = rejected.size();
                write(directory.resolve(DMN), edit.getValue());
                await(() -> rejected.size() > before, edit.getKey() + " is refused");
                String message = rejected.get(before).getMessage();
                assertTrue(messages.add(message), edit.getKey() + " has a message of its own: " + message);
                assertEquals(good, advisor.policyVersion(), "the last good policy keeps serving after " + edit.getKey());
                assertEquals(Complexity.SIMPLE, advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());
            }
            // A file of 50 MB is refused without being read.
            int before = rejected.size();
            Path big = directory.resolve(DMN + ".tmp");
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024);
            }
            Files.move(big, directory.resolve(DMN), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            await(() -> rejected.size() > before, "a 50 MB file is refused");
            assertTrue(rejected.get(before).getMessage().contains("52428800 bytes"), rejected.get(before).getMessage());
            assertEquals(good, advisor.policyVersion());
            assertTrue(reloaded.isEmpty(), "no broken policy was ever served");
            assertEquals(null, System.getProperty("participatie.test.pwned"), "nothing ran");
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
}
