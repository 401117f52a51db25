package nl.heemstede.participatie.examples;

import java.util.ArrayList;
import java.util.List;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.Labelled;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PartyAccount;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.StakeholderKind;

/**
 * Writes the check of a plan, or the review of a process, as Dutch text for a person: a header, the outcome, the
 * findings by severity with their rule and seed section, and for a review the account basisstap 5 asks for: per
 * party and per goal what was planned, what was done and the deviation (<em>afwijking</em>) to account for.
 */
final class PlanReport {

    /** Sentences are wrapped at this width, so the report reads in a terminal and on paper. */
    private static final int WIDTH = 100;
    private static final String FINDING_INDENT = "      ";

    private PlanReport() {
    }

    static String check(Opgave opgave, PlanCheck check) {
        StringBuilder out = new StringBuilder("Toets van het participatieplan\n");
        header(out, opgave, check.advice().policyVersion());
        out.append('\n');
        outcome(out, check.findings(), "Het plan volgt het beleid en kan worden vastgesteld.",
                "Het plan kan zo niet worden vastgesteld: het wijkt af van wat de uitwerking van het"
                        + " participatiebeleid vraagt; los eerst de fouten op.",
                "Het plan wijkt af van onze lezing van het beleid: dat kan maatwerk zijn; motiveer de afwijkingen in"
                        + " het plan, of pas het aan.");
        findings(out, check.findings());
        return out.toString();
    }

    static String review(Opgave opgave, ParticipationPlan plan, ProcessRecord record, ProcessReview review) {
        StringBuilder out = new StringBuilder("Verantwoording van het participatieproces\n");
        header(out, opgave, review.policyVersion());
        out.append("Plan:    vastgesteld").append(plan.adoptedBy().map(body -> switch (body) {
            case COLLEGE -> " door het college";
            case COUNCIL -> " door de gemeenteraad";
        }).orElse("")).append(" op ").append(date(record.adoptedOn())).append("; ").append(record.activities().size())
                .append(record.activities().size() == 1 ? " activiteit" : " activiteiten").append("; resultaat ")
                .append(record.resultSentOn().map(d -> "aangeboden op " + date(d)).orElse("nog niet aangeboden"))
                .append(".\n\n");
        outcome(out, review.findings(), "Het proces voldeed aan het vastgestelde plan.",
                "Het proces voldeed niet aan wat de uitwerking van het participatiebeleid vraagt: los de fouten op of"
                        + " verantwoord ze aan het bevoegd orgaan.",
                "Verantwoord de afwijkingen van het vastgestelde plan en de waarschuwingen in het resultaat.");
        findings(out, review.findings());
        parties(out, review.parties());
        goals(out, review.goals());
        long deviations = review.parties().stream().filter(p -> p.deviation().filter(PlanReport::toAccount)
                .isPresent()).count() + review.goals().stream().filter(g -> g.deviation()
                .filter(PlanReport::toAccount).isPresent()).count();
        if (deviations > 0) {
            out.append('\n');
            wrap(out, deviations + (deviations == 1 ? " afwijking" : " afwijkingen") + " van het vastgestelde plan."
                    + " Basisstap 5: in het resultaat komt naar voren in hoeverre het gelopen traject voldaan heeft"
                    + " aan de vooraf vastgestelde planomschrijving en het participatieplan; verantwoord daarom elke"
                    + " afwijking.", "");
        }
        return out.toString();
    }

    private static void header(StringBuilder out, Opgave opgave, PolicyVersion version) {
        out.append("Opgave:  ").append(opgave.title());
        opgave.reference().ifPresent(r -> out.append(" (").append(r).append(')'));
        out.append('\n');
        out.append("Beleid:  ").append(version.name()).append(" (sha256 ").append(version.sha256(), 0, 12)
                .append("…)\n");
        out.append("         ").append(version.period());
        version.succeededBy().ifPresent(successor -> out.append("; opgevolgd door ").append(successor));
        out.append('\n');
    }

    private static void outcome(StringBuilder out, List<PlanFinding> findings, String sound, String errors,
                                String warnings) {
        long error = count(findings, Severity.ERROR);
        long warning = count(findings, Severity.WARNING);
        long info = count(findings, Severity.INFO);
        if (findings.isEmpty()) {
            wrap(out, "Uitkomst: geen bevindingen. " + sound, "");
            return;
        }
        wrap(out, "Uitkomst: " + error + (error == 1 ? " fout, " : " fouten, ") + warning
                + (warning == 1 ? " waarschuwing, " : " waarschuwingen, ") + info + " ter informatie. "
                + (error > 0 ? errors : warning > 0 ? warnings : sound), "");
    }

    private static long count(List<PlanFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void findings(StringBuilder out, List<PlanFinding> findings) {
        for (Severity severity : Severity.values()) {
            List<PlanFinding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(switch (severity) {
                case ERROR -> "Fouten";
                case WARNING -> "Waarschuwingen";
                case INFO -> "Ter informatie";
            }).append(" (").append(group.size()).append("):\n");
            for (PlanFinding f : group) {
                out.append("  - ").append(f.code().name()).append(" (").append(f.code().label()).append(')');
                f.subject().ifPresent(s -> out.append(" — ").append(subjectLabel(s)));
                out.append('\n');
                wrap(out, f.text(), FINDING_INDENT);
                wrap(out, "regel \"" + f.rule() + "\", bron: " + f.source() + " ("
                        + (f.basis() == Basis.SEED ? "staat in de uitwerking" : "onze lezing van de uitwerking") + ")",
                        FINDING_INDENT);
            }
        }
    }

    /** Whether a deviation is one to account for now (a warning), not one that has not happened yet (info). */
    private static boolean toAccount(PlanFinding deviation) {
        return deviation.severity() != Severity.INFO;
    }

    /** The deviation of a party or goal in a few words: what the finding says; "nog" while the process runs. */
    private static String deviation(java.util.Optional<PlanFinding> deviation) {
        return deviation.map(f -> (toAccount(f) ? "" : "nog ") + switch (f.code()) {
            case PARTY_NOT_INVOLVED -> "niet betrokken";
            case PARTY_INVOLVED_LIGHTER -> "lichter dan gepland";
            case PARTY_INVOLVED_HEAVIER -> "zwaarder dan gepland";
            case GOAL_NOT_SERVED -> "niet gediend";
            default -> f.code().label();
        }).orElse("geen");
    }

    private static void parties(StringBuilder out, List<PartyAccount> parties) {
        out.append("\nPer partij: gepland, gedaan (zwaarste rol, aantal activiteiten) en afwijking\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Partij", "Soort", "Gepland", "Gedaan", "Aantal", "Afwijking"));
        for (PartyAccount party : parties) {
            rows.add(List.of(party.party(), party.kind().map(PlanReport::kind).orElse("-"), role(party.planned()),
                    party.heaviest().map(PlanReport::role).orElse("niet betrokken"),
                    String.valueOf(party.activities()),
                    party.kind().isPresent() ? deviation(party.deviation()) : "-"));
        }
        if (parties.isEmpty()) {
            out.append("  (het plan noemt geen belanghebbenden)\n");
            return;
        }
        int[] widths = new int[6];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < 4; c++) {
                line.append(pad(row.get(c), widths[c])).append("  ");
            }
            line.append(" ".repeat(widths[4] - row.get(4).length())).append(row.get(4)); // numbers to the right
            line.append("  ").append(row.get(5));
            out.append(line).append('\n');
        }
    }

    private static void goals(StringBuilder out, List<GoalAccount> goals) {
        out.append("\nPer doel: gepland, gedaan (de activiteiten die het dienden) en afwijking\n");
        if (goals.isEmpty()) {
            out.append("  (het plan stelt geen doel)\n");
            return;
        }
        int width = "Doel".length();
        for (GoalAccount goal : goals) {
            width = Math.max(width, goal.goal().label().length());
        }
        out.append("  ").append(pad("Doel", width)).append("  Activiteiten die het dienden\n");
        for (GoalAccount goal : goals) {
            out.append("  ").append(pad(goal.goal().label(), width)).append("  ");
            if (goal.servedBy().isEmpty()) {
                out.append("geen; afwijking: ").append(deviation(goal.deviation())).append('\n');
            }
            for (int i = 0; i < goal.servedBy().size(); i++) {
                Activity activity = goal.servedBy().get(i);
                if (i > 0) {
                    out.append("  ").append(" ".repeat(width)).append("  ");
                }
                out.append(date(activity.date())).append("  ").append(activity.kind().label()).append(": ")
                        .append(activity.description().strip()).append('\n');
            }
        }
    }

    /** A role in the table: its label without the explanation in brackets, to keep the table narrow. */
    private static String role(Role role) {
        String label = role.label();
        int bracket = label.indexOf(" (");
        return bracket < 0 ? label : label.substring(0, bracket);
    }

    /** A short Dutch word for a stakeholder kind, to keep the table narrow; the full label is in the advice. */
    private static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));

    /** A date as people in Heemstede write it, for example {@code 2 maart 2026}. */
    private static String date(java.time.LocalDate date) {
        return DUTCH_DATE.format(date);
    }

    private static String kind(StakeholderKind kind) {
        return switch (kind) {
            case NEIGHBOURS -> "omwonenden";
            case RESIDENTS -> "inwoners";
            case DISTANT_RESIDENTS -> "verder weg";
            case EXPERT -> "deskundige";
            case ORGANISATION -> "organisatie";
        };
    }

    /** The Dutch label of a finding's subject when it is a code (a goal, a question, a framework, a body). */
    private static String subjectLabel(String subject) {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Goal.class, PlanQuestion.class,
                FrameworkKind.class, CompetentBody.class, StakeholderKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(subject)) {
                    return ((Labelled) constant).label();
                }
            }
        }
        return subject;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Appends the text in lines of at most {@link #WIDTH} characters, each after the indent; long words stay whole. */
    private static void wrap(StringBuilder out, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
