package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.FrameworkKind;
import nl.heemstede.participatie.Frameworks;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.InvalidInputException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PlanFinding;
import nl.heemstede.participatie.PlanQuestion;
import nl.heemstede.participatie.PlannedParty;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Severity;
import nl.heemstede.participatie.Violation;

/**
 * One test per kind of finding of the plan check: the smallest change of a sound plan that raises it, and the
 * plan that just does not. The sound plan is the one the policy's own advice gives for the worked example
 * ({@link Plans#binnenweg()}: a complex council opgave, ample room, co-production wanted, all frameworks, a
 * learning pilot; advice: goals A, B and D).
 */
class PlanCheckTests {

    private static final ParticipationAdvisor ADVISOR = ParticipationAdvisor.bundled();
    private static final Opgave OPGAVE = Plans.binnenweg();
    private static final ParticipationPlan SOUND = Plans.fromAdvice(OPGAVE, ADVISOR.advise(OPGAVE));

    private static PlanCheck check(Opgave opgave, ParticipationPlan plan) {
        return ADVISOR.checkPlan(opgave, plan);
    }

    private static PlanCheck check(ParticipationPlan plan) {
        return check(OPGAVE, plan);
    }

    private static Opgave opgave(Room room, Intentions intentions) {
        return Plans.with(OPGAVE, room, intentions, OPGAVE.difficulty());
    }

    private static ParticipationPlan soundPlanFor(Opgave opgave) {
        return Plans.fromAdvice(opgave, ADVISOR.advise(opgave));
    }

    /** Asserts exactly one finding with the code, of the severity and about the subject, and returns it. */
    private static PlanFinding assertFinds(PlanCheck check, FindingCode code, Severity severity, String subject) {
        List<PlanFinding> found = check.findings().stream().filter(f -> f.code() == code).toList();
        assertEquals(1, found.size(), () -> code + " once in " + check.findings());
        PlanFinding finding = found.get(0);
        assertEquals(severity, finding.severity(), finding::toString);
        assertEquals(Optional.ofNullable(subject), finding.subject(), finding::toString);
        assertFalse(finding.rule().isBlank());
        assertFalse(finding.source().isBlank());
        assertTrue(finding.text().endsWith("."), finding::text);
        return finding;
    }

    private static void assertNotFound(PlanCheck check, FindingCode code) {
        assertFalse(check.has(code), () -> code + " not expected in " + check.findings());
    }

    @Test
    void aPlanThatFollowsTheAdviceHasNoFindingAtAll() {
        PlanCheck check = check(SOUND);
        assertEquals(List.of(), check.findings());
        assertFalse(check.hasErrors());
        assertEquals(java.util.Set.of(Goal.THINK_TOGETHER, Goal.DO_TOGETHER, Goal.LEARN_TOGETHER),
                check.advice().goals());
    }

    // ----------------------------------------------------------------------------------------------- goals

    @Test
    void anyGoalWithoutRoomForParticipationIsAnError() {
        Opgave nothingToChoose = opgave(Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE),
                OPGAVE.intentions());
        ParticipationPlan plan = Plans.goals(soundPlanFor(nothingToChoose), Goal.THINK_TOGETHER);
        PlanFinding finding = assertFinds(check(nothingToChoose, plan), FindingCode.GOAL_BEYOND_ROOM, Severity.ERROR,
                "THINK_TOGETHER");
        assertEquals("Doel zonder ruimte voor participatie", finding.rule());
        assertEquals(Basis.READING, finding.basis());
        assertNotFound(check(nothingToChoose, soundPlanFor(nothingToChoose)), FindingCode.GOAL_BEYOND_ROOM);
    }

    @Test
    void doTogetherWithLimitedRoomIsAnErrorThinkTogetherIsNot() {
        Opgave limited = opgave(Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), OPGAVE.intentions());
        ParticipationPlan plan = soundPlanFor(limited);
        assertNotFound(check(limited, plan), FindingCode.GOAL_BEYOND_ROOM);
        assertFinds(check(limited, Plans.goals(plan, Goal.THINK_TOGETHER, Goal.DO_TOGETHER)),
                FindingCode.GOAL_BEYOND_ROOM, Severity.ERROR, "DO_TOGETHER");
    }

    @Test
    void decideTogetherWithLimitedRoomIsAnError() {
        Opgave limited = opgave(Room.of(true, RoomLevel.AMPLE, RoomLevel.LIMITED), OPGAVE.intentions());
        assertFinds(check(limited, Plans.goals(soundPlanFor(limited), Goal.THINK_TOGETHER, Goal.DECIDE_TOGETHER)),
                FindingCode.GOAL_BEYOND_ROOM, Severity.ERROR, "DECIDE_TOGETHER");
    }

    @Test
    void decideTogetherWithoutAllThreeFrameworksIsAnError() {
        Opgave shared = opgave(OPGAVE.room(), Intentions.of(true, true, Frameworks.ALL, false));
        ParticipationPlan plan = soundPlanFor(shared);
        assertTrue(plan.goals().contains(Goal.DECIDE_TOGETHER));
        assertNotFound(check(shared, plan), FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS);
        PlanFinding finding = assertFinds(check(shared, Plans.withoutFramework(plan, FrameworkKind.FINANCIAL)),
                FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, Severity.ERROR, null);
        assertTrue(finding.text().contains("financieel kader"), finding::text);
        assertNotFound(check(shared, Plans.withoutFramework(plan, FrameworkKind.FINANCIAL)),
                FindingCode.FRAMEWORKS_INCOMPLETE);
    }

    @Test
    void aGoalTheRoomAllowsButTheAdviceDoesNotGiveIsAWarning() {
        // the competent body does not share decision power: the advice gives no C
        assertFinds(check(Plans.goals(SOUND, Goal.THINK_TOGETHER, Goal.DO_TOGETHER, Goal.DECIDE_TOGETHER,
                Goal.LEARN_TOGETHER)), FindingCode.GOAL_NOT_ADVISED, Severity.WARNING, "DECIDE_TOGETHER");
        assertNotFound(check(SOUND), FindingCode.GOAL_NOT_ADVISED);
    }

    @Test
    void leavingOutAnAdvisedGoalIsInformation() {
        assertFinds(check(Plans.goals(SOUND, Goal.THINK_TOGETHER, Goal.DO_TOGETHER)),
                FindingCode.ADVISED_GOAL_MISSING, Severity.INFO, "LEARN_TOGETHER");
        assertNotFound(check(SOUND), FindingCode.ADVISED_GOAL_MISSING);
    }

    @Test
    void aParticipationPlanWithoutAGoalIsAnError() {
        assertFinds(check(Plans.goals(SOUND)), FindingCode.PLAN_WITHOUT_GOAL, Severity.ERROR, null);
        assertNotFound(check(Plans.goals(SOUND, Goal.LEARN_TOGETHER)), FindingCode.PLAN_WITHOUT_GOAL);
    }

    @Test
    void doTogetherWithoutACoProducerIsAWarning() {
        ParticipationPlan noCoProducer = Plans.role(Plans.role(SOUND, "Bewoners Binnenweg", Role.CONSULTED),
                "Winkeliersvereniging Binnenweg", Role.CONSULTED);
        assertFinds(check(noCoProducer), FindingCode.GOAL_WITHOUT_PARTICIPANT, Severity.WARNING, "DO_TOGETHER");
        ParticipationPlan oneCoProducer = Plans.role(SOUND, "Bewoners Binnenweg", Role.CONSULTED);
        assertNotFound(check(oneCoProducer), FindingCode.GOAL_WITHOUT_PARTICIPANT);
    }

    @Test
    void thinkTogetherWithNobodyConsultedIsAWarning() {
        ParticipationPlan plan = Plans.goals(SOUND, Goal.THINK_TOGETHER);
        for (String party : List.of("Bewoners Binnenweg", "Winkeliersvereniging Binnenweg",
                "Verkeerskundig adviesbureau", "Digipanel Heemstede")) {
            plan = Plans.role(plan, party, Role.INFORMED);
        }
        assertFinds(check(plan), FindingCode.GOAL_WITHOUT_PARTICIPANT, Severity.WARNING, "THINK_TOGETHER");
        assertNotFound(check(Plans.role(plan, "Digipanel Heemstede", Role.CONSULTED)),
                FindingCode.GOAL_WITHOUT_PARTICIPANT);
    }

    @Test
    void learnTogetherWithoutAnyStakeholderIsAWarning() {
        ParticipationPlan plan = Plans.goals(SOUND, Goal.LEARN_TOGETHER);
        ParticipationPlan onlyGoverning = Plans.parties(plan, plan.parties().stream()
                .filter(p -> p.role() == Role.PROCESS_OWNER || p.role() == Role.DECISION_MAKER).toList());
        assertFinds(check(onlyGoverning), FindingCode.GOAL_WITHOUT_PARTICIPANT, Severity.WARNING, "LEARN_TOGETHER");
        assertNotFound(check(plan), FindingCode.GOAL_WITHOUT_PARTICIPANT);
    }

    // ----------------------------------------------------------------------------------------------- roles

    @Test
    void aStakeholderWithAHeavierRoleThanAdvisedIsAnError() {
        PlanFinding finding = assertFinds(check(Plans.role(SOUND, "Digipanel Heemstede", Role.ADVISER)),
                FindingCode.ROLE_HEAVIER_THAN_ADVISED, Severity.ERROR, "Digipanel Heemstede");
        assertTrue(finding.text().contains("wordt geraadpleegd"), finding::text);
        assertNotFound(check(Plans.role(SOUND, "Digipanel Heemstede", Role.CONSULTED)),
                FindingCode.ROLE_HEAVIER_THAN_ADVISED);
    }

    @Test
    void anInitiatorFromSocietyThatIsAlsoAStakeholderMayBeTheProcessOwner() {
        // seed: proceseigenaar is "initiatiefnemer uit de samenleving of gemeente zelf"
        Opgave byAssociation = new Opgave(OPGAVE.title(), OPGAVE.reference(), Initiator.ORGANISATION, true,
                Optional.of(false), OPGAVE.competentBody(), OPGAVE.impact(), OPGAVE.room(), OPGAVE.difficulty(),
                OPGAVE.intentions(), OPGAVE.stakeholders());
        ParticipationPlan plan = soundPlanFor(byAssociation);
        String owner = plan.parties().get(0).name();
        ParticipationPlan associationOwns = Plans.role(Plans.without(plan, owner), "Winkeliersvereniging Binnenweg",
                Role.PROCESS_OWNER);
        PlanCheck check = check(byAssociation, associationOwns);
        assertNotFound(check, FindingCode.ROLE_HEAVIER_THAN_ADVISED);
        assertNotFound(check, FindingCode.PROCESS_OWNER_MISSING);
        // but not the decision maker: the council decides
        assertFinds(check(byAssociation, Plans.role(plan, "Winkeliersvereniging Binnenweg", Role.DECISION_MAKER)),
                FindingCode.ROLE_HEAVIER_THAN_ADVISED, Severity.ERROR, "Winkeliersvereniging Binnenweg");
    }

    @Test
    void aStakeholderAsProcessOwnerIsHeavierThanAdvised() {
        ParticipationPlan plan = Plans.role(Plans.without(SOUND, "Gemeente Heemstede"), "Bewoners Binnenweg",
                Role.PROCESS_OWNER);
        assertFinds(check(plan), FindingCode.ROLE_HEAVIER_THAN_ADVISED, Severity.ERROR, "Bewoners Binnenweg");
        assertNotFound(check(plan), FindingCode.PROCESS_OWNER_MISSING);
    }

    @Test
    void aStakeholderWithALighterRoleThanAdvisedIsAWarning() {
        assertFinds(check(Plans.role(SOUND, "Verkeerskundig adviesbureau", Role.CONSULTED)),
                FindingCode.ROLE_LIGHTER_THAN_ADVISED, Severity.WARNING, "Verkeerskundig adviesbureau");
        assertNotFound(check(SOUND), FindingCode.ROLE_LIGHTER_THAN_ADVISED);
    }

    @Test
    void aStakeholderWithoutARoleIsAnError() {
        assertFinds(check(Plans.without(SOUND, "Bewoners Merlenhoven")), FindingCode.PARTY_WITHOUT_ROLE,
                Severity.ERROR, "Bewoners Merlenhoven");
        // informed is a role too
        assertNotFound(check(Plans.role(SOUND, "Bewoners Merlenhoven", Role.INFORMED)), FindingCode.PARTY_WITHOUT_ROLE);
    }

    @Test
    void aStakeholderIsMatchedIgnoringCaseAndSurroundingSpaces() {
        List<PlannedParty> parties = new ArrayList<>(SOUND.parties());
        parties.replaceAll(p -> p.name().equals("Bewoners Merlenhoven")
                ? PlannedParty.of("  bewoners MERLENHOVEN ", p.role()) : p);
        assertEquals(List.of(), check(Plans.parties(SOUND, parties)).findings());
    }

    // ------------------------------------------------------------------------------------------- structure

    @Test
    void aPlanWithoutProcessOwnerIsAnError() {
        assertFinds(check(Plans.without(SOUND, "Gemeente Heemstede")), FindingCode.PROCESS_OWNER_MISSING,
                Severity.ERROR, null);
        // any one party will do, also an initiator that is not a stakeholder
        List<PlannedParty> parties = new ArrayList<>(Plans.without(SOUND, "Gemeente Heemstede").parties());
        parties.add(PlannedParty.of("Projectbureau Centrum", Role.PROCESS_OWNER));
        assertNotFound(check(Plans.parties(SOUND, parties)), FindingCode.PROCESS_OWNER_MISSING);
        assertNotFound(check(Plans.parties(SOUND, parties)), FindingCode.PROCESS_OWNER_NOT_UNIQUE);
    }

    @Test
    void aPlanWithTwoProcessOwnersIsAnError() {
        List<PlannedParty> parties = new ArrayList<>(SOUND.parties());
        parties.add(PlannedParty.of("Projectbureau Centrum", Role.PROCESS_OWNER));
        PlanFinding finding = assertFinds(check(Plans.parties(SOUND, parties)), FindingCode.PROCESS_OWNER_NOT_UNIQUE,
                Severity.ERROR, null);
        assertTrue(finding.text().contains("Gemeente Heemstede, Projectbureau Centrum"), finding::text);
    }

    @Test
    void aPlanWithoutDecisionMakerIsAnError() {
        assertFinds(check(Plans.without(SOUND, "Gemeenteraad")), FindingCode.DECISION_MAKER_MISSING,
                Severity.ERROR, null);
        assertNotFound(check(SOUND), FindingCode.DECISION_MAKER_MISSING);
        assertNotFound(check(SOUND), FindingCode.DECISION_MAKER_NOT_UNIQUE);
    }

    @Test
    void aPlanWithTwoDecisionMakersIsAnError() {
        List<PlannedParty> parties = new ArrayList<>(SOUND.parties());
        parties.add(PlannedParty.of("College van burgemeester en wethouders", Role.DECISION_MAKER));
        assertFinds(check(Plans.parties(SOUND, parties)), FindingCode.DECISION_MAKER_NOT_UNIQUE, Severity.ERROR,
                null);
    }

    @Test
    void aPlanAdoptedByTheCollegeForACouncilOpgaveIsAnError() {
        PlanFinding finding = assertFinds(check(Plans.adoptedBy(SOUND, Optional.of(CompetentBody.COLLEGE))),
                FindingCode.ADOPTED_BY_WRONG_BODY, Severity.ERROR, "COLLEGE");
        assertEquals(Basis.SEED, finding.basis());
        assertNotFound(check(Plans.adoptedBy(SOUND, Optional.of(CompetentBody.COUNCIL))), FindingCode.ADOPTED_BY_WRONG_BODY);
    }

    @Test
    void aPlanThatDoesNotSayWhoAdoptsItIsAnErrorWhenCollegeOrCouncilDecides() {
        PlanFinding finding = assertFinds(check(Plans.adoptedBy(SOUND, Optional.empty())),
                FindingCode.ADOPTING_BODY_MISSING, Severity.ERROR, null);
        assertTrue(finding.text().contains("gemeenteraad"), finding::text);
        assertNotFound(check(SOUND), FindingCode.ADOPTING_BODY_MISSING);
        // civil servants decide: there is no competent body to name
        Opgave civil = new Opgave(OPGAVE.title(), OPGAVE.reference(), OPGAVE.initiator(), true, Optional.of(true),
                Optional.empty(), OPGAVE.impact(), OPGAVE.room(), OPGAVE.difficulty(), OPGAVE.intentions(),
                OPGAVE.stakeholders());
        assertNotFound(check(civil, soundPlanFor(civil)), FindingCode.ADOPTING_BODY_MISSING);
    }

    @Test
    void aPlanWithoutDecisionMakerNamesTheDeciderOfTheAdvice() {
        PlanFinding finding = assertFinds(check(Plans.without(SOUND, "Gemeenteraad")),
                FindingCode.DECISION_MAKER_MISSING, Severity.ERROR, null);
        assertTrue(finding.text().endsWith("volgens het advies is dat: raad."), finding::text);
    }

    @Test
    void anUnansweredQuestionOfThePlanDescriptionIsAnErrorQuotingTheQuestion() {
        PlanFinding finding = assertFinds(check(Plans.answer(SOUND, PlanQuestion.COSTS_AND_BENEFITS, "  ")),
                FindingCode.PLAN_QUESTION_UNANSWERED, Severity.ERROR, "COSTS_AND_BENEFITS");
        assertTrue(finding.text().contains("vraag 6") && finding.text().contains("kosten en baten"), finding::text);
        assertNotFound(check(Plans.answer(SOUND, PlanQuestion.COSTS_AND_BENEFITS, "Kosten 1,2 mln; baten: veiliger.")),
                FindingCode.PLAN_QUESTION_UNANSWERED);
    }

    @Test
    void aComplexOpgaveWithoutAllFrameworksIsAWarning() {
        PlanFinding finding = assertFinds(check(Plans.withoutFramework(SOUND, FrameworkKind.PROCESS)),
                FindingCode.FRAMEWORKS_INCOMPLETE, Severity.WARNING, null);
        assertTrue(finding.text().contains("proceskader"), finding::text);
        assertNotFound(check(SOUND), FindingCode.FRAMEWORKS_INCOMPLETE);
    }

    @Test
    void noWeighingWithOpposingInterestsIsAnErrorWithoutThemAWarning() {
        ParticipationPlan silent = Plans.weighing(SOUND, Optional.of(" "));
        assertFinds(check(silent), FindingCode.WEIGHING_NOT_STATED, Severity.ERROR, null);
        Opgave calm = Plans.with(OPGAVE, OPGAVE.room(), OPGAVE.intentions(), Difficulty.NONE);
        assertFinds(check(calm, silent), FindingCode.WEIGHING_NOT_STATED, Severity.WARNING, null);
        assertNotFound(check(SOUND), FindingCode.WEIGHING_NOT_STATED);
    }

    @Test
    void noWeighingInAPlanNobodyNeedsIsAWarningEvenWithOpposingInterests() {
        Opgave simple = new Opgave(OPGAVE.title(), OPGAVE.reference(), OPGAVE.initiator(), true, Optional.of(false),
                OPGAVE.competentBody(), Impact.NONE, OPGAVE.room(), OPGAVE.difficulty(), OPGAVE.intentions(),
                OPGAVE.stakeholders());
        assertTrue(simple.difficulty().opposingInterests());
        PlanCheck check = check(simple, Plans.weighing(soundPlanFor(simple), Optional.empty()));
        assertFinds(check, FindingCode.WEIGHING_NOT_STATED, Severity.WARNING, null);
        assertFalse(check.hasErrors(), check.findings()::toString);
    }

    @Test
    void aPlanForASimpleOpgaveIsInformationOnly() {
        Opgave simple = new Opgave(OPGAVE.title(), OPGAVE.reference(), OPGAVE.initiator(), true, Optional.of(false),
                OPGAVE.competentBody(), Impact.NONE, OPGAVE.room(), OPGAVE.difficulty(), OPGAVE.intentions(),
                OPGAVE.stakeholders());
        PlanCheck check = check(simple, soundPlanFor(simple));
        assertFinds(check, FindingCode.PLAN_NOT_REQUIRED, Severity.INFO, null);
        assertFalse(check.hasErrors(), check.findings()::toString);
        assertNotFound(check(SOUND), FindingCode.PLAN_NOT_REQUIRED);
    }

    @Test
    void aPlanWhenParticipationIsNotFeasibleIsInformationOnly() {
        Opgave nothingToChoose = opgave(Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE), OPGAVE.intentions());
        PlanCheck check = check(nothingToChoose, soundPlanFor(nothingToChoose));
        PlanFinding finding = assertFinds(check, FindingCode.PLAN_NOT_REQUIRED, Severity.INFO, null);
        assertEquals("Geen participatieplan nodig: participatie niet haalbaar", finding.rule());
        assertFalse(check.hasErrors(), check.findings()::toString);
    }

    // --------------------------------------------------------------------------------------- input errors

    @Test
    void aPartyThatIsNoStakeholderAndNoOwnerOrMakerIsAnInputErrorWithEveryViolation() {
        List<PlannedParty> parties = new ArrayList<>(SOUND.parties());
        parties.add(PlannedParty.of("Onbekende partij", Role.CONSULTED));
        parties.add(PlannedParty.of("digipanel heemstede", Role.INFORMED));
        parties.add(PlannedParty.of(" ", Role.INFORMED));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> check(Plans.parties(SOUND, parties)));
        assertEquals(List.of("plan.parties[7].name", "plan.parties[8].name", "plan.parties[9].name"),
                e.violations().stream().map(Violation::field).toList(), e::getMessage);
        assertTrue(e.violations().get(0).message().contains("not a stakeholder of the opgave"));
        assertTrue(e.violations().get(1).message().contains("parties[3]"));
    }

    @Test
    void anInvalidOpgaveAndAnInvalidPlanAreReportedTogether() {
        Opgave invalid = new Opgave("", OPGAVE.reference(), OPGAVE.initiator(), true, Optional.of(false),
                Optional.empty(), OPGAVE.impact(), OPGAVE.room(), OPGAVE.difficulty(), OPGAVE.intentions(),
                OPGAVE.stakeholders());
        ParticipationPlan plan = Plans.answer(SOUND, PlanQuestion.OPGAVE, "x".repeat(ParticipationPlan.MAX_STATEMENT + 1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check(invalid, plan));
        assertEquals(List.of("opgave.title", "opgave.competentBody", "plan.planDescription.OPGAVE"),
                e.violations().stream().map(Violation::field).toList(), e::getMessage);
    }

    @Test
    void theEngineReferenceAdvisorChecksPlansWithTheSameAdvice() {
        ParticipationPlan messy = Plans.adoptedBy(Plans.role(Plans.goals(SOUND, Goal.DECIDE_TOGETHER),
                "Digipanel Heemstede", Role.CO_PRODUCER), Optional.of(CompetentBody.COLLEGE));
        assertEquals(check(messy).findings(), BundledPolicy.engine().checkPlan(OPGAVE, messy).findings());
    }
}
