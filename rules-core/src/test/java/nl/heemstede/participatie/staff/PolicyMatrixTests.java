package nl.heemstede.participatie.staff;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.PolicyMatrix.Row;
import nl.heemstede.participatie.staff.PolicyMatrix.Table;

/**
 * The decision tables as readable tables: every table and rule of the bundled policy, the Dutch labels of the codes,
 * and the Markdown, CSV and HTML renderings.
 */
class PolicyMatrixTests {

    private static final PolicyMatrix BUNDLED = PolicyMatrix.bundled();

    @TempDir
    Path dir;

    private static String bundledDmn() throws IOException {
        try (InputStream in = PolicyMatrixTests.class.getResourceAsStream(PolicyMatrix.BUNDLED_DMN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledPolicyHasFourteenTablesWithEightySixRulesInAll() {
        assertEquals(14, BUNDLED.tables().size());
        assertEquals(86, BUNDLED.tables().stream().mapToInt(t -> t.rows().size()).sum());
    }

    @Test
    void everyRuleIdOfTheDmnFileAppearsOnce() throws IOException {
        Set<String> inFile = new TreeSet<>();
        Matcher rule = Pattern.compile("<rule id=\"([^\"]+)\"").matcher(bundledDmn());
        while (rule.find()) {
            inFile.add(rule.group(1));
        }
        List<String> inMatrix = BUNDLED.tables().stream().flatMap(t -> t.rows().stream()).map(Row::id).toList();
        assertEquals(86, inFile.size());
        assertEquals(inFile, new TreeSet<>(inMatrix));
        assertEquals(inMatrix.size(), new TreeSet<>(inMatrix).size());
    }

    @Test
    void wieBeslistRuleFourShowsTheCouncilWithItsExplanation() {
        Table table = BUNDLED.table("Wie beslist").orElseThrow();
        Row row = table.row("wie-beslist-4").orElseThrow();
        assertAll(
                () -> assertEquals("U", table.hitPolicyLetter()),
                () -> assertEquals("precies één rij past", table.hitPolicyExplained()),
                () -> assertEquals(List.of("Besluit gemeente nodig", "Ambtelijk af te handelen", "Bevoegd orgaan"),
                        table.inputs().stream().map(PolicyMatrix.Column::label).toList()),
                () -> assertEquals(List.of("Bron", "Grondslag", "Uitleg"), table.annotations()),
                () -> assertEquals(List.of("ja", "nee", "gemeenteraad"),
                        row.inputs().stream().map(PolicyMatrix.Cell::shown).toList()),
                () -> assertEquals("\"COUNCIL\"", row.outputs().get(0).entry()),
                () -> assertEquals("raad", row.outputs().get(0).shown()),
                () -> assertEquals("Er is een besluit van de gemeente nodig, niet ambtelijk af te handelen; de "
                        + "gemeenteraad is bevoegd.", table.annotation("wie-beslist-4", "Uitleg").orElseThrow()));
        String markdown = BUNDLED.toMarkdown();
        assertTrue(markdown.contains("| wie-beslist-4 | ja | nee | gemeenteraad | raad | Wie beslist? (tabel), kolom "
                + "Raad: \"Complexe opgaven waarover de raad bevoegd is te besluiten.\" | [seed] | Er is een besluit van de gemeente nodig, niet ambtelijk af te handelen; de "
                + "gemeenteraad is bevoegd. |"), markdown);
    }

    @Test
    void theHitPoliciesAreExplainedInDutch() {
        assertEquals("elke rij die past telt mee", BUNDLED.table("doelen").orElseThrow().hitPolicyExplained());
        assertEquals("precies één rij past", BUNDLED.table("Rol van de gemeente").orElseThrow().hitPolicyExplained());
        assertEquals("elke rij die past telt mee", BUNDLED.table("Wegwijzer").orElseThrow().hitPolicyExplained());
        assertEquals("C", BUNDLED.table("doelen").orElseThrow().hitPolicyLetter());
    }

    @Test
    void codesAreShownWithTheLabelOfTheirColumnsType() {
        assertAll(
                () -> assertEquals("college, raad", CodeLabels.show("\"COLLEGE\",\"COUNCIL\"", "tBeslisser")),
                () -> assertEquals("college van burgemeester en wethouders",
                        CodeLabels.show("\"COLLEGE\"", "tBevoegdOrgaan")),
                () -> assertEquals("(elke)", CodeLabels.show("-", "tBeslisser")),
                () -> assertEquals("ja", CodeLabels.show("true", "boolean")),
                () -> assertEquals("nee", CodeLabels.show("false", "boolean")),
                () -> assertEquals("(geen)", CodeLabels.show("[]", "tStap")),
                () -> assertEquals("niet raad", CodeLabels.show("not(\"COUNCIL\")", "tBeslisser")),
                () -> assertEquals("quickscan, uitvoering", CodeLabels.show("[\"QUICKSCAN\", \"EXECUTION\"]", "tStap")),
                () -> assertEquals("raad", CodeLabels.show("\"COUNCIL\"", "tOnbekend")),
                () -> assertEquals("\"Wat houdt de opgave in?\"", CodeLabels.show("\"Wat houdt de opgave in?\"", "")),
                () -> assertEquals("> 3", CodeLabels.show("> 3", "number")));
        Row steps = BUNDLED.table("Stappen").orElseThrow().row("stappen-1").orElseThrow();
        assertEquals("website Wij maken Heemstede, contact met een ambtenaar, inwoners besluiten samen",
                steps.outputs().get(0).shown());
    }

    @Test
    void everyFormatRendersEveryTableAndRule() {
        String markdown = BUNDLED.toMarkdown();
        String csv = BUNDLED.toCsv();
        String html = BUNDLED.toHtml();
        for (Table table : BUNDLED.tables()) {
            assertTrue(markdown.contains("## " + table.name() + "\n"), table.name());
            assertTrue(csv.contains("Tabel," + table.name() + ","), table.name());
            assertTrue(html.contains("<h2>" + Html.escape(table.name()) + "</h2>"), table.name());
            for (Row row : table.rows()) {
                assertTrue(markdown.contains("| " + row.id() + " |"), row.id());
                assertTrue(csv.contains("\r\n" + row.id() + ","), row.id());
                assertTrue(html.contains(">" + row.id() + "</td>"), row.id());
            }
        }
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.strip().endsWith("</html>"));
    }

    @Test
    void markdownTablesHaveOneCellPerColumnInEveryRow() {
        for (String line : BUNDLED.toMarkdown().lines().filter(l -> l.startsWith("|")).toList()) {
            assertTrue(line.endsWith(" |") || line.endsWith("--- |"), line);
        }
        String pipes = CodeLabels.show("\"a|b\"", "");
        PolicyMatrix matrix = new PolicyMatrix("m", "", List.of(new Table("t", "T", "", "UNIQUE", List.of(),
                List.of(new PolicyMatrix.Column("Uit", "", "string")), List.of(),
                List.of(new Row("r1", List.of(), List.of(new PolicyMatrix.Cell("\"a|b\"", pipes)), List.of())))));
        assertTrue(matrix.toMarkdown().contains("| r1 | \"a\\|b\" |"), matrix.toMarkdown());
    }

    @Test
    void htmlEscapesEveryText(@TempDir Path tmp) throws IOException {
        Path dmn = tmp.resolve("beleid.dmn");
        Files.writeString(dmn, bundledDmn().replace("Er is een besluit van de gemeente nodig, niet ambtelijk af te "
                + "handelen; de gemeenteraad is bevoegd.", "Raad &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"zo\""));
        String html = PolicyMatrix.of(dmn).toHtml();
        assertFalse(html.contains("<script>"), "unescaped <script>");
        assertTrue(html.contains("Raad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;"));
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Html.escape("a <b> & \"c\" 'd'"));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        assertAll(
                () -> assertEquals("plain", MatrixFormats.csvField("plain")),
                () -> assertEquals("\"a, b\"", MatrixFormats.csvField("a, b")),
                () -> assertEquals("\"zeg \"\"ja\"\"\"", MatrixFormats.csvField("zeg \"ja\"")),
                () -> assertEquals("\"regel 1\nregel 2\"", MatrixFormats.csvField("regel 1\nregel 2")),
                () -> assertEquals("\"a\r\nb\"", MatrixFormats.csvField("a\r\nb")),
                () -> assertEquals("'=SUM(A1)", MatrixFormats.csvField("=SUM(A1)")),
                () -> assertEquals("-5", MatrixFormats.csvField("-5")),
                () -> assertEquals("", MatrixFormats.csvField("")));
        List<List<String>> records = parseCsv(BUNDLED.toCsv());
        List<String> header = records.stream().filter(r -> r.get(0).equals("Regel")).findFirst().orElseThrow();
        assertEquals(List.of("Regel", "Besluit gemeente nodig", "Ambtelijk af te handelen", "Bevoegd orgaan",
                "Uitkomst: Wie beslist", "Bron", "Grondslag", "Uitleg"), header);
        List<String> rule = records.stream().filter(r -> r.get(0).equals("wie-beslist-4")).findFirst().orElseThrow();
        assertEquals(List.of("wie-beslist-4", "ja", "nee", "gemeenteraad", "raad", "Wie beslist? (tabel), kolom Raad: \"Complexe opgaven waarover de raad bevoegd is te besluiten.\"",
                "[seed]", "Er is een besluit van de gemeente nodig, niet ambtelijk af te handelen; de gemeenteraad is "
                        + "bevoegd."), rule);
        Set<String> ids = BUNDLED.tables().stream().flatMap(t -> t.rows().stream()).map(Row::id)
                .collect(Collectors.toSet());
        assertEquals(86, records.stream().filter(r -> ids.contains(r.get(0))).count());
        assertTrue(records.stream().filter(r -> ids.contains(r.get(0))).allMatch(r -> r.size() == header(records, r)));
    }

    @Test
    void aFileWithADoctypeIsRefusedWithoutReadingTheEntity() throws IOException {
        Path secret = dir.resolve("geheim.txt");
        Files.writeString(secret, "GEHEIM");
        Path dmn = dir.resolve("xxe.dmn");
        Files.writeString(dmn, bundledDmn().replaceFirst("<definitions ", "<!DOCTYPE d [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<definitions ").replace("[seed]", "&x;"));
        PolicyLoadException e = assertThrows(PolicyLoadException.class, () -> PolicyMatrix.of(dmn));
        assertTrue(e.getMessage().contains("xxe.dmn"), e.getMessage());
        assertFalse(e.getMessage().contains("GEHEIM"));
    }

    @Test
    void aPolicyDirectoryCopyReadsLikeTheBundledPolicy() throws IOException {
        Files.writeString(dir.resolve("participatiebeleid.dmn"), bundledDmn());
        try (InputStream in = getClass().getResourceAsStream("/nl/heemstede/participatie/beleid/beleid.properties")) {
            Files.write(dir.resolve("beleid.properties"), in.readAllBytes());
        }
        assertEquals(BUNDLED.toMarkdown(), PolicyMatrix.fromDirectory(dir).toMarkdown());
    }

    /** The number of fields of the header record above the given record. */
    private static int header(List<List<String>> records, List<String> record) {
        for (int i = records.indexOf(record); i >= 0; i--) {
            if (records.get(i).get(0).equals("Regel")) {
                return records.get(i).size();
            }
        }
        return -1;
    }

    /** A small RFC 4180 reader, to check that the CSV reads back into the fields that were written. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records.stream().filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).collect(Collectors.toList());
    }
}
