package nl.heemstede.participatie.core;

import static nl.heemstede.participatie.core.PolicyEdits.removeRow;
import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.DmnPolicy;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * A policy directory edited by policy staff is loaded only when it is safe and sound: a copy of the bundled
 * policy loads and advises as the bundled one; a file that could run code or read files is refused before
 * anything compiles it, and even when that inspection is bypassed the engine cannot load the class it names;
 * a table that cannot decide, or an output code the advice does not know, is refused with the table's name.
 */
class PolicyDirectoryTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String PWNED = "participatie.test.pwned";

    @TempDir
    Path directory;

    private static String bundledDmn() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    private Path policy(UnaryOperator<String> edit) throws IOException {
        String original = bundledDmn();
        String edited = edit.apply(original);
        Files.writeString(directory.resolve(DMN), edited);
        Files.write(directory.resolve(Policy.DESCRIPTOR), PolicyFiles.bundled().content(Policy.DESCRIPTOR));
        return directory;
    }

    private static Opgave councilOpgave() {
        return Opgave.builder("Herinrichting Raadhuisstraat").initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL).impact(Impact.of(true, false, false))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners", StakeholderKind.NEIGHBOURS).build();
    }

    @Test
    void aCopyOfTheBundledPolicyAdvisesExactlyAsTheBundledOne() throws IOException {
        ParticipationAdvisor copy = InForce.fromDirectory(policy(dmn -> dmn));
        Advice bundled = InForce.bundled().advise(councilOpgave());
        assertEquals(bundled, copy.advise(councilOpgave()));
        assertEquals(InForce.bundled().policyVersion(), copy.policyVersion(),
                "the same files give the same policy version");
    }

    @Test
    void aChangedRowChangesTheAdviceAndThePolicyVersion() throws IOException {
        // complexiteit-6: a council opgave without impact aspect becomes complex instead of simple.
        Path edited = policy(dmn -> replaceInRow(dmn, "complexiteit-6", "&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;"));
        ParticipationAdvisor advisor = InForce.fromDirectory(edited);
        Opgave noImpact = Opgave.builder("Raadsvoorstel zonder impact").initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL).room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).build();
        assertEquals(Complexity.SIMPLE, InForce.bundled().advise(noImpact).complexity());
        assertEquals(Complexity.COMPLEX, advisor.advise(noImpact).complexity());
        assertNotEquals(InForce.bundled().policyVersion().sha256(), advisor.policyVersion().sha256());
    }

    @Test
    void aSeventhPlanDescriptionQuestionIsRefusedBecausePlansAnswerTheQuestionsByPosition() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> replaceInRow(dmn, "planomschrijving-1",
                        "[&quot;Wat houdt de opgave in?&quot;,", "[&quot;Wie is de wethouder?&quot;, &quot;Wat houdt de opgave in?&quot;,"))));
        assertTrue(refused.getMessage().contains("'Planomschrijving'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("7 questions"), refused.getMessage());
        // rewording a question is fine
        ParticipationAdvisor reworded = InForce.fromDirectory(policy(dmn -> replaceInRow(dmn,
                "planomschrijving-1", "Wat houdt de opgave in?", "Waar gaat de opgave over?")));
        assertEquals("Waar gaat de opgave over?", reworded.advise(Plans.binnenweg()).planDescriptionQuestions().get(0));
    }

    @Test
    void aRoleTableThatReadsMoreThanKindRoomAndGoalsIsRefused() throws IOException {
        // regression: the role per kind is remembered per rule situation; a role table reading 'Veel actoren' was
        // served roles that depended on the order in which opgaven were advised
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> PolicyEdits.replace(PolicyEdits.replace(dmn,
                        "<informationRequirement id=\"rol-belanghebbende-req-3\"><requiredDecision href=\"#doelen\"/></informationRequirement>",
                        "<informationRequirement id=\"rol-belanghebbende-req-3\"><requiredDecision href=\"#doelen\"/></informationRequirement>"
                                + "<informationRequirement id=\"rol-belanghebbende-req-4\"><requiredInput href=\"#in-veel-actoren\"/></informationRequirement>"),
                        "<inputExpression id=\"rol-belanghebbende-in-3-expr\" typeRef=\"boolean\"><text>list contains(Doelen, &quot;THINK_TOGETHER&quot;)</text>",
                        "<inputExpression id=\"rol-belanghebbende-in-3-expr\" typeRef=\"boolean\"><text>Veel actoren</text>"))));
        assertTrue(refused.getMessage().contains("'Rol van belanghebbende' mag alleen"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Veel actoren"), refused.getMessage());
    }

    @Test
    void aJavaFunctionIsRefusedBeforeItCanRun() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(PolicyDirectoryTests::withJavaFunction)));
        assertTrue(refused.getMessage().contains("soort Java"), refused.getMessage());
        assertTrue(refused.getMessage().contains(DMN), refused.getMessage());
        assertNull(System.getProperty(PWNED), "nothing ran");
    }

    @Test
    void anExternalFeelFunctionIsRefusedBeforeItCanReadAFile() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(PolicyDirectoryTests::withExternalFunction)));
        assertTrue(refused.getMessage().contains("externe functie"), refused.getMessage());
        assertTrue(refused.getMessage().contains("spion"), "names the element: " + refused.getMessage());
    }

    @Test
    void withTheInspectionBypassedTheEngineStillCannotLoadTheClassesAFileNames() {
        for (UnaryOperator<String> payload : new UnaryOperator[] {
                (UnaryOperator<String>) PolicyDirectoryTests::withJavaFunction,
                (UnaryOperator<String>) PolicyDirectoryTests::withExternalFunction}) {
            byte[] content = payload.apply(bundledDmn()).getBytes(StandardCharsets.UTF_8);
            try {
                DmnPolicy dmn = DmnPolicy.load(DMN, content, Decisions.ALL);
                // Compiled anyway: calling the payload must fail to load its class, not run it.
                dmn.decide(Map.of(), java.util.List.of("spion"));
            } catch (RuntimeException expected) {
                // a compile error or an evaluation error: both mean the class was not loaded
            }
            assertNull(System.getProperty(PWNED), "nothing ran");
        }
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = directory.resolveSibling(directory.getFileName() + "-secret.txt");
        Files.writeString(secret, "GEHEIM-12345");
        try {
            PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                    () -> InForce.fromDirectory(policy(dmn -> dmn.replaceFirst("<definitions",
                            "<!DOCTYPE definitions [<!ENTITY geheim SYSTEM \"" + secret.toUri() + "\">]>\n<definitions")
                            .replace("Wat houdt de opgave in?", "&geheim;"))));
            assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
            assertFalse(refused.getMessage().contains("GEHEIM-12345"), "the file was not read into the message");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        policy(dmn -> dmn);
        try (RandomAccessFile big = new RandomAccessFile(directory.resolve(DMN).toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(directory));
        assertTrue(refused.getMessage().contains(DMN + " is 52428800 bytes"), refused.getMessage());
    }

    @Test
    void aDrlFileInThePolicyDirectoryIsRefused() throws IOException {
        policy(dmn -> dmn);
        Files.writeString(directory.resolve("extra.drl"), "rule \"x\" when then end");
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(directory));
        assertTrue(refused.getMessage().contains("extra.drl"), refused.getMessage());
    }

    @Test
    void aGapIsRefusedNamingTheTableAndTheInput() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> removeRow(dmn, "wie-beslist-4"))));
        assertTrue(refused.getMessage().contains("'Wie beslist'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("COUNCIL"), refused.getMessage());
    }

    @Test
    void anOverlapInAUniqueTableIsRefusedNamingTheTable() throws IOException {
        // ruimte-5 also matching LIMITED policy room under LIMITED legal room overlaps ruimte-4.
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> replaceInRow(dmn, "ruimte-5",
                        "<text>&quot;AMPLE&quot;</text>", "<text>&quot;LIMITED&quot;,&quot;AMPLE&quot;</text>"))));
        assertTrue(refused.getMessage().contains("'Ruimte voor participatie'"), refused.getMessage());
    }

    @Test
    void aRenamedOutputCodeIsRefusedNamingTheTable() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> dmn
                        .replace("&quot;INITIATOR&quot;, &quot;CIVIL_SERVANTS&quot;, &quot;COLLEGE&quot;, &quot;COUNCIL&quot;",
                                "&quot;INITIATOR&quot;, &quot;CIVIL_SERVANTS&quot;, &quot;COLLEGE&quot;, &quot;RAAD&quot;")
                        .replace("<outputEntry id=\"wie-beslist-4-o\"><text>&quot;COUNCIL&quot;</text>",
                                "<outputEntry id=\"wie-beslist-4-o\"><text>&quot;RAAD&quot;</text>"))));
        assertTrue(refused.getMessage().contains("RAAD"), refused.getMessage());
    }

    @Test
    void aFeelSyntaxErrorIsRefusedNamingTheFile() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> replaceInRow(dmn, "haalbaarheid-1",
                        "<text>&quot;NONE&quot;</text>", "<text>&quot;NONE&quot; ((</text>"))));
        assertTrue(refused.getMessage().contains(DMN), refused.getMessage());
    }

    @Test
    void aMissingDecisionIsRefusedNamingIt() throws IOException {
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(policy(dmn -> dmn
                        .replace("name=\"Haalbaarheid\"", "name=\"Uitvoerbaarheid\""))));
        assertTrue(refused.getMessage().contains("Haalbaarheid"), refused.getMessage());
    }

    // ------------------------------------------------------------------------------------------------ payloads

    /** A business knowledge model implemented in Java that sets a system property, and a decision invoking it. */
    private static String withJavaFunction(String dmn) {
        return dmn.replaceFirst("<inputData ", """
                <businessKnowledgeModel id="zet" name="zet">
                    <variable id="zet-var" name="zet"/>
                    <encapsulatedLogic id="zet-logic" kind="Java">
                      <formalParameter id="zet-k" name="k" typeRef="string"/>
                      <formalParameter id="zet-v" name="v" typeRef="string"/>
                      <context id="zet-ctx">
                        <contextEntry id="zet-class"><variable id="zet-class-var" name="class"/>
                          <literalExpression id="zet-class-le"><text>"java.lang.System"</text></literalExpression>
                        </contextEntry>
                        <contextEntry id="zet-sig"><variable id="zet-sig-var" name="method signature"/>
                          <literalExpression id="zet-sig-le"><text>"setProperty(java.lang.String, java.lang.String)"</text></literalExpression>
                        </contextEntry>
                      </context>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="spion" name="spion">
                    <variable id="spion-var" name="spion" typeRef="string"/>
                    <knowledgeRequirement id="spion-kr"><requiredKnowledge href="#zet"/></knowledgeRequirement>
                    <literalExpression id="spion-le"><text>zet("%s", "yes")</text></literalExpression>
                  </decision>
                  <inputData \
                """.formatted(PWNED));
    }

    /** A decision defining a FEEL external function that reads a local file, and calling it. */
    private static String withExternalFunction(String dmn) {
        return dmn.replaceFirst("<inputData ", """
                <decision id="spion" name="spion">
                    <variable id="spion-var" name="spion" typeRef="string"/>
                    <literalExpression id="spion-le"><text>function(k, v) external {java: {class: "java.lang.System", method signature: "setProperty(java.lang.String, java.lang.String)"}}("%s", "yes")</text></literalExpression>
                  </decision>
                  <inputData \
                """.formatted(PWNED));
    }
}
