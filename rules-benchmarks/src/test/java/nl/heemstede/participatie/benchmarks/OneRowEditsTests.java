package nl.heemstede.participatie.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The edits {@link PolicyEditBenchmark} reloads: each a new version that changes the answer of exactly one row. */
class OneRowEditsTests {

    private static final Pattern OUTPUT = Pattern.compile("<outputEntry id=\"([^\"]+)\"><text>([^<]*)</text>");

    @Test
    void everyEditChangesTheAnswerOfOneRowAndNoTwoEditsAreTheSame() {
        List<String> bundled = outputs(OneRowEdits.bundledDmn());
        List<OneRowEdits.Edit> edits = OneRowEdits.all();
        assertTrue(edits.size() >= PolicyEditBenchmark.WARM_UP_EDITS + PolicyEditBenchmark.MEASURED_EDITS,
                "enough edits for every shot of the benchmark: " + edits.size());
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
