package nl.heemstede.participatie.core.facts;

import java.time.LocalDate;

/**
 * What the accountability review knows about the process as a whole. Internal fact type of
 * {@code verantwoording.drl}.
 *
 * @param adoptedOn      the day the competent body adopted the plan
 * @param resultSentOn   the day the result went to the competent body; {@code null} while the process runs
 * @param inputAccounted the record accounts for what was done with the input
 */
public record ReviewSituation(LocalDate adoptedOn, LocalDate resultSentOn, boolean inputAccounted) {

    /** Whether the result went to the competent body. */
    public boolean resultSent() {
        return resultSentOn != null;
    }
}
