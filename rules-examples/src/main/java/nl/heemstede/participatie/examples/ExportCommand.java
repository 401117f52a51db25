package nl.heemstede.participatie.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.staff.PolicyExport;

/**
 * {@code participatie export --for camunda7 MAP UIT}: the decision tables of a policy written as a DMN file that
 * Camunda 7 and Operaton evaluate ({@link PolicyExport#camunda7(Path)}), with a note beside it (Dutch and English)
 * saying what the file does not hold.
 *
 * <p>{@code MAP} is a policy directory, checked as {@link nl.heemstede.participatie.ParticipationAdvisor#fromDirectory}
 * does, or {@code bundled} for the bundled policy. The note is written next to {@code UIT}, named after it with
 * {@code .LEESMIJ.md} instead of its extension. Exit codes: 0 written; 2 usage error, a policy that does not load, or
 * a file that cannot be written (the problem on standard error).
 */
final class ExportCommand implements ParticipatieCli.Command {

    static final int OK = 0;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Gebruik: participatie export --for camunda7 MAP UIT
              Schrijft de beslistabellen van het beleid als DMN-bestand UIT dat de DMN-engine van Camunda 7 en
              Operaton uitrekent, en ernaast een toelichting (UIT met .LEESMIJ.md in plaats van de extensie) over
              wat er niet in staat: de regelsets (rollen, aandachtspunten, plantoets, verantwoording), de uitleg,
              de beleidsversies en de controles.
              --for camunda7  het doel: Camunda 7 of Operaton (het enige doel)
              MAP             een beleidsmap (één .dmn-bestand en beleid.properties), die eerst volledig wordt
                              gecontroleerd; 'bundled' voor het meegeleverde beleid
              UIT             het DMN-bestand dat geschreven wordt (een bestaand bestand wordt overschreven)
            Exitcodes: 0 geschreven, 2 gebruiksfout, een beleid dat niet laadt of een bestand dat niet te schrijven is.
            """;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String target = null;
        java.util.List<String> operands = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--for")) {
                if (i + 1 == args.length) {
                    err.println("--for vraagt een doel: camunda7.");
                    err.print(USAGE_TEXT);
                    return USAGE;
                }
                target = args[++i];
            } else if (arg.startsWith("--for=")) {
                target = arg.substring("--for=".length());
            } else if (arg.startsWith("-")) {
                err.println("Onbekende optie '" + arg + "'.");
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                operands.add(arg);
            }
        }
        if (target == null) {
            err.println("Geef het doel met --for camunda7.");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (!target.equals("camunda7")) {
            err.println("--for kent alleen camunda7 (Camunda 7 en Operaton), niet '" + target + "'.");
            return USAGE;
        }
        if (operands.size() != 2) {
            err.println("Geef een beleidsmap (of 'bundled') en het DMN-bestand dat geschreven wordt; gegeven: "
                    + operands.size() + (operands.size() == 1 ? " argument." : " argumenten."));
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Path directory = operands.get(0).equals("bundled") ? null : Path.of(operands.get(0));
        Path dmn = Path.of(operands.get(1));
        if (directory != null && !Files.isDirectory(directory)) {
            err.println(directory + ": geen map. Geef een beleidsmap met één .dmn-bestand en beleid.properties, of"
                    + " 'bundled'.");
            return USAGE;
        }
        if (Files.isDirectory(dmn)) {
            err.println(dmn + " is een map; geef de naam van het DMN-bestand dat geschreven wordt.");
            return USAGE;
        }
        Path parent = dmn.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("De map " + parent + " bestaat niet; maak haar eerst aan.");
            return USAGE;
        }
        String exported;
        try {
            exported = PolicyExport.camunda7(directory);
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
        Path note = note(dmn);
        try {
            Files.writeString(dmn, exported, StandardCharsets.UTF_8);
            Files.writeString(note, PolicyExport.camunda7Note(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Kan niet schrijven naar " + dmn + " of " + note + ": " + e.getMessage());
            return USAGE;
        }
        out.println("Geschreven: " + dmn + " (voor Camunda 7 en Operaton) en " + note + " (wat er niet in staat).");
        return OK;
    }

    /** The note beside the DMN file: its name with {@code .LEESMIJ.md} instead of its extension. */
    static Path note(Path dmn) {
        String name = dmn.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dmn.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".LEESMIJ.md");
    }
}
