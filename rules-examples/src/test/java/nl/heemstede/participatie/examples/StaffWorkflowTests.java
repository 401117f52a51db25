package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
 * The staff workflow of the README ("For policy staff") in one go, with the real commands and a real reloading
 * advisor: an edit that breaks the policy is found by {@code check}, shown by {@code diff} and refused when
 * published, while the old policy keeps advising; a sound edit passes {@code check} and is picked up.
 */
class StaffWorkflowTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";
    private static final String ROW = "<rule id=\"complexiteit-6\">";
    private static final Opgave COUNCIL_WITHOUT_IMPACT = Opgave.builder("Raadsvoorstel zonder impact")
            .initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).peildatum(java.time.LocalDate.of(2022, 6, 1))
            .build();

    private static CliRun run(ParticipatieCli.Command command, String... args) {
        return CliRun.of(command, args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StaffWorkflowTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The bundled DMN with the text {@code from} replaced by {@code to} inside row complexiteit-6. */
    private static String editRow(String dmn, String from, String to) {
        int row = dmn.indexOf(ROW);
        int end = dmn.indexOf("</rule>", row);
        String edited = dmn.substring(0, row) + dmn.substring(row, end).replace(from, to) + dmn.substring(end);
        assertNotEquals(dmn, edited, "the edit does not apply");
        return edited;
    }

    private static Path policy(Path directory, String dmn) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(DMN), dmn, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("beleid.properties"), resource("beleid.properties"));
        return directory;
    }

    /** Publishes an edit the way staff do: the checked file replaces the live one. */
    private static void publish(Path edited, Path live) throws IOException {
        Path next = live.resolve(DMN + ".nieuw");
        Files.copy(edited.resolve(DMN), next);
        Files.move(next, live.resolve(DMN), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aBreakingEditIsFoundShownAndRefusedASoundEditIsPickedUp(@TempDir Path root) throws Exception {
        String bundled = resource(DMN);
        Path live = policy(root.resolve("live"), bundled);
        BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
        PolicyListener listener = new PolicyListener() {
            @Override
            public void reloaded(PolicyVersion version) {
                heard.add(version);
            }

            @Override
            public void rejected(Path directory, PolicyLoadException reason) {
                heard.add(reason);
            }
        };
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(live, listener)) {
            PolicyVersion before = advisor.policyVersion();

            // 1. an edit that makes a council opgave without impact complex: against the seed's definition
            Path breaking = policy(root.resolve("breaking"), editRow(bundled, "&quot;SIMPLE&quot;",
                    "&quot;COMPLEX&quot;"));
            CliRun check = run(new CheckCommand(), breaking.toString());
            assertEquals(1, check.exit(), check.out() + check.err());
            CliRun diff = run(new DiffCommand(), "bundled", breaking.toString());
            assertEquals(0, diff.exit(), diff.err());
            assertTrue(diff.out().contains("Rij complexiteit-6"), diff.out());
            publish(breaking, live);
            Object first = heard.poll(120, TimeUnit.SECONDS);
            assertTrue(first instanceof PolicyLoadException, String.valueOf(first));
            assertEquals(before, advisor.policyVersion(), "the refused edit does not advise");
            assertEquals(Complexity.SIMPLE, advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());

            // 2. a sound edit: the row's explanation reworded
            Path sound = policy(root.resolve("sound"), editRow(bundled, "volgens de definitie een eenvoudige opgave",
                    "volgens de definitie van een complexe opgave is dit een eenvoudige opgave"));
            CliRun recheck = run(new CheckCommand(), sound.toString());
            assertEquals(0, recheck.exit(), recheck.out() + recheck.err());
            publish(sound, live);
            Object second = heard.poll(120, TimeUnit.SECONDS);
            assertTrue(second instanceof PolicyVersion, String.valueOf(second));
            assertEquals(second, advisor.policyVersion());
            assertNotEquals(before, advisor.policyVersion());
            assertTrue(advisor.advise(COUNCIL_WITHOUT_IMPACT).explanation().stream()
                    .anyMatch(e -> e.text().contains("volgens de definitie van een complexe opgave")));
        }
    }

    @Test
    void theExpectedCasesBesideTheTablesPinAnEditDownInCheckAndDiff(@TempDir Path root) throws Exception {
        String cases = resource("gevallen.yaml");
        Path unchanged = policy(root.resolve("ongewijzigd"), resource(DMN));
        Files.writeString(unchanged.resolve("gevallen.yaml"), cases);
        CliRun check = run(new CheckCommand(), unchanged.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("gevallen, alle kloppen."), check.out());

        // the edit makes a council opgave without impact complex; the seed's cases say it is simple
        Path edited = policy(root.resolve("bewerkt"), editRow(resource(DMN), "&quot;SIMPLE&quot;",
                "&quot;COMPLEX&quot;"));
        Files.writeString(edited.resolve("gevallen.yaml"), cases);
        CliRun refused = run(new CheckCommand(), edited.toString());
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("[FOUT] gevallen.yaml: het geval '")
                && refused.out().contains("complexity: verwacht SIMPLE"), refused.out());
        assertTrue(refused.out().contains("(beslist door complexiteit-6)"), refused.out());
        CliRun diff = run(new DiffCommand(), "bundled", edited.toString());
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("## Verwachte gevallen met een ander advies")
                && diff.out().contains("klopt niet meer met wat het verwacht")
                && diff.out().contains("complexity: SIMPLE → COMPLEX (beslist door complexiteit-6)"), diff.out());
    }
}
