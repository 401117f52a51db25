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
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Violation;

/**
 * One test per kind of finding of the plan check: the smallest change of a sound plan that raises it, with the
 * severity the README gives it, and the plan that just does not. The sound plan is the one the policy's own
 * advice gives for the invented worked example ({@link Plans#binnenweg()}: a complex council opgave, ample room,
 * co-production wanted, all frameworks, a project the municipality follows). ERROR only for a norm the seed states
 * (basis [seed]); a departure from one of our readings is a WARNING whose sentence asks to motivate it.
 */
class PlanCheckTests {

    private static final ParticipationAdvisor ADVISOR = InForce.bundled();
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

    /** A warning about a departure from one of our readings: it asks to motivate, and never forbids. */
    private static PlanFinding assertAsksToMotivate(PlanCheck check, FindingCode code, String subject) {
        PlanFinding finding = assertFinds(check, code, Severity.WARNING, subject);
        assertEquals(Basis.READING, finding.basis(), finding::toString);
        assertTrue(finding.text().toLowerCase(java.util.Locale.ROOT).contains("motiveer"), finding::text);
        assertFalse(finding.text().contains("niet toegestaan"), finding::text);
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
        assertEquals(check.advice().goals(), SOUND.goals());
    }

    // ----------------------------------------------------------------------- feasibility: a norm of the seed

    @Test
    void aGoalWhileParticipationIsNotFeasibleIsAnErrorBecauseTheSeedSaysStartOnlyWhenFeasible() {
        Opgave nothingToChoose = opgave(Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE), OPGAVE.intentions());
        assertFalse(ADVISOR.advise(nothingToChoose).participationFeasible());
        ParticipationPlan plan = Plans.goals(soundPlanFor(nothingToChoose), Goal.THINK_TOGETHER);
        PlanCheck check = check(nothingToChoose, plan);
        PlanFinding finding = assertFinds(check, FindingCode.PARTICIPATION_NOT_FEASIBLE, Severity.ERROR,
                "THINK_TOGETHER");
        assertEquals("Doel terwijl participatie niet haalbaar is", finding.rule());
        assertEquals(Basis.SEED, finding.basis());
        assertTrue(finding.source().contains("\"Alleen starten met participatie als het haalbaar is\""),
                finding::source);
        assertTrue(finding.text().contains("alleen starten met participatie als het haalbaar is"), finding::text);
        assertNotFound(check, FindingCode.GOAL_BEYOND_ROOM);
        assertNotFound(check(nothingToChoose, soundPlanFor(nothingToChoose)), FindingCode.PARTICIPATION_NOT_FEASIBLE);
    }

    @Test
    void aStakeholderConsultedWhileParticipationIsNotFeasibleIsAnErrorAnExpertWhoAdvisesIsNot() {
        Opgave nothingToChoose = opgave(Room.of(true, RoomLevel.NONE, RoomLevel.AMPLE), OPGAVE.intentions());
        ParticipationPlan plan = soundPlanFor(nothingToChoose);
        PlanCheck consulted = check(nothingToChoose, Plans.role(plan, "Digipanel Heemstede", Role.CONSULTED));
        PlanFinding finding = assertFinds(consulted, FindingCode.PARTICIPATION_NOT_FEASIBLE, Severity.ERROR,
                "Digipanel Heemstede");
        assertEquals("Deelnemer terwijl participatie niet haalbaar is", finding.rule());
        // one finding for one cause: not also "heavier than advised"
        assertNotFound(consulted, FindingCode.ROLE_HEAVIER_THAN_ADVISED);
        // an external expert who advises takes no part in participation (our reading, plantoets.drl)
        PlanCheck expert = check(nothingToChoose, Plans.role(plan, "Verkeerskundig adviesbureau", Role.ADVISER));
        assertNotFound(expert, FindingCode.PARTICIPATION_NOT_FEASIBLE);
        assertFalse(expert.hasErrors(), expert.findings()::toString);
        // neighbours who only advise do
        assertFinds(check(nothingToChoose, Plans.role(plan, "Bewoners Binnenweg", Role.ADVISER)),
                FindingCode.PARTICIPATION_NOT_FEASIBLE, Severity.ERROR, "Bewoners Binnenweg");
    }

    // ----------------------------------------------------------------------------------------------- goals

    @Test
    void doTogetherWithLimitedRoomIsAWarningThatAsksToMotivateThinkTogetherIsNoFinding() {
        Opgave limited = opgave(Room.of(true, RoomLevel.LIMITED, RoomLevel.AMPLE), OPGAVE.intentions());
        ParticipationPlan plan = soundPlanFor(limited);
        assertNotFound(check(limited, plan), FindingCode.GOAL_BEYOND_ROOM);
        PlanCheck check = check(limited, Plans.goals(plan, Goal.THINK_TOGETHER, Goal.DO_TOGETHER));
        assertAsksToMotivate(check, FindingCode.GOAL_BEYOND_ROOM, "DO_TOGETHER");
        assertFalse(check.hasErrors(), check.findings()::toString);
    }

    @Test
    void decideTogetherWithLimitedRoomIsAWarning() {
        Opgave limited = opgave(Room.of(true, RoomLevel.AMPLE, RoomLevel.LIMITED), OPGAVE.intentions());
        assertAsksToMotivate(check(limited, Plans.goals(soundPlanFor(limited), Goal.THINK_TOGETHER,
                Goal.DECIDE_TOGETHER)), FindingCode.GOAL_BEYOND_ROOM, "DECIDE_TOGETHER");
    }

    @Test
    void decideTogetherWithoutAllThreeFrameworksInThePlanIsAnError() {
        Opgave shared = opgave(OPGAVE.room(), Intentions.of(true, true, Frameworks.ALL, false));
        ParticipationPlan plan = Plans.allFrameworks(Plans.goals(soundPlanFor(shared), Goal.THINK_TOGETHER,
                Goal.DO_TOGETHER, Goal.DECIDE_TOGETHER));
        assertNotFound(check(shared, plan), FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS);
        PlanFinding finding = assertFinds(check(shared, Plans.withoutFramework(plan, FrameworkKind.FINANCIAL)),
                FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS, Severity.ERROR, null);
        assertEquals(Basis.SEED, finding.basis());
        assertTrue(finding.source().contains("binnen welke kaders"), finding::source);
        assertTrue(finding.text().contains("financieel kader"), finding::text);
        assertNotFound(check(shared, Plans.withoutFramework(plan, FrameworkKind.FINANCIAL)),
                FindingCode.FRAMEWORKS_INCOMPLETE);
    }

    /**
     * The seed: the competent body adopts the plan, "Dit besluit vormt het kader voor het vervolgproces"; under C
     * "Er wordt samen besloten ... binnen welke kaders". A college opgave whose college shares the decision but had
     * set no framework when the advice was asked: the plan sets all three itself, decides together, and lets the
     * neighbours and the playground association design along. The plan check judges the plan's own frameworks,
     * goals and roles: no error.
     */
    @Test
    void aCollegePlanWithItsOwnFrameworksDecidingTogetherWithNeighboursAndThePlaygroundAssociationHasNoError() {
        Opgave speeltuin = Opgave.builder("Nieuwe speeltuin Glipperweg")
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COLLEGE)
                .impact(Impact.of(true, false, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .difficulty(Difficulty.of(false, false))
                .intentions(Intentions.of(false, true, Frameworks.NONE, false))
                .stakeholder("Buurtbewoners Glipperweg", StakeholderKind.NEIGHBOURS)
                .stakeholder("Speeltuinvereniging De Glip", StakeholderKind.ORGANISATION)
                .build();
        ParticipationPlan plan = ParticipationPlan.builder()
                .adoptedBy(CompetentBody.COLLEGE)
                .goal(Goal.THINK_TOGETHER)
                .goal(Goal.DECIDE_TOGETHER)
                .party("Gemeente Heemstede", Role.PROCESS_OWNER)
                .party("College van burgemeester en wethouders", Role.DECISION_MAKER)
                .party("Buurtbewoners Glipperweg", Role.CO_PRODUCER)
                .party("Speeltuinvereniging De Glip", Role.CO_PRODUCER)
                .framework(FrameworkKind.CONTENT, "De speeltuin blijft openbaar en voldoet aan het Attractiebesluit.")
                .framework(FrameworkKind.FINANCIAL, "Het budget is 85.000 euro; onderhoud binnen de begroting.")
                .framework(FrameworkKind.PROCESS, "Drie ontwerpavonden; het college besluit in het najaar.")
                .weighing("Veiligheid gaat voor; tussen de ontwerpen kiezen buurt en vereniging samen.")
                .answer(PlanQuestion.OPGAVE, "Een nieuwe speeltuin op het grasveld aan de Glipperweg.")
                .answer(PlanQuestion.SOCIETAL_VALUE, "Een plek om te spelen en elkaar te ontmoeten.")
                .answer(PlanQuestion.RULES, "Het Attractiebesluit en het bestemmingsplan gelden.")
                .answer(PlanQuestion.PARTICIPANTS, "Buurtbewoners en de speeltuinvereniging ontwerpen mee.")
                .answer(PlanQuestion.INTERESTS, "Spelen, rust voor omwonenden, groen.")
                .answer(PlanQuestion.COSTS_AND_BENEFITS, "85.000 euro; baten: speelruimte in de wijk.")
                .build();
        PlanCheck check = check(speeltuin, plan);

        assertFalse(check.hasErrors(), check.findings()::toString);
        assertNotFound(check, FindingCode.DECIDE_TOGETHER_WITHOUT_FRAMEWORKS);
        assertNotFound(check, FindingCode.FRAMEWORKS_INCOMPLETE);
        // what departs from our readings (the advised goals and roles) only asks to motivate it
        for (PlanFinding finding : check.findings()) {
            assertEquals(Basis.READING, finding.basis(), finding::toString);
            assertTrue(finding.severity() != Severity.ERROR, finding::toString);
        }
        if (check.advice().goals().contains(Goal.DECIDE_TOGETHER)) {
            // the advice of Revision 2: goal C does not wait for frameworks at advice time
            assertNotFound(check, FindingCode.GOAL_NOT_ADVISED);
        }
    }

    @Test
    void aGoalTheRoomAllowsButTheAdviceDoesNotGiveIsAWarningThatAsksToMotivate() {
        // the competent body does not share decision power: the advice gives no C
        assertFalse(check(SOUND).advice().goals().contains(Goal.DECIDE_TOGETHER));
        ParticipationPlan withC = Plans.allFrameworks(Plans.goals(SOUND, Goal.THINK_TOGETHER, Goal.DO_TOGETHER,
                Goal.DECIDE_TOGETHER));
        PlanCheck check = check(withC);
        assertAsksToMotivate(check, FindingCode.GOAL_NOT_ADVISED, "DECIDE_TOGETHER");
        assertFalse(check.hasErrors(), check.findings()::toString);
        assertNotFound(check(SOUND), FindingCode.GOAL_NOT_ADVISED);
    }

    @Test
    void leavingOutAnAdvisedGoalIsAWarningThatAsksToMotivate() {
        assertTrue(SOUND.goals().contains(Goal.DO_TOGETHER));
        Goal[] withoutB = SOUND.goals().stream().filter(g -> g != Goal.DO_TOGETHER).toArray(Goal[]::new);
        assertAsksToMotivate(check(Plans.goals(SOUND, withoutB)), FindingCode.ADVISED_GOAL_MISSING, "DO_TOGETHER");
        assertNotFound(check(SOUND), FindingCode.ADVISED_GOAL_MISSING);
    }

    @Test
    void aParticipationPlanWithoutAGoalIsAnError() {
        PlanFinding finding = assertFinds(check(Plans.goals(SOUND)), FindingCode.PLAN_WITHOUT_GOAL, Severity.ERROR,
                null);
        assertEquals(Basis.SEED, finding.basis());
        assertNotFound(check(Plans.goals(SOUND, Goal.LEARN_TOGETHER)), FindingCode.PLAN_WITHOUT_GOAL);
    }

    @Test
    void doTogetherWithoutACoProducerIsAWarning() {
        ParticipationPlan noCoProducer = Plans.role(Plans.role(SOUND, "Bewoners Binnenweg", Role.CONSULTED),
                "Winkeliersvereniging Binnenweg", Role.CONSULTED);
        assertAsksToMotivate(check(noCoProducer), FindingCode.GOAL_WITHOUT_PARTICIPANT, "DO_TOGETHER");
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
        assertAsksToMotivate(check(plan), FindingCode.GOAL_WITHOUT_PARTICIPANT, "THINK_TOGETHER");
        assertNotFound(check(Plans.role(plan, "Digipanel Heemstede", Role.CONSULTED)),
                FindingCode.GOAL_WITHOUT_PARTICIPANT);
    }

    @Test
    void learnTogetherWithoutAnyStakeholderIsAWarning() {
        ParticipationPlan plan = Plans.goals(SOUND, Goal.LEARN_TOGETHER);
        ParticipationPlan onlyGoverning = Plans.parties(plan, plan.parties().stream()
                .filter(p -> p.role() == Role.PROCESS_OWNER || p.role() == Role.DECISION_MAKER).toList());
        assertAsksToMotivate(check(onlyGoverning), FindingCode.GOAL_WITHOUT_PARTICIPANT, "LEARN_TOGETHER");
        assertNotFound(check(plan), FindingCode.GOAL_WITHOUT_PARTICIPANT);
    }

    // ----------------------------------------------------------------------------------------------- roles

    @Test
    void aStakeholderWithAHeavierRoleThanAdvisedIsAWarningThatAsksToMotivate() {
        PlanCheck check = check(Plans.role(SOUND, "Digipanel Heemstede", Role.ADVISER));
        PlanFinding finding = assertAsksToMotivate(check, FindingCode.ROLE_HEAVIER_THAN_ADVISED,
                "Digipanel Heemstede");
        assertTrue(finding.text().contains("wordt geraadpleegd"), finding::text);
        assertTrue(finding.text().contains("onze lezing"), finding::text);
        assertFalse(check.hasErrors(), check.findings()::toString);
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
        assertAsksToMotivate(check(byAssociation, Plans.role(plan, "Winkeliersvereniging Binnenweg",
                Role.DECISION_MAKER)), FindingCode.ROLE_HEAVIER_THAN_ADVISED, "Winkeliersvereniging Binnenweg");
    }

    @Test
    void aStakeholderAsProcessOwnerIsHeavierThanAdvised() {
        ParticipationPlan plan = Plans.role(Plans.without(SOUND, "Gemeente Heemstede"), "Bewoners Binnenweg",
                Role.PROCESS_OWNER);
        assertAsksToMotivate(check(plan), FindingCode.ROLE_HEAVIER_THAN_ADVISED, "Bewoners Binnenweg");
        assertNotFound(check(plan), FindingCode.PROCESS_OWNER_MISSING);
    }

    @Test
    void aStakeholderWithALighterRoleThanAdvisedIsAWarning() {
        assertAsksToMotivate(check(Plans.role(SOUND, "Verkeerskundig adviesbureau", Role.CONSULTED)),
                FindingCode.ROLE_LIGHTER_THAN_ADVISED, "Verkeerskundig adviesbureau");
        assertNotFound(check(SOUND), FindingCode.ROLE_LIGHTER_THAN_ADVISED);
    }

    @Test
    void aStakeholderWithoutARoleIsAWarning() {
        PlanCheck check = check(Plans.without(SOUND, "Bewoners Merlenhoven"));
        assertAsksToMotivate(check, FindingCode.PARTY_WITHOUT_ROLE, "Bewoners Merlenhoven");
        assertFalse(check.hasErrors(), check.findings()::toString);
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
        PlanFinding finding = assertFinds(check(Plans.without(SOUND, "Gemeente Heemstede")),
                FindingCode.PROCESS_OWNER_MISSING, Severity.ERROR, null);
        assertEquals(Basis.SEED, finding.basis());
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
    void aPlanThatDoesNotSayWhoAdoptsItIsAWarningWhenCollegeOrCouncilDecides() {
        PlanFinding finding = assertFinds(check(Plans.adoptedBy(SOUND, Optional.empty())),
                FindingCode.ADOPTING_BODY_MISSING, Severity.WARNING, null);
        assertEquals(Basis.READING, finding.basis());
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
        assertEquals(Basis.SEED, finding.basis());
        assertTrue(finding.text().contains("vraag 6") && finding.text().contains("kosten en baten"), finding::text);
        assertNotFound(check(Plans.answer(SOUND, PlanQuestion.COSTS_AND_BENEFITS, "Kosten 1,2 mln; baten: veiliger.")),
                FindingCode.PLAN_QUESTION_UNANSWERED);
    }

    @Test
    void aComplexOpgaveWithoutAllFrameworksOutsideDecideTogetherIsAWarning() {
        PlanFinding finding = assertAsksToMotivate(check(Plans.withoutFramework(SOUND, FrameworkKind.PROCESS)),
                FindingCode.FRAMEWORKS_INCOMPLETE, null);
        assertTrue(finding.text().contains("kader voor het proces ontbreekt"), finding::text);
        assertFalse(finding.text().contains("proceskader"), finding::text);
        assertNotFound(check(SOUND), FindingCode.FRAMEWORKS_INCOMPLETE);
    }

    @Test
    void noWeighingIsAWarningWithOrWithoutOpposingInterests() {
        ParticipationPlan silent = Plans.weighing(SOUND, Optional.of(" "));
        PlanFinding opposing = assertAsksToMotivate(check(silent), FindingCode.WEIGHING_NOT_STATED, null);
        assertEquals("Afweging ontbreekt bij tegengestelde belangen", opposing.rule());
        Opgave calm = Plans.with(OPGAVE, OPGAVE.room(), OPGAVE.intentions(), Difficulty.NONE);
        PlanFinding calmFinding = assertAsksToMotivate(check(calm, silent), FindingCode.WEIGHING_NOT_STATED, null);
        assertEquals("Afweging ontbreekt", calmFinding.rule());
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
        assertTrue(e.violations().get(0).message().contains("is geen belanghebbende van de opgave"));
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
        assertTrue(check(messy).hasErrors());
        assertEquals(check(messy).findings(), BundledPolicy.engine().checkPlan(OPGAVE, messy).findings());
    }
}
