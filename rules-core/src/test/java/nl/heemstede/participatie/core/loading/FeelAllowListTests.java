package nl.heemstede.participatie.core.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.heemstede.participatie.core.loading.FeelAllowList.Place;

/**
 * What FEEL a policy may hold, per place in a table: the constructs the bundled tables and sane edits need pass, and
 * every construct that can run code, loop or read the host is refused with its reason, also where a comment, a
 * string or a name with spaces would fool a regular expression.
 */
class FeelAllowListTests {

    private static final Set<String> VARIABLES = Set.of("Doelen", "Bevoegd orgaan", "Besluit gemeente nodig",
            "Leerpilot");
    private static final Set<String> TYPES = Set.of("tBeslisser");

    private static Optional<String> refusal(String text, Place place) {
        return FeelAllowList.refusal(text, place, VARIABLES, TYPES);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            -                                                        | INPUT_ENTRY
            true                                                     | INPUT_ENTRY
            "COLLEGE","COUNCIL"                                      | INPUT_ENTRY
            "a, \\"quoted\\" b", "c"                                 | INPUT_ENTRY
            < 5                                                      | INPUT_ENTRY
            [1..9], >= 10                                            | INPUT_ENTRY
            ]-3..3[                                                  | INPUT_ENTRY
            not("NONE", "LIMITED")                                   | INPUT_ENTRY
            null                                                     | INPUT_ENTRY
            "COUNCIL"                                                | OUTPUT_ENTRY
            []                                                       | OUTPUT_ENTRY
            ["WEBSITE", "CONTACT_CIVIL_SERVANT"]                     | OUTPUT_ENTRY
            -1.5                                                     | OUTPUT_ENTRY
            "COLLEGE", "COUNCIL", null                               | VALUES
            Bevoegd orgaan                                           | INPUT_EXPRESSION
            list contains(Doelen, "THINK_TOGETHER")                  | INPUT_EXPRESSION
            list contains(Doelen, "A") or list contains(Doelen, "B") | INPUT_EXPRESSION
            not(Leerpilot) and (Besluit gemeente nodig = true)       | INPUT_EXPRESSION
            count(Doelen) > 1                                        | INPUT_EXPRESSION
            tBeslisser                                               | TYPE
            date and time                                            | TYPE
            """)
    void whatTheTablesAndSaneEditsNeedPasses(String text, Place place) {
        assertEquals(Optional.empty(), refusal(text, place));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("\"abc\".class.newInstance", Place.OUTPUT_ENTRY, "met '.' een eigenschap op"),
                Arguments.of("(function(x) x).class.classLoader", Place.OUTPUT_ENTRY, "definieert een functie"),
                Arguments.of("(function(x) x).evaluationContext", Place.INPUT_EXPRESSION, "met '.' een eigenschap op"),
                Arguments.of("Doelen.class", Place.INPUT_EXPRESSION, "met '.' een eigenschap op"),
                Arguments.of("function(k) external {java: {class: \"x\", method signature: \"y()\"}}", Place.OUTPUT_ENTRY, "externe functie"),
                Arguments.of("\"A\" // \"\\n external", Place.OUTPUT_ENTRY, "commentaar"),
                Arguments.of("\"A\" /* \" */", Place.OUTPUT_ENTRY, "commentaar"),
                Arguments.of("\"A // not a comment\"", Place.OUTPUT_ENTRY, "-"),
                Arguments.of("count(for i in 1..100000000 return i)", Place.INPUT_EXPRESSION, "herhaalt met for"),
                Arguments.of("some x in Doelen satisfies x = \"A\"", Place.INPUT_EXPRESSION, "herhaalt met some"),
                Arguments.of("every x in Doelen satisfies x = \"A\"", Place.INPUT_EXPRESSION, "herhaalt met every"),
                Arguments.of("if Leerpilot then \"A\" else \"B\"", Place.OUTPUT_ENTRY, "kiest met if"),
                Arguments.of("{f: function(n) f(n - 1) + f(n - 1), r: f(40)}.r", Place.OUTPUT_ENTRY, "een context"),
                Arguments.of("string join(Doelen)", Place.INPUT_EXPRESSION, "'string' is geen invoer"),
                Arguments.of("Geheim", Place.INPUT_EXPRESSION, "'Geheim' is geen invoer"),
                Arguments.of("Doelen(\"x\")", Place.INPUT_EXPRESSION, "roept 'Doelen' aan als functie"),
                Arguments.of("Doelen[item = \"A\"]", Place.INPUT_EXPRESSION, "filtert 'Doelen'"),
                Arguments.of("Doelen", Place.INPUT_ENTRY, "'Doelen' is geen letterlijke waarde"),
                Arguments.of("\"A\" + \"B\"", Place.OUTPUT_ENTRY, "'+' mag hier niet staan"),
                Arguments.of("@\"2020-01-01\"", Place.OUTPUT_ENTRY, "@-letterlijke waarde"),
                Arguments.of("? < 5", Place.INPUT_ENTRY, "'?'"),
                Arguments.of("\"COUNCIL", Place.OUTPUT_ENTRY, "niet gesloten"),
                Arguments.of("\"\\x\"", Place.OUTPUT_ENTRY, "dat FEEL niet kent"),
                Arguments.of("\"A\" ((", Place.OUTPUT_ENTRY, "mag hier niet staan"),
                Arguments.of("-", Place.VALUES, "'-' mag hier niet staan"),
                Arguments.of("= \"A\"", Place.INPUT_ENTRY, "'=' mag hier niet staan"),
                Arguments.of("java.lang.Runtime", Place.TYPE, "geen FEEL-basistype"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("refused")
    void whatCanRunCodeLoopOrFoolAReaderIsRefused(String text, Place place, String reason) {
        String feel = text.replace("\\n", "\n");
        Optional<String> refused = refusal(feel, place);
        if (reason.equals("-")) {
            assertEquals(Optional.empty(), refused, "a comment marker inside a string is text");
            return;
        }
        assertTrue(refused.isPresent(), feel + " is refused");
        assertTrue(refused.get().contains(reason), refused.get());
    }

    @ParameterizedTest(name = "{0} brackets")
    @CsvSource({"64, false", "65, true", "2000, true"})
    void bracketsNestAtMostSixtyFourDeep(int depth, boolean refused) {
        String nested = "(".repeat(depth) + "Leerpilot" + ")".repeat(depth);
        Optional<String> reason = refusal(nested, Place.INPUT_EXPRESSION);
        assertEquals(refused, reason.isPresent(), reason.toString());
        reason.ifPresent(r -> assertTrue(r.contains(depth + " haakjes diep genest"), r));
    }
}
