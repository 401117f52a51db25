package nl.heemstede.participatie;

import java.util.List;
import java.util.Locale;

/** Checks of texts shared by the inputs: length, emptiness, and the key by which names are compared. */
final class Texts {

    private Texts() {
    }

    /** The key under which names are unique and matched: ignoring case and surrounding spaces. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds a violation when the text is blank or longer than {@code max} characters. */
    static void check(List<Violation> found, String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (value.isBlank()) {
            found.add(Violation.of(field, value, field + " mag niet leeg zijn."));
        } else if (length > max) {
            found.add(Violation.of(field, shorten(value),
                    field + " mag hoogstens " + max + " tekens hebben; het zijn er " + length + "."));
        }
    }

    /** Adds a violation when the text is longer than {@code max} characters (an empty text is allowed). */
    static void checkLength(List<Violation> found, String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            found.add(Violation.of(field, shorten(value),
                    field + " mag hoogstens " + max + " tekens hebben; het zijn er " + length + "."));
        }
    }

    /** The first 40 characters of a long text, for a violation's rejected value. */
    static String shorten(String value) {
        return value.codePointCount(0, value.length()) <= 40 ? value
                : value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
    }
}
