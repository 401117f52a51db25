package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policies with rows that can never decide, made from the bundled DMN text, for the tests of bounded checks. */
public final class MaskedRows {

    private MaskedRows() {
    }

    /**
     * The DMN text with the table Wie beslist under hit policy FIRST and {@code count} copies of its row
     * wie-beslist-4 after its own rows: the copies match what wie-beslist-4 matches, so the first of them never
     * decides anything (they are masked). The ids are wie-beslist-gemaskeerd-1 and on.
     */
    public static String masked(String dmn, int count) {
        String withFirst = PolicyEdits.replace(dmn,
                "<decisionTable id=\"wie-beslist-tabel\" hitPolicy=\"UNIQUE\"",
                "<decisionTable id=\"wie-beslist-tabel\" hitPolicy=\"FIRST\"");
        int start = withFirst.indexOf("<rule id=\"wie-beslist-4\">");
        assertTrue(start >= 0, "row wie-beslist-4 exists");
        int end = withFirst.indexOf("</rule>", start) + "</rule>".length();
        String row = withFirst.substring(start, end);
        StringBuilder copies = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            copies.append("\n      ").append(row.replace("wie-beslist-4", "wie-beslist-gemaskeerd-" + i));
        }
        return withFirst.substring(0, end) + copies + withFirst.substring(end);
    }
}
