package nl.heemstede.participatie.core.loading;

import nl.heemstede.participatie.Basis;

/**
 * What a table row or rule says about itself: the decision it belongs to, its id, the seed section it rests on,
 * [seed] or [reading], and its Dutch explanation. Read from the annotation columns of a DMN table or the metadata
 * of a DRL rule.
 *
 * @param decision the Dutch decision name
 * @param id       the row id or rule name
 * @param source   the seed section (column or metadata {@code Bron})
 * @param basis    [seed] or [reading] (column or metadata {@code Grondslag})
 * @param text     the explanation (column or metadata {@code Uitleg})
 * @param subject  what the row is about when its decision is made more than once (metadata {@code code}); empty
 *                 when not
 */
public record Row(String decision, String id, String source, Basis basis, String text, String subject) {

    /** Parses the marker of the {@code Grondslag} column, or returns {@code null} when it is not one. */
    public static Basis basisOf(String marker) {
        if (marker == null) {
            return null;
        }
        return switch (marker.strip()) {
            case "[seed]" -> Basis.SEED;
            case "[reading]" -> Basis.READING;
            default -> null;
        };
    }
}
