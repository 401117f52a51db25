package nl.heemstede.participatie.staff;

import static nl.heemstede.participatie.core.PolicyEdits.removeRow;
import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} tells policy staff, before they publish an edit, whether the policy is still sound: a copy of the
 * bundled policy is; a gap, an overlap, a broken invariant or a payload is an error with file, table and row and,
 * for an invariant, an opgave that shows it.
 */
class PolicyCheckTests {

    private static final String FOLDER = "nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";

    @TempDir
    Path directory;

    private Path policy(UnaryOperator<String> edit) throws IOException {
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream(FOLDER + DMN);
             InputStream descriptor = getClass().getClassLoader().getResourceAsStream(FOLDER + "beleid.properties")) {
            Files.writeString(directory.resolve(DMN), edit.apply(new String(dmn.readAllBytes(), StandardCharsets.UTF_8)));
            Files.copy(descriptor, directory.resolve("beleid.properties"));
        }
        return directory;
    }

    @Test
    void aCopyOfTheBundledPolicyIsSoundWithOnlyInformation() throws IOException {
        CheckReport report = PolicyCheck.check(policy(dmn -> dmn));
        assertTrue(report.sound(), report.toText());
        assertTrue(report.findings().stream().allMatch(f -> f.severity() == Finding.Severity.INFO), report.toText());
        assertTrue(report.checks().size() >= 18, "every check is listed: " + report.checks());
    }

    @Test
    void aGapIsAnErrorNamingTheTable() throws IOException {
        CheckReport report = PolicyCheck.check(policy(dmn -> removeRow(dmn, "wie-beslist-4")));
        assertFalse(report.sound());
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("DECISION_TABLE_GAP")
                && f.table().orElse("").equals("Wie beslist")), report.toText());
        assertTrue(report.toText().contains("geen enkele rij past"), report.toText());
    }

    @Test
    void anOverlapIsAnErrorNamingTheRows() throws IOException {
        CheckReport report = PolicyCheck.check(policy(dmn -> replaceInRow(dmn, "ruimte-5",
                "<text>&quot;AMPLE&quot;</text>", "<text>&quot;LIMITED&quot;,&quot;AMPLE&quot;</text>")));
        assertFalse(report.sound());
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE")
                && f.row().orElse("").contains("ruimte-4") && f.row().orElse("").contains("ruimte-5")),
                report.toText());
    }

    @Test
    void aBrokenInvariantIsAnErrorWithAnOpgaveThatShowsIt() throws IOException {
        // doelen-c no longer asks that the competent body shares decision power: goal C without it.
        CheckReport report = PolicyCheck.check(policy(dmn -> replaceInRow(dmn, "doelen-c",
                "<inputEntry id=\"doelen-c-i4\"><text>true</text>", "<inputEntry id=\"doelen-c-i4\"><text>-</text>")));
        assertFalse(report.sound());
        Finding finding = report.findings().stream().filter(f -> f.code().equals("INVARIANT_DECIDE_TOGETHER"))
                .findFirst().orElseThrow(() -> new AssertionError(report.toText()));
        assertTrue(finding.counterExample().orElse("").contains("\"decisionPowerShared\" : false"),
                finding.toString());
        assertTrue(report.toJson().contains("INVARIANT_DECIDE_TOGETHER"));
    }

    @Test
    void aJavaFunctionIsRefusedAndNothingElseRuns() throws IOException {
        CheckReport report = PolicyCheck.check(policy(dmn -> dmn.replaceFirst("<inputData ",
                "<businessKnowledgeModel id=\"zet\" name=\"zet\"><encapsulatedLogic kind=\"Java\"/>"
                        + "</businessKnowledgeModel>\n<inputData ")));
        assertFalse(report.sound());
        assertTrue(report.findings().stream().allMatch(f -> f.code().equals("POLICY_REFUSED")), report.toText());
        assertTrue(report.toText().contains("soort Java"), report.toText());
    }
}
