package nl.heemstede.participatie.staff;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export for Camunda 7 and Operaton changes only what feel-scala needs: names with spaces in backticks, outside
 * string literals and never inside a longer word; a single unnamed output named after its decision. The bundled
 * policy on Camunda's engine is compared with Drools in {@code CamundaCrossEngineTests}.
 */
class PolicyExportTests {

    private static final List<String> NAMES = List.of("Besluit gemeente nodig", "Wie beslist");

    @Test
    void aNameWithSpacesIsQuotedInBackticks() {
        assertEquals("`Wie beslist`", PolicyExport.quoteNames("Wie beslist", NAMES));
        assertEquals("`Besluit gemeente nodig` and `Wie beslist` = \"COLLEGE\"",
                PolicyExport.quoteNames("Besluit gemeente nodig and Wie beslist = \"COLLEGE\"", NAMES));
    }

    @Test
    void aNameInAStringLiteralInBackticksOrInsideALongerWordStaysAsItIs() {
        assertEquals("\"Wie beslist\"", PolicyExport.quoteNames("\"Wie beslist\"", NAMES));
        assertEquals("`Wie beslist`", PolicyExport.quoteNames("`Wie beslist`", NAMES));
        assertEquals("Wie beslisten", PolicyExport.quoteNames("Wie beslisten", NAMES));
        assertEquals("list contains(Doelen, \"A\")", PolicyExport.quoteNames("list contains(Doelen, \"A\")", NAMES));
    }

    @Test
    void aSingleUnnamedOutputGetsTheDecisionsNameAndANamedOneIsKept() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="d" namespace="n">
                  <decision id="wie" name="Wie beslist">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="e" typeRef="boolean"><text>Besluit gemeente nodig</text></inputExpression></input>
                      <output id="o"/>
                    </decisionTable>
                  </decision>
                  <decision id="other" name="Ander">
                    <decisionTable id="t2">
                      <output id="o2" name="al"/>
                    </decisionTable>
                  </decision>
                  <inputData id="b" name="Besluit gemeente nodig"/>
                </definitions>
                """;
        String exported = PolicyExport.rewrite("test.dmn", dmn);
        assertTrue(exported.contains("<output id=\"o\" name=\"Wie beslist\"/>"), exported);
        assertTrue(exported.contains("<output id=\"o2\" name=\"al\"/>"), exported);
        assertTrue(exported.contains("<text>`Besluit gemeente nodig`</text>"), exported);
    }

    @Test
    void theNoteSaysInDutchAndEnglishWhatTheExportDoesNotHold() {
        String note = PolicyExport.camunda7Note();
        for (String part : List.of("regelsets", "aandachtspunten", "uitleg", "beleidsversies", "controles",
                "rule sets", "attention points", "explanation", "policy versions", "checks", "CVDR649694")) {
            assertTrue(note.contains(part), "the note names " + part);
        }
    }
}
