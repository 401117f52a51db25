package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Activity;
import nl.heemstede.participatie.ActivityKind;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.Participation;
import nl.heemstede.participatie.PartyAccount;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;

/**
 * One test per kind of finding of the accountability review (basisstap 5): the smallest change of a process that
 * carried its plan out that raises it, and the one that just does not. The plan is the one the advice gives for the
 * worked example (goals A, B and D); the sound record has an activity per party in its planned role, one per goal,
 * and an evaluation afterwards.
 */
class ProcessReviewTests {

    private static final ParticipationAdvisor ADVISOR = ParticipationAdvisor.bundled();
    private static final Opgave OPGAVE = Plans.binnenweg();
    private static final ParticipationPlan PLAN = Plans.fromAdvice(OPGAVE, ADVISOR.advise(OPGAVE));
    private static final ProcessRecord SOUND = Plans.carriedOut(PLAN);
    private static final LocalDate RESULT = SOUND.resultSentOn().orElseThrow();

    private static ProcessReview review(ProcessRecord record) {
        return ADVISOR.review(OPGAVE, PLAN, record);
    }

    private static ProcessRecord without(Predicate<Activity> which) {
        return Plans.activities(SOUND, SOUND.activities().stream().filter(which.negate()).toList());
    }

    private static ProcessRecord plus(Activity... extra) {
        List<Activity> activities = new ArrayList<>(SOUND.activities());
        activities.addAll(List.of(extra));
        return Plans.activities(SOUND, activities);
    }

    private static boolean involves(Activity activity, String party) {
        return activity.participants().stream().anyMatch(p -> p.party().equals(party));
    }

    private static PlanFinding assertFinds(ProcessReview review, FindingCode code, Severity severity,
                                           String subject) {
        List<PlanFinding> found = review.findings().stream().filter(f -> f.code() == code).toList();
        assertEquals(1, found.size(), () -> code + " once in " + review.findings());
        PlanFinding finding = found.get(0);
        assertEquals(severity, finding.severity(), finding::toString);
        assertEquals(Optional.ofNullable(subject), finding.subject(), finding::toString);
        assertFalse(finding.source().isBlank());
        assertTrue(finding.text().endsWith("."), finding::text);
        return finding;
    }

    private static void assertNotFound(ProcessReview review, FindingCode code) {
        assertFalse(review.has(code), () -> code + " not expected in " + review.findings());
    }

    @Test
    void aProcessThatCarriedItsPlanOutHasNoFindingAndAccountsPerPartyAndGoal() {
        ProcessReview review = review(SOUND);
        assertEquals(List.of(), review.findings());
        assertEquals(ADVISOR.policyVersion(), review.policyVersion());
        assertEquals(List.of(
                new PartyAccount("Gemeente Heemstede", Optional.empty(), Role.PROCESS_OWNER,
                        Optional.of(Role.PROCESS_OWNER), 1),
                new PartyAccount("Gemeenteraad", Optional.empty(), Role.DECISION_MAKER,
                        Optional.of(Role.DECISION_MAKER), 1),
                new PartyAccount("Bewoners Binnenweg", Optional.of(StakeholderKind.NEIGHBOURS), Role.CO_PRODUCER,
                        Optional.of(Role.CO_PRODUCER), 5),
                new PartyAccount("Digipanel Heemstede", Optional.of(StakeholderKind.RESIDENTS), Role.CONSULTED,
                        Optional.of(Role.CONSULTED), 1),
                new PartyAccount("Bewoners Merlenhoven", Optional.of(StakeholderKind.DISTANT_RESIDENTS), Role.INFORMED,
                        Optional.of(Role.INFORMED), 1),
                new PartyAccount("Verkeerskundig adviesbureau", Optional.of(StakeholderKind.EXPERT), Role.ADVISER,
                        Optional.of(Role.ADVISER), 1),
                new PartyAccount("Winkeliersvereniging Binnenweg", Optional.of(StakeholderKind.ORGANISATION), Role.CO_PRODUCER,
                        Optional.of(Role.CO_PRODUCER), 1)),
                review.parties());
        assertEquals(List.of(Goal.THINK_TOGETHER, Goal.DO_TOGETHER, Goal.LEARN_TOGETHER),
                review.goals().stream().map(GoalAccount::goal).toList());
        for (GoalAccount goal : review.goals()) {
            assertFalse(goal.servedBy().isEmpty(), goal::toString);
        }
    }

    @Test
    void anActivityBeforeTheAdoptionIsAnError() {
        Activity early = new Activity(Plans.ADOPTED.minusDays(1), ActivityKind.MEETING, "Inloopavond vooraf",
                List.of(Participation.of("Bewoners Binnenweg", Role.CONSULTED)));
        PlanFinding finding = assertFinds(review(plus(early)), FindingCode.PARTICIPATION_BEFORE_ADOPTION,
                Severity.ERROR, "1 maart 2026 Inloopavond vooraf");
        assertTrue(finding.text().contains("op 2 maart 2026"), finding::text);
        Activity onTheDay = new Activity(Plans.ADOPTED, early.kind(), early.description(), early.participants());
        assertNotFound(review(plus(onTheDay)), FindingCode.PARTICIPATION_BEFORE_ADOPTION);
    }

    @Test
    void informingOrInternalWorkBeforeTheAdoptionIsNoParticipation() {
        Activity letter = new Activity(Plans.ADOPTED.minusDays(10), ActivityKind.INFORMATION_LETTER,
                "Aankondiging", List.of(Participation.of("Bewoners Binnenweg", Role.INFORMED),
                        Participation.of("Gemeente Heemstede", Role.PROCESS_OWNER)));
        Activity quickscan = new Activity(Plans.ADOPTED.minusDays(30), ActivityKind.MEETING, "Quickscan intern",
                List.of(Participation.of("Gemeente Heemstede", Role.PROCESS_OWNER),
                        Participation.of("Gemeenteraad", Role.DECISION_MAKER)));
        assertNotFound(review(plus(letter, quickscan)), FindingCode.PARTICIPATION_BEFORE_ADOPTION);
    }

    @Test
    void aPlannedPartyThatNeverTookPartIsAnError() {
        PlanFinding finding = assertFinds(review(without(a -> involves(a, "Bewoners Merlenhoven"))),
                FindingCode.PARTY_NOT_INVOLVED, Severity.ERROR, "Bewoners Merlenhoven");
        assertTrue(finding.text().contains("'wordt geïnformeerd'"), finding::text);
    }

    @Test
    void aPartyThatOnlyTookPartLighterThanPlannedIsAnError() {
        ProcessRecord lighter = without(a -> involves(a, "Winkeliersvereniging Binnenweg"));
        Activity consulted = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.MEETING, "Ondernemersavond",
                List.of(Participation.of("Winkeliersvereniging Binnenweg", Role.CONSULTED)));
        List<Activity> activities = new ArrayList<>(lighter.activities());
        activities.add(consulted);
        PlanFinding finding = assertFinds(review(Plans.activities(SOUND, activities)),
                FindingCode.PARTY_INVOLVED_LIGHTER, Severity.ERROR, "Winkeliersvereniging Binnenweg");
        assertTrue(finding.text().contains("hooguit mee als 'wordt geraadpleegd'"), finding::text);
        // the planned role once, among lighter ones, is enough
        assertNotFound(review(plus(consulted)), FindingCode.PARTY_INVOLVED_LIGHTER);
    }

    @Test
    void aPartyThatTookPartHeavierThanPlannedIsAWarning() {
        Activity meeting = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.MEETING, "Buurtavond Merlenhoven",
                List.of(Participation.of("Bewoners Merlenhoven", Role.CONSULTED)));
        assertFinds(review(plus(meeting)), FindingCode.PARTY_INVOLVED_HEAVIER, Severity.WARNING,
                "Bewoners Merlenhoven");
        Activity letter = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.INFORMATION_LETTER, "Nieuwsbrief",
                List.of(Participation.of("Bewoners Merlenhoven", Role.INFORMED)));
        assertNotFound(review(plus(letter)), FindingCode.PARTY_INVOLVED_HEAVIER);
    }

    @Test
    void aGoalNoActivityServedIsAnError() {
        ProcessRecord noDesign = without(a -> a.kind() == ActivityKind.CO_DESIGN_SESSION);
        ProcessReview review = review(noDesign);
        assertFinds(review, FindingCode.GOAL_NOT_SERVED, Severity.ERROR, "DO_TOGETHER");
        assertEquals(List.of(), review.goals().get(1).servedBy());
        // a co-design session where nobody co-produces does not serve it either
        Activity session = new Activity(Plans.ADOPTED.plusDays(40), ActivityKind.CO_DESIGN_SESSION, "Ontwerpsessie",
                List.of(Participation.of("Bewoners Binnenweg", Role.CONSULTED)));
        List<Activity> activities = new ArrayList<>(noDesign.activities());
        activities.add(session);
        assertTrue(review(Plans.activities(SOUND, activities)).has(FindingCode.GOAL_NOT_SERVED));
        activities.set(activities.size() - 1, new Activity(session.date(), session.kind(), session.description(),
                List.of(Participation.of("Bewoners Binnenweg", Role.CO_PRODUCER))));
        assertNotFound(review(Plans.activities(SOUND, activities)), FindingCode.GOAL_NOT_SERVED);
    }

    @Test
    void aResultWithoutAnAccountOfTheInputIsAnError() {
        assertFinds(review(Plans.result(SOUND, Optional.of(RESULT), Optional.of(" "))),
                FindingCode.RESULT_WITHOUT_INPUT_ACCOUNT, Severity.ERROR, null);
        assertNotFound(review(SOUND), FindingCode.RESULT_WITHOUT_INPUT_ACCOUNT);
        assertNotFound(review(Plans.result(SOUND, Optional.empty(), Optional.empty())),
                FindingCode.RESULT_WITHOUT_INPUT_ACCOUNT);
    }

    @Test
    void aResultNotYetSentMakesTheReviewAnInterimOne() {
        ProcessRecord running = Plans.activities(Plans.result(SOUND, Optional.empty(), Optional.empty()),
                SOUND.activities().stream().filter(a -> !a.date().isAfter(RESULT)).toList());
        ProcessReview review = review(running);
        assertFinds(review, FindingCode.RESULT_NOT_SENT, Severity.INFO, null);
        assertFalse(review.hasErrors(), review.findings()::toString);
        assertNotFound(review(SOUND), FindingCode.RESULT_NOT_SENT);
    }

    @Test
    void aLearningPilotWithoutAnyEvaluationIsOneError() {
        ProcessReview review = review(without(a -> a.kind() == ActivityKind.EVALUATION));
        assertFinds(review, FindingCode.EVALUATION_MISSING, Severity.ERROR, null);
        assertEquals(List.of(FindingCode.EVALUATION_MISSING),
                review.findings().stream().map(PlanFinding::code).toList(), review.findings()::toString);
        assertNotFound(review(SOUND), FindingCode.EVALUATION_MISSING);
    }

    @Test
    void anEvaluationWithoutStakeholdersDoesNotServeLearningTogether() {
        ProcessRecord internal = plus();
        List<Activity> activities = new ArrayList<>();
        for (Activity activity : SOUND.activities()) {
            activities.add(activity.kind() != ActivityKind.EVALUATION ? activity : new Activity(activity.date(),
                    activity.kind(), activity.description(), List.of(Participation.of("Gemeente Heemstede",
                    Role.PROCESS_OWNER))));
        }
        ProcessReview review = review(Plans.activities(internal, activities));
        PlanFinding finding = assertFinds(review, FindingCode.GOAL_NOT_SERVED, Severity.ERROR, "LEARN_TOGETHER");
        assertEquals("Samen leren niet gediend", finding.rule());
        assertNotFound(review, FindingCode.EVALUATION_MISSING);
    }

    @Test
    void aLearningPilotEvaluatedOnlyAfterwardsMissesTheInterimEvaluation() {
        ProcessRecord onlyAfter = without(a -> a.kind() == ActivityKind.EVALUATION && a.date().isBefore(RESULT));
        assertFinds(review(onlyAfter), FindingCode.INTERIM_EVALUATION_MISSING, Severity.WARNING, null);
        assertNotFound(review(SOUND), FindingCode.INTERIM_EVALUATION_MISSING);
    }

    @Test
    void aLearningPilotEvaluatedOnlyDuringTheProcessStillHasItsEvaluationAfterwardsToDo() {
        ProcessRecord onlyDuring = without(a -> a.kind() == ActivityKind.EVALUATION && !a.date().isBefore(RESULT));
        assertFinds(review(onlyDuring), FindingCode.FINAL_EVALUATION_PENDING, Severity.INFO, null);
        assertNotFound(review(SOUND), FindingCode.FINAL_EVALUATION_PENDING);
    }

    @Test
    void earlyInTheProcessWhatHasNotHappenedYetIsInformationNotAnError() {
        ProcessRecord started = new ProcessRecord(Plans.ADOPTED, List.of(new Activity(Plans.ADOPTED.plusDays(3),
                ActivityKind.INFORMATION_LETTER, "Startbrief", List.of(Participation.of("Bewoners Binnenweg",
                Role.INFORMED)))), Optional.empty(), Optional.empty());
        ProcessReview review = review(started);
        assertFalse(review.hasErrors(), review.findings()::toString);
        assertTrue(review.findings().stream().allMatch(f -> f.severity() == Severity.INFO), review.findings()::toString);
        for (FindingCode code : List.of(FindingCode.RESULT_NOT_SENT, FindingCode.PARTY_NOT_INVOLVED,
                FindingCode.PARTY_INVOLVED_LIGHTER, FindingCode.GOAL_NOT_SERVED, FindingCode.EVALUATION_MISSING)) {
            assertTrue(review.has(code), () -> code + " in " + review.findings());
        }
        // once the result is sent, the same gaps are errors
        ProcessReview sent = review(Plans.result(started, Optional.of(RESULT), SOUND.inputAccount()));
        for (FindingCode code : List.of(FindingCode.PARTY_NOT_INVOLVED, FindingCode.PARTY_INVOLVED_LIGHTER,
                FindingCode.GOAL_NOT_SERVED, FindingCode.EVALUATION_MISSING)) {
            assertTrue(sent.findings().stream().anyMatch(f -> f.code() == code && f.severity() == Severity.ERROR),
                    () -> code + " in " + sent.findings());
        }
    }

    @Test
    void withoutGoalDNoEvaluationIsAsked() {
        ParticipationPlan noD = Plans.goals(PLAN, Goal.THINK_TOGETHER, Goal.DO_TOGETHER);
        ProcessReview review = ADVISOR.review(OPGAVE, noD,
                without(a -> a.kind() == ActivityKind.EVALUATION));
        assertNotFound(review, FindingCode.EVALUATION_MISSING);
        assertNotFound(review, FindingCode.FINAL_EVALUATION_PENDING);
    }

    @Test
    void anActivityAfterTheResultIsAWarningAnEvaluationAfterwardsIsNot() {
        Activity late = new Activity(RESULT.plusDays(1), ActivityKind.MEETING, "Nagekomen bewonersavond",
                List.of(Participation.of("Bewoners Binnenweg", Role.CONSULTED)));
        assertFinds(review(plus(late)), FindingCode.ACTIVITY_AFTER_RESULT, Severity.WARNING,
                "3 september 2026 Nagekomen bewonersavond");
        Activity onTheDay = new Activity(RESULT, ActivityKind.MEETING, "Presentatie", late.participants());
        assertNotFound(review(plus(onTheDay)), FindingCode.ACTIVITY_AFTER_RESULT);
    }

    @Test
    void anInvalidRecordListsEveryViolation() {
        List<Activity> activities = new ArrayList<>(SOUND.activities());
        activities.add(new Activity(Plans.ADOPTED, ActivityKind.MEETING, " ", List.of(
                Participation.of("Onbekende partij", Role.CONSULTED),
                Participation.of("Bewoners Binnenweg", Role.CONSULTED),
                Participation.of("bewoners binnenweg ", Role.CO_PRODUCER))));
        activities.add(new Activity(Plans.ADOPTED, ActivityKind.SURVEY, "Enquête", List.of()));
        ProcessRecord record = new ProcessRecord(Plans.ADOPTED, activities,
                Optional.of(Plans.ADOPTED.minusDays(1)), Optional.empty());
        int n = SOUND.activities().size();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> review(record));
        assertEquals(List.of("record.resultSentOn", "record.activities[" + n + "].description",
                        "record.activities[" + n + "].participants[0].party",
                        "record.activities[" + n + "].participants[2].party",
                        "record.activities[" + (n + 1) + "].participants"),
                e.violations().stream().map(Violation::field).toList(), e::getMessage);
        assertTrue(e.violations().get(0).message().contains("adoptedOn"), e::getMessage);
        assertTrue(e.violations().get(2).message().contains("not a party of the plan"), e::getMessage);
    }

    @Test
    void theEngineReferenceAdvisorReviewsWithTheSameAdvice() {
        ProcessRecord messy = Plans.adoptedOn(without(a -> a.kind() == ActivityKind.EVALUATION),
                RESULT.minusDays(1));
        assertEquals(review(messy), BundledPolicy.engine().review(OPGAVE, PLAN, messy));
    }
}
