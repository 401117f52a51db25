package nl.heemstede.participatie.benchmarks;

import java.util.List;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;

/** The opgaven the benchmarks advise on. */
public final class Opgaven {

    /**
     * A clock in the bundled policy's period (2022-06-01 in Heemstede): the benchmark opgaven have no peildatum, and
     * the bundled policy refuses those on the real today.
     */
    public static final java.time.Clock IN_FORCE = java.time.Clock.fixed(java.time.LocalDate.of(2022, 6, 1)
            .atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant(),
            java.time.ZoneId.of("Europe/Amsterdam"));

    /** One stakeholder of each of the five kinds, in kind order. */
    public static final List<Stakeholder> ONE_OF_EACH_KIND = List.of(
            Stakeholder.of("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS),
            Stakeholder.of("Digipanel Heemstede", StakeholderKind.RESIDENTS),
            Stakeholder.of("Inwoners van Heemstede-Zuid", StakeholderKind.DISTANT_RESIDENTS),
            Stakeholder.of("Verkeerskundig adviesbureau", StakeholderKind.EXPERT),
            Stakeholder.of("Winkeliersvereniging Raadhuisstraat", StakeholderKind.ORGANISATION));

    private Opgaven() {
    }

    /**
     * A typical opgave: a complex council opgave (municipal initiative, every impact aspect, ample room,
     * co-production wanted, frameworks incomplete, opposing interests) with one stakeholder of each kind.
     */
    public static Opgave typical() {
        Opgave.Builder builder = complexCouncilOpgave("Herinrichting Raadhuisstraat");
        ONE_OF_EACH_KIND.forEach(s -> builder.stakeholder(s.name(), s.kind()));
        return builder.build();
    }

    /** The same complex council opgave with the largest number of stakeholders allowed (200), kinds in turn. */
    public static Opgave large() {
        Opgave.Builder builder = complexCouncilOpgave("Herinrichting centrum");
        StakeholderKind[] kinds = StakeholderKind.values();
        for (int i = 0; i < Opgave.MAX_STAKEHOLDERS; i++) {
            builder.stakeholder(String.format("Belanghebbende %03d", i + 1), kinds[i % kinds.length]);
        }
        return builder.build();
    }

    private static Opgave.Builder complexCouncilOpgave(String title) {
        return Opgave.builder(title)
                .reference("WMH-2026-017")
                .peildatum(java.time.LocalDate.now(IN_FORCE))
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL)
                .impact(Impact.of(true, true, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .difficulty(Difficulty.of(false, true))
                .intentions(Intentions.of(true, true, Frameworks.of(true, true, false), true));
    }
}
