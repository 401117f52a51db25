/**
 * The JSON contract of the participation policy: {@link nl.heemstede.participatie.json.ParticipatieJson} reads
 * opgaven strictly (every violation listed as a {@link nl.heemstede.participatie.json.ParsedOpgave}) and writes
 * advice with exactly the field names and codes of the README's JSON contract; it reads participation plans and process
 * records as strictly and writes plan checks and process reviews. {@link nl.heemstede.participatie.json.AdviceResult}
 * is one element of a batch answer; {@link nl.heemstede.participatie.json.MalformedJsonException} is text that is not
 * JSON at all.
 */
package nl.heemstede.participatie.json;
