package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.InputSpace;
import nl.heemstede.participatie.staff.PolicyDiff;

/**
 * The command {@code participatie diff [--format markdown|html|json] OUD NIEUW}: the effect of a policy edit, every
 * changed advice over the complete input space, grouped by decision and table row.
 *
 * <p>Exit codes: 0 the diff was printed, whether or not anything changed (a diff is informational); 2 usage error or
 * a policy that does not load.
 */
final class DiffCommand implements ParticipatieCli.Command {

    /** The word that stands for the bundled policy instead of a directory. */
    static final String BUNDLED = "bundled";

    private static final String USAGE_TEXT = """
            Gebruik: participatie diff [--format markdown|html|json] OUD NIEUW
              Rekent beide beleidsversies door over alle %d opgaven (elke combinatie van antwoorden, met één
              belanghebbende van elke soort) en toont elk advies dat verandert: per beslissing, per tabelrij of
              regel die nu beslist, met aantallen en voorbeeldopgaven; daarna de verwachte gevallen
              (gevallen.yaml van beide) waarvan het advies verandert, en of ze nog kloppen.
              OUD en NIEUW zijn beleidsmappen (één .dmn-bestand, beleid.properties en eventueel
              gevallen.yaml); het woord 'bundled' staat voor het meegeleverde beleid.
              --format markdown   Markdown (standaard)
              --format html       een losse HTML-pagina
              --format json       JSON, voor programma's
            Exitcodes: 0 verschil getoond (ook als er geen is), 2 gebruiksfout of een beleid dat niet laadt.
            """.formatted(InputSpace.SIZE);

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String format = "markdown";
        List<String> policies = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE_TEXT);
                return ParticipatieCli.OK;
            } else if (arg.equals("--format")) {
                if (i + 1 == args.length) {
                    err.println("--format vraagt markdown, html of json.");
                    return ParticipatieCli.USAGE;
                }
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--")) {
                err.println("Onbekende optie '" + arg + "'.");
                err.print(USAGE_TEXT);
                return ParticipatieCli.USAGE;
            } else {
                policies.add(arg);
            }
        }
        if (!List.of("markdown", "html", "json").contains(format)) {
            err.println("--format moet markdown, html of json zijn, niet '" + format + "'.");
            return ParticipatieCli.USAGE;
        }
        if (policies.size() != 2) {
            err.println("Geef precies twee beleidsversies, OUD en NIEUW; gegeven: " + policies.size() + ".");
            err.print(USAGE_TEXT);
            return ParticipatieCli.USAGE;
        }
        ParticipationAdvisor before = load("OUD", policies.get(0), err);
        if (before == null) {
            return ParticipatieCli.USAGE;
        }
        ParticipationAdvisor after = load("NIEUW", policies.get(1), err);
        if (after == null) {
            return ParticipatieCli.USAGE;
        }
        PolicyDiff diff = PolicyDiff.between(before, after);
        out.print(switch (format) {
            case "html" -> diff.toHtml();
            case "json" -> diff.toJson();
            default -> diff.toMarkdown();
        });
        return ParticipatieCli.OK;
    }

    /** The advisor for the policy, or {@code null} after telling why it does not load. */
    private static ParticipationAdvisor load(String role, String policy, PrintStream err) {
        if (!policy.equals(BUNDLED) && !Files.isDirectory(Path.of(policy))) {
            err.println(role + " (" + policy + ") is geen map. Geef een beleidsmap of het woord '" + BUNDLED + "'.");
            return null;
        }
        try {
            return policy.equals(BUNDLED) ? ParticipationAdvisor.bundled() : PolicyDiff.load(Path.of(policy));
        } catch (PolicyLoadException e) {
            err.println(role + " (" + policy + "): het beleid laadt niet: " + e.getMessage());
            for (String problem : e.problems()) {
                if (!problem.equals(e.getMessage())) {
                    err.println("  - " + problem);
                }
            }
            return null;
        } catch (RuntimeException | Error e) { // a failure the library did not turn into a refusal: no stack trace
            err.println(role + ": " + LoadFailure.message(policy, e));
            return null;
        }
    }
}
