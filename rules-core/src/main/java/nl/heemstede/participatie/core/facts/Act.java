package nl.heemstede.participatie.core.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.heemstede.participatie.ActivityKind;

/**
 * One activity of the process. Internal fact type of {@code verantwoording.drl}.
 *
 * @param index the activity's position in the record, its identity
 * @param date  the day it took place
 * @param kind  what kind of activity it was
 * @param title the date and description, for people
 */
public record Act(int index, LocalDate date, ActivityKind kind, String title) {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    /** A date as people in Heemstede write it, for example {@code 2 maart 2026}. */
    public static String dutch(LocalDate date) {
        return DUTCH.format(date);
    }
}
