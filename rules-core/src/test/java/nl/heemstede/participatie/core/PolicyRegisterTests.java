package nl.heemstede.participatie.core;

import static nl.heemstede.participatie.core.PolicyEdits.replaceInRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.NoPolicyInForceException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * Policy over time (README, "Using the library"), against the real engine: an advice is given by the version in force
 * on the opgave's peildatum and carries the date and the version's period; a date no version is in force on is refused
 * with a sentence naming the date, every version with its period and its successor; a register of versions answers by
 * date; overlapping periods refuse the register; a version asked for by name says when it was not in force; and a
 * reloading advisor follows a register.
 */
class PolicyRegisterTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String BUNDLED_NAME = "Heemstede participatiebeleid 2020 – proceskader";
    private static final String PERIOD = "geldig van 1 februari 2021 tot en met 18 december 2023";
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path register;

    /** An opgave whose digipanel the bundled role table consults (row rol-11), on the given peildatum. */
    private static Opgave withResidents(LocalDate peildatum) {
        Opgave.Builder builder = Opgave.builder("Herinrichting Raadhuisstraat").initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL).impact(Impact.of(true, false, false))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Digipanel Heemstede", StakeholderKind.RESIDENTS);
        return (peildatum == null ? builder : builder.peildatum(peildatum)).build();
    }

    private static Role residentsRole(Advice advice) {
        return advice.roles().get(2).role();
    }

    private static String bundledDmn() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    private static String bundledDescriptor() {
        return new String(PolicyFiles.bundled().content(Policy.DESCRIPTOR), StandardCharsets.UTF_8);
    }

    /** A descriptor like the bundled one, with another name and period. */
    private static String descriptor(String name, String validFrom, String validUntil) {
        return bundledDescriptor().replace("name=" + BUNDLED_NAME, "name=" + name)
                .replace("validFrom=2021-02-01", "validFrom=" + validFrom)
                .replace("validUntil=2023-12-18", "validUntil=" + validUntil)
                .replace("succeededBy=CVDR707400\n", "");
    }

    /** Writes a version into the given directory (made when missing). */
    private static Path version(Path directory, String dmn, String descriptor) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(DMN), dmn);
        Files.writeString(directory.resolve(Policy.DESCRIPTOR), descriptor);
        return directory;
    }

    /** The bundled tables in force in 2021 and 2022. */
    private Path first() throws IOException {
        return version(register.resolve("2021"), bundledDmn(),
                descriptor("Participatiebeleid 2021-2022", "2021-02-01", "2022-12-31"));
    }

    /** From 2023, the digipanel is informed instead of consulted (one row changed). */
    private static String changedDmn() {
        return replaceInRow(bundledDmn(), "rol-11", "&quot;CONSULTED&quot;", "&quot;INFORMED&quot;");
    }

    private Path second(Path directory) throws IOException {
        return version(directory, changedDmn(), descriptor("Participatiebeleid 2023", "2023-01-01", "2023-12-18")
                + "succeededBy=CVDR707400\n");
    }

    @Test
    void anOpgaveOnADayInThePeriodGetsTheBundledAdviceWithThatDateAndThePeriod() {
        Advice advice = ParticipationAdvisor.bundled().advise(withResidents(LocalDate.of(2022, 6, 1)));

        assertEquals(LocalDate.of(2022, 6, 1), advice.peildatum());
        PolicyVersion version = advice.policyVersion();
        assertEquals(BUNDLED_NAME, version.name());
        assertEquals(LocalDate.of(2021, 2, 1), version.validFrom());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), version.validUntil());
        assertEquals(Optional.of("CVDR707400"), version.succeededBy());
        assertEquals(PERIOD, version.period());
        assertEquals(Role.CONSULTED, residentsRole(advice));
        assertFalse(advice.has(AttentionPointCode.VERSION_NOT_IN_FORCE));
        assertEquals(List.of(version), ParticipationAdvisor.bundled().policyVersions(),
                "the bundled policy is a register of one version");
    }

    @Test
    void bothEndsOfThePeriodAreInForce() {
        ParticipationAdvisor bundled = ParticipationAdvisor.bundled();
        assertEquals(LocalDate.of(2021, 2, 1), bundled.advise(withResidents(LocalDate.of(2021, 2, 1))).peildatum());
        assertEquals(LocalDate.of(2023, 12, 18), bundled.advise(withResidents(LocalDate.of(2023, 12, 18))).peildatum());
        assertThrows(NoPolicyInForceException.class, () -> bundled.advise(withResidents(LocalDate.of(2021, 1, 31))));
        assertThrows(NoPolicyInForceException.class, () -> bundled.advise(withResidents(LocalDate.of(2023, 12, 19))));
    }

    @Test
    void anOpgaveOnADayAfterThePeriodIsRefusedNamingTheDateTheVersionItsPeriodAndItsSuccessor() {
        NoPolicyInForceException refusal = assertThrows(NoPolicyInForceException.class,
                () -> ParticipationAdvisor.bundled().advise(withResidents(LocalDate.of(2026, 12, 1))));

        assertEquals(LocalDate.of(2026, 12, 1), refusal.peildatum());
        Violation violation = refusal.violations().get(0);
        assertEquals("peildatum", violation.field());
        assertEquals(Optional.of("2026-12-01"), violation.rejectedValue());
        assertEquals("Op de peildatum 1 december 2026 (2026-12-01) geldt geen versie van het participatiebeleid: de"
                + " enige geladen versie is '" + BUNDLED_NAME + "' (" + PERIOD + "; opgevolgd door CVDR707400). Kies"
                + " een peildatum binnen die periode of laad de versie die op 1 december 2026 geldt.",
                violation.message());
        assertTrue(refusal.getMessage().contains("No policy version is in force on 2026-12-01"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("succeeded by CVDR707400"), refusal.getMessage());
    }

    @Test
    void anInvalidOpgaveIsReportedWithItsViolationsAlsoOnADayNoVersionIsInForceOn() {
        Opgave invalid = new Opgave(" ", Optional.empty(), Initiator.MUNICIPALITY, false, Optional.empty(),
                Optional.empty(), Impact.NONE, Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE),
                nl.heemstede.participatie.Difficulty.NONE, nl.heemstede.participatie.Intentions.NONE, List.of(),
                Optional.of(LocalDate.of(2026, 12, 1)));

        nl.heemstede.participatie.InvalidOpgaveException refusal = assertThrows(
                nl.heemstede.participatie.InvalidOpgaveException.class,
                () -> ParticipationAdvisor.bundled().advise(invalid));
        assertFalse(refusal instanceof NoPolicyInForceException, refusal.getMessage());
        assertEquals(List.of("title", "municipalDecisionRequired"),
                refusal.violations().stream().map(Violation::field).toList());
    }

    @Test
    void anOpgaveWithoutPeildatumIsForTodayInTheAdvisorsClock() {
        Clock today = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        NoPolicyInForceException refusal = assertThrows(NoPolicyInForceException.class,
                () -> ParticipationAdvisor.bundled().withClock(today).advise(withResidents(null)));
        assertTrue(refusal.violations().get(0).message().startsWith("Op de peildatum 6 december 2026 (2026-12-06)"),
                refusal.getMessage());

        Advice advice = ParticipationAdvisor.bundled().withClock(InForce.CLOCK).advise(withResidents(null));
        assertEquals(InForce.DAY, advice.peildatum());
    }

    @Test
    void aPlanCheckAndAReviewUseTheVersionInForceOnThePeildatumToo() {
        Opgave late = withResidents(LocalDate.of(2026, 12, 1));
        ParticipationPlan plan = Plans.fromAdvice(withResidents(null), InForce.bundled().advise(withResidents(null)));
        assertThrows(NoPolicyInForceException.class, () -> ParticipationAdvisor.bundled().checkPlan(late, plan));
        assertEquals(LocalDate.of(2022, 6, 1), ParticipationAdvisor.bundled()
                .checkPlan(withResidents(LocalDate.of(2022, 6, 1)), plan).advice().peildatum());
    }

    @Test
    void aRegisterOfTwoVersionsWithAdjacentPeriodsAnswersByDate() throws IOException {
        first();
        second(register.resolve("2023"));
        Files.writeString(register.resolve("README.md"), "Het register van het participatiebeleid.");

        ParticipationAdvisor advisor = ParticipationAdvisor.fromDirectory(register);

        assertEquals(List.of("Participatiebeleid 2021-2022", "Participatiebeleid 2023"),
                advisor.policyVersions().stream().map(PolicyVersion::name).toList());
        Advice in2022 = advisor.advise(withResidents(LocalDate.of(2022, 12, 31)));
        Advice in2023 = advisor.advise(withResidents(LocalDate.of(2023, 1, 1)));
        assertEquals("Participatiebeleid 2021-2022", in2022.policyVersion().name());
        assertEquals("Participatiebeleid 2023", in2023.policyVersion().name());
        assertEquals(Role.CONSULTED, residentsRole(in2022), "the first version's row rol-11");
        assertEquals(Role.INFORMED, residentsRole(in2023), "the second version's row rol-11");
        assertNotEquals(in2022.policyVersion().sha256(), in2023.policyVersion().sha256());

        NoPolicyInForceException refusal = assertThrows(NoPolicyInForceException.class,
                () -> advisor.advise(withResidents(LocalDate.of(2024, 1, 1))));
        String message = refusal.violations().get(0).message();
        assertTrue(message.contains("geladen zijn 'Participatiebeleid 2021-2022' (geldig van 1 februari 2021 tot en"
                + " met 31 december 2022), 'Participatiebeleid 2023' (geldig van 1 januari 2023 tot en met 18 december"
                + " 2023; opgevolgd door CVDR707400)"), message);
    }

    @Test
    void overlappingPeriodsRefuseTheRegisterNamingBothVersions() throws IOException {
        first();
        version(register.resolve("2022b"), changedDmn(),
                descriptor("Participatiebeleid 2022 herzien", "2022-12-01", "2023-12-18"));

        PolicyLoadException refusal = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(register));

        assertTrue(refusal.getMessage().contains("De perioden van twee versies in " + register + " overlappen:"
                + " 'Participatiebeleid 2021-2022' (geldig van 1 februari 2021 tot en met 31 december 2022) en"
                + " 'Participatiebeleid 2022 herzien' (geldig van 1 december 2022 tot en met 18 december 2023)"),
                refusal.getMessage());
    }

    @Test
    void theCheckOfARegisterChecksEveryVersionWithItsCasesAndThatThePeriodsDoNotOverlap() throws IOException {
        first();
        Path second = second(register.resolve("2023"));
        // the 2023 version keeps a case of the first one: the digipanel consulted, which its row rol-11 changed
        Files.writeString(second.resolve(PolicyFiles.CASES),
                ExpectedCasesInPolicyTests.DIGIPANEL_CASE.formatted("CONSULTED"));
        nl.heemstede.participatie.staff.CheckReport report = nl.heemstede.participatie.staff.PolicyCheck
                .check(register);
        assertFalse(report.sound(), report.toText());
        assertTrue(report.checks().get(0).startsWith("Beleidsregister: 2 versies (2021, 2023)"), report.checks()
                .get(0));
        assertTrue(report.findings().stream().anyMatch(f -> f.code().equals("CASE_FAILED")
                && f.file().equals("2023/gevallen.yaml")), report.toText());
        assertTrue(report.toText().contains("'2023: Het digipanel wordt geraadpleegd' (gevallen.yaml, regel 2)"),
                report.toText());

        Files.writeString(second.resolve(PolicyFiles.CASES),
                ExpectedCasesInPolicyTests.DIGIPANEL_CASE.formatted("INFORMED"));
        version(register.resolve("2022b"), changedDmn(),
                descriptor("Participatiebeleid 2022 herzien", "2022-12-01", "2022-12-31"));
        report = nl.heemstede.participatie.staff.PolicyCheck.check(register);
        assertEquals(List.of("REGISTER_REFUSED"), report.findings().stream()
                .filter(f -> f.severity() == nl.heemstede.participatie.staff.Finding.Severity.ERROR)
                .map(nl.heemstede.participatie.staff.Finding::code).distinct().toList(), report.toText());
        assertTrue(report.toText().contains("'Participatiebeleid 2022 herzien' (geldig van 1 december 2022 tot en met"
                + " 31 december 2022)"), report.toText());
    }


    @Test
    void anOpenEndedVersionOverlapsEveryLaterOne() throws IOException {
        version(register.resolve("a"), bundledDmn(), descriptor("Open", "2021-02-01", "2023-12-18")
                .replace("validUntil=2023-12-18\n", ""));
        version(register.resolve("b"), bundledDmn(), descriptor("Later", "2030-01-01", "2030-12-31"));

        PolicyLoadException refusal = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(register));
        assertTrue(refusal.getMessage().contains("'Open' (geldig vanaf 1 februari 2021) en 'Later'"),
                refusal.getMessage());
    }

    @Test
    void aBrokenVersionRefusesTheRegisterNamingTheVersion() throws IOException {
        first();
        version(register.resolve("2023"), bundledDmn(), descriptor("Participatiebeleid 2023", "2023-01-01",
                "2023-12-18") + "succeededBy=CVDR\u0007707400\n");

        PolicyLoadException refusal = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(register));
        assertTrue(refusal.getMessage().contains("Versie 2023:"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("de waarde van 'succeededBy' bevat een stuurteken"),
                refusal.getMessage());
    }

    @Test
    void aDirectoryWithoutDescriptorOrVersionsIsRefusedSayingWhatItShouldHold() {
        PolicyLoadException refusal = assertThrows(PolicyLoadException.class,
                () -> ParticipationAdvisor.fromDirectory(register));
        assertTrue(refusal.getMessage().contains("geen beleid.properties en geen map met een beleidsversie"),
                refusal.getMessage());
    }

    @Test
    void aVersionAskedForByNameOutsideItsPeriodSaysSoInAnAttentionPoint() {
        ParticipationAdvisor pinned = ParticipationAdvisor.bundled().withVersion(BUNDLED_NAME);

        Advice late = pinned.advise(withResidents(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 12, 1), late.peildatum());
        assertEquals(BUNDLED_NAME, late.policyVersion().name());
        assertTrue(late.has(AttentionPointCode.VERSION_NOT_IN_FORCE));
        String text = late.attentionPoints().stream().filter(p -> p.code() == AttentionPointCode.VERSION_NOT_IN_FORCE)
                .findFirst().orElseThrow().text();
        assertTrue(text.contains("die op de peildatum 1 december 2026 niet gold"), text);
        assertTrue(text.contains(PERIOD), text);
        assertEquals(AttentionPointCode.VERSION_NOT_IN_FORCE,
                late.attentionPoints().get(late.attentionPoints().size() - 1).code(), "in code order");

        Advice inForce = pinned.advise(withResidents(LocalDate.of(2022, 6, 1)));
        assertFalse(inForce.has(AttentionPointCode.VERSION_NOT_IN_FORCE));
        assertEquals(ParticipationAdvisor.bundled().advise(withResidents(LocalDate.of(2022, 6, 1))), inForce,
                "inside its period, the version asked for advises as the one in force");

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ParticipationAdvisor.bundled().withVersion("Participatiebeleid 2030"));
        assertTrue(unknown.getMessage().contains("Er is geen beleidsversie met de naam 'Participatiebeleid 2030'"),
                unknown.getMessage());
    }

    @Test
    void theReloadingAdvisorPicksUpAnAddedVersionAndRefusesAnOverlappingOneWhileServingTheLastGoodState()
            throws Exception {
        first();
        RecordingListener listener = new RecordingListener();
        List<PolicyVersion> reloaded = listener.reloaded();
        List<PolicyLoadException> rejected = listener.rejected();
        Opgave in2023 = withResidents(LocalDate.of(2023, 6, 1));
        try (ReloadingAdvisor advisor = ParticipationAdvisor.reloading(register, listener)) {
            ParticipationAdvisor pinned = advisor.withVersion("Participatiebeleid 2021-2022");
            assertThrows(NoPolicyInForceException.class, () -> advisor.advise(in2023));

            // A version is published in one step: prepared in a hidden directory, then renamed into place.
            second(register.resolve(".2023-in-wording"));
            Files.move(register.resolve(".2023-in-wording"), register.resolve("2023"),
                    StandardCopyOption.ATOMIC_MOVE);
            await(() -> !reloaded.isEmpty(), "the added version is served");
            assertEquals("Participatiebeleid 2023", reloaded.get(0).name());
            assertEquals(Role.INFORMED, residentsRole(advisor.advise(in2023)));
            assertEquals(Role.CONSULTED, residentsRole(advisor.advise(withResidents(LocalDate.of(2022, 6, 1)))));
            assertTrue(pinned.advise(in2023).has(AttentionPointCode.VERSION_NOT_IN_FORCE),
                    "an advisor made from the reloading one follows it");

            // A version whose period overlaps is refused; the last good register keeps serving.
            version(register.resolve(".overlap"), bundledDmn(),
                    descriptor("Participatiebeleid 2023 bis", "2023-06-01", "2023-12-18"));
            Files.move(register.resolve(".overlap"), register.resolve("2023-bis"), StandardCopyOption.ATOMIC_MOVE);
            await(() -> !rejected.isEmpty(), "the overlapping version is refused");
            assertTrue(rejected.get(0).getMessage().contains("overlappen"), rejected.get(0).getMessage());
            assertTrue(rejected.get(0).getMessage().contains("'Participatiebeleid 2023 bis'"),
                    rejected.get(0).getMessage());
            assertEquals(2, advisor.policyVersions().size());
            assertEquals(Role.INFORMED, residentsRole(advisor.advise(in2023)));
            assertEquals(1, reloaded.size(), "the refused state was never served");
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Waited " + WAIT_MILLIS + " ms, but not yet: " + what + ".");
            }
            Thread.sleep(50);
        }
    }
}
