package nl.heemstede.participatie.core.facts;

import java.time.LocalDate;

/**
 * What the accountability review knows about the process as a whole. Internal fact type of
 * {@code verantwoording.drl}.
 *
 * @param adoptedOn       the day the competent body adopted the plan
 * @param resultSentOn    the day the result went to the competent body; {@code null} while the process runs
 * @param inputAccounted  the record accounts for what was done with the input
 * @param planAccounted   the record accounts for how far the process met the plan description and participation
 *                        plan (basisstap 5)
 * @param followedProject the opgave is one of the projects the municipality follows to evaluate its way of working
 *                        ({@code intentions.learningPilot}; seed section 6, <em>Evaluatie</em>)
 */
public record ReviewSituation(LocalDate adoptedOn, LocalDate resultSentOn, boolean inputAccounted,
                              boolean planAccounted, boolean followedProject) {

    /** Whether the result went to the competent body. */
    public boolean resultSent() {
        return resultSentOn != null;
    }
}
