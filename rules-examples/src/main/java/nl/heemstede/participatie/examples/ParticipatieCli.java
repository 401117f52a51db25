package nl.heemstede.participatie.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.json.AdviceResult;
import nl.heemstede.participatie.json.MalformedJsonException;
import nl.heemstede.participatie.json.ParsedOpgave;
import nl.heemstede.participatie.json.ParticipatieJson;

/**
 * The command line: {@code participatie advise [--format text|json] FILE...}, and the commands of their own classes:
 * {@code check-plan} and {@code review} for participation plans and processes ({@link CheckPlanCommand},
 * {@link ReviewCommand}), {@code check}, {@code diff} and {@code matrix} for policy staff, {@code export} for
 * another DMN engine ({@link ExportCommand}).
 *
 * <p>Exit codes of {@code advise}: 0 every opgave valid; 1 some opgave invalid; 2 usage error, unreadable file or
 * malformed JSON; 3 the policy cannot decide a valid opgave (a defect of the policy; the output stops at that opgave).
 * An input file must be a regular file of at most {@link #MAX_INPUT_BYTES} bytes; anything else is refused unread with
 * exit 2. The advice is written opgave by opgave as it is given, so memory grows with the typed opgaven of the batch
 * only, never with its advice or output.
 */
public final class ParticipatieCli {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int POLICY_ERROR = 3;

    /**
     * The largest input file read, in bytes (10 MB): the JSON reader's own limit, so that no file is read that it
     * would refuse. A batch of 9,000 opgaven as the bundled examples takes about 9.4 MB.
     */
    static final int MAX_INPUT_BYTES = ParticipatieJson.MAX_INPUT_CHARS;

    /** What every command says of its input files, in its usage text. */
    static final String INPUT_FILES = """
            Invoer: elk bestand is een gewoon bestand van hoogstens 10 MB (10.000.000 bytes), in UTF-8. Een groter
              bestand, een map, een pipe of een apparaat wordt niet gelezen: exitcode 2.
            """;

    private static final String USAGE_TEXT = """
            Gebruik: participatie advise [--format text|json] [--policy MAP] [--policy-version NAAM] BESTAND...
                     participatie check-plan [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN
                     participatie review [--format text|json] [--policy MAP] [--policy-version NAAM] OPGAVE PLAN VERSLAG
                     participatie check [--format text|json] MAP
                     participatie diff [--format markdown|html|json] OUD NIEUW   (OUD of NIEUW mag 'bundled' zijn)
                     participatie matrix [--format markdown|csv|html] [MAP]
                     participatie export --for camunda7 MAP UIT   (MAP mag 'bundled' zijn)
                     participatie --version
                     participatie COMMANDO --help
              advise: geeft het advies van het participatiebeleid van Heemstede voor elke opgave in de bestanden.
              Elk bestand bevat één opgave (JSON-object) of een JSON-array van opgaven. Een opgave krijgt advies
              van de beleidsversie die op haar peildatum geldt (zonder peildatum: vandaag); geldt er geen, dan is
              de opgave ongeldig (veld peildatum).
              --format text   advies in het Nederlands, voor mensen (standaard)
              --format json   één JSON-array: per opgave het advies of {"errors": [...]}
            """ + PolicyOptions.USAGE + """
            Exitcodes: 0 alle opgaven geldig, 1 een opgave ongeldig (ook: geen beleid op de peildatum),
                       2 gebruiksfout of onleesbaar bestand, 3 het beleid kan een geldige opgave niet beslissen of
                       laadt niet.
              check-plan: toetst een participatieplan aan het beleid voordat het bevoegd orgaan het vaststelt.
              review: verantwoordt een gelopen participatieproces tegenover het vastgestelde plan (basisstap 5).
              Elk bestand bevat één JSON-object; zie examples/proceskader voor een uitgewerkt voorbeeld.
            Exitcodes: 0 geen fout, 1 een of meer fouten, 2 gebruiksfout, onleesbaar of ongeldig bestand,
                       3 het beleid kan de opgave niet beslissen.
            """ + INPUT_FILES;

    /** The usage of {@code advise} alone, for {@code participatie advise --help}. */
    private static final String ADVISE_USAGE = """
            Gebruik: participatie advise [--format text|json] [--policy MAP] [--policy-version NAAM] BESTAND...
              Geeft het advies van het participatiebeleid van Heemstede voor elke opgave in de bestanden.
              Elk bestand bevat één opgave (JSON-object) of een JSON-array van opgaven. Een opgave krijgt advies
              van de beleidsversie die op haar peildatum geldt (zonder peildatum: vandaag); geldt er geen, dan is
              de opgave ongeldig (veld peildatum).
              --format text   advies in het Nederlands, voor mensen (standaard)
              --format json   één JSON-array: per opgave het advies of {"errors": [...]}
            """ + PolicyOptions.USAGE + """
            Exitcodes: 0 alle opgaven geldig, 1 een opgave ongeldig (ook: geen beleid op de peildatum),
                       2 gebruiksfout of onleesbaar bestand, 3 het beleid kan een geldige opgave niet beslissen of
                       laadt niet.
            """ + INPUT_FILES;

    /** The resource, filtered by Maven, that holds the version of the library this command line was built with. */
    static final String VERSION_RESOURCE = "versie.properties";

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
            "review", new ReviewCommand(), "export", new ExportCommand());

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
        if (args[0].equals("--version") || args[0].equals("-V")) {
            return version(args.length);
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
        PolicyOptions policy = new PolicyOptions();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int taken = policy.read(args, i, err);
            if (taken < 0) {
                return USAGE;
            }
            if (taken > 0) {
                i += taken - 1;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.print(ADVISE_USAGE);
                return OK;
            } else if (arg.equals("--format")) {
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
        return advise(files, format.equals("json"), policy);
    }

    /**
     * {@code participatie --version}: the version of the library and of the bundled policy (name, period and
     * SHA-256), so that an advice can be traced to both.
     */
    private int version(int arguments) {
        if (arguments > 1) {
            err.println("--version neemt geen verdere argumenten.");
            return USAGE;
        }
        out.println("participatie " + libraryVersion());
        try {
            PolicyVersion policy = ParticipationAdvisor.bundled().policyVersion();
            out.println("Meegeleverd beleid: " + policy.describe());
            out.println("  sha256 " + policy.sha256());
        } catch (PolicyLoadException e) {
            err.println("Het meegeleverde beleid laadt niet: " + e.getMessage());
            return POLICY_ERROR;
        }
        return OK;
    }

    /**
     * The version of the library: from {@value #VERSION_RESOURCE}, which Maven fills in when it builds this module,
     * else from the jar's manifest ({@code Implementation-Version}); {@code onbekend} when neither has it.
     */
    static String libraryVersion() {
        try (InputStream in = ParticipatieCli.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                String version = properties.getProperty("versie", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String fromManifest = ParticipatieCli.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "onbekend" : fromManifest;
    }

    /** One opgave of the batch, with where it stands: the file, and its index when the file holds an array. */
    private record Entry(String source, ParsedOpgave parsed) {
    }

    private int advise(List<Path> files, boolean json, PolicyOptions policy) {
        ParticipatieJson contract = ParticipatieJson.create();
        // Read and parse every file first: a malformed file stops the run before any advice is printed. What stays is
        // the typed opgaven (no JSON tree, no text): memory linear in the batch, a few kB per opgave.
        List<Entry> batch = new ArrayList<>();
        for (Path file : files) {
            Optional<String> read = readFile(file, err);
            if (read.isEmpty()) {
                return USAGE;
            }
            try {
                List<ParsedOpgave> inFile = contract.readOpgaven(read.get());
                for (int i = 0; i < inFile.size(); i++) {
                    batch.add(new Entry(inFile.size() == 1 ? file.toString() : file + " [" + i + "]", inFile.get(i)));
                }
            } catch (MalformedJsonException e) {
                err.println(file + ":" + e.line() + ":" + e.column() + ": geen geldige JSON: " + e.problem());
                return USAGE;
            }
        }
        ParticipationAdvisor advisor;
        try {
            Optional<ParticipationAdvisor> chosen = policy.advisor(ParticipationAdvisor::bundled, err);
            if (chosen.isEmpty()) {
                return USAGE;
            }
            advisor = chosen.get();
        } catch (PolicyLoadException e) {
            err.println("Het beleid laadt niet: " + e.getMessage());
            return POLICY_ERROR;
        }
        boolean[] refused = {false}; // an opgave for whose peildatum no version is in force
        // Each advice is written as soon as it is given and then let go: neither the advice of the whole batch nor
        // its text is ever held. Should the policy fail on an opgave, the output stops there (a JSON array without
        // its closing bracket) and the exit code says so.
        int[] at = {0}; // the opgave being advised, to name it should the policy fail on it
        try {
            if (json) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                contract.writeResults(() -> IntStream.range(0, batch.size()).mapToObj(i -> {
                    at[0] = i;
                    AdviceResult result = ParticipatieJson.adviseOne(advisor, batch.get(i).parsed());
                    refused[0] |= result.advice().isEmpty();
                    return result;
                }).iterator(), writer);
                writer.write("\n");
                writer.flush();
            } else {
                for (int i = 0; i < batch.size(); i++) {
                    at[0] = i;
                    ParsedOpgave p = batch.get(i).parsed();
                    AdviceResult result = ParticipatieJson.adviseOne(advisor, p);
                    refused[0] |= result.advice().isEmpty();
                    out.print(result.advice().isPresent() ? TextReport.advice(p.opgave().get(), result.advice().get())
                            : TextReport.invalid("Opgave " + batch.get(i).source(), result.errors()));
                    if (i + 1 < batch.size()) {
                        out.print("\n" + "=".repeat(72) + "\n\n");
                    }
                }
            }
        } catch (PolicyDecisionException e) {
            out.flush();
            err.println(batch.get(at[0]).source() + ": het beleid kan deze opgave niet beslissen: " + e.getMessage());
            return POLICY_ERROR;
        } catch (IOException e) {
            err.println("Kan de uitvoer niet schrijven: " + e.getMessage());
            return USAGE;
        }
        out.flush();
        return refused[0] ? INVALID : OK;
    }

    /**
     * The text of a UTF-8 file, without a byte order mark; or empty after telling on {@code err}, in Dutch, why it is
     * not read: missing or not readable, not a regular file (a directory, a FIFO, a device such as {@code /dev/zero}:
     * refused before it is opened, so reading does not block; only a file swapped for a FIFO between that check and
     * the open still could), larger than {@link #MAX_INPUT_BYTES} (refused by its size and, for a file whose size lies
     * or that grows, after reading at most one byte more than the limit), or not UTF-8. Never more than the limit and
     * one byte is held in memory, besides the text.
     */
    static Optional<String> readFile(Path file, PrintStream err) {
        return readFile(file, MAX_INPUT_BYTES, err);
    }

    /** {@link #readFile(Path, PrintStream)} with another limit, in bytes. */

    static Optional<String> readFile(Path file, int maxBytes, PrintStream err) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                err.println(file + ": dit is een map, geen bestand. Geef een JSON-bestand.");
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                err.println(file + ": dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat) en"
                        + " wordt niet gelezen. Geef een JSON-bestand.");
                return Optional.empty();
            }
            if (attributes.size() > maxBytes) {
                err.println(tooLarge(file, maxBytes));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                err.println(tooLarge(file, maxBytes));
                return Optional.empty();
            }
            if (!isUtf8(bytes)) {
                err.println(file + ": het bestand is geen UTF-8-tekst.");
                return Optional.empty();
            }
            // a UTF-8 byte order mark, which some editors write
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println(file + ": het bestand bestaat niet.");
        } catch (AccessDeniedException e) {
            err.println(file + ": geen toestemming om het bestand te lezen.");
        } catch (FileSystemException e) {
            err.println(file + ": kan het bestand niet lezen" + (e.getReason() == null ? "."
                    : " (melding van het systeem: " + e.getReason() + ")."));
        } catch (IOException e) {
            err.println(file + ": kan het bestand niet lezen" + (e.getMessage() == null ? "."
                    : " (melding van het systeem: " + e.getMessage() + ")."));
        }
        return Optional.empty();
    }

    /** Whether the bytes are UTF-8, checked a few kB at a time so that no second copy of the text is made. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                return false;
            }
            chunk.clear();
            if (result.isUnderflow()) {
                result = decoder.flush(chunk);
                return !result.isError();
            }
        }
    }

    private static String tooLarge(Path file, int maxBytes) {
        return file + ": het bestand is groter dan " + megabytes(maxBytes) + " en wordt niet gelezen. Verdeel de"
                + " opgaven over meer bestanden.";
    }

    /** The limit as people read it: {@code 10 MB (10.000.000 bytes)}. */
    static String megabytes(int bytes) {
        String exact = String.format(java.util.Locale.ROOT, "%,d", bytes).replace(',', '.');
        return (bytes % 1_000_000 == 0 ? bytes / 1_000_000 + " MB (" + exact + " bytes)" : exact + " bytes");
    }
}
