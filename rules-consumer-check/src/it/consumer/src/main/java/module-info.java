/**
 * An embedding system's module: it requires the facade only. The advisor comes from rules-core (the automatic module
 * {@code nl.heemstede.participatie.core}), which the launcher resolves because it provides the service the facade
 * uses.
 */
module nl.heemstede.consumer {
    requires nl.heemstede.participatie.api;
}
