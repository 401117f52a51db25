package nl.heemstede.participatie.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.NoPolicyInForceException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PartyAccount;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.Violation;

/**
 * The JSON contract (README, "The JSON contract"): opgaven in, advice out, with exactly its field names and codes; and
 * participation plans and process records in, plan checks and process reviews out.
 *
 * <p>Reading is strict: unknown fields, wrong types, unknown codes, missing required fields and the contradictions
 * of {@link Opgave#violations()} are {@link Violation}s, all listed at once; text that is not JSON is a {@link
 * MalformedJsonException} with line and column. Plans and records are read as strictly, and checked against their
 * opgave and plan. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ParticipatieJson json = ParticipatieJson.create();
 * String advice = json.advise(ParticipationAdvisor.bundled(), "{ \"title\": ... }");
 * }</pre>
 *
 * @since 0.1
 */
public final class ParticipatieJson {

    /** The largest JSON text read, in characters (10 MB): 200 stakeholders need far less. */
    public static final int MAX_INPUT_CHARS = 10_000_000;

    private final JsonMapper mapper;
    /** Reads one value as a tree and leaves the parser at its last token (what follows is checked by the caller). */
    private final ObjectReader valueReader;

    private ParticipatieJson() {
        this.mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(100_000).maxNumberLength(100).build());
        this.valueReader = mapper.readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Returns the JSON contract. */
    public static ParticipatieJson create() {
        return new ParticipatieJson();
    }

    /**
     * Reads one opgave object, or an array of them; each is checked on its own.
     *
     * @throws MalformedJsonException when the text is not JSON
     */
    public List<ParsedOpgave> readOpgaven(String json) {
        List<ParsedOpgave> parsed = new ArrayList<>();
        // An array is read element by element, so a batch never stands as one tree: its memory is that of its
        // opgaven. Field paths stay relative to the opgave: each output element answers one input element.
        parse(json, "een opgave (een object) of een lijst van opgaven", (parser, reader) -> {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parsed.add(OpgaveReader.read(reader.readTree(parser)));
                }
            } else {
                parsed.add(OpgaveReader.read(reader.readTree(parser)));
            }
        });
        return parsed;
    }

    /**
     * Reads exactly one opgave.
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws InvalidOpgaveException listing every violation
     */
    public Opgave readOpgave(String json) {
        JsonNode root = parse(json);
        ParsedOpgave parsed = OpgaveReader.read(root);
        return parsed.opgave().orElseThrow(() -> new InvalidOpgaveException(parsed.violations()));
    }

    /**
     * Advises on every opgave in the text (one object or an array) and answers with a JSON array: per opgave, in
     * input order, the advice or {@code {"errors": [...]}}.
     *
     * @throws MalformedJsonException  when the text is not JSON
     * @throws PolicyDecisionException when the policy cannot decide a valid opgave
     */
    public String advise(ParticipationAdvisor advisor, String json) {
        List<AdviceResult> results = new ArrayList<>();
        for (ParsedOpgave parsed : readOpgaven(json)) {
            results.add(adviseOne(advisor, parsed));
        }
        return writeResults(results);
    }

    /**
     * The advice for one parsed opgave, or its violations: those of the JSON, or, when no policy version is in
     * force on its peildatum, the one of the field {@code peildatum} ({@link NoPolicyInForceException}).
     *
     * @throws PolicyDecisionException when the policy cannot decide the valid opgave
     * @since 0.3
     */
    public static AdviceResult adviseOne(ParticipationAdvisor advisor, ParsedOpgave parsed) {
        if (parsed.opgave().isEmpty()) {
            return AdviceResult.invalid(parsed.violations());
        }
        try {
            return AdviceResult.of(advisor.advise(parsed.opgave().get()));
        } catch (NoPolicyInForceException e) {
            return AdviceResult.invalid(e.violations());
        }
    }

    /** Writes an opgave as JSON; {@link #readOpgave(String)} reads it back equal. */
    public String writeOpgave(Opgave opgave) {
        return write(opgaveNode(opgave));
    }

    /** Writes an advice as JSON, with the field names and codes of the README's JSON contract. */
    public String writeAdvice(Advice advice) {
        return write(adviceNode(advice));
    }

    /** Writes a batch of results as one JSON array, in order. */
    public String writeResults(List<AdviceResult> results) {
        StringWriter text = new StringWriter();
        try {
            writeResults(results, text);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail.", e);
        }
        return text.toString();
    }

    /**
     * Writes a batch of results as one JSON array, in order, element by element as the results come: the same text as
     * {@link #writeResults(List)}, without holding the batch or its text in memory. The results may be computed as
     * they are asked for; when that throws, the array is left unfinished (no closing bracket), so that a reader never
     * takes a part for the whole. The writer is flushed after each element, and not closed.
     *
     * @throws IOException when the writer throws
     * @since 0.2
     */
    public void writeResults(Iterable<AdviceResult> results, Writer out) throws IOException {
        Objects.requireNonNull(results, "results");
        try (JsonGenerator generator = mapper.writer().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            generator.writeStartArray();
            for (AdviceResult result : results) {
                generator.writeTree(result.advice().map(this::adviceNode).orElseGet(() -> errorsNode(result.errors())));
                generator.flush(); // a reader at the other end of a pipe gets each element as it is done
            }
            generator.writeEndArray();
        }
    }

    /** Writes violations as {@code {"errors": [{"field", "value", "message"}]}}. */
    public String writeErrors(List<Violation> violations) {
        return write(errorsNode(violations));
    }

    /**
     * Reads an advice written by {@link #writeAdvice(Advice)}.
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws IllegalArgumentException when it is not an advice
     */
    public Advice readAdvice(String json) {
        return AdviceReader.read(parse(json));
    }

    /**
     * Reads a participation plan and checks it against its opgave: the structure of the JSON contract, then the
     * plan's own rules ({@link ParticipationPlan#violations(Opgave)}: names, lengths, parties that are no stakeholder).
     * Whether the plan follows the policy is not checked here; that is {@link ParticipationAdvisor#checkPlan}.
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws InvalidInputException  listing every violation, with paths relative to the plan such as
     *                                {@code parties[2].role}
     */
    public ParticipationPlan readPlan(String json, Opgave opgave) {
        Objects.requireNonNull(opgave, "opgave");
        return PlanReader.read(parse(json, "een participatieplan (een object)"), Optional.of(opgave));
    }

    /**
     * Reads a participation plan without its opgave: only the structure of the JSON contract is checked (fields,
     * types, codes, a goal given twice), not the plan's own rules, which need the opgave.
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws InvalidInputException  listing every violation, with paths relative to the plan
     */
    public ParticipationPlan readPlan(String json) {
        return PlanReader.read(parse(json, "een participatieplan (een object)"), Optional.empty());
    }

    /**
     * Reads a process record and checks it against its plan: the structure of the JSON contract (dates as
     * {@code yyyy-MM-dd}), then the record's own rules ({@link ProcessRecord#violations(ParticipationPlan)}:
     * participants that are no party of the plan, a result sent before adoption, lengths).
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws InvalidInputException  listing every violation, with paths relative to the record such as
     *                                {@code activities[1].participants[0].party}
     */
    public ProcessRecord readRecord(String json, ParticipationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return RecordReader.read(parse(json, "een procesverslag (een object)"), Optional.of(plan));
    }

    /**
     * Reads a process record without its plan: only the structure of the JSON contract is checked, not the
     * record's own rules, which need the plan.
     *
     * @throws MalformedJsonException when the text is not JSON
     * @throws InvalidInputException  listing every violation, with paths relative to the record
     */
    public ProcessRecord readRecord(String json) {
        return RecordReader.read(parse(json, "een procesverslag (een object)"), Optional.empty());
    }

    /** Writes a participation plan as JSON; {@link #readPlan(String, Opgave)} reads it back equal. */
    public String writePlan(ParticipationPlan plan) {
        return write(planNode(plan));
    }

    /** Writes a process record as JSON; {@link #readRecord(String, ParticipationPlan)} reads it back equal. */
    public String writeRecord(ProcessRecord record) {
        return write(recordNode(record));
    }

    /**
     * Writes the check of a plan as {@code {"policyVersion", "hasErrors", "findings", "advice"}}: each finding as
     * {@code {"severity", "code", "rule", "basis", "source", "text", "subject"?}}, the advice the plan was held
     * against as {@link #writeAdvice(Advice)} writes it.
     */
    public String writePlanCheck(PlanCheck check) {
        ObjectNode node = mapper.createObjectNode();
        node.set("policyVersion", versionNode(check.advice().policyVersion()));
        node.put("hasErrors", check.hasErrors());
        node.set("findings", findingsNode(check.findings()));
        node.set("advice", adviceNode(check.advice()));
        return write(node);
    }

    /**
     * Writes the review of a process as {@code {"policyVersion", "hasErrors", "findings", "parties", "goals"}}: the
     * findings as in {@link #writePlanCheck(PlanCheck)}; per party of the plan what was planned, what was done and
     * the deviation, {@code {"party", "kind"?, "planned", "heaviest"?, "activities", "deviation"?}}; per goal
     * {@code {"goal", "servedBy": [{"date", "kind", "description"}], "deviation"?}}. A deviation is the finding
     * about that party or goal, written as in {@code findings}.
     */
    public String writeReview(ProcessReview review) {
        ObjectNode node = mapper.createObjectNode();
        node.set("policyVersion", versionNode(review.policyVersion()));
        node.put("hasErrors", review.hasErrors());
        node.set("findings", findingsNode(review.findings()));
        ArrayNode parties = node.putArray("parties");
        for (PartyAccount account : review.parties()) {
            ObjectNode party = parties.addObject();
            party.put("party", account.party());
            account.kind().ifPresent(kind -> party.put("kind", kind.name()));
            party.put("planned", account.planned().name());
            account.heaviest().ifPresent(role -> party.put("heaviest", role.name()));
            party.put("activities", account.activities());
            account.deviation().ifPresent(f -> party.set("deviation", findingNode(f)));
        }
        ArrayNode goals = node.putArray("goals");
        for (GoalAccount account : review.goals()) {
            ObjectNode goal = goals.addObject();
            goal.put("goal", account.goal().name());
            ArrayNode servedBy = goal.putArray("servedBy");
            for (Activity activity : account.servedBy()) {
                servedBy.addObject().put("date", activity.date().toString()).put("kind", activity.kind().name())
                        .put("description", activity.description());
            }
            account.deviation().ifPresent(f -> goal.set("deviation", findingNode(f)));
        }
        return write(node);
    }

    JsonNode parse(String json) {
        return parse(json, "een opgave (een object) of een lijst van opgaven");
    }

    private JsonNode parse(String json, String expected) {
        JsonNode[] root = new JsonNode[1];
        parse(json, expected, (parser, reader) -> root[0] = reader.readTree(parser));
        return root[0];
    }

    /** Reads the one JSON value of a text, from its first token on. */
    @FunctionalInterface
    private interface ValueReader {
        /** Reads the value whose first token is the parser's current one, up to and including its last token. */
        void read(JsonParser parser, ObjectReader reader) throws IOException;
    }

    /**
     * Parses the text with its limits: the reader gets the parser at the first token of the value and reads that
     * value; what follows it must be white space. Every failure is a {@link MalformedJsonException} with a position.
     */
    private void parse(String json, String expected, ValueReader value) {
        if (json.length() > MAX_INPUT_CHARS) {
            throw new MalformedJsonException("de tekst heeft " + json.length() + " tekens; hoogstens "
                    + MAX_INPUT_CHARS + " worden gelezen.", 1, 1);
        }
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw new MalformedJsonException("de tekst is leeg; verwacht " + expected + ".", 1, 1);
                }
                value.read(parser, valueReader);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new MalformedJsonException("na het einde van de JSON-waarde staat nog meer.",
                            Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
                }
            } catch (JsonProcessingException e) {
                // Limits (nesting, string length) carry no location of their own: take the parser's.
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
                int line = location == null ? 1 : Math.max(1, location.getLineNr());
                int column = location == null ? 1 : Math.max(1, location.getColumnNr());
                throw new MalformedJsonException(dutch(e.getOriginalMessage()), line, column);
            }
        } catch (IOException e) {
            throw new MalformedJsonException(e.getMessage(), 1, 1); // reading a String fails only as JSON
        }
    }

    /**
     * The parser's problem in Dutch, for the official who wrote the file, with the parser's own English words after
     * it for a developer.
     */
    static String dutch(String problem) {
        String p = problem == null ? "" : problem;
        String said;
        if (p.startsWith("Unexpected end-of-input")) {
            said = "de tekst houdt op midden in een waarde (ontbreekt er een } of ] aan het eind?)";
        } else if (p.startsWith("Duplicate field") || p.startsWith("Duplicate Object property")) {
            said = "een veld staat twee keer in hetzelfde object";
        } else if (p.startsWith("Unrecognized token")) {
            said = "onbekend woord: tekst staat tussen dubbele aanhalingstekens, en alleen true, false en null"
                    + " staan zonder";
        } else if (p.startsWith("Unexpected character")) {
            said = "onverwacht teken (ontbreekt er een komma, een aanhalingsteken of een haakje?)";
        } else if (p.contains("nesting depth")) {
            said = "de waarden staan te diep in elkaar";
        } else if (p.contains("String value length") || p.contains("Number value length")
                || p.contains("Name length")) {
            said = "een tekst, getal of veldnaam is te lang";
        } else if (p.contains("Illegal unquoted character") || p.contains("Illegal character")) {
            said = "een teken dat in JSON-tekst niet mag (een tab of regeleinde binnen aanhalingstekens?)";
        } else {
            said = "dit is geen geldige JSON";
        }
        return said + " [" + p.replaceAll("\\s+", " ").strip() + "]";
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built here cannot fail to serialise.", e);
        }
    }

    private ObjectNode opgaveNode(Opgave opgave) {
        ObjectNode node = mapper.createObjectNode();
        node.put("title", opgave.title());
        opgave.reference().ifPresent(r -> node.put("reference", r));
        opgave.peildatum().ifPresent(d -> node.put("peildatum", d.toString())); // optional, today when absent
        node.put("initiator", opgave.initiator().name());
        node.put("municipalDecisionRequired", opgave.municipalDecisionRequired());
        opgave.withinCivilServiceMandate().ifPresent(m -> node.put("withinCivilServiceMandate", m));
        opgave.competentBody().ifPresent(b -> node.put("competentBody", b.name()));
        ObjectNode impact = node.putObject("impact");
        impact.put("majorChangeToLivingEnvironment", opgave.impact().majorChangeToLivingEnvironment());
        impact.put("manyActors", opgave.impact().manyActors());
        impact.put("manyInterests", opgave.impact().manyInterests());
        ObjectNode room = node.putObject("room");
        room.put("somethingToChoose", opgave.room().somethingToChoose());
        room.put("legalRoom", opgave.room().legalRoom().name());
        room.put("policyRoom", opgave.room().policyRoom().name());
        if (!opgave.room().participationDesirable()) {
            room.put("participationDesirable", false); // optional, true when absent
        }
        ObjectNode difficulty = node.putObject("difficulty");
        difficulty.put("complexContent", opgave.difficulty().complexContent());
        difficulty.put("opposingInterests", opgave.difficulty().opposingInterests());
        ObjectNode intentions = node.putObject("intentions");
        intentions.put("stakeholdersWillCoProduce", opgave.intentions().stakeholdersWillCoProduce());
        intentions.put("decisionPowerShared", opgave.intentions().decisionPowerShared());
        ObjectNode frameworks = intentions.putObject("frameworksSet");
        frameworks.put("content", opgave.intentions().frameworksSet().content());
        frameworks.put("financial", opgave.intentions().frameworksSet().financial());
        frameworks.put("process", opgave.intentions().frameworksSet().process());
        intentions.put("learningPilot", opgave.intentions().learningPilot());
        if (opgave.intentions().learnTogether()) {
            intentions.put("learnTogether", true); // optional, false when absent
        }
        ArrayNode stakeholders = node.putArray("stakeholders");
        for (Stakeholder s : opgave.stakeholders()) {
            stakeholders.addObject().put("name", s.name()).put("kind", s.kind().name());
        }
        return node;
    }

    private ObjectNode adviceNode(Advice advice) {
        ObjectNode node = mapper.createObjectNode();
        advice.reference().ifPresent(r -> node.put("reference", r));
        node.put("peildatum", advice.peildatum().toString());
        node.set("policyVersion", versionNode(advice.policyVersion()));
        node.put("decider", advice.decider().name());
        node.put("complexity", advice.complexity().name());
        node.put("route", advice.route().name());
        node.put("quickscanRequired", advice.quickscanRequired());
        ArrayNode deliverables = node.putArray("quickscanDeliverables");
        advice.quickscanDeliverables().forEach(d -> deliverables.add(d.name()));
        node.put("participationSpace", advice.participationSpace().name());
        node.put("participationFeasible", advice.participationFeasible());
        node.put("participationPlanRequired", advice.participationPlanRequired());
        ArrayNode goals = node.putArray("goals");
        for (Goal goal : advice.goals()) {
            goals.add(goal.name());
        }
        ArrayNode roles = node.putArray("roles");
        for (RoleAssignment role : advice.roles()) {
            ObjectNode r = roles.addObject();
            r.put("party", role.party());
            role.kind().ifPresent(k -> r.put("kind", k.name()));
            r.put("role", role.role().name());
        }
        node.put("governmentRole", advice.governmentRole().name());
        ArrayNode steps = node.putArray("steps");
        advice.steps().forEach(s -> steps.add(s.name()));
        ArrayNode questions = node.putArray("planDescriptionQuestions");
        advice.planDescriptionQuestions().forEach(questions::add);
        ArrayNode points = node.putArray("attentionPoints");
        for (AttentionPoint point : advice.attentionPoints()) {
            points.addObject().put("code", point.code().name()).put("text", point.text());
        }
        ArrayNode guidance = node.putArray("guidance");
        for (WebsiteSection section : advice.guidance()) {
            guidance.addObject().put("code", section.name()).put("label", section.label());
        }
        ArrayNode explanation = node.putArray("explanation");
        for (Explanation e : advice.explanation()) {
            ObjectNode entry = explanation.addObject();
            entry.put("decision", e.decision());
            entry.put("rule", e.rule());
            entry.put("basis", e.basis().name());
            entry.put("source", e.source());
            entry.put("text", e.text());
            e.subject().ifPresent(s -> entry.put("subject", s));
        }
        return node;
    }

    private ObjectNode planNode(ParticipationPlan plan) {
        ObjectNode node = mapper.createObjectNode();
        plan.adoptedBy().ifPresent(body -> node.put("adoptedBy", body.name()));
        if (!plan.planDescription().isEmpty()) {
            ObjectNode answers = node.putObject("planDescription");
            plan.planDescription().forEach((question, answer) -> answers.put(question.name(), answer));
        }
        ArrayNode goals = node.putArray("goals");
        plan.goals().forEach(goal -> goals.add(goal.name()));
        ArrayNode parties = node.putArray("parties");
        for (PlannedParty party : plan.parties()) {
            parties.addObject().put("name", party.name()).put("role", party.role().name());
        }
        if (!plan.frameworks().isEmpty()) {
            ObjectNode frameworks = node.putObject("frameworks");
            plan.frameworks().forEach((kind, text) -> frameworks.put(kind.name(), text));
        }
        plan.weighing().ifPresent(w -> node.put("weighing", w));
        return node;
    }

    private ObjectNode recordNode(ProcessRecord record) {
        ObjectNode node = mapper.createObjectNode();
        node.put("adoptedOn", record.adoptedOn().toString());
        ArrayNode activities = node.putArray("activities");
        for (Activity activity : record.activities()) {
            ObjectNode a = activities.addObject();
            a.put("date", activity.date().toString());
            a.put("kind", activity.kind().name());
            a.put("description", activity.description());
            ArrayNode participants = a.putArray("participants");
            for (Participation p : activity.participants()) {
                participants.addObject().put("party", p.party()).put("role", p.role().name());
            }
        }
        record.resultSentOn().ifPresent(d -> node.put("resultSentOn", d.toString()));
        record.inputAccount().ifPresent(a -> node.put("inputAccount", a));
        record.planAccount().ifPresent(a -> node.put("planAccount", a));
        return node;
    }

    private ObjectNode versionNode(PolicyVersion version) {
        ObjectNode node = mapper.createObjectNode().put("name", version.name()).put("sha256", version.sha256())
                .put("validFrom", version.validFrom().toString());
        version.validUntil().ifPresent(until -> node.put("validUntil", until.toString())); // open-ended when absent
        version.succeededBy().ifPresent(successor -> node.put("succeededBy", successor));
        return node;
    }

    private ArrayNode findingsNode(List<PlanFinding> findings) {
        ArrayNode array = mapper.createArrayNode();
        for (PlanFinding f : findings) {
            array.add(findingNode(f));
        }
        return array;
    }

    private ObjectNode findingNode(PlanFinding f) {
        ObjectNode finding = mapper.createObjectNode();
        finding.put("severity", f.severity().name());
        finding.put("code", f.code().name());
        finding.put("rule", f.rule());
        finding.put("basis", f.basis().name());
        finding.put("source", f.source());
        finding.put("text", f.text());
        f.subject().ifPresent(s -> finding.put("subject", s));
        return finding;
    }

    private ObjectNode errorsNode(List<Violation> violations) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode errors = node.putArray("errors");
        for (Violation v : violations) {
            ObjectNode error = errors.addObject();
            error.put("field", v.field());
            v.rejectedValue().ifPresent(value -> error.put("value", value));
            error.put("message", v.message());
        }
        return node;
    }

    static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
