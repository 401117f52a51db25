package nl.heemstede.participatie.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.DirectoryAdvisor;

/**
 * What an expectation under {@code verwacht} compares, against the real bundled policy: every field passes when it
 * says what the advice says and fails when it does not, in the way the field is defined (a set, a list in order, a
 * count, per party or the exact parties, a piece of text, rows that must or must not decide, and ids that are no row
 * or rule at all).
 */
class ExpectationTests {

    private static final ParticipationAdvisor POLICY = DirectoryAdvisor.undated(ParticipationAdvisor.bundled());

    private static final String OPGAVE = """
            {initiator: MUNICIPALITY, municipalDecisionRequired: true, withinCivilServiceMandate: false,
             competentBody: COUNCIL,
             impact: {majorChangeToLivingEnvironment: true, manyActors: true, manyInterests: false},
             room: {somethingToChoose: true, legalRoom: AMPLE, policyRoom: AMPLE},
             difficulty: {complexContent: false, opposingInterests: true},
             intentions: {stakeholdersWillCoProduce: true, decisionPowerShared: false,
                          frameworksSet: {content: false, financial: false, process: false}, learningPilot: true},
             stakeholders: [{name: Bewoners Raadhuisstraat, kind: NEIGHBOURS}, {name: Digipanel, kind: RESIDENTS}]}
            """;

    private static final Advice ADVICE = run("decider: COUNCIL").advice().orElseThrow();

    /** The case with the given lines under verwacht, run against the bundled policy. */
    private static CaseResult run(String verwacht) {
        String yaml = "- naam: geval\n  opgave: " + OPGAVE.strip().replace("\n", "\n    ") + "\n  verwacht:\n    "
                + verwacht.replace("\n", "\n    ") + "\n";
        List<ExpectedCase> cases = CaseFile.read(yaml.getBytes(StandardCharsets.UTF_8), "gevallen.yaml");
        return ExpectedCases.run(cases, POLICY).get(0);
    }

    private static void passes(String verwacht) {
        CaseResult r = run(verwacht);
        assertTrue(r.passed(), verwacht + " should pass: " + r.dutch());
    }

    private static CaseMismatch fails(String verwacht) {
        CaseResult r = run(verwacht);
        assertEquals(1, r.mismatches().size(), verwacht + " should fail once: " + r.mismatches());
        return r.mismatches().get(0);
    }

    private static String codes(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void goalsAreASetStepsAListInOrder() {
        List<Enum<?>> goals = new ArrayList<>(ADVICE.goals());
        assertTrue(goals.size() >= 2, "the opgave has several goals: " + goals);
        List<Enum<?>> reversed = new ArrayList<>(goals);
        java.util.Collections.reverse(reversed);
        passes("goals: " + codes(reversed));
        assertEquals("goals", fails("goals: " + codes(goals.subList(1, goals.size()))).field());

        List<Enum<?>> steps = new ArrayList<>(ADVICE.steps());
        passes("steps: " + codes(steps));
        java.util.Collections.reverse(steps);
        CaseMismatch wrongOrder = fails("steps: " + codes(steps));
        assertEquals("steps", wrongOrder.field());
        assertTrue(wrongOrder.decidedBy().startsWith("stappen-"), wrongOrder.dutch());
    }

    @Test
    void planDescriptionQuestionsAreACount() {
        int questions = ADVICE.planDescriptionQuestions().size();
        passes("planDescriptionQuestions: " + questions);
        assertEquals(questions + 1 + " vragen", fails("planDescriptionQuestions: " + (questions + 1)).expected());
    }

    @Test
    void rolesPerPartyOrAsTheExactListOfParties() {
        passes("roles: {Digipanel: " + role(ADVICE, "Digipanel") + "}");
        String exact = ADVICE.roles().stream().map(r -> "{party: \"" + r.party() + "\", role: " + r.role().name() + "}")
                .collect(Collectors.joining(", ", "[", "]"));
        passes("roles: " + exact);
        CaseMismatch extra = fails("roles: " + exact.replace("]", ", {party: Iemand anders, role: INFORMED}]"));
        assertTrue(extra.expected().contains("Iemand anders: INFORMED"), extra.dutch());
        CaseMismatch absent = fails("roles: {Iemand anders: INFORMED}");
        assertTrue(absent.actual().startsWith("geen rol"), absent.dutch());
    }

    private static String role(Advice advice, String party) {
        return advice.roles().stream().filter(r -> r.party().equals(party)).findFirst().orElseThrow().role().name();
    }

    @Test
    void attentionPointsInOrderEachWithAPieceOfItsText() {
        assertTrue(!ADVICE.attentionPoints().isEmpty(), "the opgave has attention points");
        var first = ADVICE.attentionPoints().get(0);
        String rest = ADVICE.attentionPoints().stream().skip(1).map(p -> ", " + p.code().name())
                .collect(Collectors.joining());
        String piece = first.text().substring(0, Math.min(12, first.text().length()));
        passes("attentionPoints: [{code: " + first.code().name() + ", tekst: \"" + piece + "\"}" + rest + "]");
        CaseMismatch text = fails("attentionPoints: [{code: " + first.code().name() + ", tekst: \"iets anders\"}"
                + rest + "]");
        assertTrue(text.field().startsWith("attentionPoints, tekst van"), text.dutch());
    }

    @Test
    void rulesThatMustAndMustNotDecideAndNamesThatAreNoRuleAtAll() {
        Explanation decided = ADVICE.explanation().get(0);
        passes("regels: [" + decided.rule() + "]");
        passes("regels: [{regel: " + decided.rule() + ", beslissing: \"" + decided.decision() + "\", grondslag: "
                + decided.basis().name() + "}]");
        CaseMismatch mustNot = fails("geenRegels: [" + decided.rule() + "]");
        assertEquals("deze regel besliste mee", mustNot.actual());
        // wie-beslist-1 is a row of the policy that does not decide a council opgave: named with what did
        CaseMismatch other = fails("regels: [wie-beslist-1]");
        assertTrue(other.actual().contains("die beslissing (Wie beslist) nam wie-beslist-4"), other.dutch());
        CaseMismatch unknown = fails("geenRegels: [wie-beslist-99]");
        assertTrue(unknown.actual().contains("'wie-beslist-99' is geen rij-id of regelnaam van dit beleid"),
                unknown.dutch());
    }
}
