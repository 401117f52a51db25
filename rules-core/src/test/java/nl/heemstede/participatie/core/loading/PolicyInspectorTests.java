package nl.heemstede.participatie.core.loading;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * The XML layer of the allow-list, without the engine: the bundled file and what a DMN editor adds pass; an element,
 * attribute, reference or value outside the list is refused with the line and table it is in.
 */
class PolicyInspectorTests {

    private static final String DMN = "participatiebeleid.dmn";

    private static String bundled() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    private static void inspect(String dmn) {
        PolicyInspector.inspect(DMN, dmn.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(UnaryOperator<String> edit) {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class, () -> inspect(edit.apply(bundled())));
        return String.join("\n", refused.problems());
    }

    @Test
    void theBundledPolicyPasses() {
        assertDoesNotThrow(() -> inspect(bundled()));
    }

    @Test
    void theColumnWidthsAKieEditorWritesPass() {
        assertDoesNotThrow(() -> inspect(bundled()
                .replaceFirst("<definitions ", "<definitions xmlns:kie=\"http://www.drools.org/kie/dmn/1.2\" ")
                .replace("<di:extension/>", "<di:extension><kie:ComponentsWidthsExtension>"
                        + "<kie:ComponentWidths dmnElementRef=\"wie-beslist-tabel\"><kie:width>50</kie:width>"
                        + "<kie:width>180.5</kie:width></kie:ComponentWidths></kie:ComponentsWidthsExtension>"
                        + "</di:extension>")));
    }

    @Test
    void whatTheKieEditorWritesWhenItUpgradesToDmn16AndEditsATypePasses() {
        assertDoesNotThrow(() -> inspect(bundled()
                .replace("https://www.omg.org/spec/DMN/20230324/MODEL/", "https://www.omg.org/spec/DMN/20240513/MODEL/")
                .replace("https://www.omg.org/spec/DMN/20230324/FEEL/", "https://www.omg.org/spec/DMN/20240513/FEEL/")
                .replaceFirst("<definitions ", "<definitions xmlns:kie=\"https://kie.org/dmn/extensions/1.0\" ")
                .replaceFirst("<allowedValues>", "<allowedValues kie:constraintType=\"enumeration\">")
                .replaceFirst("<inputData id=\"in-initiatiefnemer\" name=\"Initiatiefnemer\">",
                        "<inputData id=\"in-initiatiefnemer\" name=\"Initiatiefnemer\"><extensionElements>"
                                + "<kie:attachment url=\"https://lokaleregelgeving.overheid.nl/CVDR649694\""
                                + " name=\"Beleid\"/></extensionElements>")));
    }

    @Test
    void theEditorsConstraintTypeIsRefusedElsewhereAndWithOtherValues() {
        String problems = refusal(dmn -> dmn.replaceFirst("<definitions ",
                        "<definitions xmlns:kie=\"https://kie.org/dmn/extensions/1.0\" ")
                .replaceFirst("<allowedValues>", "<allowedValues kie:constraintType=\"script\">")
                .replaceFirst("<decision id=\"wie-beslist\"", "<decision kie:constraintType=\"range\" id=\"wie-beslist\""));
        assertTrue(problems.contains("kie:constraintType=\"script\" is geen soort beperking"), problems);
        assertTrue(problems.contains("<decision> heeft het attribuut kie:constraintType uit een andere namespace"), problems);
    }

    @Test
    void anElementOutsideTheListIsRefusedNamingTheTable() {
        String problems = refusal(dmn -> dmn.replaceFirst("<decisionTable id=\"wie-beslist-tabel\"",
                "<context id=\"c\"/><decisionTable id=\"wie-beslist-tabel\""));
        assertTrue(problems.contains("tabel 'Wie beslist': <context> mag niet in een beleid"), problems);
    }

    @Test
    void anAllowedElementUnderTheWrongParentIsRefused() {
        String problems = refusal(dmn -> dmn.replaceFirst("<inputData ", "<rule id=\"los\"/>\n<inputData "));
        assertTrue(problems.contains("<rule> mag niet binnen <definitions> staan"), problems);
    }

    @Test
    void anAttributeInAnotherNamespaceIsRefusedEvenWhereTheSameNameIsAllowed() {
        String problems = refusal(dmn -> dmn.replaceFirst("<decision id=\"wie-beslist\" name=\"Wie beslist\">",
                "<decision xmlns:x=\"urn:x\" x:name=\"Anders\" id=\"wie-beslist\" name=\"Wie beslist\">"));
        assertTrue(problems.contains("x:name uit een andere namespace"), problems);
        assertTrue(problems.contains("tabel 'Wie beslist'"), "the plain name is the table's name: " + problems);
    }

    @Test
    void aReferenceToAnotherFileIsRefused() {
        String problems = refusal(dmn -> dmn.replaceFirst("href=\"#in-besluit-gemeente-nodig\"",
                "href=\"http://example.org/other.dmn#in-besluit-gemeente-nodig\""));
        assertTrue(problems.contains("is geen verwijzing naar een element in dit bestand"), problems);
    }

    @Test
    void anUnknownHitPolicyOrTypeIsRefused() {
        String problems = refusal(dmn -> dmn.replaceFirst("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SCRIPT\"")
                .replaceFirst("<typeRef>string</typeRef>", "<typeRef>java.lang.Runtime</typeRef>"));
        assertTrue(problems.contains("hitPolicy=\"SCRIPT\""), problems);
        assertTrue(problems.contains("'java.lang.Runtime' is geen FEEL-basistype"), problems);
    }

    @Test
    void textOutsideATextElementIsRefused() {
        String problems = refusal(dmn -> dmn.replaceFirst("<rule id=\"wie-beslist-1\">",
                "<rule id=\"wie-beslist-1\">verborgen"));
        assertTrue(problems.contains("<rule> bevat tekst (verborgen)"), problems);
    }

    @Test
    void aLanguageOtherThanFeelIsRefused() {
        String problems = refusal(dmn -> dmn.replaceFirst(
                "expressionLanguage=\"https://www.omg.org/spec/DMN/20230324/FEEL/\"",
                "expressionLanguage=\"http://www.mvel.org/\""));
        assertTrue(problems.contains("is niet FEEL"), problems);
    }

    @Test
    void aFileThatIsNoPolicyIsRefusedWithAtMostFiftyProblems() {
        String problems = refusal(dmn -> dmn.replace("<text>-</text>", "<text>?</text>"));
        assertTrue(problems.endsWith("problemen meer."), problems);
        assertTrue(problems.lines().count() <= 51, problems);
    }
}
