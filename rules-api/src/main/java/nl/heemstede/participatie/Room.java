package nl.heemstede.participatie;

import java.util.Objects;

/**
 * The room for participation as the opgave's owner sees it (<em>ruimte bepalen</em>).
 *
 * @param somethingToChoose whether there is anything to choose (<em>valt er iets te kiezen?</em>)
 * @param legalRoom         the room that laws and regulations leave
 * @param policyRoom        the room that municipal policy leaves
 * @since 0.1
 */
public record Room(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom) {

    /** Checks that both room levels are given. */
    public Room {
        Objects.requireNonNull(legalRoom, "legalRoom is required.");
        Objects.requireNonNull(policyRoom, "policyRoom is required.");
    }

    /** Returns the room with the given answers. */
    public static Room of(boolean somethingToChoose, RoomLevel legalRoom, RoomLevel policyRoom) {
        return new Room(somethingToChoose, legalRoom, policyRoom);
    }
}
