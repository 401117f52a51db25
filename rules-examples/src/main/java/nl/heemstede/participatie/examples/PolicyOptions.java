package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;

/**
 * The options {@code --policy DIR} and {@code --policy-version NAME} that {@code advise}, {@code check-plan} and
 * {@code review} share: which policy directory or register advises (the bundled policy when not given), and which
 * version by name (else the one in force on each opgave's peildatum).
 */
final class PolicyOptions {

    /** What the usage texts say of the options, in Dutch. */
    static final String USAGE = """
              --policy MAP            een beleidsmap (een .dmn-bestand en beleid.properties) of een beleidsregister
                                      (een map per versie); standaard het meegeleverde beleid
              --policy-version NAAM   advies met deze versie, ook buiten haar geldigheid (het advies zegt dat dan);
                                      standaard de versie die op de peildatum van de opgave geldt
            """;

    private Optional<Path> policy = Optional.empty();
    private Optional<String> version = Optional.empty();

    /**
     * Reads the option at {@code args[i]} when it is one of these; returns how many arguments it took (0 when it is
     * not one of these, -1 when its value is missing, after saying so on {@code err}).
     */
    int read(String[] args, int i, PrintStream err) {
        String arg = args[i];
        for (String name : new String[] {"--policy", "--policy-version"}) {
            if (arg.startsWith(name + "=")) {
                set(name, arg.substring(name.length() + 1));
                return 1;
            }
            if (arg.equals(name)) {
                if (i + 1 == args.length) {
                    err.println(name + " vraagt " + (name.equals("--policy") ? "een map." : "de naam van een versie."));
                    return -1;
                }
                set(name, args[i + 1]);
                return 2;
            }
        }
        return 0;
    }

    private void set(String name, String value) {
        if (name.equals("--policy")) {
            policy = Optional.of(Path.of(value));
        } else {
            version = Optional.of(value);
        }
    }

    /**
     * The advisor these options ask for: the directory or register of {@code --policy}, else the given default,
     * pinned to the version of {@code --policy-version} when given; or empty after saying why on {@code err}.
     *
     * @throws PolicyLoadException when the policy does not load
     */
    Optional<ParticipationAdvisor> advisor(Supplier<ParticipationAdvisor> bundled, PrintStream err) {
        ParticipationAdvisor advisor = policy.map(ParticipationAdvisor::fromDirectory).orElseGet(bundled);
        if (version.isEmpty()) {
            return Optional.of(advisor);
        }
        try {
            return Optional.of(advisor.withVersion(version.get()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int english = message.indexOf(" / ");
            err.println(english < 0 ? message : message.substring(0, english));
            return Optional.empty();
        }
    }
}
