package nl.heemstede.participatie.staff;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.heemstede.participatie.core.check.CheckResult;

/**
 * What {@link PolicyCheck} found in a policy: every finding, and the checks it ran.
 *
 * @param policy   the directory (or "bundled") that was checked
 * @param checks   every check that ran, in Dutch, in order
 * @param findings every finding, errors first
 * @since 0.1
 */
public record CheckReport(String policy, List<String> checks, List<Finding> findings) {

    /** Copies the lists. */
    public CheckReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
    }

    /** The report of what the engine's check found. */
    static CheckReport of(CheckResult result) {
        return new CheckReport(result.policy(), result.checks(), result.findings().stream().map(Finding::of).toList());
    }

    /** Whether the policy may be published: no finding of severity ERROR. */
    public boolean sound() {
        return findings.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    /** The report in Dutch, for policy staff. */
    public String toText() {
        StringBuilder out = new StringBuilder("Controle van het beleid in ").append(policy).append("\n\n");
        out.append("Uitgevoerde controles:\n");
        checks.forEach(c -> out.append("  - ").append(c).append('\n'));
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        out.append('\n').append(sound() ? "Het beleid is in orde" : "Het beleid is NIET in orde: " + errors
                + (errors == 1 ? " fout" : " fouten")).append(findings.isEmpty() ? ".\n" : ". Bevindingen:\n");
        for (Finding f : findings) {
            out.append("  [").append(dutch(f.severity())).append("] ").append(f.file());
            f.table().ifPresent(t -> out.append(", tabel '").append(t).append('\''));
            f.row().ifPresent(r -> out.append(", rij ").append(r));
            out.append(": ").append(f.message()).append('\n');
            f.counterExample().ifPresent(c -> out.append("      voorbeeld: ").append(c).append('\n'));
        }
        return out.toString();
    }

    /** The report as JSON, for machines. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("policy", policy);
        root.put("sound", sound());
        ArrayNode checkList = root.putArray("checks");
        checks.forEach(checkList::add);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode node = list.addObject();
            node.put("severity", f.severity().name());
            node.put("code", f.code());
            node.put("file", f.file());
            put(node, "table", f.table());
            put(node, "row", f.row());
            node.put("message", f.message());
            put(node, "counterExample", f.counterExample());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree built here always serialises.", e);
        }
    }

    private static void put(ObjectNode node, String field, Optional<String> value) {
        value.ifPresent(v -> node.put(field, v));
    }

    private static String dutch(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "FOUT";
            case WARNING -> "LET OP";
            case INFO -> "INFO";
        };
    }
}
