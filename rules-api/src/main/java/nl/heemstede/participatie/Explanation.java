package nl.heemstede.participatie;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one decision came out as it did: the table row or rule that decided it, what it rests on, and a
 * Dutch sentence a resident or council member understands.
 *
 * @param decision the Dutch name of the decision, for example {@code Wie beslist}
 * @param rule     the id of the table row (the engine's hit id) or the name of the fired rule
 * @param basis    whether the rule is in the seed in so many words or is our reading of it
 * @param source   the section of the seed it rests on
 * @param text     the explanation, in Dutch
 * @param subject  what the entry is about when the decision is made more than once (a stakeholder kind, a
 *                 party, an attention point); empty otherwise
 * @since 0.1
 */
public record Explanation(String decision, String rule, Basis basis, String source, String text,
                          Optional<String> subject) {

    /**
     * Checks that every component is given.
     *
     * @param decision the Dutch name of the decision, for example {@code Wie beslist}
     * @param rule     the id of the table row (the engine's hit id) or the name of the fired rule
     * @param basis    whether the rule is in the seed in so many words or is our reading of it
     * @param source   the section of the seed it rests on
     * @param text     the explanation, in Dutch
     * @param subject  what the entry is about when the decision is made more than once (a stakeholder kind, a party, an
     *                 attention point); empty otherwise
     */
    public Explanation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(subject, "subject");
    }
}
