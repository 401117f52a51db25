package nl.heemstede.participatie.core.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import nl.heemstede.participatie.Labelled;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.core.loading.Decisions;

/**
 * One field a case expects of its advice, under {@code verwacht}: a field of the advice by its JSON name, or
 * {@code regels} / {@code geenRegels} (the rows and rules that must, or must not, decide). Read and checked when the
 * file is read, so that a misspelt code is reported with its line, not as a failing case. Made only by
 * {@link CaseFile}.
 */
public final class Expectation {

    private final String field;
    private final JsonNode wanted;

    /** An expectation whose value {@link #problems(String, JsonNode)} found nothing wrong with. */
    Expectation(String field, JsonNode wanted) {
        this.field = field;
        this.wanted = wanted.deepCopy();
    }

    /** The name under {@code verwacht}, for example {@code decider} or {@code regels}. */
    public String field() {
        return field;
    }

    /** What a field holds, and how it is compared. */
    private enum Kind {
        /** One code; equal. */
        CODE,
        /** true or false; equal. */
        BOOLEAN,
        /** Codes in order; equal as lists. */
        CODE_LIST,
        /** Codes; equal as sets. */
        CODE_SET,
        /** A number of items; equal to the size. */
        COUNT,
        /** Per party a role (or roles); each listed party has exactly those. */
        ROLES,
        /** Codes in order, each optionally with a piece of its text. */
        ATTENTION,
        /** Rows or rules that must appear in the explanation. */
        RULES,
        /** Rows or rules that must not appear in the explanation. */
        NO_RULES
    }

    /** A field that may be expected: its kind, its codes, the decision that explains it, and its value. */
    private record FieldSpec(Kind kind, Class<? extends Enum<?>> codes, String decision, Function<Advice, Object> value) {
    }

    private static final Map<String, FieldSpec> FIELDS = fields();

    private static Map<String, FieldSpec> fields() {
        Map<String, FieldSpec> f = new java.util.LinkedHashMap<>();
        f.put("decider", new FieldSpec(Kind.CODE, Decider.class, Decisions.WIE_BESLIST, Advice::decider));
        f.put("complexity", new FieldSpec(Kind.CODE, Complexity.class, Decisions.COMPLEXITEIT, Advice::complexity));
        f.put("route", new FieldSpec(Kind.CODE, Route.class, Decisions.WERKWIJZE, Advice::route));
        f.put("quickscanRequired", new FieldSpec(Kind.BOOLEAN, null, Decisions.QUICKSCAN,
                Advice::quickscanRequired));
        f.put("quickscanDeliverables", new FieldSpec(Kind.CODE_LIST, QuickscanDeliverable.class,
                Decisions.OPBRENGST_QUICKSCAN, Advice::quickscanDeliverables));
        f.put("participationSpace", new FieldSpec(Kind.CODE, RoomLevel.class, Decisions.RUIMTE,
                Advice::participationSpace));
        f.put("participationFeasible", new FieldSpec(Kind.BOOLEAN, null, Decisions.HAALBAARHEID,
                Advice::participationFeasible));
        f.put("participationPlanRequired", new FieldSpec(Kind.BOOLEAN, null, Decisions.PARTICIPATIEPLAN,
                Advice::participationPlanRequired));
        f.put("goals", new FieldSpec(Kind.CODE_SET, Goal.class, Decisions.DOELEN, Advice::goals));
        f.put("roles", new FieldSpec(Kind.ROLES, Role.class, Decisions.ROLLEN, Advice::roles));
        f.put("governmentRole", new FieldSpec(Kind.CODE, GovernmentRole.class, Decisions.ROL_GEMEENTE,
                Advice::governmentRole));
        f.put("steps", new FieldSpec(Kind.CODE_LIST, Step.class, Decisions.STAPPEN, Advice::steps));
        f.put("planDescriptionQuestions", new FieldSpec(Kind.COUNT, null, Decisions.PLANOMSCHRIJVING,
                Advice::planDescriptionQuestions));
        f.put("attentionPoints", new FieldSpec(Kind.ATTENTION, AttentionPointCode.class, Decisions.AANDACHTSPUNTEN,
                Advice::attentionPoints));
        f.put("guidance", new FieldSpec(Kind.CODE_LIST, WebsiteSection.class, Decisions.WEGWIJZER,
                Advice::guidance));
        f.put("regels", new FieldSpec(Kind.RULES, null, null, Advice::explanation));
        f.put("geenRegels", new FieldSpec(Kind.NO_RULES, null, null, Advice::explanation));
        return Map.copyOf(f);
    }

    /** The names that may stand under {@code verwacht}, in the order of the advice. */
    static final List<String> NAMES = List.of("decider", "complexity", "route", "quickscanRequired",
            "quickscanDeliverables", "participationSpace", "participationFeasible", "participationPlanRequired",
            "goals", "roles", "governmentRole", "steps", "planDescriptionQuestions", "attentionPoints", "guidance",
            "regels", "geenRegels");

    /** The keys of a rule written out as a mapping under {@code regels}. */
    private static final Set<String> RULE_KEYS = Set.of("regel", "beslissing", "grondslag", "onderwerp");

    /** The problems of what a case expects under one name, each with where it is; empty when it can be compared. */
    static List<String> problems(String field, JsonNode wanted) {
        FieldSpec spec = FIELDS.get(field);
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            problems.add("'" + field + "' is geen veld van het advies dat een geval kan verwachten; dat zijn "
                    + String.join(", ", NAMES) + ".");
            return problems;
        }
        switch (spec.kind()) {
            case CODE -> code(wanted, spec.codes(), problems);
            case BOOLEAN -> {
                if (!wanted.isBoolean()) {
                    problems.add("'" + field + "' is true of false, niet '" + text(wanted) + "'.");
                }
            }
            case CODE_LIST, CODE_SET -> {
                if (!wanted.isArray()) {
                    problems.add("'" + field + "' is een lijst van codes, zoals [" + first(spec.codes()) + "].");
                } else {
                    wanted.forEach(w -> code(w, spec.codes(), problems));
                }
            }
            case COUNT -> {
                if (!wanted.canConvertToInt() || !wanted.isIntegralNumber() || wanted.asInt() < 0) {
                    problems.add("'" + field + "' is het aantal vragen, een geheel getal van 0 of meer.");
                }
            }
            case ROLES -> {
                if (wanted.isArray() && !wanted.isEmpty()) {
                    for (JsonNode r : wanted) {
                        Set<String> keys = new TreeSet<>();
                        r.fieldNames().forEachRemaining(keys::add);
                        if (!r.isObject() || !Set.of("party", "kind", "role").containsAll(keys)
                                || !r.path("party").isTextual() || !r.has("role")) {
                            problems.add("'roles' als lijst noemt elke partij van het advies in volgorde als {party:"
                                    + " ..., role: ...} (en eventueel kind: ...); niet " + r + ".");
                        } else {
                            code(r.get("role"), Role.class, problems);
                            if (r.has("kind")) {
                                code(r.get("kind"), nl.heemstede.participatie.StakeholderKind.class, problems);
                            }
                        }
                    }
                } else if (!wanted.isObject() || wanted.isEmpty()) {
                    problems.add("'roles' noemt per partij haar rol, zoals \"Gemeente Heemstede\": PROCESS_OWNER"
                            + " (alleen die partijen), of is een lijst van elke partij in volgorde, zoals"
                            + " [{party: \"Gemeente Heemstede\", role: PROCESS_OWNER}, ...] (precies die partijen).");
                } else {
                    wanted.properties().forEach(e -> {
                        if (e.getValue().isArray() && !e.getValue().isEmpty()) {
                            e.getValue().forEach(r -> code(r, Role.class, problems));
                        } else {
                            code(e.getValue(), Role.class, problems);
                        }
                    });
                }
            }
            case ATTENTION -> {
                if (!wanted.isArray()) {
                    problems.add("'attentionPoints' is een lijst van codes, zoals [WEIGH_INTERESTS_OPENLY], of van"
                            + " {code: ..., tekst: ...} als ook een stuk van de tekst moet kloppen.");
                } else {
                    for (JsonNode w : wanted) {
                        if (w.isObject()) {
                            Set<String> keys = new TreeSet<>();
                            w.fieldNames().forEachRemaining(keys::add);
                            if (!Set.of("code", "tekst").containsAll(keys) || !w.path("tekst").isTextual()
                                    || w.path("tekst").asText().isBlank()) {
                                problems.add("een aandachtspunt met tekst is {code: ..., tekst: ...}, niet " + keys
                                        + ".");
                            }
                            code(w.path("code"), AttentionPointCode.class, problems);
                        } else {
                            code(w, AttentionPointCode.class, problems);
                        }
                    }
                }
            }
            case RULES, NO_RULES -> {
                if (!wanted.isArray() || wanted.isEmpty()) {
                    problems.add("'" + field + "' is een lijst van rij-ids of regelnamen, zoals [wie-beslist-3].");
                } else {
                    for (JsonNode w : wanted) {
                        rule(w, problems);
                    }
                }
            }
            default -> throw new IllegalStateException(spec.kind().name());
        }
        return problems;
    }

    private static void rule(JsonNode w, List<String> problems) {
        if (w.isTextual() && !w.asText().isBlank()) {
            return;
        }
        if (!w.isObject()) {
            problems.add("een regel is een rij-id of regelnaam, of {regel: ..., beslissing: ..., grondslag: SEED"
                    + " of READING, onderwerp: ...}; niet '" + text(w) + "'.");
            return;
        }
        Set<String> keys = new TreeSet<>();
        w.fieldNames().forEachRemaining(keys::add);
        keys.removeAll(RULE_KEYS);
        if (!keys.isEmpty()) {
            problems.add("een regel heeft alleen de velden regel, beslissing, grondslag en onderwerp; niet " + keys
                    + ".");
        }
        if (!w.path("regel").isTextual() || w.path("regel").asText().isBlank()) {
            problems.add("een regel als lijst van velden noemt altijd 'regel': de rij-id of regelnaam.");
        }
        for (String text : List.of("beslissing", "onderwerp")) {
            if (w.has(text) && !w.get(text).isTextual()) {
                problems.add("'" + text + "' van een regel is tekst.");
            }
        }
        if (w.has("grondslag")) {
            code(w.get("grondslag"), Basis.class, problems);
        }
    }

    private static void code(JsonNode w, Class<? extends Enum<?>> codes, List<String> problems) {
        if (!w.isTextual() || Arrays.stream(codes.getEnumConstants()).noneMatch(c -> c.name().equals(w.asText()))) {
            problems.add("'" + text(w) + "' is geen code van " + codes.getSimpleName() + "; de codes zijn "
                    + Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ".");
        }
    }

    private static String first(Class<? extends Enum<?>> codes) {
        return codes.getEnumConstants()[0].name();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** The difference between what the case expects here and the advice; empty when the advice has it. */
    List<CaseMismatch> compare(Advice advice) {
        return compare(advice, Map.of());
    }

    /**
     * The difference between what the case expects here and the advice; empty when the advice has it.
     *
     * @param decisionsByRule the decision of every row id and rule name of the policy, to name what decided instead
     *                        and to find a name that is no row or rule at all; empty when not known
     */
    List<CaseMismatch> compare(Advice advice, Map<String, String> decisionsByRule) {
        FieldSpec spec = FIELDS.get(field);
        Object value = spec.value().apply(advice);
        List<CaseMismatch> found = new ArrayList<>();
        switch (spec.kind()) {
            case CODE, BOOLEAN -> {
                String expected = wanted.isBoolean() ? String.valueOf(wanted.asBoolean()) : wanted.asText();
                String actual = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
                if (!expected.equals(actual)) {
                    found.add(mismatch(field, labelled(expected, spec.codes()), labelled(actual, spec.codes()),
                            decided(advice, spec.decision(), Optional.empty())));
                }
            }
            case CODE_LIST -> {
                List<String> expected = codes(wanted);
                List<String> actual = ((Collection<?>) value).stream().map(v -> ((Enum<?>) v).name()).toList();
                if (!expected.equals(actual)) {
                    found.add(mismatch(field, list(expected), list(actual),
                            decided(advice, spec.decision(), Optional.empty())));
                }
            }
            case CODE_SET -> {
                Set<String> expected = new TreeSet<>(codes(wanted));
                Set<String> actual = ((Collection<?>) value).stream().map(v -> ((Enum<?>) v).name())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!expected.equals(actual)) {
                    found.add(mismatch(field, list(expected), list(actual),
                            decided(advice, spec.decision(), Optional.empty())));
                }
            }
            case COUNT -> {
                int actual = ((Collection<?>) value).size();
                if (actual != wanted.asInt()) {
                    found.add(mismatch(field, wanted.asInt() + " vragen", actual + " vragen",
                            decided(advice, spec.decision(), Optional.empty())));
                }
            }
            case ROLES -> {
                if (wanted.isArray()) {
                    List<String> expected = new ArrayList<>();
                    wanted.forEach(r -> expected.add(r.get("party").asText() + (r.has("kind") ? " (" + r.get("kind")
                            .asText() + ")" : "") + ": " + r.get("role").asText()));
                    boolean withKinds = false;
                    for (JsonNode r : wanted) {
                        withKinds |= r.has("kind");
                    }
                    boolean kinds = withKinds;
                    List<String> actual = advice.roles().stream().map(r -> r.party() + (kinds ? r.kind()
                            .map(k -> " (" + k.name() + ")").orElse("") : "") + ": " + r.role().name()).toList();
                    if (!expected.equals(actual)) {
                        found.add(mismatch(field, list(expected), list(actual),
                                decided(advice, Decisions.ROLLEN, Optional.empty()) + "; "
                                        + decided(advice, Decisions.ROL_BELANGHEBBENDE, Optional.empty())));
                    }
                    break;
                }
                wanted.properties().forEach(e -> {
                String party = e.getKey();
                Set<String> expected = new TreeSet<>(e.getValue().isArray() ? codes(e.getValue())
                        : List.of(e.getValue().asText()));
                List<RoleAssignment> assigned = advice.roles().stream().filter(r -> r.party().equals(party))
                        .toList();
                Set<String> actual = assigned.stream().map(r -> r.role().name())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!expected.equals(actual)) {
                    Optional<String> kind = assigned.stream().flatMap(r -> r.kind().stream()).map(Enum::name)
                            .findFirst();
                    String decision = kind.isPresent() ? Decisions.ROL_BELANGHEBBENDE : Decisions.ROLLEN;
                    found.add(mismatch("roles, partij '" + party + "'", roles(expected),
                            actual.isEmpty() ? "geen rol: de partij staat niet in het advies" : roles(actual),
                            decided(advice, decision, kind)));
                }
                });
            }
            case ATTENTION -> {
                List<String> expected = new ArrayList<>();
                wanted.forEach(w -> expected.add(w.isObject() ? w.path("code").asText() : w.asText()));
                List<String> actual = advice.attentionPoints().stream().map(p -> p.code().name()).toList();
                if (!expected.equals(actual)) {
                    found.add(mismatch(field, list(expected), list(actual),
                            decided(advice, spec.decision(), Optional.empty())));
                }
                for (JsonNode w : wanted) {
                    if (!w.isObject()) {
                        continue;
                    }
                    String code = w.path("code").asText();
                    String piece = w.path("tekst").asText();
                    Optional<AttentionPoint> point = advice.attentionPoints().stream()
                            .filter(p -> p.code().name().equals(code)).findFirst();
                    if (point.isPresent() && !point.get().text().contains(piece)) {
                        found.add(mismatch("attentionPoints, tekst van " + code, "een tekst met '" + piece + "'",
                                "'" + point.get().text() + "'", decided(advice, spec.decision(), Optional.of(code))));
                    }
                }
            }
            case RULES, NO_RULES -> {
                boolean must = spec.kind() == Kind.RULES;
                for (JsonNode w : wanted) {
                    RuleWanted rule = RuleWanted.of(w);
                    if (!decisionsByRule.isEmpty() && !decisionsByRule.containsKey(rule.rule())) {
                        found.add(mismatch(field, rule.describe(), "'" + rule.rule() + "' is geen rij-id of"
                                + " regelnaam van dit beleid; verbeter de naam", ""));
                        continue;
                    }
                    boolean present = advice.explanation().stream().anyMatch(rule::matches);
                    if (present != must) {
                        Optional<String> decision = rule.decision().or(() -> Optional.ofNullable(
                                decisionsByRule.get(rule.rule())));
                        String actual = !must ? "deze regel besliste mee"
                                : decision.map(d -> "die beslissing (" + d + ") nam " + decided(advice, d,
                                        rule.subject())).orElse("deze regel besliste niet mee");
                        found.add(mismatch(field, (must ? "" : "niet ") + rule.describe(), actual, ""));
                    }
                }
            }
            default -> throw new IllegalStateException(spec.kind().name());
        }
        return found;
    }

    /** The rows or rules this expectation says must decide (under {@code regels}); empty for any other field. */
    public List<String> requiredRules() {
        if (!field.equals("regels")) {
            return List.of();
        }
        List<String> rules = new ArrayList<>();
        wanted.forEach(w -> rules.add(RuleWanted.of(w).rule()));
        return rules;
    }

    /** A row or rule a case names: its id or name, and optionally its decision, basis and subject. */
    record RuleWanted(String rule, Optional<String> decision, Optional<Basis> basis, Optional<String> subject) {

        static RuleWanted of(JsonNode w) {
            if (w.isTextual()) {
                return new RuleWanted(w.asText(), Optional.empty(), Optional.empty(), Optional.empty());
            }
            return new RuleWanted(w.path("regel").asText(),
                    Optional.ofNullable(w.get("beslissing")).map(JsonNode::asText),
                    Optional.ofNullable(w.get("grondslag")).map(b -> Basis.valueOf(b.asText())),
                    Optional.ofNullable(w.get("onderwerp")).map(JsonNode::asText));
        }

        boolean matches(Explanation e) {
            return e.rule().equals(rule) && decision.map(e.decision()::equals).orElse(true)
                    && basis.map(e.basis()::equals).orElse(true)
                    && subject.map(s -> e.subject().equals(Optional.of(s))).orElse(true);
        }

        String describe() {
            StringBuilder out = new StringBuilder(rule);
            List<String> more = new ArrayList<>();
            decision.ifPresent(d -> more.add("beslissing " + d));
            basis.ifPresent(b -> more.add("grondslag " + b.name()));
            subject.ifPresent(s -> more.add("onderwerp " + s));
            if (!more.isEmpty()) {
                out.append(" (").append(String.join(", ", more)).append(')');
            }
            return out.toString();
        }
    }

    private static CaseMismatch mismatch(String field, String expected, String actual, String decidedBy) {
        return new CaseMismatch(field, expected, actual, decidedBy);
    }

    /**
     * The rows or rules that decided the decision in this advice (for the subject, when given), joined; {@code —}
     * when none did.
     */
    static String decided(Advice advice, String decision, Optional<String> subject) {
        Set<String> rules = new LinkedHashSet<>();
        for (Explanation e : advice.explanation()) {
            if (e.decision().equals(decision) && (subject.isEmpty() || e.subject().equals(subject))) {
                rules.add(e.rule());
            }
        }
        return rules.isEmpty() ? "—" : String.join(", ", rules);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static String list(Collection<String> codes) {
        return "[" + String.join(", ", codes) + "]";
    }

    private static String roles(Set<String> codes) {
        return codes.stream().map(c -> labelled(c, Role.class)).collect(Collectors.joining(" en "));
    }

    /** A code with its Dutch label: {@code COLLEGE (het college)}. */
    private static String labelled(String code, Class<? extends Enum<?>> codes) {
        if (codes == null) {
            return code;
        }
        return Arrays.stream(codes.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst()
                .map(c -> c instanceof Labelled l ? code + " (" + l.label() + ")" : code).orElse(code);
    }
}
