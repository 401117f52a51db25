package nl.heemstede.participatie.staff;

import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.staff.PolicyDiff.DecisionChange;
import nl.heemstede.participatie.staff.PolicyDiff.Example;
import nl.heemstede.participatie.staff.PolicyDiff.RowChange;
import nl.heemstede.participatie.staff.PolicyDiff.Side;
import nl.heemstede.participatie.staff.PolicyDiff.Undecided;
import nl.heemstede.participatie.staff.PolicyDiff.CaseChange;
import nl.heemstede.participatie.staff.PolicyDiff.CaseValueChange;
import nl.heemstede.participatie.staff.PolicyDiff.ValueChange;

/** Writes a {@link PolicyDiff} as Markdown, HTML or JSON. */
final class DiffRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffRenderer() {
    }

    /** The sentence that opens the report. */
    static String summary(PolicyDiff diff) {
        if (diff.identical()) {
            return "Geen verschil: alle " + diff.opgaven() + " opgaven krijgen van beide beleidsversies hetzelfde"
                    + " advies.";
        }
        long oneSided = diff.undecided().stream().filter(u -> u.undecidedBy() != Side.BOTH)
                .mapToLong(Undecided::opgaven).sum();
        return diff.changedOpgaven() + " van de " + diff.opgaven() + " opgaven krijgen een ander advies"
                + (oneSided == 0 ? "." : "; " + oneSided + " opgaven beslist maar één van beide beleidsversies.")
                + (diff.cases() == 0 ? "" : " " + cases(diff));
    }

    /** The sentence about the expected cases. */
    static String cases(PolicyDiff diff) {
        long failing = diff.changedCases().stream().filter(c -> !c.passesAfter()).count();
        int changed = diff.changedCases().size();
        return "Van de " + diff.cases() + " verwachte gevallen (gevallen.yaml) " + (changed == 0
                ? "krijgt er geen een ander advies." : (changed == 1 ? "krijgt er 1" : "krijgen er " + changed)
                + " een ander advies" + (failing == 0 ? "." : "; " + failing + " daarvan " + (failing == 1 ? "klopt"
                : "kloppen") + " nu niet meer met wat " + (failing == 1 ? "het" : "ze") + " verwacht"
                + (failing == 1 ? "" : "en") + "."));
    }

    private static String caseValue(CaseValueChange v) {
        String decided = v.rule().equals("—") && v.previousRule().equals("—") ? ""
                : v.rule().equals(v.previousRule()) ? " (beslist door " + v.rule() + ")"
                : " (beslist door " + v.rule() + ", was " + v.previousRule() + ")";
        return v.field() + v.subject().map(s -> "[" + s + "]").orElse("") + ": " + v.before() + " → " + v.after()
                + decided;
    }

    private static String caseTitle(CaseChange c) {
        return "'" + c.name() + "'" + (c.inNewPolicy() ? "" : " (alleen in het oude beleid)")
                + (c.passesAfter() ? "" : " — klopt niet meer met wat het verwacht");
    }

    private static String version(PolicyVersion version) {
        return version.name() + " (sha256 " + version.sha256().substring(0, 12) + "…)";
    }

    private static String side(Side side) {
        return switch (side) {
            case BEFORE -> "Het oude beleid kan deze opgaven niet beslissen, het nieuwe wel";
            case AFTER -> "Het nieuwe beleid kan deze opgaven niet beslissen, het oude wel";
            case BOTH -> "Geen van beide beleidsversies kan deze opgaven beslissen";
        };
    }

    private static String field(ValueChange change) {
        return change.field() + change.subject().map(s -> "[" + s + "]").orElse("");
    }

    private static String rows(RowChange row) {
        return row.rule().equals(row.previousRule()) ? "Rij " + row.rule()
                : "Rij " + row.rule() + " (was " + row.previousRule() + ")";
    }

    static String markdown(PolicyDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("# Effect van de wijziging\n\n");
        out.append("- Oud: ").append(version(diff.before())).append('\n');
        out.append("- Nieuw: ").append(version(diff.after())).append('\n');
        out.append("- Doorgerekend: ").append(diff.opgaven())
                .append(" opgaven, elk met één belanghebbende van elke soort.\n\n");
        out.append("**").append(summary(diff)).append("**\n");
        for (DecisionChange decision : diff.decisions()) {
            out.append("\n## ").append(decision.decision()).append(" — ").append(decision.changedOpgaven())
                    .append(" opgaven\n");
            for (RowChange row : decision.rows()) {
                out.append("\n### ").append(rows(row)).append(" — ").append(row.changedOpgaven())
                        .append(" opgaven\n\n");
                for (ValueChange change : row.changes()) {
                    out.append("- `").append(field(change)).append("`: ").append(code(change.before()))
                            .append(" → ").append(code(change.after())).append(" — ").append(change.opgaven())
                            .append(" opgaven\n");
                    examplesMarkdown(out, change.examples());
                }
            }
        }
        if (!diff.undecided().isEmpty()) {
            out.append("\n## Niet beslist\n");
            for (Undecided undecided : diff.undecided()) {
                out.append("\n- ").append(side(undecided.undecidedBy())).append(" (").append(undecided.decision())
                        .append("): ").append(undecided.opgaven()).append(" opgaven. ")
                        .append(undecided.problem().replace("\n", " ")).append('\n');
                examplesMarkdown(out, undecided.examples());
            }
        }
        if (!diff.changedCases().isEmpty()) {
            out.append("\n## Verwachte gevallen met een ander advies — ").append(diff.changedCases().size())
                    .append(" van de ").append(diff.cases()).append("\n");
            for (CaseChange c : diff.changedCases()) {
                out.append("\n- ").append(caseTitle(c)).append('\n');
                c.changes().forEach(v -> out.append("  - `").append(caseValue(v).replace("`", "'")).append("`\n"));
            }
        }
        return out.toString();
    }

    private static String code(String value) {
        return "`" + value.replace("`", "'") + "`";
    }

    private static void examplesMarkdown(StringBuilder out, List<Example> examples) {
        for (Example example : examples) {
            out.append("  - opgave ").append(example.index()).append(": `").append(example.opgave()).append("`\n");
        }
    }

    static String html(PolicyDiff diff) {
        UnaryOperator<String> e = Html::escape;
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Effect van de wijziging</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                        + "code{background:#f3f3f3}li{margin:.2em 0}</style>\n")
                .append("</head>\n<body>\n<h1>Effect van de wijziging</h1>\n<ul>\n")
                .append("<li>Oud: ").append(e.apply(version(diff.before()))).append("</li>\n")
                .append("<li>Nieuw: ").append(e.apply(version(diff.after()))).append("</li>\n")
                .append("<li>Doorgerekend: ").append(diff.opgaven())
                .append(" opgaven, elk met één belanghebbende van elke soort.</li>\n</ul>\n")
                .append("<p><strong>").append(e.apply(summary(diff))).append("</strong></p>\n");
        for (DecisionChange decision : diff.decisions()) {
            out.append("<h2>").append(e.apply(decision.decision())).append(" — ").append(decision.changedOpgaven())
                    .append(" opgaven</h2>\n");
            for (RowChange row : decision.rows()) {
                out.append("<h3>").append(e.apply(rows(row))).append(" — ").append(row.changedOpgaven())
                        .append(" opgaven</h3>\n<ul>\n");
                for (ValueChange change : row.changes()) {
                    out.append("<li><code>").append(e.apply(field(change))).append("</code>: <code>")
                            .append(e.apply(change.before())).append("</code> → <code>")
                            .append(e.apply(change.after())).append("</code> — ").append(change.opgaven())
                            .append(" opgaven");
                    examplesHtml(out, change.examples());
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
        }
        if (!diff.undecided().isEmpty()) {
            out.append("<h2>Niet beslist</h2>\n<ul>\n");
            for (Undecided undecided : diff.undecided()) {
                out.append("<li>").append(e.apply(side(undecided.undecidedBy()))).append(" (")
                        .append(e.apply(undecided.decision())).append("): ").append(undecided.opgaven())
                        .append(" opgaven. ").append(e.apply(undecided.problem()));
                examplesHtml(out, undecided.examples());
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!diff.changedCases().isEmpty()) {
            out.append("<h2>Verwachte gevallen met een ander advies — ").append(diff.changedCases().size())
                    .append(" van de ").append(diff.cases()).append("</h2>\n<ul>\n");
            for (CaseChange c : diff.changedCases()) {
                out.append("<li>").append(e.apply(caseTitle(c))).append("\n<ul>\n");
                c.changes().forEach(v -> out.append("<li><code>").append(e.apply(caseValue(v))).append("</code></li>\n"));
                out.append("</ul></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void examplesHtml(StringBuilder out, List<Example> examples) {
        if (examples.isEmpty()) {
            return;
        }
        out.append("\n<ul>\n");
        for (Example example : examples) {
            out.append("<li>opgave ").append(example.index()).append(": <code>").append(Html.escape(example.opgave()))
                    .append("</code></li>\n");
        }
        out.append("</ul>\n");
    }


    static String json(PolicyDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("before", version(diff.before(), root));
        root.set("after", version(diff.after(), root));
        root.put("opgaven", diff.opgaven());
        root.put("changedOpgaven", diff.changedOpgaven());
        root.put("identical", diff.identical());
        root.put("summary", summary(diff));
        ArrayNode decisions = root.putArray("decisions");
        for (DecisionChange decision : diff.decisions()) {
            ObjectNode d = decisions.addObject();
            d.put("decision", decision.decision());
            d.put("changedOpgaven", decision.changedOpgaven());
            ArrayNode rows = d.putArray("rows");
            for (RowChange row : decision.rows()) {
                ObjectNode r = rows.addObject();
                r.put("rule", row.rule());
                r.put("previousRule", row.previousRule());
                r.put("changedOpgaven", row.changedOpgaven());
                ArrayNode changes = r.putArray("changes");
                for (ValueChange change : row.changes()) {
                    ObjectNode c = changes.addObject();
                    c.put("field", change.field());
                    c.put("subject", change.subject().orElse(null));
                    c.put("before", change.before());
                    c.put("after", change.after());
                    c.put("opgaven", change.opgaven());
                    examplesJson(c, change.examples());
                }
            }
        }
        ArrayNode undecided = root.putArray("undecided");
        for (Undecided u : diff.undecided()) {
            ObjectNode n = undecided.addObject();
            n.put("undecidedBy", u.undecidedBy().name());
            n.put("decision", u.decision());
            n.put("opgaven", u.opgaven());
            n.put("problem", u.problem());
            examplesJson(n, u.examples());
        }
        root.put("cases", diff.cases());
        ArrayNode cases = root.putArray("changedCases");
        for (CaseChange c : diff.changedCases()) {
            ObjectNode n = cases.addObject();
            n.put("name", c.name());
            n.put("inNewPolicy", c.inNewPolicy());
            n.put("passesAfter", c.passesAfter());
            ArrayNode changes = n.putArray("changes");
            for (CaseValueChange v : c.changes()) {
                changes.addObject().put("field", v.field()).put("subject", v.subject().orElse(null))
                        .put("before", v.before()).put("after", v.after()).put("rule", v.rule())
                        .put("previousRule", v.previousRule());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers could not be written as JSON.", e);
        }
    }

    private static ObjectNode version(PolicyVersion version, ObjectNode factory) {
        ObjectNode node = factory.objectNode();
        node.put("name", version.name());
        node.put("sha256", version.sha256());
        return node;
    }

    private static void examplesJson(ObjectNode parent, List<Example> examples) {
        ArrayNode array = parent.putArray("examples");
        for (Example example : examples) {
            array.addObject().put("index", example.index()).put("opgave", example.opgave());
        }
    }
}
