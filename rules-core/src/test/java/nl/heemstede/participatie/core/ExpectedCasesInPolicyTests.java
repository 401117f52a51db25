package nl.heemstede.participatie.core;

import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.PolicyCheck;
import nl.heemstede.participatie.staff.PolicyDiff;

/**
 * The expected cases beside the tables ({@code gevallen.yaml}) in a policy directory, against the real engine: a
 * version whose cases fail is refused by {@code fromDirectory}, reported case by case by the check, not served by a
 * reloading advisor (which keeps the last good version), and shown by the diff when an edit changes a case.
 */
class ExpectedCasesInPolicyTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final long WAIT_MILLIS = 30_000;

    /**
     * A case file of one case: the digipanel of a council opgave with impact gets the role filled in ({@code %s};
     * the bundled row rol-11 consults it).
     */
    static final String DIGIPANEL_CASE = """
            gevallen:
              - naam: Het digipanel wordt geraadpleegd
                toelichting: Rollen van belanghebbenden
                opgave:
                  initiator: MUNICIPALITY
                  municipalDecisionRequired: true
                  withinCivilServiceMandate: false
                  competentBody: COUNCIL
                  impact: {majorChangeToLivingEnvironment: true, manyActors: false, manyInterests: false}
                  room: {somethingToChoose: true, legalRoom: AMPLE, policyRoom: AMPLE}
                  difficulty: {complexContent: false, opposingInterests: false}
                  intentions:
                    stakeholdersWillCoProduce: false
                    decisionPowerShared: false
                    frameworksSet: {content: false, financial: false, process: false}
                    learningPilot: false
                  stakeholders: [{name: Digipanel Heemstede, kind: RESIDENTS}]
                verwacht:
                  decider: COUNCIL
                  roles: {"Digipanel Heemstede": %s}
                  regels: [rol-11]
            """;

    @TempDir
    Path directory;

    private static String bundledDmn() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    private Path policy(String dmn, String cases) throws IOException {
        Files.writeString(directory.resolve(DMN), dmn);
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));
        if (cases != null) {
            write(directory.resolve(PolicyFiles.CASES), cases);
        }
        return directory;
    }

    @Test
    void theBundledCasesPassBesideTheBundledTablesInADirectory() throws IOException {
        policy(bundledDmn(), new String(PolicyFiles.bundled().cases().orElseThrow(), StandardCharsets.UTF_8));
        ParticipationAdvisor advisor = ParticipationAdvisor.fromDirectory(directory);
        assertEquals(ParticipationAdvisor.bundled().policyVersion().sha256(), advisor.policyVersion().sha256(),
                "the cases are beside the policy, not part of its hash");
        CheckReport report = PolicyCheck.check(directory);
        assertTrue(report.sound(), report.toText());
        assertTrue(report.cases().size() >= 100 && report.cases().stream().allMatch(CheckReport.CaseOutcome::passed),
                report.toText());
        assertTrue(report.toText().contains("alle kloppen"), report.toText());
    }

    @Test
    void aWrongExpectedCaseRefusesTheVersionNamingTheCaseWhatCameAndTheRowThatDecided() throws IOException {
        policy(bundledDmn(), DIGIPANEL_CASE.formatted("INFORMED"));
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(directory));
        assertTrue(refused.getMessage().contains("1 van de 1 verwachte gevallen in gevallen.yaml klopt niet"),
                refused.getMessage());
        String problem = refused.problems().get(0);
        assertTrue(problem.contains("'Het digipanel wordt geraadpleegd' (gevallen.yaml, regel 2)")
                && problem.contains("partij 'Digipanel Heemstede': verwacht INFORMED")
                && problem.contains("gekregen CONSULTED") && problem.contains("beslist door rol-11"), problem);

        CheckReport report = PolicyCheck.check(directory);
        assertFalse(report.sound());
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("CASE_FAILED")
                && f.file().equals("gevallen.yaml") && f.message().contains("Het digipanel wordt geraadpleegd")),
                report.toText());
        String text = report.toText();
        assertTrue(text.contains("Verwachte gevallen (gevallen.yaml): 1 geval, 1 klopt niet:")
                && text.contains("roles, partij 'Digipanel Heemstede': verwacht INFORMED")
                && text.contains("(beslist door rol-11)"), text);
        assertTrue(report.toJson().contains("\"passed\" : false"), report.toJson());
    }

    @Test
    void anUnreadableCaseFileFailsTheCheckWithItsLineAndColumn() throws IOException {
        policy(bundledDmn(), DIGIPANEL_CASE.formatted("GERAADPLEEGD"));
        CheckReport report = PolicyCheck.check(directory);
        assertFalse(report.sound());
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("CASES_UNREADABLE")
                && f.message().startsWith("regel 20, kolom 14: ") && f.message().contains("'GERAADPLEEGD'")),
                report.toText());
        assertThrows(PolicyLoadException.class, () -> ParticipationAdvisor.fromDirectory(directory));
    }

    @Test
    void aReloadingAdvisorKeepsTheLastGoodVersionWhenACaseFailsAndServesTheRepairedOne() throws Exception {
        policy(bundledDmn(), DIGIPANEL_CASE.formatted("CONSULTED"));
        RecordingListener listener = new RecordingListener();
        List<PolicyVersion> reloaded = listener.reloaded();
        List<PolicyLoadException> rejected = listener.rejected();
        String informed = replaceInRow(bundledDmn(), "rol-11", "&quot;CONSULTED&quot;", "&quot;INFORMED&quot;");
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, listener)) {
            PolicyVersion first = advisor.policyVersion();
            // the edit informs the digipanel, but the case still expects it to be consulted: refused
            write(directory.resolve(DMN), informed);
            await(() -> !rejected.isEmpty(), "the edit whose case fails is refused");
            assertTrue(rejected.get(0).problems().stream().anyMatch(p -> p.contains("Het digipanel wordt"
                    + " geraadpleegd")), rejected.get(0).problems().toString());
            assertEquals(first, advisor.policyVersion(), "the last good version keeps serving");
            assertTrue(reloaded.isEmpty());
            // the case is brought in line with the edit: served
            write(directory.resolve(PolicyFiles.CASES), DIGIPANEL_CASE.formatted("INFORMED"));
            await(() -> !reloaded.isEmpty(), "the edit with its case corrected is served");
            assertEquals(reloaded.get(0), advisor.policyVersion());
            // only the case changes, wrongly: checked again, refused, and the version stays
            int before = rejected.size();
            write(directory.resolve(PolicyFiles.CASES), DIGIPANEL_CASE.formatted("ADVISER"));
            await(() -> rejected.size() > before, "a wrong case beside unchanged tables is refused");
            assertEquals(reloaded.get(0), advisor.policyVersion());
        }
    }

    @Test
    void theDiffListsTheCasesAnEditChangesAndWhetherTheyStillPass() throws IOException {
        policy(replaceInRow(bundledDmn(), "rol-11", "&quot;CONSULTED&quot;", "&quot;INFORMED&quot;"),
                DIGIPANEL_CASE.formatted("CONSULTED"));
        PolicyDiff diff = PolicyDiff.between(ParticipationAdvisor.bundled(), PolicyDiff.load(directory));
        assertEquals(PolicyFiles.bundled().cases().isPresent() ? 1 + bundledCases() : 1, diff.cases());
        PolicyDiff.CaseChange digipanel = diff.changedCases().stream()
                .filter(c -> c.name().equals("Het digipanel wordt geraadpleegd")).findFirst().orElseThrow();
        assertTrue(digipanel.inNewPolicy());
        assertFalse(digipanel.passesAfter(), "it expects CONSULTED, the edit says INFORMED");
        assertEquals(List.of(new PolicyDiff.CaseValueChange("roles", java.util.Optional.of("Digipanel Heemstede"),
                "CONSULTED", "INFORMED", "rol-11", "rol-11")), digipanel.changes());
        String markdown = diff.toMarkdown();
        assertTrue(markdown.contains("## Verwachte gevallen met een ander advies")
                && markdown.contains("'Het digipanel wordt geraadpleegd' — klopt niet meer met wat het verwacht")
                && markdown.contains("roles[Digipanel Heemstede]: CONSULTED → INFORMED (beslist door rol-11)"), markdown);
        assertTrue(diff.toJson().contains("\"changedCases\""), diff.toJson());
        assertTrue(diff.toHtml().contains("Verwachte gevallen met een ander advies"));
    }

    private static int bundledCases() {
        return nl.heemstede.participatie.core.cases.CaseFile.of(PolicyFiles.bundled()).orElseThrow().size();
    }

    @Test
    void aCaseWhosePeildatumIsOutsideItsVersionFailsAndWithoutOneItIsForTheFirstDay() throws IOException {
        String dated = DIGIPANEL_CASE.formatted("CONSULTED").replace("    toelichting: Rollen van belanghebbenden\n",
                "    toelichting: Rollen van belanghebbenden\n    peildatum: 2024-01-01\n");
        policy(bundledDmn(), dated);
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(directory));
        assertTrue(refused.problems().get(0).contains("peildatum: verwacht een datum in de geldigheid van deze"
                + " versie (geldig van 1 februari 2021 tot en met 18 december 2023), gekregen 2024-01-01"),
                refused.problems().toString());
        write(directory.resolve(PolicyFiles.CASES), DIGIPANEL_CASE.formatted("CONSULTED"));
        assertEquals("Heemstede participatiebeleid 2020 – proceskader",
                ParticipationAdvisor.fromDirectory(directory).policyVersion().name());
    }

    /** Writes via a temporary file and a move, as editors do, so the watcher never sees half a file. */
    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
