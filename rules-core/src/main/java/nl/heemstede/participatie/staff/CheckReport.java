package nl.heemstede.participatie.staff;

import java.util.List;
import java.util.Objects;
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
 * @param cases    every expected case of the policy's {@code gevallen.yaml} that ran, in the order of the file; empty
 *                 when it has none (or they could not be read: then a finding says why)
 * @since 0.1
 */
public record CheckReport(String policy, List<String> checks, List<Finding> findings, List<CaseOutcome> cases) {

    /** Copies the lists. */
    public CheckReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        cases = List.copyOf(cases);
    }

    /** A report without expected cases. */
    public CheckReport(String policy, List<String> checks, List<Finding> findings) {
        this(policy, checks, findings, List.of());
    }

    /**
     * One expected case of {@code gevallen.yaml}, run against the checked policy.
     *
     * @param name        the case's name
     * @param line        the line of the file it starts on
     * @param differences what the advice says otherwise than the case expects; empty when the case passes
     * @since 0.3
     */
    public record CaseOutcome(String name, int line, List<Difference> differences) {

        /** Copies the list. */
        public CaseOutcome {
            Objects.requireNonNull(name, "name");
            differences = List.copyOf(differences);
        }

        /** Whether the advice says everything the case expects. */
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /**
     * One difference between what a case expects and the advice it got.
     *
     * @param field     the field of the advice (for a role, with the party), or {@code regels}, {@code peildatum}
     * @param expected  what the case expects, as codes with their Dutch label where there is one
     * @param actual    what the advice says
     * @param decidedBy the rows or rules that decided it in the advice; empty where not applicable
     * @since 0.3
     */
    public record Difference(String field, String expected, String actual, String decidedBy) {
    }

    /** The report of what the engine's check found. */
    static CheckReport of(CheckResult result) {
        return new CheckReport(result.policy(), result.checks(), result.findings().stream().map(Finding::of).toList(),
                result.cases().stream().map(c -> new CaseOutcome(c.expected().name(), c.expected().line(),
                        c.mismatches().stream().map(m -> new Difference(m.field(), m.expected(), m.actual(),
                                m.decidedBy())).toList())).toList());
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
        if (!cases.isEmpty()) {
            long failed = cases.stream().filter(c -> !c.passed()).count();
            out.append("\nVerwachte gevallen (gevallen.yaml): ").append(cases.size())
                    .append(cases.size() == 1 ? " geval, " : " gevallen, ")
                    .append(failed == 0 ? "alle kloppen.\n" : failed + " " + (failed == 1 ? "klopt" : "kloppen")
                            + " niet:\n");
            for (CaseOutcome c : cases) {
                if (c.passed()) {
                    continue;
                }
                out.append("  '").append(c.name()).append("' (gevallen.yaml, regel ").append(c.line()).append(")\n");
                for (Difference d : c.differences()) {
                    out.append("      ").append(d.field()).append(": verwacht ").append(d.expected())
                            .append(", gekregen ").append(d.actual());
                    if (!d.decidedBy().isEmpty()) {
                        out.append(" (beslist door ").append(d.decidedBy()).append(')');
                    }
                    out.append('\n');
                }
            }
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
        ArrayNode caseList = root.putArray("cases");
        for (CaseOutcome c : cases) {
            ObjectNode node = caseList.addObject();
            node.put("name", c.name());
            node.put("line", c.line());
            node.put("passed", c.passed());
            ArrayNode differences = node.putArray("differences");
            for (Difference d : c.differences()) {
                ObjectNode diff = differences.addObject().put("field", d.field()).put("expected", d.expected())
                        .put("actual", d.actual());
                if (!d.decidedBy().isEmpty()) {
                    diff.put("decidedBy", d.decidedBy());
                }
            }
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
