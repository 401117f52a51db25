/**
 * Fact types of the DRL rule sets ({@code rollen.drl}, {@code aandachtspunten.drl}, {@code plantoets.drl},
 * {@code verantwoording.drl}). Internal: public only because
 * the rule engine needs them; not part of the API and may change without notice.
 */
package nl.heemstede.participatie.core.facts;
