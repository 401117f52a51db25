package nl.heemstede.participatie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The versions {@link PolicyEditBenchmark} reloads: each edit changes one row's answer, each warm-up copy none. */
class OneRowEditsTests {

    private static final Pattern OUTPUT = Pattern.compile("<outputEntry id=\"([^\"]+)\"><text>([^<]*)</text>");

    @Test
    void everyEditChangesTheAnswerOfOneRowAndNoTwoEditsAreTheSame() {
        List<String> bundled = outputs(OneRowEdits.bundledDmn());
        List<OneRowEdits.Edit> edits = OneRowEdits.all();
        assertEquals(PolicyEditBenchmark.EDITS, edits.size(), "one shot of the benchmark per edit");
        Set<String> seen = new HashSet<>();
        for (OneRowEdits.Edit edit : edits) {
            assertTrue(seen.add(edit.dmn()), "a second edit gives the same file: " + edit.name());
            assertEquals(1, differences(bundled, outputs(edit.dmn())), edit.name());
        }
    }

    @Test
    void theWarmUpCopyChangesTwoRowsOfTheParticipationPlanTable() {
        List<String> bundled = outputs(OneRowEdits.bundledDmn());
        List<String> copy = outputs(OneRowEdits.planAlwaysRequired());
        assertEquals(2, differences(bundled, copy));
        for (int i = 0; i < bundled.size(); i++) {
            if (!bundled.get(i).equals(copy.get(i))) {
                assertTrue(copy.get(i).startsWith("participatieplan-"), copy.get(i));
            }
        }
    }

    @Test
    void aRewordedCopyChangesOneExplanationAndNoAnswer() {
        String bundled = OneRowEdits.bundledDmn();
        for (int n = 0; n < 10; n++) {
            String copy = OneRowEdits.reworded(n);
            assertEquals(outputs(bundled), outputs(copy), "no answer changed");
            assertTrue(copy.contains(" (herschreven " + n + ")</text></annotationEntry>"), "copy " + n);
            assertEquals(bundled.length() + (" (herschreven " + n + ")").length(), copy.length());
        }
    }

    /** Each output entry as "id=text", in file order. */
    private static List<String> outputs(String dmn) {
        Matcher m = OUTPUT.matcher(dmn);
        List<String> outputs = new java.util.ArrayList<>();
        while (m.find()) {
            outputs.add(m.group(1) + "=" + m.group(2));
        }
        return outputs;
    }

    private static int differences(List<String> a, List<String> b) {
        assertEquals(a.size(), b.size(), "same number of output entries");
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            n += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        return n;
    }
}
