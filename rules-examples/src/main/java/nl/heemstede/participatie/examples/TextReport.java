package nl.heemstede.participatie.examples;

import java.util.List;
import java.util.stream.Collectors;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Labelled;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;

/** Writes an advice, or the violations of an opgave, as Dutch text for a person. */
final class TextReport {

    private TextReport() {
    }

    static String advice(Opgave opgave, Advice advice) {
        StringBuilder out = new StringBuilder();
        out.append("Opgave: ").append(opgave.title());
        advice.reference().ifPresent(r -> out.append(" (").append(r).append(')'));
        out.append('\n');
        PolicyVersion version = advice.policyVersion();
        out.append("Peildatum: ").append(dutch(advice.peildatum())).append(" (").append(advice.peildatum())
                .append(")\n");
        out.append("Beleid: ").append(version.name()).append(" (sha256 ").append(version.sha256(), 0, 12)
                .append("…)\n");
        out.append("        ").append(version.period());
        version.succeededBy().ifPresent(s -> out.append("; opgevolgd door ").append(s));
        out.append('\n');
        if (advice.has(AttentionPointCode.VERSION_NOT_IN_FORCE)) {
            out.append("Let op: deze beleidsversie gold niet op de peildatum ").append(dutch(advice.peildatum()))
                    .append("; ze is op verzoek gebruikt (--policy-version).\n");
        }
        out.append('\n');
        line(out, "Wie beslist", advice.decider().label());
        line(out, "Complexiteit", advice.complexity().label());
        line(out, "Werkwijze", advice.route().label());
        line(out, "Quickscan", advice.quickscanRequired() ? "ja" : "nee");
        line(out, "Ruimte voor participatie", advice.participationSpace().label());
        line(out, "Participatie haalbaar", advice.participationFeasible() ? "ja" : "nee");
        line(out, "Participatieplan nodig", advice.participationPlanRequired() ? "ja" : "nee");
        line(out, "Doelen", advice.goals().isEmpty() ? "geen (participatie is niet haalbaar)" : labels(advice.goals()));
        line(out, "Rol van de gemeente", advice.governmentRole().label());
        if (!advice.quickscanDeliverables().isEmpty()) {
            out.append("\nDe quickscan levert op:\n");
            advice.quickscanDeliverables().forEach(d -> out.append("  - ").append(d.label()).append('\n'));
        }
        out.append("\nRollen:\n");
        for (RoleAssignment role : advice.roles()) {
            out.append("  - ").append(role.party());
            role.kind().ifPresent(k -> out.append(" (").append(k.label()).append(')'));
            out.append(": ").append(role.role().label()).append('\n');
        }
        out.append("\nStappen:\n");
        List<String> steps = advice.stepLabels();
        for (int i = 0; i < steps.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        if (!advice.planDescriptionQuestions().isEmpty()) {
            out.append("\nDe planomschrijving beantwoordt:\n");
            List<String> questions = advice.planDescriptionQuestions();
            for (int i = 0; i < questions.size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(questions.get(i)).append('\n');
            }
        }
        out.append("\nAandachtspunten:\n");
        if (advice.attentionPoints().isEmpty()) {
            out.append("  (geen)\n");
        }
        for (AttentionPoint point : advice.attentionPoints()) {
            out.append("  - ").append(point.text()).append('\n');
        }
        out.append("\nWegwijzer op de website Wij maken Heemstede:\n");
        if (advice.guidance().isEmpty()) {
            out.append("  (geen)\n");
        }
        advice.guidance().forEach(section -> out.append("  - ").append(section.label()).append('\n'));
        out.append("\nToelichting (per besluit de regel die besliste):\n");
        for (Explanation e : advice.explanation()) {
            out.append("  - ").append(e.decision());
            e.subject().ifPresent(s -> out.append(" (").append(subjectLabel(s)).append(')'));
            out.append(": ").append(e.text()).append("\n      [regel ").append(e.rule()).append("; ")
                    .append(e.basis() == Basis.SEED ? "staat in de uitwerking" : "onze lezing van de uitwerking")
                    .append("; bron: ").append(e.source()).append("]\n");
        }
        return out.toString();
    }

    static String invalid(String where, List<Violation> violations) {
        return invalid(where, "(opgave)", violations);
    }

    /** The violations of an input; {@code whole} stands for the path of a violation of the input as a whole. */
    static String invalid(String where, String whole, List<Violation> violations) {
        StringBuilder out = new StringBuilder(where).append(" is ongeldig (").append(violations.size())
                .append(violations.size() == 1 ? " fout" : " fouten").append("):\n");
        for (Violation v : violations) {
            out.append("  - ").append(v.field().isEmpty() ? whole : v.field());
            v.rejectedValue().ifPresent(value -> out.append(" [").append(value).append(']'));
            out.append(": ").append(v.message()).append('\n');
        }
        return out.toString();
    }

    /** The Dutch label of an explanation's subject when it is a stakeholder kind or an attention point code. */
    private static String subjectLabel(String subject) {
        for (StakeholderKind kind : StakeholderKind.values()) {
            if (kind.name().equals(subject)) {
                return kind.label();
            }
        }
        for (AttentionPointCode code : AttentionPointCode.values()) {
            if (code.name().equals(subject)) {
                return code.label();
            }
        }
        return subject;
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    /** A date as a Dutch reader writes it: {@code 1 juni 2022}. */
    static String dutch(java.time.LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-26s %s%n", label + ":", value));
    }

    private static String labels(java.util.Collection<? extends Labelled> codes) {
        return codes.stream().map(Labelled::label).collect(Collectors.joining(", "));
    }
}
