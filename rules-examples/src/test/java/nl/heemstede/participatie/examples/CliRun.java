package nl.heemstede.participatie.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One run of the command line in this JVM, as the CLI tests make it: its exit code and what it printed on standard
 * output and standard error.
 */
record CliRun(int exit, String out, String err) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs {@code participatie ARGS...}. */
    static CliRun of(String... args) {
        return capture((out, err) -> new ParticipatieCli(out, err).run(args));
    }

    /** Runs one command with its arguments (the command's name left out). */
    static CliRun of(ParticipatieCli.Command command, String... args) {
        return capture((out, err) -> command.run(args, out, err));
    }

    private interface Runner {
        int run(PrintStream out, PrintStream err);
    }

    private static CliRun capture(Runner runner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = runner.run(o, e);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output read as JSON. */
    JsonNode json() {
        try {
            return MAPPER.readTree(out);
        } catch (JsonProcessingException e) {
            throw new AssertionError("standard output is not JSON: " + this, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
