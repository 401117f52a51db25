package nl.heemstede.participatie.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.staff.PolicyDiff.DecisionChange;
import nl.heemstede.participatie.staff.PolicyDiff.RowChange;
import nl.heemstede.participatie.staff.PolicyDiff.ValueChange;
import nl.heemstede.participatie.core.InForce;

/**
 * The diff of two policies lists exactly the opgaven whose advice changed: none for the bundled policy against
 * itself; for row complexiteit-6 turned from SIMPLE to COMPLEX, every council opgave without an impact aspect, under
 * Complexiteit and the decisions that follow from it.
 */
class PolicyDiffTests {

    private static final String BELEID = "/nl/heemstede/participatie/beleid/";
    private static final String DMN = "participatiebeleid.dmn";
    private static final String DESCRIPTOR = "beleid.properties";

    @TempDir
    static Path directory;

    private static PolicyDiff complexiteit6;

    /** A copy of the bundled policy with one row's output replaced. */
    static Path editedCopy(Path directory, String rowId, String from, String to) throws IOException {
        String dmn = resource(DMN);
        int row = dmn.indexOf("<rule id=\"" + rowId + "\">");
        int end = dmn.indexOf("</rule>", row);
        assertTrue(row >= 0 && end > row, "row " + rowId + " is in the bundled policy");
        String edited = dmn.substring(0, row) + dmn.substring(row, end).replace(from, to) + dmn.substring(end);
        assertFalse(edited.equals(dmn), "the edit changes the row");
        Files.writeString(directory.resolve(DMN), edited, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(DESCRIPTOR), resource(DESCRIPTOR), StandardCharsets.UTF_8);
        return directory;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PolicyDiffTests.class.getResourceAsStream(BELEID + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void diffTheComplexiteit6Edit() throws IOException {
        Path edited = editedCopy(directory, "complexiteit-6", "&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;");
        complexiteit6 = PolicyDiff.between(InForce.bundled(), InForce.fromDirectory(edited));
    }

    private static boolean councilWithoutImpact(Opgave opgave) {
        return opgave.competentBody().equals(java.util.Optional.of(CompetentBody.COUNCIL)) && !opgave.impact().any();
    }

    /**
     * The diff compares one opgave per joint class of the two policies and counts it for the whole class; that is the
     * same as comparing every opgave of the complete input space with both, counts, rows, rules and examples included.
     * Shown on an edit of the role table (rol-11: residents informed instead of consulted), which changes the rules'
     * answers too; the complexiteit-6 edit's counts are checked against a count of their own above.
     */
    @Test
    void comparingPerClassGivesWhatComparingEveryOpgaveGives() throws IOException {
        ParticipationAdvisor rol11 = InForce.fromDirectory(editedCopy(temp, "rol-11", "&quot;CONSULTED&quot;",
                "&quot;INFORMED&quot;"));
        PolicyDiff perClass = PolicyDiff.between(InForce.bundled(), rol11);
        assertTrue(perClass.changedOpgaven() > 0, "the role edit changes advice");
        assertEquals(DiffCollector.diffPerOpgave(InForce.bundled(), rol11, InputSpace.complete()), perClass);
    }

    @TempDir
    Path temp;

    @Test
    void theBundledPolicyAgainstItselfChangesNothing() {
        PolicyDiff diff = PolicyDiff.between(InForce.bundled(), InForce.bundled());
        assertTrue(diff.identical());
        assertEquals(4_423_680, diff.opgaven());
        assertEquals(0, diff.changedOpgaven());
        assertEquals(List.of(), diff.decisions());
        assertEquals(List.of(), diff.undecided());
        assertTrue(diff.toMarkdown().contains("Geen verschil: alle 4423680 opgaven"), diff.toMarkdown());
        assertTrue(diff.toHtml().contains("Geen verschil"));
        assertTrue(diff.toJson().contains("\"identical\" : true"));
    }

    @Test
    void complexiteit6ChangesExactlyTheCouncilOpgavenWithoutImpact() {
        // Counted on its own: 4 initiators × COUNCIL × the one impact without aspects × room 2 × 3 × 3 × 2 × difficulty
        // 4 × intentions 2 × 2 × 8 × 2 × 2 × stakeholders 2.
        int expected = 4 * 1 * 2 * 3 * 3 * 2 * 4 * 2 * 2 * 8 * 2 * 2 * 2;
        assertEquals(147_456, expected);
        assertEquals(expected, InputSpace.complete().stream().parallel()
                .filter(PolicyDiffTests::councilWithoutImpact).count());
        assertEquals(expected, complexiteit6.changedOpgaven());
        assertFalse(complexiteit6.identical());
        assertEquals(List.of(), complexiteit6.undecided());
    }

    @Test
    void complexiteit6IsReportedUnderComplexiteitWithItsRow() {
        DecisionChange complexiteit = decision("Complexiteit");
        assertEquals(147_456, complexiteit.changedOpgaven());
        RowChange row = complexiteit.rows().get(0);
        assertEquals(1, complexiteit.rows().size());
        assertEquals("complexiteit-6", row.rule());
        assertEquals("complexiteit-6", row.previousRule());
        ValueChange change = row.changes().get(0);
        assertEquals(List.of("complexity", "SIMPLE", "COMPLEX", 147_456),
                List.of(change.field(), change.before(), change.after(), change.opgaven()));
        assertEquals(PolicyDiff.EXAMPLES, change.examples().size());
    }

    @Test
    void complexiteit6ChangesTheDecisionsThatFollowFromComplexity() {
        Set<String> decisions = complexiteit6.decisions().stream().map(DecisionChange::decision)
                .collect(Collectors.toSet());
        assertTrue(decisions.containsAll(Set.of("Complexiteit", "Werkwijze", "Quickscan", "Stappen")), decisions::toString);
        assertFalse(decisions.contains("Wie beslist"), "who decides does not depend on complexity");
        assertEquals("Complexiteit", complexiteit6.decisions().get(1 - 1).decision(), "in the order of the advice");
        for (DecisionChange decision : complexiteit6.decisions()) {
            assertTrue(decision.changedOpgaven() <= 147_456);
            for (RowChange row : decision.rows()) {
                for (ValueChange change : row.changes()) {
                    change.examples().forEach(example -> assertTrue(
                            councilWithoutImpact(InputSpace.complete().opgave(example.index())), example::toString));
                }
            }
        }
    }

    @Test
    void theReportsNameTheDecisionRowAndCounts() throws IOException {
        String markdown = complexiteit6.toMarkdown();
        assertTrue(markdown.contains("147456 van de 4423680 opgaven krijgen een ander advies"), markdown);
        assertTrue(markdown.contains("## Complexiteit — 147456 opgaven"), markdown);
        assertTrue(markdown.contains("### Rij complexiteit-6 — 147456 opgaven"), markdown);
        assertTrue(markdown.contains("- `complexity`: `SIMPLE` → `COMPLEX` — 147456 opgaven"), markdown);
        assertTrue(markdown.contains("decision=COUNCIL impact=[]"), markdown);

        String html = complexiteit6.toHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h2>Complexiteit — 147456 opgaven</h2>"), html);
        assertFalse(html.contains("`"));

        JsonNode json = new ObjectMapper().readTree(complexiteit6.toJson());
        assertEquals(147_456, json.get("changedOpgaven").asInt());
        assertFalse(json.get("identical").asBoolean());
        JsonNode first = json.get("decisions").get(0);
        assertEquals("Complexiteit", first.get("decision").asText());
        JsonNode row = first.get("rows").get(0);
        assertEquals("complexiteit-6", row.get("rule").asText());
        JsonNode change = row.get("changes").get(0);
        assertEquals("SIMPLE", change.get("before").asText());
        assertEquals("COMPLEX", change.get("after").asText());
        assertTrue(change.get("subject").isNull());
        assertEquals(3, change.get("examples").size());
    }

    @Test
    void htmlEscapesEveryValue() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
    }

    private static DecisionChange decision(String name) {
        return complexiteit6.decisions().stream().filter(d -> d.decision().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no decision " + name + " in " + complexiteit6.decisions()));
    }
}
