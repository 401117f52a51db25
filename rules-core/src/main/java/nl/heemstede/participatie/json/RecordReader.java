package nl.heemstede.participatie.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.ActivityKind;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.Role;

/**
 * Reads one process record from a JSON tree, strictly: unknown fields, wrong types, unknown codes, missing required
 * fields and dates that are not {@code yyyy-MM-dd} are violations, all collected, with their field paths. Given the
 * plan, the record's own rules come from {@link ProcessRecord#violations(ParticipationPlan)}, so the JSON contract
 * and the typed API check exactly the same rules.
 */
final class RecordReader extends StrictReader {

    /** The top-level fields in contract order, to list violations in the order of the input. */
    static final List<String> FIELD_ORDER = List.of("", "adoptedOn", "activities", "resultSentOn", "inputAccount",
            "planAccount");
    /** The fields the record's own rules read besides their own: when one is broken, the rule is not judged. */
    private static final Map<String, Set<String>> RULE_INPUTS = Map.of("resultSentOn", Set.of("adoptedOn"));
    /** Activity lists longer than this are not read element by element. */
    private static final int READ_LIMIT = ProcessRecord.MAX_ACTIVITIES * 5;
    /** Participant lists longer than this are not read element by element. */
    private static final int PARTICIPANTS_READ_LIMIT = ParticipationPlan.MAX_PARTIES * 5;
    /** Stands in for a date that is missing or broken; it is reported, and nothing is judged by it. */
    private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

    private RecordReader() {
    }

    /**
     * Reads the record; when a plan is given, checks it against the plan as well.
     *
     * @throws InvalidInputException listing every violation, with paths relative to the record
     */
    static ProcessRecord read(JsonNode node, Optional<ParticipationPlan> plan) {
        return new RecordReader().record(node, plan);
    }

    private ProcessRecord record(JsonNode node, Optional<ParticipationPlan> plan) {
        if (node == null || !node.isObject()) {
            violation("", node, "Een procesverslag is een JSON-object {...}.");
            throw new InvalidInputException(violations);
        }
        known(node, "", FIELD_ORDER.subList(1, FIELD_ORDER.size()).toArray(String[]::new));
        LocalDate adoptedOn = date(node, "", "adoptedOn", true).orElse(NO_DATE);
        List<Activity> activities = activities(node);
        Optional<LocalDate> resultSentOn = date(node, "", "resultSentOn", false);
        Optional<String> inputAccount = text(node, "", "inputAccount", false);
        Optional<String> planAccount = text(node, "", "planAccount", false);

        ProcessRecord record = new ProcessRecord(adoptedOn, activities, resultSentOn, inputAccount, planAccount);
        plan.ifPresent(p -> addSemantic(record.violations(p), RULE_INPUTS));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(ordered(FIELD_ORDER));
        }
        return record;
    }

    private List<Activity> activities(JsonNode node) {
        Optional<JsonNode> list = list(node, "", "activities",
                "een lijst van {\"date\", \"kind\", \"description\", \"participants\"}, die leeg mag zijn",
                READ_LIMIT, ProcessRecord.MAX_ACTIVITIES);
        if (list.isEmpty()) {
            return List.of();
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < list.get().size(); i++) {
            String prefix = "activities[" + i + "]";
            JsonNode element = list.get().get(i);
            if (!element.isObject()) {
                violation(prefix, element, "Een activiteit is een object {\"date\", \"kind\", \"description\","
                        + " \"participants\"}.");
                activities.add(new Activity(NO_DATE, ActivityKind.MEETING, "\u0000" + i, List.of()));
                continue;
            }
            known(element, prefix + ".", "date", "kind", "description", "participants");
            LocalDate date = date(element, prefix + ".", "date", true).orElse(NO_DATE);
            ActivityKind kind = code(element, prefix + ".", "kind", ActivityKind.class, true)
                    .orElse(ActivityKind.MEETING);
            String description = text(element, prefix + ".", "description", true).orElse("\u0000" + i);
            activities.add(new Activity(date, kind, description, participants(element, prefix + ".")));
        }
        return activities;
    }

    private List<Participation> participants(JsonNode activity, String prefix) {
        Optional<JsonNode> list = list(activity, prefix, "participants",
                "een lijst van {\"party\", \"role\"} met minstens één deelnemer", PARTICIPANTS_READ_LIMIT,
                ParticipationPlan.MAX_PARTIES);
        if (list.isEmpty()) {
            return List.of();
        }
        List<Participation> participants = new ArrayList<>();
        for (int j = 0; j < list.get().size(); j++) {
            String path = prefix + "participants[" + j + "]";
            JsonNode element = list.get().get(j);
            if (!element.isObject()) {
                violation(path, element, "Een deelnemer is een object {\"party\", \"role\"}.");
                participants.add(Participation.of("\u0000" + j, Role.INFORMED));
                continue;
            }
            known(element, path + ".", "party", "role");
            String party = text(element, path + ".", "party", true).orElse("\u0000" + j);
            Role role = code(element, path + ".", "role", Role.class, true).orElse(Role.INFORMED);
            participants.add(Participation.of(party, role));
        }
        return participants;
    }
}
