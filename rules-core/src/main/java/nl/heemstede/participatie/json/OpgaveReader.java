package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;

/**
 * Reads one opgave from a JSON tree, strictly: unknown fields, wrong types, unknown codes and missing required
 * fields are violations, all collected, with their field paths. The contradictions between the decision fields come
 * from {@link Opgave#violations()}, so the JSON contract and the typed API check exactly the same rules.
 */
final class OpgaveReader extends StrictReader {

    /**
     * The fields each contradiction between decision fields reads: when one of them is broken, the contradiction is not
     * judged.
     */
    private static final Map<String, Set<String>> CONTRADICTION_INPUTS = Map.of(
            "municipalDecisionRequired", Set.of("initiator", "municipalDecisionRequired"),
            "withinCivilServiceMandate", Set.of("municipalDecisionRequired", "withinCivilServiceMandate"),
            "competentBody", Set.of("municipalDecisionRequired", "withinCivilServiceMandate", "competentBody"));
    /** The top-level fields in contract order, to list violations in the order of the input. */
    private static final List<String> FIELD_ORDER = List.of("", "title", "reference", "initiator",
            "peildatum", "municipalDecisionRequired", "withinCivilServiceMandate", "competentBody", "impact", "room",
            "difficulty", "intentions", "stakeholders");
    /** Stakeholder lists longer than this are not read element by element. */
    private static final int READ_LIMIT = Opgave.MAX_STAKEHOLDERS * 5;

    private OpgaveReader() {
    }

    static ParsedOpgave read(JsonNode node) {
        return new OpgaveReader().opgave(node);
    }

    private ParsedOpgave opgave(JsonNode node) {
        if (node == null || !node.isObject()) {
            violation("", node, "Een opgave is een JSON-object {...}.");
            return new ParsedOpgave(Optional.empty(), violations);
        }
        known(node, "", "title", "reference", "peildatum", "initiator", "municipalDecisionRequired",
                "withinCivilServiceMandate", "competentBody", "impact", "room", "difficulty", "intentions", "stakeholders");
        String title = text(node, "", "title", true).orElse("x");
        Optional<String> reference = text(node, "", "reference", false);
        Optional<java.time.LocalDate> peildatum = date(node, "", "peildatum", false);
        Initiator initiator = code(node, "", "initiator", Initiator.class, true).orElse(Initiator.RESIDENTS);
        boolean decisionRequired = bool(node, "", "municipalDecisionRequired", true).orElse(false);
        Optional<Boolean> mandate = bool(node, "", "withinCivilServiceMandate", false);
        Optional<CompetentBody> body = code(node, "", "competentBody", CompetentBody.class, false);

        JsonNode impactNode = object(node, "", "impact");
        Impact impact = Impact.of(flag(impactNode, "impact.", "majorChangeToLivingEnvironment"),
                flag(impactNode, "impact.", "manyActors"), flag(impactNode, "impact.", "manyInterests"));
        known(impactNode, "impact.", "majorChangeToLivingEnvironment", "manyActors", "manyInterests");

        JsonNode roomNode = object(node, "", "room");
        known(roomNode, "room.", "somethingToChoose", "legalRoom", "policyRoom", "participationDesirable");
        Room room = Room.of(flag(roomNode, "room.", "somethingToChoose"),
                code(roomNode, "room.", "legalRoom", RoomLevel.class, true).orElse(RoomLevel.NONE),
                code(roomNode, "room.", "policyRoom", RoomLevel.class, true).orElse(RoomLevel.NONE),
                bool(roomNode, "room.", "participationDesirable", false).orElse(true));

        JsonNode difficultyNode = object(node, "", "difficulty");
        known(difficultyNode, "difficulty.", "complexContent", "opposingInterests");
        Difficulty difficulty = Difficulty.of(flag(difficultyNode, "difficulty.", "complexContent"),
                flag(difficultyNode, "difficulty.", "opposingInterests"));

        JsonNode intentionsNode = object(node, "", "intentions");
        known(intentionsNode, "intentions.", "stakeholdersWillCoProduce", "decisionPowerShared", "frameworksSet",
                "learningPilot", "learnTogether");
        JsonNode frameworksNode = object(intentionsNode, "intentions.", "frameworksSet");
        known(frameworksNode, "intentions.frameworksSet.", "content", "financial", "process");
        Intentions intentions = Intentions.of(flag(intentionsNode, "intentions.", "stakeholdersWillCoProduce"),
                flag(intentionsNode, "intentions.", "decisionPowerShared"),
                Frameworks.of(flag(frameworksNode, "intentions.frameworksSet.", "content"),
                        flag(frameworksNode, "intentions.frameworksSet.", "financial"),
                        flag(frameworksNode, "intentions.frameworksSet.", "process")),
                flag(intentionsNode, "intentions.", "learningPilot"),
                bool(intentionsNode, "intentions.", "learnTogether", false).orElse(false));

        List<Stakeholder> stakeholders = stakeholders(node);

        Opgave opgave = new Opgave(title, reference, initiator, decisionRequired, mandate, body, impact, room,
                difficulty, intentions, stakeholders, peildatum);
        addSemantic(opgave.violations(), CONTRADICTION_INPUTS);
        if (!violations.isEmpty()) {
            return new ParsedOpgave(Optional.empty(), ordered(FIELD_ORDER));
        }
        return new ParsedOpgave(Optional.of(opgave), List.of());
    }

    private List<Stakeholder> stakeholders(JsonNode node) {
        Optional<JsonNode> read = list(node, "", "stakeholders", "een lijst van {\"name\", \"kind\"}, die leeg mag zijn",
                READ_LIMIT, Opgave.MAX_STAKEHOLDERS);
        if (read.isEmpty()) {
            return List.of();
        }
        JsonNode list = read.get();
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "stakeholders[" + i + "]";
            JsonNode element = list.get(i);
            if (!element.isObject()) {
                violation(prefix, element, "Een belanghebbende is een object {\"name\", \"kind\"}.");
                stakeholders.add(Stakeholder.of("\u0000" + i, StakeholderKind.NEIGHBOURS));
                continue;
            }
            known(element, prefix + ".", "name", "kind");
            String name = text(element, prefix + ".", "name", true).orElse("\u0000" + i);
            StakeholderKind kind = code(element, prefix + ".", "kind", StakeholderKind.class, true)
                    .orElse(StakeholderKind.NEIGHBOURS);
            stakeholders.add(Stakeholder.of(name, kind));
        }
        return stakeholders;
    }

    private boolean flag(JsonNode parent, String prefix, String field) {
        if (parent == null) {
            return false;
        }
        return bool(parent, prefix, field, true).orElse(false);
    }
}
