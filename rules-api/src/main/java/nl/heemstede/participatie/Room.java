package nl.heemstede.participatie;

import java.util.Objects;

/**
 * The room for participation as the opgave's owner sees it (<em>ruimte bepalen</em>).
 *
 * @param somethingToChoose whether there is anything to choose (<em>valt er iets te kiezen?</em>)
 * @param legalRoom         the room that laws and regulations leave
 * @param policyRoom        the room that municipal policy leaves
 * @param participationDesirable the official's judgement, after weighing how complex the question is, that
 *                          participation is desirable (<em>participatie is niet altijd mogelijk en/of wenselijk</em>);
 *                          {@code true} unless said otherwise
 * @since 0.1
 */
public record Room(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom,
                   boolean participationDesirable) {

    /**
     * Checks that both room levels are given.
     *
     * @param somethingToChoose      whether there is anything to choose (<em>valt er iets te kiezen?</em>)
     * @param legalRoom              the room that laws and regulations leave
     * @param policyRoom             the room that municipal policy leaves
     * @param participationDesirable the official's judgement, after weighing how complex the question is, that
     *                               participation is desirable (<em>participatie is niet altijd mogelijk en/of
     *                               wenselijk</em>); {@code true} unless said otherwise
     */
    public Room {
        Objects.requireNonNull(legalRoom, "legalRoom is required.");
        Objects.requireNonNull(policyRoom, "policyRoom is required.");
    }

    /**
     * The room with the given answers, participation desirable.
     *
     * @param somethingToChoose whether there is anything to choose (<em>valt er iets te kiezen?</em>)
     * @param legalRoom         the room that laws and regulations leave
     * @param policyRoom        the room that municipal policy leaves
     */
    public Room(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom) {
        this(somethingToChoose, legalRoom, policyRoom, true);
    }

    /**
     * Returns the room with the given answers, participation desirable.
     *
     * @param somethingToChoose whether there is anything to choose (<em>valt er iets te kiezen?</em>)
     * @param legalRoom         the room that laws and regulations leave
     * @param policyRoom        the room that municipal policy leaves
     * @return the room with the given answers, participation desirable
     */
    public static Room of(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom) {
        return new Room(somethingToChoose, legalRoom, policyRoom, true);
    }

    /**
     * Returns the room with the given answers.
     *
     * @param somethingToChoose      whether there is anything to choose (<em>valt er iets te kiezen?</em>)
     * @param legalRoom              the room that laws and regulations leave
     * @param policyRoom             the room that municipal policy leaves
     * @param participationDesirable the official's judgement, after weighing how complex the question is, that
     *                               participation is desirable (<em>participatie is niet altijd mogelijk en/of
     *                               wenselijk</em>); {@code true} unless said otherwise
     * @return the room with the given answers
     * @since 0.2
     */
    public static Room of(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom,
                          boolean participationDesirable) {
        return new Room(somethingToChoose, legalRoom, policyRoom, participationDesirable);
    }
}
