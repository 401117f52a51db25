package nl.heemstede.participatie.examples;

/**
 * The one Dutch paragraph {@code check}, {@code matrix} and {@code diff} print when loading a policy fails in a way
 * the library did not turn into a refusal: what failed and what to do, never a stack trace.
 */
final class LoadFailure {

    private LoadFailure() {
    }

    /** The paragraph for a policy (a directory, or {@code bundled}) whose loading failed with the given failure. */
    static String message(String policy, Throwable failure) {
        String what = failure instanceof StackOverflowError ? "de engine liep vast op een te diep geneste uitdrukking"
                : failure instanceof OutOfMemoryError ? "de engine had te veel geheugen nodig"
                : "de engine brak af met een onverwachte fout";
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage().strip()
                .replaceAll("\\p{Cntrl}+", " ");
        if (detail.length() > 200) {
            detail = detail.substring(0, 197) + "...";
        }
        return "Het beleid in " + policy + " kon niet worden geladen: " + what + " ("
                + failure.getClass().getSimpleName() + detail + "). Er is niets geladen. Controleer het DMN-bestand"
                + " met 'participatie check'; blijft dit gebeuren, meld het dan met deze melding aan de beheerder.";
    }
}
