package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;

/** Reads an advice back from its JSON form, for systems that store advice and for round-trip tests. */
final class AdviceReader {

    private AdviceReader() {
    }

    static Advice read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("An advice must be a JSON object.");
        }
        JsonNode version = required(node, "policyVersion");
        List<Goal> goalList = list(node, "goals", n -> code(n, Goal.class, "goals"));
        Set<Goal> goals = goalList.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goalList);
        return new Advice(ParticipatieJson.optionalText(node, "reference"),
                new PolicyVersion(text(version, "name"), text(version, "sha256"), date(version, "validFrom"),
                        ParticipatieJson.optionalText(version, "validUntil").map(d -> parseDate(d, "validUntil")),
                        ParticipatieJson.optionalText(version, "succeededBy")),
                date(node, "peildatum"),
                code(required(node, "decider"), Decider.class, "decider"),
                code(required(node, "complexity"), Complexity.class, "complexity"),
                code(required(node, "route"), Route.class, "route"),
                bool(node, "quickscanRequired"),
                list(node, "quickscanDeliverables", n -> code(n, QuickscanDeliverable.class, "quickscanDeliverables")),
                code(required(node, "participationSpace"), RoomLevel.class, "participationSpace"),
                bool(node, "participationFeasible"),
                bool(node, "participationPlanRequired"),
                goals,
                list(node, "roles", n -> new RoleAssignment(text(n, "party"),
                        n.hasNonNull("kind") ? Optional.of(code(n.get("kind"), StakeholderKind.class, "roles.kind"))
                                : Optional.empty(),
                        code(required(n, "role"), Role.class, "roles.role"))),
                code(required(node, "governmentRole"), GovernmentRole.class, "governmentRole"),
                list(node, "steps", n -> code(n, Step.class, "steps")),
                list(node, "planDescriptionQuestions", JsonNode::asText),
                list(node, "attentionPoints", n -> new AttentionPoint(
                        code(required(n, "code"), AttentionPointCode.class, "attentionPoints.code"), text(n, "text"))),
                list(node, "guidance", n -> code(required(n, "code"), WebsiteSection.class, "guidance.code")),
                list(node, "explanation", n -> new Explanation(text(n, "decision"), text(n, "rule"),
                        code(required(n, "basis"), Basis.class, "explanation.basis"), text(n, "source"),
                        text(n, "text"), ParticipatieJson.optionalText(n, "subject"))));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("The advice has no field " + field + ".");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("The advice's field " + field + " must be true or false.");
        }
        return value.booleanValue();
    }

    private static <E extends Enum<E>> E code(JsonNode node, Class<E> type, String field) {
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The advice's field " + field + " has unknown code [" + node.asText()
                    + "].", e);
        }
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
        JsonNode value = required(node, field);
        if (!value.isArray()) {
            throw new IllegalArgumentException("The advice's field " + field + " must be a list.");
        }
        List<T> items = new ArrayList<>();
        value.forEach(n -> items.add(element.apply(n)));
        return items;
    }

    private static java.time.LocalDate date(JsonNode node, String field) {
        return parseDate(text(node, field), field);
    }

    private static java.time.LocalDate parseDate(String text, String field) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date as yyyy-MM-dd, was [" + text + "].", e);
        }
    }
}
