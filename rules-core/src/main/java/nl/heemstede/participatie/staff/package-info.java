/**
 * Tools for policy staff who edit the decision tables: check an edited policy, see the effect of an edit (diff),
 * and read the tables as a matrix. {@link nl.heemstede.participatie.staff.InputSpace} enumerates every opgave the
 * tables can tell apart; {@link nl.heemstede.participatie.staff.PolicyDiff} evaluates two policies over it and
 * reports every changed outcome, grouped by decision and by the table row or rule that decides it, as Markdown,
 * HTML or JSON. {@link nl.heemstede.participatie.staff.PolicyExport} writes the tables for another DMN engine
 * (Camunda 7, Operaton).
 */
package nl.heemstede.participatie.staff;
