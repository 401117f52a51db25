/**
 * The typed facade of Heemstede's participation policy. No engine type is reachable from here.
 */
module nl.heemstede.participatie.api {
    exports nl.heemstede.participatie;
    exports nl.heemstede.participatie.spi;

    uses nl.heemstede.participatie.spi.AdvisorProvider;
}
