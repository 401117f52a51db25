package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.PolicyCheck;

/**
 * {@code participatie check [--format text|json] DIR}: everything policy staff need to know before publishing an
 * edit, in Dutch, with file, table and row per finding. Exit 0 when the policy is sound, 1 when not, 2 for a
 * usage error, a directory that does not exist or is not a directory included (then nothing was checked).
 */
final class CheckCommand implements ParticipatieCli.Command {

    private static final String USAGE = """
            Gebruik: participatie check [--format text|json] MAP
              Controleert het beleid in MAP (een .dmn-bestand en beleid.properties) voordat het gepubliceerd wordt:
              veiligheid, DMN-validatie, gaten en overlappingen in de tabellen, volledigheid, en de beleidsregels
              over alle mogelijke opgaven. Exitcode 0: in orde; 1: niet in orde; 2: gebruiksfout (ook: MAP
              bestaat niet of is geen map).
              --format text   het verslag in het Nederlands, voor mensen (standaard)
              --format json   het verslag als JSON, voor programma's
            """;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String format = "text";
        Path directory = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return ParticipatieCli.OK;
            } else if (arg.equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("-") || directory != null) {
                err.println("Onbekend argument '" + arg + "'.");
                err.print(USAGE);
                return ParticipatieCli.USAGE;
            } else {
                directory = Path.of(arg);
            }
        }
        if (directory == null || !(format.equals("text") || format.equals("json"))) {
            err.print(USAGE);
            return ParticipatieCli.USAGE;
        }
        if (!Files.exists(directory)) {
            err.println(directory + ": deze map bestaat niet. Er is niets gecontroleerd; geef een beleidsmap.");
            return ParticipatieCli.USAGE;
        }
        if (!Files.isDirectory(directory)) {
            err.println(directory + ": dit is geen map. Er is niets gecontroleerd; geef een beleidsmap (een"
                    + " .dmn-bestand en beleid.properties).");
            return ParticipatieCli.USAGE;
        }
        CheckReport report;
        try {
            report = PolicyCheck.check(directory);
        } catch (RuntimeException | Error e) { // the check reports what it finds; this is a last wall
            err.println(LoadFailure.message(directory.toString(), e));
            return ParticipatieCli.INVALID;
        }
        out.print(format.equals("json") ? report.toJson() + "\n" : report.toText());
        return report.sound() ? ParticipatieCli.OK : ParticipatieCli.INVALID;
    }
}
