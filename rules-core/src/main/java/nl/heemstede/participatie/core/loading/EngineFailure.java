package nl.heemstede.participatie.core.loading;

import java.util.Map;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * Turns an {@link Error} the engine throws while it compiles, validates or evaluates a policy from outside
 * ({@link StackOverflowError} from a deeply nested expression, {@link OutOfMemoryError} from a runaway expression,
 * a {@link LinkageError}) into a refusal in Dutch that names the file: a broken policy must never kill the thread
 * that loads it, nor reach an official as a stack trace.
 */
public final class EngineFailure {

    private EngineFailure() {
    }

    /** The refusal of the policy in the given files, naming its DMN file. */
    public static PolicyLoadException refusal(PolicyFiles files, Throwable failure) {
        Map<String, byte[]> dmn = files.withExtension(".dmn");
        String file = dmn.size() == 1 ? dmn.keySet().iterator().next() : files.origin();
        return refusal(file, null, failure);
    }

    /**
     * The refusal of a policy file.
     *
     * @param table the table the engine was busy with, or {@code null} when unknown
     */
    public static PolicyLoadException refusal(String file, String table, Throwable failure) {
        return TableRefusal.failed(file, table, failure);
    }

    /** What went wrong, in a sentence for a policy officer. */
    public static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "de engine liep vast op een te diep geneste uitdrukking (StackOverflowError), bijvoorbeeld heel"
                    + " veel haakjes in elkaar. Schrijf de uitdrukking eenvoudiger.";
        }
        if (failure instanceof OutOfMemoryError) {
            return "de engine had te veel geheugen nodig voor het beleid (OutOfMemoryError), bijvoorbeeld door een"
                    + " uitdrukking die een enorme lijst of tekst maakt. Schrijf de uitdrukking eenvoudiger.";
        }
        if (failure instanceof LinkageError) {
            return "de engine kon een klasse niet laden of koppelen (" + failure.getClass().getSimpleName()
                    + "); een beleid mag geen Java-klassen noemen.";
        }
        if (failure instanceof Error) {
            return "de engine brak af met een ernstige fout (" + failure.getClass().getSimpleName()
                    + "); het beleid is niet geladen.";
        }
        return "de engine brak af met een onverwachte fout (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + Descriptor.visible(oneLine(failure.getMessage())))
                + "); het beleid is niet geladen.";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
