package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated activity of a participation process, with the parties that took part.
 *
 * @param date         the day it took place
 * @param kind         what kind of activity it was
 * @param description  what it was, 1 to 200 characters, for example {@code Bewonersavond 12 maart}
 * @param participants the parties of the plan that took part and their role there; at least one
 * @since 0.1
 */
public record Activity(LocalDate date, ActivityKind kind, String description, List<Participation> participants) {

    /**
     * Checks that every component is given and copies the participants.
     *
     * @param date         the day it took place
     * @param kind         what kind of activity it was
     * @param description  what it was, 1 to 200 characters, for example {@code Bewonersavond 12 maart}
     * @param participants the parties of the plan that took part and their role there; at least one
     */
    public Activity {
        Objects.requireNonNull(date, "date is required.");
        Objects.requireNonNull(kind, "kind is required.");
        Objects.requireNonNull(description, "description is required.");
        participants = List.copyOf(Objects.requireNonNull(participants, "participants is required."));
    }

    /**
     * Returns the activity.
     *
     * @param date         the day it took place
     * @param kind         what kind of activity it was
     * @param description  what it was, 1 to 200 characters, for example {@code Bewonersavond 12 maart}
     * @param participants the parties of the plan that took part and their role there; at least one
     * @return the activity
     */
    public static Activity of(LocalDate date, ActivityKind kind, String description, Participation... participants) {
        return new Activity(date, kind, description, List.of(participants));
    }
}
