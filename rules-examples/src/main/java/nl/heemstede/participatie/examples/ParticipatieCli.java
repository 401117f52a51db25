package nl.heemstede.participatie.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.json.AdviceResult;
import nl.heemstede.participatie.json.MalformedJsonException;
import nl.heemstede.participatie.json.ParsedOpgave;
import nl.heemstede.participatie.json.ParticipatieJson;

/**
 * The command line: {@code participatie advise [--format text|json] FILE...}, and the commands of their own classes:
 * {@code check-plan} and {@code review} for participation plans and processes ({@link CheckPlanCommand},
 * {@link ReviewCommand}), {@code check}, {@code diff} and {@code matrix} for policy staff.
 *
 * <p>Exit codes of {@code advise}: 0 every opgave valid; 1 some opgave invalid; 2 usage error, unreadable file or
 * malformed JSON; 3 the policy cannot decide a valid opgave (a defect of the policy).
 */
public final class ParticipatieCli {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int POLICY_ERROR = 3;

    private static final String USAGE_TEXT = """
            Gebruik: participatie advise [--format text|json] BESTAND...
                     participatie check-plan [--format text|json] OPGAVE PLAN
                     participatie review [--format text|json] OPGAVE PLAN VERSLAG
                     participatie check [--format text|json] MAP
                     participatie diff [--format markdown|html|json] OUD NIEUW   (OUD of NIEUW mag 'bundled' zijn)
                     participatie matrix [--format markdown|csv|html] [MAP]
              advise: geeft het advies van het participatiebeleid van Heemstede voor elke opgave in de bestanden.
              Elk bestand bevat één opgave (JSON-object) of een JSON-array van opgaven.
              --format text   advies in het Nederlands, voor mensen (standaard)
              --format json   één JSON-array: per opgave het advies of {"errors": [...]}
            Exitcodes: 0 alle opgaven geldig, 1 een opgave ongeldig, 2 gebruiksfout of onleesbaar bestand,
                       3 het beleid kan een geldige opgave niet beslissen.
              check-plan: toetst een participatieplan aan het beleid voordat het bevoegd orgaan het vaststelt.
              review: verantwoordt een gelopen participatieproces tegenover het vastgestelde plan (basisstap 5).
              Elk bestand bevat één JSON-object; zie examples/proceskader voor een uitgewerkt voorbeeld.
            Exitcodes: 0 geen fout, 1 een of meer fouten, 2 gebruiksfout, onleesbaar of ongeldig bestand,
                       3 het beleid kan de opgave niet beslissen.
            """;

    /**
     * A sub-command of the command line other than {@code advise}: it gets its arguments (without the command's
     * name) and the two streams, and returns the exit code.
     */
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** The sub-commands for policy staff, by name. Each lives in a class of its own. */
    private static final java.util.Map<String, Command> COMMANDS = java.util.Map.of("check", new CheckCommand(),
            "diff", new DiffCommand(), "matrix", new MatrixCommand(), "check-plan", new CheckPlanCommand(),
            "review", new ReviewCommand());

    private final PrintStream out;
    private final PrintStream err;

    ParticipatieCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ParticipatieCli(out, err).run(args));
    }

    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command != null) {
            return command.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (!args[0].equals("advise")) {
            err.println("Onbekend commando '" + args[0] + "'.");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String format = "text";
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format")) {
                if (i + 1 == args.length) {
                    err.println("--format vraagt text of json.");
                    return USAGE;
                }
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--")) {
                err.println("Onbekende optie '" + arg + "'.");
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format moet text of json zijn, niet '" + format + "'.");
            return USAGE;
        }
        if (files.isEmpty()) {
            err.println("Geef minstens één bestand met een opgave.");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        return advise(files, format.equals("json"));
    }

    private int advise(List<Path> files, boolean json) {
        ParticipatieJson contract = ParticipatieJson.create();
        // Read and parse every file first: a malformed file stops the run before any advice is printed.
        List<String> sources = new ArrayList<>();
        List<ParsedOpgave> parsed = new ArrayList<>();
        for (Path file : files) {
            Optional<String> read = readFile(file, err);
            if (read.isEmpty()) {
                return USAGE;
            }
            String text = read.get();
            try {
                List<ParsedOpgave> inFile = contract.readOpgaven(text);
                for (int i = 0; i < inFile.size(); i++) {
                    sources.add(inFile.size() == 1 ? file.toString() : file + " [" + i + "]");
                }
                parsed.addAll(inFile);
            } catch (MalformedJsonException e) {
                err.println(file + ":" + e.line() + ":" + e.column() + ": geen geldige JSON: " + e.getMessage());
                return USAGE;
            }
        }
        ParticipationAdvisor advisor;
        try {
            advisor = ParticipationAdvisor.bundled();
        } catch (PolicyLoadException e) {
            err.println("Het beleid laadt niet: " + e.getMessage());
            return POLICY_ERROR;
        }
        List<AdviceResult> results = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean anyInvalid = false;
        try {
            for (int i = 0; i < parsed.size(); i++) {
                ParsedOpgave p = parsed.get(i);
                if (p.opgave().isPresent()) {
                    var advice = advisor.advise(p.opgave().get());
                    results.add(AdviceResult.of(advice));
                    text.append(TextReport.advice(p.opgave().get(), advice));
                } else {
                    anyInvalid = true;
                    results.add(AdviceResult.invalid(p.violations()));
                    text.append(TextReport.invalid("Opgave " + sources.get(i), p.violations()));
                }
                if (i + 1 < parsed.size()) {
                    text.append("\n").append("=".repeat(72)).append("\n\n");
                }
            }
        } catch (PolicyDecisionException e) {
            err.println("Het beleid kan deze opgave niet beslissen: " + e.getMessage());
            return POLICY_ERROR;
        }
        out.print(json ? contract.writeResults(results) + "\n" : text);
        return anyInvalid ? INVALID : OK;
    }

    /**
     * The text of a UTF-8 file, without a byte order mark; or empty after telling on {@code err} why it cannot be
     * read (too large, not UTF-8, missing, a directory).
     */
    static Optional<String> readFile(Path file, PrintStream err) {
        try {
            if (Files.size(file) > ParticipatieJson.MAX_INPUT_CHARS) {
                err.println(file + ": het bestand is groter dan " + ParticipatieJson.MAX_INPUT_CHARS + " bytes.");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            // a UTF-8 byte order mark, which some editors write
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            err.println(file + ": het bestand is geen UTF-8-tekst.");
            return Optional.empty();
        } catch (IOException e) {
            err.println(file + ": kan het bestand niet lezen (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ").");
            return Optional.empty();
        }
    }
}
