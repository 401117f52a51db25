package nl.heemstede.participatie.core.loading;

import java.time.Duration;
import java.util.List;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * The refusal of a policy because of what happened while the engine evaluated one of its tables: an {@link Error}
 * or unexpected exception ({@link #ENGINE_FAILED}), or a table that could not be decided within its time budget
 * ({@link #CHECK_TIMED_OUT}). The message, in Dutch, names the DMN file and the table; {@code participatie check}
 * turns it into a finding with that code and table.
 */
public final class TableRefusal extends PolicyLoadException {

    private static final long serialVersionUID = 1L;

    /** The code of the finding for an engine failure. */
    static final String ENGINE_FAILED = "ENGINE_FAILED";
    /** The code of the finding for a step or table that overran its time budget. */
    public static final String CHECK_TIMED_OUT = "CHECK_TIMED_OUT";

    private final String code;
    private final String file;
    private final String table;
    private final String problem;

    private TableRefusal(String code, String file, String table, String problem, Throwable cause) {
        super("Het beleidsbestand " + file + " is geweigerd: " + where(file, table) + ": " + problem,
                List.of(where(file, table) + ": " + problem), cause);
        this.code = code;
        this.file = file;
        this.table = table;
        this.problem = problem;
    }

    private static String where(String file, String table) {
        return file + (table == null ? "" : ", tabel '" + table + "'");
    }

    /** The engine failed (threw) while it evaluated the table; {@code table} is {@code null} when unknown. */
    static TableRefusal failed(String file, String table, Throwable failure) {
        return new TableRefusal(ENGINE_FAILED, file, table, EngineFailure.describe(failure), failure);
    }

    /** Deciding the table over its input space took longer than its budget. */
    static TableRefusal overran(String file, String table, Duration budget, int decided, int combinations) {
        return new TableRefusal(CHECK_TIMED_OUT, file, table, "het doorrekenen van de tabel over al haar invoer duurde"
                + " langer dan " + Bounds.dutch(budget) + " (" + decided + " van de " + combinations
                + " invoercombinaties beslist) en is afgebroken. Een uitdrukking rekent misschien eindeloos door, of de"
                + " tabel is te groot: maak haar kleiner of eenvoudiger.", null);
    }

    /** The code of the finding: {@link #ENGINE_FAILED} or {@link #CHECK_TIMED_OUT}. */
    public String code() {
        return code;
    }

    /** The DMN file. */
    String file() {
        return file;
    }

    /** The table (decision name), or {@code null} when unknown. */
    public String table() {
        return table;
    }

    /** What went wrong, in Dutch, without file and table. */
    public String problem() {
        return problem;
    }
}
