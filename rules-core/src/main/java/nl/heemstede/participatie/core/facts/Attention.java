package nl.heemstede.participatie.core.facts;

import nl.heemstede.participatie.AttentionPointCode;

/**
 * An attention point a rule in {@code aandachtspunten.drl} found to apply. Internal fact type.
 *
 * @param code the attention point
 * @param text what to do, in Dutch
 */
public record Attention(AttentionPointCode code, String text) {
}
