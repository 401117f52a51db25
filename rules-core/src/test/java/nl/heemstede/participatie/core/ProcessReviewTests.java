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
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GoalAccount;
import nl.heemstede.participatie.Intentions;
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
 * One test per kind of finding of the accountability review (basisstap 5: "in hoeverre het gelopen traject voldaan
 * heeft aan de vooraf vastgestelde planomschrijving en het participatieplan"): the smallest change of a process that
 * carried its plan out that raises it, with the severity the README gives it, and the one that just does not. A
 * deviation from the plan is a WARNING, an afwijking to account for; an ERROR only for a norm the seed states. The
 * plan is the one the advice gives for the invented worked example; the sound record has an activity per party in
 * its planned role, one per goal, an evaluation during the process and one afterwards (the opgave is one of the
 * projects the municipality follows), and the result with both accounts.
 */
class ProcessReviewTests {

    private static final ParticipationAdvisor ADVISOR = InForce.bundled();
    private static final Opgave OPGAVE = Plans.binnenweg();
    private static final ParticipationPlan PLAN = Plans.fromAdvice(OPGAVE, ADVISOR.advise(OPGAVE));
    private static final ProcessRecord SOUND = Plans.evaluated(PLAN, Plans.carriedOut(PLAN));
    private static final LocalDate RESULT = SOUND.resultSentOn().orElseThrow();
    /** The plan with goals A and B only: what the evaluation rules say does not depend on goal D. */
    private static final ParticipationPlan PLAN_AB = Plans.goals(PLAN, Goal.THINK_TOGETHER, Goal.DO_TOGETHER);

    private static ProcessReview review(ProcessRecord record) {
        return ADVISOR.review(OPGAVE, PLAN, record);
    }

    private static ProcessRecord without(Predicate<Activity> which) {
        return without(SOUND, which);
    }

    private static ProcessRecord without(ProcessRecord record, Predicate<Activity> which) {
        return Plans.activities(record, record.activities().stream().filter(which.negate()).toList());
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
        if (severity == Severity.ERROR) {
            assertEquals(Basis.SEED, finding.basis(), finding::toString);
        }
        return finding;
    }

    /** A deviation from the adopted plan: a warning that asks to account for it in the result, never a "fout". */
    private static PlanFinding assertDeviation(ProcessReview review, FindingCode code, String subject) {
        PlanFinding finding = assertFinds(review, code, Severity.WARNING, subject);
        assertTrue(finding.text().contains("wijkt af van het vastgestelde plan"), finding::text);
        assertTrue(finding.text().contains("verantwoord"), finding::text);
        assertFalse(finding.text().contains("fout"), finding::text);
        return finding;
    }

    private static PartyAccount party(ProcessReview review, String name) {
        return review.parties().stream().filter(p -> p.party().equals(name)).findFirst().orElseThrow();
    }

    private static GoalAccount goal(ProcessReview review, Goal goal) {
        return review.goals().stream().filter(g -> g.goal() == goal).findFirst().orElseThrow();
    }

    private static void assertNotFound(ProcessReview review, FindingCode code) {
        assertFalse(review.has(code), () -> code + " not expected in " + review.findings());
    }

    @Test
    void aProcessThatCarriedItsPlanOutHasNoFindingAndAccountsPerPartyAndGoal() {
        ProcessReview review = review(SOUND);
        assertEquals(List.of(), review.findings());
        assertEquals(ADVISOR.policyVersion(), review.policyVersion());
        assertEquals(PLAN.parties().stream().map(p -> p.name()).toList(),
                review.parties().stream().map(PartyAccount::party).toList());
        for (PartyAccount party : review.parties()) {
            assertEquals(Optional.of(party.planned()), party.heaviest(), party::toString);
            assertTrue(party.activities() > 0, party::toString);
            assertFalse(party.deviates(), party::toString);
        }
        assertEquals(Optional.of(StakeholderKind.NEIGHBOURS), party(review, "Bewoners Binnenweg").kind());
        assertEquals(Optional.empty(), party(review, "Gemeenteraad").kind());
        assertEquals(List.copyOf(PLAN.goals()), review.goals().stream().map(GoalAccount::goal).toList());
        for (GoalAccount goal : review.goals()) {
            assertTrue(goal.done(), goal::toString);
            assertFalse(goal.deviates(), goal::toString);
        }
    }

    @Test
    void anActivityBeforeTheAdoptionIsAnErrorBecauseTheSeedSaysParticipationStartsAfterIt() {
        Activity early = new Activity(Plans.ADOPTED.minusDays(1), ActivityKind.MEETING, "Inloopavond vooraf",
                List.of(Participation.of("Bewoners Binnenweg", Role.CONSULTED)));
        PlanFinding finding = assertFinds(review(plus(early)), FindingCode.PARTICIPATION_BEFORE_ADOPTION,
                Severity.ERROR, "1 maart 2026 Inloopavond vooraf");
        assertTrue(finding.source().contains("\"Daarna start participatie\""), finding::source);
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
    void aPlannedPartyThatNeverTookPartIsADeviationToAccountFor() {
        ProcessReview review = review(without(a -> involves(a, "Bewoners Merlenhoven")));
        PlanFinding finding = assertDeviation(review, FindingCode.PARTY_NOT_INVOLVED, "Bewoners Merlenhoven");
        assertEquals(Basis.SEED, finding.basis());
        assertTrue(finding.source().contains("in hoeverre het gelopen traject voldaan heeft"), finding::source);
        assertTrue(finding.text().contains("'wordt geïnformeerd'"), finding::text);
        assertFalse(review.hasErrors(), review.findings()::toString);
        PartyAccount account = party(review, "Bewoners Merlenhoven");
        assertEquals(Role.INFORMED, account.planned());
        assertEquals(Optional.empty(), account.heaviest());
        assertEquals(Optional.of(finding), account.deviation());
    }

    @Test
    void aPartyThatOnlyTookPartLighterThanPlannedIsADeviationToAccountFor() {
        ProcessRecord lighter = without(a -> involves(a, "Winkeliersvereniging Binnenweg"));
        Activity consulted = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.MEETING, "Ondernemersavond",
                List.of(Participation.of("Winkeliersvereniging Binnenweg", Role.CONSULTED)));
        List<Activity> activities = new ArrayList<>(lighter.activities());
        activities.add(consulted);
        ProcessReview review = review(Plans.activities(SOUND, activities));
        PlanFinding finding = assertDeviation(review, FindingCode.PARTY_INVOLVED_LIGHTER,
                "Winkeliersvereniging Binnenweg");
        assertTrue(finding.text().contains("hooguit mee als 'wordt geraadpleegd'"), finding::text);
        PartyAccount account = party(review, "Winkeliersvereniging Binnenweg");
        assertEquals(Optional.of(Role.CONSULTED), account.heaviest());
        assertEquals(Optional.of(finding), account.deviation());
        // the planned role once, among lighter ones, is enough
        assertNotFound(review(plus(consulted)), FindingCode.PARTY_INVOLVED_LIGHTER);
    }

    @Test
    void aPartyThatTookPartHeavierThanPlannedIsADeviationToAccountFor() {
        Activity meeting = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.MEETING, "Buurtavond Merlenhoven",
                List.of(Participation.of("Bewoners Merlenhoven", Role.CONSULTED)));
        ProcessReview review = review(plus(meeting));
        PlanFinding finding = assertDeviation(review, FindingCode.PARTY_INVOLVED_HEAVIER, "Bewoners Merlenhoven");
        assertEquals(Optional.of(finding), party(review, "Bewoners Merlenhoven").deviation());
        Activity letter = new Activity(Plans.ADOPTED.plusDays(30), ActivityKind.INFORMATION_LETTER, "Nieuwsbrief",
                List.of(Participation.of("Bewoners Merlenhoven", Role.INFORMED)));
        assertNotFound(review(plus(letter)), FindingCode.PARTY_INVOLVED_HEAVIER);
    }

    @Test
    void aGoalNoActivityServedIsADeviationToAccountFor() {
        ProcessRecord noDesign = without(a -> a.kind() == ActivityKind.CO_DESIGN_SESSION);
        ProcessReview review = review(noDesign);
        PlanFinding finding = assertDeviation(review, FindingCode.GOAL_NOT_SERVED, "DO_TOGETHER");
        assertEquals(Basis.READING, finding.basis(), "which activity serves which goal is our reading");
        GoalAccount account = goal(review, Goal.DO_TOGETHER);
        assertEquals(List.of(), account.servedBy());
        assertFalse(account.done());
        assertEquals(Optional.of(finding), account.deviation());
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
    void aResultWithoutTheAccountOfHowFarTheProcessMetThePlanIsAnError() {
        ProcessReview review = review(Plans.planAccount(SOUND, Optional.of("  ")));
        PlanFinding finding = assertFinds(review, FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT, Severity.ERROR, null);
        assertTrue(finding.source().contains("\"komt naar voren in hoeverre het gelopen traject voldaan heeft aan de"
                + " vooraf vastgestelde planomschrijving en het participatieplan\""), finding::source);
        assertEquals(List.of(FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT),
                review.findings().stream().map(PlanFinding::code).toList());
        assertTrue(review(Plans.planAccount(SOUND, Optional.empty())).has(FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT));
        assertNotFound(review(SOUND), FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT);
        // while the process runs there is no result to account in
        assertNotFound(review(Plans.planAccount(Plans.result(SOUND, Optional.empty(), Optional.empty()),
                Optional.empty())), FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT);
    }

    @Test
    void aResultWithoutAnAccountOfTheInputIsAWarning() {
        PlanFinding finding = assertFinds(review(Plans.result(SOUND, Optional.of(RESULT), Optional.of(" "))),
                FindingCode.RESULT_WITHOUT_INPUT_ACCOUNT, Severity.WARNING, null);
        assertEquals(Basis.READING, finding.basis());
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

    // ------------------------------------------- the evaluation of a followed project (seed section 6), not goal D

    @Test
    void aFollowedProjectWithoutAnyEvaluationIsOneWarning() {
        ProcessReview review = ADVISOR.review(OPGAVE, PLAN_AB, without(a -> a.kind() == ActivityKind.EVALUATION));
        PlanFinding finding = assertFinds(review, FindingCode.EVALUATION_MISSING, Severity.WARNING, null);
        assertEquals(Basis.SEED, finding.basis());
        assertTrue(finding.source().contains("\"4 projecten gaan we volgen en zowel tussentijds als achteraf"
                + " evalueren\""), finding::source);
        assertEquals(List.of(FindingCode.EVALUATION_MISSING),
                review.findings().stream().map(PlanFinding::code).toList(), review.findings()::toString);
        assertNotFound(ADVISOR.review(OPGAVE, PLAN_AB, SOUND), FindingCode.EVALUATION_MISSING);
    }

    @Test
    void aProjectTheMunicipalityDoesNotFollowIsNotAskedForAnEvaluationWhateverItsGoals() {
        Opgave notFollowed = Plans.with(OPGAVE, OPGAVE.room(), Intentions.of(true, false, Frameworks.ALL, false),
                OPGAVE.difficulty());
        ParticipationPlan withD = Plans.goals(PLAN, Goal.THINK_TOGETHER, Goal.DO_TOGETHER, Goal.LEARN_TOGETHER);
        ProcessReview review = ADVISOR.review(notFollowed, withD, without(a -> a.kind() == ActivityKind.EVALUATION));
        assertNotFound(review, FindingCode.EVALUATION_MISSING);
        assertNotFound(review, FindingCode.INTERIM_EVALUATION_MISSING);
        assertNotFound(review, FindingCode.FINAL_EVALUATION_PENDING);
        // goal D is a goal like the others: no activity served it
        assertDeviation(review, FindingCode.GOAL_NOT_SERVED, "LEARN_TOGETHER");
    }

    @Test
    void anEvaluationWithoutStakeholdersDoesNotServeLearningTogether() {
        ParticipationPlan withD = Plans.goals(PLAN, Goal.THINK_TOGETHER, Goal.DO_TOGETHER, Goal.LEARN_TOGETHER);
        List<Activity> activities = new ArrayList<>();
        for (Activity activity : Plans.evaluated(withD, Plans.carriedOut(withD)).activities()) {
            activities.add(activity.kind() != ActivityKind.EVALUATION ? activity : new Activity(activity.date(),
                    activity.kind(), activity.description(), List.of(Participation.of("Gemeente Heemstede",
                    Role.PROCESS_OWNER))));
        }
        ProcessReview review = ADVISOR.review(OPGAVE, withD, Plans.activities(SOUND, activities));
        PlanFinding finding = assertDeviation(review, FindingCode.GOAL_NOT_SERVED, "LEARN_TOGETHER");
        assertEquals("Doel niet gediend", finding.rule());
        assertNotFound(review, FindingCode.EVALUATION_MISSING);
    }

    @Test
    void aFollowedProjectEvaluatedOnlyAfterwardsMissesTheInterimEvaluation() {
        ProcessRecord onlyAfter = without(a -> a.kind() == ActivityKind.EVALUATION && a.date().isBefore(RESULT));
        assertFinds(ADVISOR.review(OPGAVE, PLAN_AB, onlyAfter), FindingCode.INTERIM_EVALUATION_MISSING,
                Severity.WARNING, null);
        assertNotFound(review(SOUND), FindingCode.INTERIM_EVALUATION_MISSING);
    }

    @Test
    void aFollowedProjectEvaluatedOnlyDuringTheProcessStillHasItsEvaluationAfterwardsToDo() {
        ProcessRecord onlyDuring = without(a -> a.kind() == ActivityKind.EVALUATION && !a.date().isBefore(RESULT));
        assertFinds(review(onlyDuring), FindingCode.FINAL_EVALUATION_PENDING, Severity.INFO, null);
        assertNotFound(review(SOUND), FindingCode.FINAL_EVALUATION_PENDING);
    }

    // ------------------------------------------------------------------------------- interim and afterwards

    @Test
    void earlyInTheProcessWhatHasNotHappenedYetIsInformationNotAnError() {
        ProcessRecord started = new ProcessRecord(Plans.ADOPTED, List.of(new Activity(Plans.ADOPTED.plusDays(3),
                ActivityKind.INFORMATION_LETTER, "Startbrief", List.of(Participation.of("Bewoners Binnenweg",
                Role.INFORMED)))), Optional.empty(), Optional.empty());
        ProcessReview review = ADVISOR.review(OPGAVE, PLAN_AB, started);
        assertFalse(review.hasErrors(), review.findings()::toString);
        assertTrue(review.findings().stream().allMatch(f -> f.severity() == Severity.INFO), review.findings()::toString);
        for (FindingCode code : List.of(FindingCode.RESULT_NOT_SENT, FindingCode.PARTY_NOT_INVOLVED,
                FindingCode.PARTY_INVOLVED_LIGHTER, FindingCode.GOAL_NOT_SERVED, FindingCode.EVALUATION_MISSING)) {
            assertTrue(review.has(code), () -> code + " in " + review.findings());
        }
        // once the result is sent, the same gaps are deviations to account for: warnings, not errors
        ProcessRecord sent = Plans.planAccount(Plans.result(started, Optional.of(RESULT), SOUND.inputAccount()),
                SOUND.planAccount());
        ProcessReview afterwards = ADVISOR.review(OPGAVE, PLAN_AB, sent);
        for (FindingCode code : List.of(FindingCode.PARTY_NOT_INVOLVED, FindingCode.PARTY_INVOLVED_LIGHTER,
                FindingCode.GOAL_NOT_SERVED, FindingCode.EVALUATION_MISSING)) {
            assertTrue(afterwards.findings().stream().anyMatch(f -> f.code() == code
                    && f.severity() == Severity.WARNING), () -> code + " in " + afterwards.findings());
        }
        assertFalse(afterwards.hasErrors(), afterwards.findings()::toString);
        // without the account of how far it met the plan, the result itself is the one error
        ProcessReview unaccounted = ADVISOR.review(OPGAVE, PLAN_AB, Plans.planAccount(sent, Optional.empty()));
        assertEquals(List.of(FindingCode.RESULT_WITHOUT_PLAN_ACCOUNT), unaccounted.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(PlanFinding::code).toList());
    }

    @Test
    void anActivityAfterTheResultIsAWarningAnEvaluationAfterwardsIsNot() {
        Activity late = new Activity(RESULT.plusDays(1), ActivityKind.MEETING, "Nagekomen bewonersavond",
                List.of(Participation.of("Bewoners Binnenweg", Role.CONSULTED)));
        assertFinds(review(plus(late)), FindingCode.ACTIVITY_AFTER_RESULT, Severity.WARNING,
                "3 september 2026 Nagekomen bewonersavond");
        Activity onTheDay = new Activity(RESULT, ActivityKind.MEETING, "Presentatie", late.participants());
        assertNotFound(review(plus(onTheDay)), FindingCode.ACTIVITY_AFTER_RESULT);
        assertNotFound(review(SOUND), FindingCode.ACTIVITY_AFTER_RESULT);
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
                Optional.of(Plans.ADOPTED.minusDays(1)), Optional.empty(), Optional.of("x".repeat(10_001)));
        int n = SOUND.activities().size();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> review(record));
        assertEquals(List.of("record.resultSentOn", "record.planAccount", "record.activities[" + n + "].description",
                        "record.activities[" + n + "].participants[0].party",
                        "record.activities[" + n + "].participants[2].party",
                        "record.activities[" + (n + 1) + "].participants"),
                e.violations().stream().map(Violation::field).toList(), e::getMessage);
        assertTrue(e.violations().get(0).message().contains("adoptedOn"), e::getMessage);
        assertTrue(e.violations().get(3).message().contains("is geen partij van het plan"), e::getMessage);
    }

    @Test
    void theEngineReferenceAdvisorReviewsWithTheSameAdvice() {
        ProcessRecord messy = Plans.adoptedOn(without(a -> a.kind() == ActivityKind.EVALUATION),
                RESULT.minusDays(1));
        assertEquals(review(messy), BundledPolicy.engine().review(OPGAVE, PLAN, messy));
    }
}
