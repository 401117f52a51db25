package nl.heemstede.participatie.core.loading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.heemstede.participatie.core.loading.FeelTokens.Kind;
import nl.heemstede.participatie.core.loading.FeelTokens.Token;

/**
 * The FEEL a policy may hold, per place in a decision table: what the bundled tables and any sane edit of them need,
 * and nothing else. Everything not listed is refused with a Dutch reason, so a construct the engine would run as code
 * (a function, an {@code external} Java call, a property access with {@code .} that calls a Java method by
 * reflection, iteration, recursion) cannot reach the engine, whether a decision evaluates it or not.
 *
 * <ul>
 *   <li>{@link Place#INPUT_ENTRY} (a cell of an input column): {@code -}, or simple unary tests of literals:
 *       {@code "A", "B"}, {@code true}, {@code < 5}, {@code [1..9]}, {@code not("A")}, {@code null}.</li>
 *   <li>{@link Place#VALUES} (allowed values of a type, input and output values): the same, without {@code -}.</li>
 *   <li>{@link Place#OUTPUT_ENTRY} (a cell of the output column, a default output): a literal or a list of
 *       literals, {@code "COUNCIL"}, {@code ["A", "B"]}, {@code []}, {@code true}, {@code 3}, {@code null}.</li>
 *   <li>{@link Place#INPUT_EXPRESSION} (the expression of an input column): a declared input or decision, literals,
 *       comparisons, {@code and}, {@code or}, parentheses and calls of the functions in {@link #FUNCTIONS}.</li>
 *   <li>{@link Place#TYPE} (a type reference): a FEEL base type or a declared item definition.</li>
 * </ul>
 * Brackets may nest {@value #MAX_DEPTH} deep at most (the engine's parser overflows its stack at some thousands).
 */
public final class FeelAllowList {

    /** The deepest nesting of <code>(</code>, <code>[</code> and <code>&#123;</code> accepted in one text. */
    public static final int MAX_DEPTH = 64;

    /** The functions an input expression may call: pure, with a result bounded by their arguments. */
    static final Set<String> FUNCTIONS = Set.of("list contains", "count", "not", "contains", "starts with",
            "ends with", "string length", "upper case", "lower case");

    /** FEEL's base types a type reference may name. */
    static final Set<String> BASE_TYPES = Set.of("string", "number", "boolean", "date", "time", "date and time",
            "days and time duration", "years and months duration", "Any");

    private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");
    private static final Set<String> UNARY_COMPARISONS = Set.of("<", "<=", ">", ">=");

    /** Why a keyword or symbol is refused, for the constructs that can run code or loop. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("external", "definieert een externe functie; een externe functie voert Java uit"),
            Map.entry("function", "definieert een functie; een beleid bevat geen functies, alleen beslistabellen"),
            Map.entry("for", "herhaalt met for; een beleid herhaalt niets, want een herhaling kan de engine"
                    + " onbegrensd laten rekenen"),
            Map.entry("some", "herhaalt met some; een beleid herhaalt niets"),
            Map.entry("every", "herhaalt met every; een beleid herhaalt niets"),
            Map.entry("if", "kiest met if; een keuze hoort in de rijen van de tabel"),
            Map.entry("instance", "toetst een type met instance of; dat heeft een beslistabel niet nodig"),
            Map.entry(".", "vraagt met '.' een eigenschap op; zo kan FEEL Java-methoden aanroepen"),
            Map.entry("{", "maakt een context met '{'; een context kan functies bevatten"),
            Map.entry("@", "gebruikt een @-letterlijke waarde; schrijf de waarde uit"),
            Map.entry("?", "gebruikt '?'; schrijf de test zonder '?' (bijvoorbeeld < 5 of \"A\")"));

    /** Where in a DMN file a FEEL text stands, which decides what it may hold. */
    enum Place {
        INPUT_ENTRY("een invoercel"),
        OUTPUT_ENTRY("een uitvoercel"),
        VALUES("een lijst van toegestane waarden"),
        INPUT_EXPRESSION("de uitdrukking van een invoerkolom"),
        TYPE("een typeverwijzing");

        private final String label;

        Place(String label) {
            this.label = label;
        }
    }

    private final List<Token> tokens;
    private final Place place;
    private final Set<String> variables;
    private int at;

    private FeelAllowList(List<Token> tokens, Place place, Set<String> variables) {
        this.tokens = tokens;
        this.place = place;
        this.variables = variables;
    }

    /**
     * Why a FEEL text may not stand where it stands, or empty when it may.
     *
     * @param variables the names of the model's inputs and decisions
     * @param types the names of the model's item definitions
     */
    static Optional<String> refusal(String text, Place place, Set<String> variables, Set<String> types) {
        if (place == Place.TYPE) {
            String type = text.strip();
            return BASE_TYPES.contains(type) || types.contains(type) ? Optional.empty()
                    : Optional.of("'" + FeelTokens.abbreviate(type) + "' is geen FEEL-basistype en geen itemdefinitie"
                            + " van dit model");
        }
        List<Token> tokens;
        try {
            tokens = FeelTokens.of(text, place == Place.INPUT_EXPRESSION ? union(variables, FUNCTIONS) : Set.of());
        } catch (FeelTokens.Unreadable e) {
            return Optional.of(e.getMessage());
        }
        int depth = 0;
        int deepest = 0;
        for (Token token : tokens) {
            if (token.is("(") || token.is("[") || token.is("{")) {
                deepest = Math.max(deepest, ++depth);
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth = Math.max(0, depth - 1);
            }
        }
        if (deepest > MAX_DEPTH) {
            return Optional.of("een uitdrukking is " + deepest + " haakjes diep genest; hoogstens " + MAX_DEPTH
                    + " mogen, want dieper laat de engine vastlopen (StackOverflowError). Schrijf de uitdrukking"
                    + " eenvoudiger");
        }
        java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.COMMENT) {
                reasons.add("bevat commentaar (" + FeelTokens.abbreviate(token.text()) + "); FEEL-commentaar"
                        + " mag niet in een beleid, zet uitleg in de annotatiekolommen");
            }
            if ((token.kind() == Kind.WORD || token.kind() == Kind.SYMBOL) && REFUSED.containsKey(token.text())) {
                reasons.add(REFUSED.get(token.text()));
            }
        }
        if (!reasons.isEmpty()) {
            return Optional.of(String.join("; ", reasons) + " (" + FeelTokens.abbreviate(text) + ")");
        }
        if (tokens.isEmpty()) {
            return Optional.of(place.label + " is leeg; schrijf - voor 'maakt niet uit'");
        }
        FeelAllowList reader = new FeelAllowList(tokens, place, variables);
        try {
            switch (place) {
                case INPUT_ENTRY -> reader.unaryTests(true);
                case VALUES -> reader.unaryTests(false);
                case OUTPUT_ENTRY -> reader.output();
                case INPUT_EXPRESSION -> reader.expression(0);
                default -> throw new IllegalStateException(place.name());
            }
            if (reader.at < tokens.size()) {
                throw reader.unexpected();
            }
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A text outside the allow-list of its place; the message is the Dutch reason. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Refused unexpected() {
        if (at >= tokens.size()) {
            return new Refused("de uitdrukking houdt halverwege op; " + expected());
        }
        Token token = tokens.get(at);
        if (token.kind() == Kind.WORD && place != Place.INPUT_EXPRESSION && !LITERAL_WORDS.contains(token.text())) {
            return new Refused("'" + token.text() + "' is geen letterlijke waarde; " + expected());
        }
        if (token.kind() == Kind.WORD && !LITERAL_WORDS.contains(token.text()) && !Set.of("and", "or", "not")
                .contains(token.text())) {
            return new Refused("'" + token.text() + "' is geen invoer of beslissing van dit model en geen functie die"
                    + " een beleid mag gebruiken; " + expected());
        }
        return new Refused("'" + FeelTokens.abbreviate(token.text()) + "' mag hier niet staan; " + expected());
    }

    private String expected() {
        return switch (place) {
            case INPUT_ENTRY -> "een invoercel bevat -, of letterlijke waarden gescheiden door komma's (\"A\", \"B\"),"
                    + " een vergelijking (< 5) of een interval ([1..9]), eventueel binnen not(...)";
            case VALUES -> "toegestane waarden zijn letterlijke waarden gescheiden door komma's (\"A\", \"B\", null)";
            case OUTPUT_ENTRY -> "een uitvoercel bevat één letterlijke waarde (\"A\", true, 3, null) of een lijst"
                    + " daarvan ([\"A\", \"B\"] of [])";
            case INPUT_EXPRESSION -> "een invoerkolom leest een invoer of beslissing van dit model, eventueel met"
                    + " vergelijkingen, and, or en de functies " + String.join(", ", new java.util.TreeSet<>(FUNCTIONS));
            case TYPE -> "";
        };
    }

    private boolean peek(String symbolOrWord) {
        return at < tokens.size() && tokens.get(at).is(symbolOrWord);
    }

    private void expect(String symbol) throws Refused {
        if (!peek(symbol)) {
            throw unexpected();
        }
        at++;
    }

    // ------------------------------------------------------------------------------------------ unary tests

    private void unaryTests(boolean dashAllowed) throws Refused {
        if (dashAllowed && tokens.size() == 1 && tokens.get(0).is("-")) {
            at = 1;
            return;
        }
        if (peek("not") && at + 1 < tokens.size() && tokens.get(at + 1).is("(")) {
            at += 2;
            positiveTests();
            expect(")");
            return;
        }
        positiveTests();
    }

    private void positiveTests() throws Refused {
        positiveTest();
        while (peek(",")) {
            at++;
            positiveTest();
        }
    }

    private void positiveTest() throws Refused {
        if (at < tokens.size() && tokens.get(at).kind() == Kind.SYMBOL
                && UNARY_COMPARISONS.contains(tokens.get(at).text())) {
            at++;
            literal();
        } else if (peek("[") || peek("(") || peek("]")) {
            at++;
            literal();
            expect("..");
            literal();
            if (!(peek("]") || peek(")") || peek("["))) {
                throw unexpected();
            }
            at++;
        } else {
            literal();
        }
    }

    private void literal() throws Refused {
        if (at >= tokens.size()) {
            throw unexpected();
        }
        Token token = tokens.get(at);
        if (token.is("-") && at + 1 < tokens.size() && tokens.get(at + 1).kind() == Kind.NUMBER) {
            at += 2;
            return;
        }
        if (token.kind() == Kind.STRING || token.kind() == Kind.NUMBER
                || token.kind() == Kind.WORD && LITERAL_WORDS.contains(token.text())) {
            at++;
            return;
        }
        throw unexpected();
    }

    // ------------------------------------------------------------------------------------------ output entries

    private void output() throws Refused {
        if (peek("[")) {
            at++;
            if (peek("]")) {
                at++;
                return;
            }
            literal();
            while (peek(",")) {
                at++;
                literal();
            }
            expect("]");
            return;
        }
        literal();
    }

    // ------------------------------------------------------------------------------------------ input expressions

    private void expression(int depth) throws Refused {
        conjunction(depth);
        while (peek("or")) {
            at++;
            conjunction(depth);
        }
    }

    private void conjunction(int depth) throws Refused {
        comparison(depth);
        while (peek("and")) {
            at++;
            comparison(depth);
        }
    }

    private void comparison(int depth) throws Refused {
        primary(depth);
        if (at < tokens.size() && tokens.get(at).kind() == Kind.SYMBOL && COMPARISONS.contains(tokens.get(at).text())) {
            at++;
            primary(depth);
        }
    }

    private void primary(int depth) throws Refused {
        if (depth > MAX_DEPTH) {
            throw new Refused("een uitdrukking is dieper dan " + MAX_DEPTH + " genest");
        }
        if (at >= tokens.size()) {
            throw unexpected();
        }
        Token token = tokens.get(at);
        if (token.is("(")) {
            at++;
            expression(depth + 1);
            expect(")");
            return;
        }
        boolean function = token.kind() == Kind.NAME && FUNCTIONS.contains(token.text())
                || token.is("not");
        if (function && at + 1 < tokens.size() && tokens.get(at + 1).is("(")) {
            at += 2;
            if (!peek(")")) {
                expression(depth + 1);
                while (peek(",")) {
                    at++;
                    expression(depth + 1);
                }
            }
            expect(")");
            return;
        }
        if (token.kind() == Kind.NAME && variables.contains(token.text())) {
            at++;
            if (peek("(")) {
                throw new Refused("roept '" + token.text() + "' aan als functie; een beleid roept alleen de functies "
                        + String.join(", ", new java.util.TreeSet<>(FUNCTIONS)) + " aan");
            }
            if (peek("[")) {
                throw new Refused("filtert '" + token.text() + "' met [...]; dat heeft een invoerkolom niet nodig");
            }
            return;
        }
        literal();
    }
}
