package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.PolicyMatrix;

/**
 * {@code participatie matrix [MAP] [--format markdown|csv|html]}: every decision table of the policy as a readable
 * table, with the Dutch labels of the codes and the annotation columns.
 *
 * <p>Without a directory, the bundled policy; with one, the policy in it, after it passed every check of
 * {@link nl.heemstede.participatie.ParticipationAdvisor#fromDirectory(Path)}. CSV is one file with a block per table
 * (title, hit policy, header, rules) and a UTF-8 byte order mark, so a spreadsheet shows the accents right.
 * Exit codes: 0 printed; 2 usage error or a policy that does not load (the problems on standard error).
 */
final class MatrixCommand implements ParticipatieCli.Command {

    static final int OK = 0;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Gebruik: participatie matrix [MAP] [--format markdown|csv|html]
              Toont elke beslistabel van het beleid als leesbare tabel: per tabel de naam, de omschrijving,
              de hit policy, en per regel de invoer, de uitkomst en de kolommen Bron, Grondslag en Uitleg,
              met de Nederlandse namen van de codes.
              MAP               een beleidsmap (één .dmn-bestand en beleid.properties); zonder MAP het
                                meegeleverde beleid. De map wordt eerst volledig gecontroleerd.
              --format markdown Markdown (standaard)
              --format csv      CSV voor een spreadsheet: per tabel een blok (naam, hit policy, kopregel,
                                regels), blokken gescheiden door een lege regel; UTF-8 met BOM
              --format html     een losse HTML-pagina
            Exitcodes: 0 getoond, 2 gebruiksfout of een beleid dat niet laadt.
            """;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String format = "markdown";
        Path directory = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--format")) {
                if (i + 1 == args.length) {
                    err.println("--format vraagt markdown, csv of html.");
                    err.print(USAGE_TEXT);
                    return USAGE;
                }
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("-")) {
                err.println("Onbekende optie '" + arg + "'.");
                err.print(USAGE_TEXT);
                return USAGE;
            } else if (directory != null) {
                err.println("Geef hoogstens één beleidsmap, niet ook '" + arg + "'.");
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                directory = Path.of(arg);
            }
        }
        if (!format.equals("markdown") && !format.equals("csv") && !format.equals("html")) {
            err.println("--format moet markdown, csv of html zijn, niet '" + format + "'.");
            return USAGE;
        }
        if (directory != null && !Files.isDirectory(directory)) {
            err.println(directory + ": geen map. Geef een beleidsmap met één .dmn-bestand en beleid.properties.");
            return USAGE;
        }
        PolicyMatrix matrix;
        try {
            matrix = directory == null ? PolicyMatrix.bundled() : PolicyMatrix.fromDirectory(directory);
        } catch (PolicyLoadException e) {
            err.println("Het beleid" + (directory == null ? "" : " in " + directory) + " laadt niet:");
            for (String problem : e.problems()) {
                err.println("  - " + problem);
            }
            return USAGE;
        } catch (RuntimeException | Error e) { // a failure the library did not turn into a refusal: no stack trace
            err.println(LoadFailure.message(directory == null ? "bundled" : directory.toString(), e));
            return USAGE;
        }
        switch (format) {
            case "csv" -> out.print("\uFEFF" + matrix.toCsv());
            case "html" -> out.print(matrix.toHtml());
            default -> out.print(matrix.toMarkdown());
        }
        out.flush();
        return OK;
    }
}
