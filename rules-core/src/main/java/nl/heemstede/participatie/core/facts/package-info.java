/**
 * Fact types of the DRL rule sets ({@code rollen.drl}, {@code aandachtspunten.drl}). Internal: public only because
 * the rule engine needs them; not part of the API and may change without notice.
 */
package nl.heemstede.participatie.core.facts;
