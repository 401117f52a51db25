package nl.heemstede.participatie.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.heemstede.participatie.PolicyLoadException;

/**
 * Reading {@code gevallen.yaml}: a well-written file gives its cases with the standard opgave laid under each, and
 * every kind of mistake is reported in Dutch at its line and column, all at once.
 */
class CaseFileTests {

    private static final String GOOD = """
            # een opmerking
            standaardopgave:
              impact: {majorChangeToLivingEnvironment: false, manyActors: false, manyInterests: false}
              room: {somethingToChoose: true, legalRoom: AMPLE, policyRoom: AMPLE}
              difficulty: {complexContent: false, opposingInterests: false}
              intentions:
                stakeholdersWillCoProduce: false
                decisionPowerShared: false
                frameworksSet: {content: false, financial: false, process: false}
                learningPilot: false
              stakeholders: []
            gevallen:
              - naam: De raad beslist
                toelichting: Wie beslist, rij 4
                peildatum: 2022-06-01
                opgave:
                  initiator: MUNICIPALITY
                  municipalDecisionRequired: true
                  withinCivilServiceMandate: false
                  competentBody: COUNCIL
                  impact: {manyActors: true}
                verwacht:
                  decider: COUNCIL
                  roles: {"Gemeente Heemstede": PROCESS_OWNER}
                  regels: [wie-beslist-4, {regel: "Beslisser is de raad", beslissing: Rollen, grondslag: SEED}]
            """;

    private static List<ExpectedCase> read(String yaml) {
        return CaseFile.read(yaml.getBytes(StandardCharsets.UTF_8), "gevallen.yaml");
    }

    private static PolicyLoadException refused(String yaml) {
        return assertThrows(PolicyLoadException.class, () -> read(yaml));
    }

    @Test
    void aWellWrittenFileGivesItsCasesWithTheStandardOpgaveLaidUnderEach() {
        List<ExpectedCase> cases = read(GOOD);
        assertEquals(1, cases.size());
        ExpectedCase c = cases.get(0);
        assertEquals("De raad beslist", c.name());
        assertEquals(13, c.line());
        assertEquals(Optional.of("Wie beslist, rij 4"), c.note());
        assertEquals(Optional.of(LocalDate.of(2022, 6, 1)), c.peildatum());
        assertEquals("De raad beslist", c.opgave().title(), "without a title the name is the title");
        assertTrue(c.opgave().impact().manyActors(), "the case's own field");
        assertTrue(!c.opgave().impact().majorChangeToLivingEnvironment(), "merged from the standard opgave");
        assertEquals(List.of("decider", "roles", "regels"), c.expectations().stream().map(Expectation::field).toList());
        assertEquals(List.of("wie-beslist-4", "Beslisser is de raad"), c.expectations().get(2).requiredRules());
    }

    @Test
    void aBareListOfCasesIsReadToo() {
        String yaml = """
                - naam: Inwoners beslissen zelf
                  opgave:
                    initiator: RESIDENTS
                    municipalDecisionRequired: false
                    impact: {majorChangeToLivingEnvironment: false, manyActors: false, manyInterests: false}
                    room: {somethingToChoose: true, legalRoom: AMPLE, policyRoom: AMPLE}
                    difficulty: {complexContent: false, opposingInterests: false}
                    intentions:
                      stakeholdersWillCoProduce: false
                      decisionPowerShared: false
                      frameworksSet: {content: false, financial: false, process: false}
                      learningPilot: false
                    stakeholders: []
                  verwacht: {decider: INITIATOR}
                """;
        assertEquals("Inwoners beslissen zelf", read(yaml).get(0).name());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a YAML syntax error", GOOD.replace("regels: [wie-beslist-4,", "regels: [wie-beslist-4"),
                        "regel 25, kolom 30", "een lijst [...] wordt niet gesloten"),
                Arguments.of("an unknown field in a case", GOOD.replace("    toelichting:", "    uitleg: x\n    toelichting:"),
                        "regel 14, kolom 5", "'uitleg' is onbekend in een geval"),
                Arguments.of("a misspelt code under verwacht", GOOD.replace("decider: COUNCIL", "decider: RAAD"),
                        "regel 23, kolom 16", "'RAAD' is geen code van Decider"),
                Arguments.of("a field the advice does not have", GOOD.replace("decider: COUNCIL", "beslisser: COUNCIL"),
                        "regel 23, kolom 7", "'beslisser' is geen veld van het advies"),
                Arguments.of("an invalid opgave", GOOD.replace("competentBody: COUNCIL", "competentBody: KONING"),
                        "regel 20, kolom 22", "opgave.competentBody"),
                Arguments.of("an unknown field of the opgave", GOOD.replace("      impact: {manyActors: true}",
                        "      impact: {manyActors: true, veelGeld: true}"), "regel 21", "veelGeld"),
                Arguments.of("a date that is no date", GOOD.replace("2022-06-01", "1 juni 2022"),
                        "regel 15, kolom 16", "'peildatum' is een datum als 2022-06-01"),
                Arguments.of("two cases with one name", GOOD + GOOD.substring(GOOD.indexOf("  - naam:")),
                        "regel 26, kolom 11", "er is al een geval met de naam 'De raad beslist'"),
                Arguments.of("a key written twice", GOOD.replace("    toelichting: Wie beslist, rij 4",
                        "    toelichting: Wie beslist, rij 4\n    toelichting: nog eens"), "regel 15",
                        "twee keer"),
                Arguments.of("an anchor and alias", GOOD.replace("verwacht:\n      decider", "verwacht: &v\n      decider"),
                        "regel 22", "ankers (&naam)"),
                Arguments.of("a tag", GOOD.replace("decider: COUNCIL", "decider: !!str COUNCIL"), "regel 23",
                        "een label als"),
                Arguments.of("a second document", GOOD + "---\n- naam: x\n", "regel 27", "tweede document"),
                Arguments.of("an empty file", "# alleen commentaar\n", "regel 1", "het bestand is leeg"),
                Arguments.of("a case without verwacht", GOOD.substring(0, GOOD.indexOf("    verwacht:")),
                        "regel 13", "onder 'verwacht'"),
                Arguments.of("an empty rule list", GOOD.replace("regels: [wie-beslist-4, {regel: \"Beslisser is de raad\","
                        + " beslissing: Rollen, grondslag: SEED}]", "regels: []"), "regel 25", "lijst van rij-ids"),
                Arguments.of("a role that is no role", GOOD.replace("PROCESS_OWNER}", "EIGENAAR}"), "regel 24",
                        "'EIGENAAR' is geen code van Role"),
                Arguments.of("a rule basis that is no basis", GOOD.replace("grondslag: SEED", "grondslag: ZEKER"),
                        "regel 25", "'ZEKER' is geen code van Basis"),
                Arguments.of("an unknown key at the top", "gevalen:\n  - naam: x\n", "regel 1", "'gevalen' is onbekend"),
                Arguments.of("a tab that indents", GOOD.replace("    toelichting:", "\ttoelichting:"), "regel 14, kolom 1",
                        "een tab springt in"),
                Arguments.of("a quote that is not closed", GOOD.replace("toelichting: Wie beslist, rij 4",
                        "toelichting: \"Wie beslist, rij 4"), "regel 24", "expected <block end>"),
                Arguments.of("an anchor on a key", GOOD.replace("    toelichting:", "    &t toelichting:"), "regel 14",
                        "ook niet bij een veldnaam"),
                Arguments.of("a number too long for the JSON contract", GOOD.replace("initiator: MUNICIPALITY",
                        "initiator: MUNICIPALITY\n      reference: " + "1".repeat(150)), "regel 1",
                        "geen geldige YAML"),
                Arguments.of("a title too long for the JSON contract", GOOD.replace("initiator: MUNICIPALITY",
                        "initiator: MUNICIPALITY\n      title: " + "x".repeat(100_001)), "regel 17",
                        "kan niet als opgave gelezen worden: een tekst, getal of veldnaam is te lang"),
                Arguments.of("an empty piece of text of an attention point", GOOD.replace("decider: COUNCIL",
                        "attentionPoints: [{code: WEIGH_INTERESTS_OPENLY, tekst: \"\"}]"), "regel 23",
                        "{code: ..., tekst: ...}"),
                Arguments.of("a roles list without role", GOOD.replace("roles: {\"Gemeente Heemstede\": PROCESS_OWNER}",
                        "roles: [{party: Gemeente Heemstede}]"), "regel 24", "'roles' als lijst"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void everyMistakeIsReportedInDutchAtItsLineAndColumn(String what, String yaml, String at, String says) {
        PolicyLoadException e = refused(yaml);
        String all = String.join("\n", e.problems());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("gevallen.yaml, " + at) && p.contains(says)),
                what + ": expected a problem at '" + at + "' saying '" + says + "', got:\n" + all);
        assertTrue(e.getMessage().startsWith("De gevallen in gevallen.yaml zijn niet te lezen: "), e.getMessage());
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() {
        String yaml = GOOD.replace("decider: COUNCIL", "decider: RAAD").replace("competentBody: COUNCIL",
                "competentBody: KONING").replace("2022-06-01", "morgen");
        assertEquals(3, refused(yaml).problems().size(), () -> String.join("\n", refused(yaml).problems()));
    }

    @Test
    void aDeeplyNestedFileIsRefusedSayingItIsTooDeep() {
        String yaml = "gevallen: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        PolicyLoadException e = refused(yaml);
        assertTrue(e.problems().size() == 1 && e.problems().get(0).startsWith("gevallen.yaml, regel 1, kolom "),
                e.problems().toString());
        assertTrue(e.problems().get(0).contains("diep"), e.problems().toString());
    }

    @Test
    void aLargeStandardOpgaveIsRefusedOnceAndNotCopiedIntoEveryCase() {
        String junk = "  junk: [" + "1, ".repeat(5_000) + "1]\n";
        StringBuilder yaml = new StringBuilder("standaardopgave:\n").append(junk).append("gevallen:\n");
        for (int i = 0; i < 2_000; i++) {
            yaml.append("  - {naam: geval ").append(i).append(", opgave: {}, verwacht: {decider: COUNCIL}}\n");
        }
        long start = System.nanoTime();
        PolicyLoadException e = refused(yaml.toString());
        assertTrue(e.problems().get(0).contains("'standaardopgave' heeft meer dan 1000 waarden"), e.problems().toString());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused without reading 2,000 copies");
    }

    @Test
    void aFileOfAliasesThatWouldExpandAsABillionLaughsIsRefusedAtItsFirstAnchor() {
        StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(9))
                    .append("*").append((char) (c - 1)).append("]\n");
        }
        PolicyLoadException e = refused(yaml.toString());
        assertTrue(e.problems().get(0).startsWith("gevallen.yaml, regel 1, kolom 4: ankers"), e.problems().toString());
    }

    @Test
    void aCaseFileLargerThanTheBoundIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        nl.heemstede.participatie.core.loading.PolicyFiles bundled = nl.heemstede.participatie.core.loading.PolicyFiles
                .bundled();
        java.nio.file.Files.write(dir.resolve("participatiebeleid.dmn"), bundled.content("participatiebeleid.dmn"));
        java.nio.file.Files.write(dir.resolve("beleid.properties"), bundled.content("beleid.properties"));
        java.nio.file.Files.writeString(dir.resolve("gevallen.yaml"), "# " + "x".repeat(1024 * 1024) + "\n");
        PolicyLoadException e = assertThrows(PolicyLoadException.class,
                () -> nl.heemstede.participatie.core.loading.PolicyFiles.fromDirectory(dir));
        assertTrue(e.getMessage().contains("gevallen.yaml is") && e.getMessage().contains("hoogstens 1048576"),
                e.getMessage());
    }
}
