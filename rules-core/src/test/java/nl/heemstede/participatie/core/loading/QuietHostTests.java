package nl.heemstede.participatie.core.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.core.RecordingListener;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.staff.PolicyCheck;

/**
 * A host that embeds the library sees in its log only what it can act on: loading, reloading and checking the
 * bundled policy log nothing at INFO or above, neither from the library's loggers nor from the engine's, but for
 * the two engine warnings of a check that the README ("What a host sees in its log") names, with their loggers.
 */
class QuietHostTests {

    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "org.drools", "org.kie",
            "nl.heemstede");
    private static final Map<String, Level> LEVELS = new java.util.HashMap<>();
    private static final ListAppender<ILoggingEvent> EVENTS = new ListAppender<>();
    /** The documented warnings of a check: logger and how the message starts. */
    private static final Map<String, String> DOCUMENTED_CHECK_WARNINGS = Map.of(
            "org.kie.dmn.core.ast.DMNDTExpressionEvaluator", "No rule matched for decision table 'Wie beslist'",
            "org.drools.base.rule.EvalCondition", "In an eval expression [!doesDefinitionsContainIdForDMNEdge(");

    @TempDir
    Path directory;

    /** Every logger at INFO, whatever logback-test.xml says, so that the engine's INFO lines would be seen. */
    @BeforeAll
    static void listen() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            LEVELS.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        EVENTS.setContext(context);
        EVENTS.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(EVENTS);
    }

    @AfterAll
    static void stopListening() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(EVENTS);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @BeforeEach
    void forgetEarlierEvents() {
        EVENTS.list.clear();
    }

    @Test
    void compilingTheRuleSetsLogsNothing() {
        RulePolicy.load(PolicyFiles.bundled().adviceRules()); // not RulePolicy.of: compiled anew, not remembered
        assertQuiet("compiling the DRL rule sets", false);
    }

    @Test
    void theBundledPolicyAndACopyOfItLogNothing() throws Exception {
        ParticipationAdvisor.bundled().advise(opgave());
        copyBundled();
        ParticipationAdvisor.fromDirectory(directory).advise(opgave());
        assertQuiet("bundled() and fromDirectory(copy)", false);
    }

    @Test
    void checkingTheBundledPolicyLogsNothing() throws Exception {
        copyBundled();
        assertTrue(PolicyCheck.check(directory).sound(), "the bundled policy passes the check");
        assertQuiet("participatie check of the bundled policy", true);
    }

    @Test
    void reloadingTheBundledPolicyLogsNothing() throws Exception {
        copyBundled();
        RecordingListener listener = new RecordingListener();
        List<PolicyVersion> reloaded = listener.reloaded();
        List<PolicyLoadException> rejected = listener.rejected();
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(directory, listener)) {
            advisor.advise(opgave());
            // A new adoption date: another version, loaded and checked again in the background.
            Path descriptor = directory.resolve(Policy.DESCRIPTOR);
            Files.writeString(descriptor, Files.readString(descriptor, StandardCharsets.UTF_8)
                    + "\n# herlezen\n", StandardCharsets.UTF_8);
            long deadline = System.currentTimeMillis() + 30_000;
            while (reloaded.isEmpty() && rejected.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(List.of(), rejected, "the changed copy is served");
            assertEquals(1, reloaded.size(), "the changed copy is served within 30 s");
        }
        assertQuiet("reloading(copy) and a reload", true);
    }

    private void copyBundled() throws Exception {
        PolicyFiles bundled = PolicyFiles.bundled();
        for (String name : List.of("participatiebeleid.dmn", Policy.DESCRIPTOR)) {
            Files.write(directory.resolve(name), bundled.content(name));
        }
        try (var cases = QuietHostTests.class.getResourceAsStream("/nl/heemstede/participatie/beleid/"
                + PolicyFiles.CASES)) {
            Files.write(directory.resolve(PolicyFiles.CASES), cases.readAllBytes());
        }
    }

    private static Opgave opgave() {
        return Opgave.builder("Raadsvoorstel").initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).peildatum(LocalDate.of(2022, 6, 1))
                .build();
    }

    private static void assertQuiet(String what, boolean checks) {
        List<ILoggingEvent> loud = EVENTS.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .filter(e -> !(checks && e.getLevel() == Level.WARN && e.getFormattedMessage().startsWith(
                        DOCUMENTED_CHECK_WARNINGS.getOrDefault(e.getLoggerName(), "\0"))))
                .toList();
        assertEquals("", loud.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + ": "
                        + e.getFormattedMessage()).collect(Collectors.joining("\n")),
                what + " logged at INFO or above; a host cannot act on that (README: What a host sees in its log)");
    }
}
