package nl.heemstede.participatie.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.NoPolicyInForceException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.json.MalformedJsonException;
import nl.heemstede.participatie.json.ParticipatieJson;

/**
 * What {@code check-plan} and {@code review} share: the arguments {@code [--format text|json] OPGAVE PLAN [VERSLAG]},
 * reading the files strictly with every violation of every file listed at once, and the exit codes: 0 no
 * {@code ERROR} finding, 1 one or more, 2 a usage error or an unreadable, malformed or invalid file, 3 a policy that
 * does not load or cannot decide the opgave.
 */
abstract class PlanCommand implements ParticipatieCli.Command {

    /** The inputs of a command, read and valid; the record only for {@code review}. */
    record Inputs(Opgave opgave, ParticipationPlan plan, Optional<ProcessRecord> record) {
    }

    /** The inputs by position, as the paths of their violations start in JSON, and as they are named in Dutch. */
    private static final List<String> INPUTS = List.of("opgave", "plan", "record");
    private static final List<String> IN_DUTCH = List.of("De opgave", "Het plan", "Het verslag");

    private final Supplier<ParticipationAdvisor> advisor;
    final ParticipatieJson json = ParticipatieJson.create();

    PlanCommand(Supplier<ParticipationAdvisor> advisor) {
        this.advisor = advisor;
    }

    /** The usage text, in Dutch. */
    abstract String usage();

    /** The names of the files the command reads, in Dutch and in order: OPGAVE, PLAN and perhaps VERSLAG. */
    abstract List<String> files();

    /** Runs the command on valid inputs and prints its result; returns whether any finding is an error. */
    abstract boolean run(ParticipationAdvisor advisor, Inputs inputs, boolean asJson, PrintStream out);

    @Override
    public final int run(String[] args, PrintStream out, PrintStream err) {
        String format = "text";
        List<Path> paths = new ArrayList<>();
        PolicyOptions options = new PolicyOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int taken = options.read(args, i, err);
            if (taken < 0) {
                return ParticipatieCli.USAGE;
            }
            if (taken > 0) {
                i += taken - 1;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.print(usage());
                return ParticipatieCli.OK;
            } else if (arg.equals("--format")) {
                if (i + 1 == args.length) {
                    err.println("--format vraagt text of json.");
                    return ParticipatieCli.USAGE;
                }
                format = args[++i];
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("--")) {
                err.println("Onbekende optie '" + arg + "'.");
                err.print(usage());
                return ParticipatieCli.USAGE;
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format moet text of json zijn, niet '" + format + "'.");
            return ParticipatieCli.USAGE;
        }
        if (paths.size() != files().size()) {
            err.println("Geef precies " + files().size() + " bestanden, " + String.join(", ", files())
                    + "; gegeven: " + paths.size() + ".");
            err.print(usage());
            return ParticipatieCli.USAGE;
        }
        boolean asJson = format.equals("json");
        Optional<Inputs> inputs = read(paths, asJson, out, err);
        if (inputs.isEmpty()) {
            return ParticipatieCli.USAGE;
        }
        ParticipationAdvisor policy;
        try {
            Optional<ParticipationAdvisor> chosen = options.advisor(advisor, err);
            if (chosen.isEmpty()) {
                return ParticipatieCli.USAGE;
            }
            policy = chosen.get();
        } catch (PolicyLoadException e) {
            err.println("Het beleid laadt niet: " + e.getMessage());
            return ParticipatieCli.POLICY_ERROR;
        }
        try {
            return run(policy, inputs.get(), asJson, out) ? ParticipatieCli.INVALID : ParticipatieCli.OK;
        } catch (NoPolicyInForceException e) {
            // no version is in force on the opgave's peildatum: an invalid opgave, reported as the others are
            Path opgave = paths.get(0);
            out.print(asJson ? json.writeErrors(e.violations().stream().map(v -> new Violation("opgave." + v.field(),
                    v.rejectedValue(), v.message())).toList()) + "\n"
                    : TextReport.invalid(IN_DUTCH.get(0) + " " + opgave, "(opgave)", e.violations()));
            return ParticipatieCli.USAGE;
        } catch (PolicyDecisionException e) {
            err.println("Het beleid kan deze opgave niet beslissen: " + e.getMessage());
            return ParticipatieCli.POLICY_ERROR;
        }
    }

    /**
     * Reads the files in order, each against the one before it when that one is valid. A file that cannot be read or
     * is not JSON stops the run with its reason on {@code err}; the violations of every file are printed together
     * (on {@code out}, in the chosen format). Returns the inputs when all are valid.
     */
    private Optional<Inputs> read(List<Path> paths, boolean asJson, PrintStream out, PrintStream err) {
        List<String> texts = new ArrayList<>();
        for (Path path : paths) {
            Optional<String> text = ParticipatieCli.readFile(path, err);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        StringBuilder report = new StringBuilder();
        List<Violation> all = new ArrayList<>();
        Opgave opgave = null;
        ParticipationPlan plan = null;
        ProcessRecord record = null;
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            String text = texts.get(i);
            try {
                // A plan is held against its opgave, a record against its plan, when those are valid.
                switch (i) {
                    case 0 -> opgave = json.readOpgave(text);
                    case 1 -> plan = opgave != null ? json.readPlan(text, opgave) : json.readPlan(text);
                    default -> record = plan != null ? json.readRecord(text, plan) : json.readRecord(text);
                }
            } catch (MalformedJsonException e) {
                err.println(path + ":" + e.line() + ":" + e.column() + ": geen geldige JSON: " + e.problem());
                return Optional.empty();
            } catch (InvalidInputException e) {
                String input = INPUTS.get(i);
                if (report.length() > 0) {
                    report.append('\n');
                }
                report.append(TextReport.invalid(IN_DUTCH.get(i) + " " + path, "(" + input + ")", e.violations()));
                // In JSON, paths start with the input they are in, as the facade's do: plan.parties[2].role.
                for (Violation v : e.violations()) {
                    all.add(new Violation(v.field().isEmpty() ? input : input + "." + v.field(), v.rejectedValue(),
                            v.message()));
                }
            }
        }
        if (!all.isEmpty()) {
            out.print(asJson ? json.writeErrors(all) + "\n" : report);
            return Optional.empty();
        }
        return Optional.of(new Inputs(opgave, plan, Optional.ofNullable(record)));
    }
}
