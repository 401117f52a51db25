package nl.heemstede.participatie.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.heemstede.participatie.ParticipationAdvisor;

/**
 * Advisors whose today lies inside the bundled policy's period (2021-02-01..2023-12-18): the tests of what a policy
 * decides build opgaven without a peildatum, and the bundled policy refuses those on the real today.
 */
public final class InForce {

    /** A day the bundled policy is in force on. */
    public static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    /** A clock standing still at the start of {@link #DAY} in Heemstede. */
    public static final Clock CLOCK = Clock.fixed(DAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));

    private InForce() {
    }

    /** The bundled advisor, with today at {@link #DAY}. */
    public static ParticipationAdvisor bundled() {
        return ParticipationAdvisor.bundled().withClock(CLOCK);
    }

    /** The advisor of a policy directory or register, with today at {@link #DAY}. */
    public static ParticipationAdvisor fromDirectory(Path directory) {
        return ParticipationAdvisor.fromDirectory(directory).withClock(CLOCK);
    }
}
