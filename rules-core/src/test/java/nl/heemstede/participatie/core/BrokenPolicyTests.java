package nl.heemstede.participatie.core;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.advice.EngineAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite catches a change of policy: a copy of the bundled policy with one table row deliberately broken is
 * checked with the same oracles ({@link TableOracles}) and invariants ({@link AdviceInvariants}) that prove the
 * bundled policy right, and they must report it. A gap or an overlap in a UNIQUE table, or a role missing, must be
 * a {@link PolicyDecisionException} naming the decision, never an advice with holes.
 */
class BrokenPolicyTests {

    private static final String DMN = "participatiebeleid.dmn";
    private static final String ROLES_DRL = "rollen.drl";
    /** Every 61st opgave of the domain: about 2,300 advices, every decider, space, kind and goal among them. */
    private static final int STRIDE = 61;
    /** When every council opgave fails anyway, a thinner sample (about 140 advices) keeps the logs short. */
    private static final int THIN_STRIDE = 1009;

    /** A broken copy of the policy and the advisor users get over it (the engine's answers, decided ahead). */
    record Broken(Policy policy, TabledAdvisor advisor) {
    }

    /** The bundled policy with one file changed in memory; the change must apply. */
    private static Broken broken(String file, UnaryOperator<String> change) {
        Map<String, byte[]> files = PolicyEdits.bundledWith(file, change);
        Policy policy = Policy.load(PolicyFiles.of(files, "test: broken " + file));
        assertNotEquals(BundledPolicy.policy().version().sha256(), policy.version().sha256(),
                "a changed policy must have another hash");
        return new Broken(policy, new TabledAdvisor(policy));
    }

    /** Replaces text inside one table row (a {@code <rule id="…">} element) of the DMN file. */
    private static UnaryOperator<String> inRow(String rowId, String from, String to) {
        return dmn -> {
            Matcher m = row(rowId).matcher(dmn);
            assertTrue(m.find(), "no row " + rowId + " in the bundled DMN");
            String row = m.group();
            assertTrue(row.contains(from), "row " + rowId + " has no text " + from);
            return dmn.substring(0, m.start()) + row.replace(from, to) + dmn.substring(m.end());
        };
    }

    private static UnaryOperator<String> withoutRow(String rowId) {
        return dmn -> row(rowId).matcher(dmn).replaceFirst("");
    }

    private static Pattern row(String rowId) {
        return Pattern.compile("(?s)\\s*<rule id=\"" + Pattern.quote(rowId) + "\">.*?</rule>");
    }

    private static Opgave councilOpgave() {
        return Opgave.builder("Nieuw bestemmingsplan centrum").initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL).impact(Impact.of(true, false, false))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners centrum", StakeholderKind.NEIGHBOURS).build();
    }

    @Test
    void theOracleAndTheInvariantsCatchAComplexRowThatSaysSimple() {
        Broken broken = broken(DMN, inRow("complexiteit-2", "&quot;COMPLEX&quot;", "&quot;SIMPLE&quot;"));

        TableOracles.Report report = TableOracles.check(broken.policy().dmn(), TableOracles.complexiteit());
        // College or council × a major change × the other two aspects: 2 × 1 × 2 × 2 inputs now wrong.
        assertEquals(8, report.failures().size(), String.join("\n", report.failures()));
        assertTrue(report.failures().get(0).contains("expected COMPLEX"), report.failures().get(0));

        Survey survey = AdviceInvariants.surveyDomain(broken.advisor(), STRIDE);
        assertTrue(survey.failures(AdviceInvariants.COMPLEX_IFF) > 0, "the complexity invariant missed the break");
        assertTrue(survey.failures(AdviceInvariants.ORACLE) > 0, "the oracle missed the break");
        assertEquals(0, survey.failures(AdviceInvariants.NO_EXCEPTION), survey.report(AdviceInvariants.NO_EXCEPTION));
    }

    @Test
    void theOracleCatchesAnExpertWhoBecomesACoProducer() {
        Broken broken = broken(DMN, inRow("rol-1", "&quot;ADVISER&quot;", "&quot;CO_PRODUCER&quot;"));

        TableOracles.Report report = TableOracles.check(broken.policy().dmn(),
                TableOracles.rolVanBelanghebbende());
        // Feasible or not × an expert × every subset of goals.
        assertEquals(2 * 16, report.failures().size(), String.join("\n", report.failures()));

        Survey survey = AdviceInvariants.surveyDomain(broken.advisor(), STRIDE);
        assertTrue(survey.failures(AdviceInvariants.ORACLE) > 0, "the oracle missed the break");
        assertTrue(survey.report(AdviceInvariants.ORACLE).contains("stakeholder roles"),
                survey.report(AdviceInvariants.ORACLE));
    }

    @Test
    void theInvariantsCatchDecidingTogetherWithoutSharedDecisionPower() {
        Broken broken = broken(DMN, inRow("doelen-c", "<inputEntry id=\"doelen-c-i4\"><text>true</text>",
                "<inputEntry id=\"doelen-c-i4\"><text>-</text>"));

        TableOracles.Report report = TableOracles.check(broken.policy().dmn(), TableOracles.doelen());
        // Ample room × feasible × power not shared × co-production × learning together.
        assertEquals(4, report.failures().size(), String.join("\n", report.failures()));

        Survey survey = AdviceInvariants.surveyDomain(broken.advisor(), STRIDE);
        assertTrue(survey.failures(AdviceInvariants.DECIDE_TOGETHER) > 0, "the goal-C invariant missed the break");
    }

    @Test
    void aGapInWieBeslistIsAPolicyErrorNamingTheTableNotAnAdviceWithHoles() {
        Broken broken = broken(DMN, withoutRow("wie-beslist-4"));

        TableOracles.Report report = TableOracles.check(broken.policy().dmn(), TableOracles.wieBeslist());
        assertEquals(1, report.failures().size(), String.join("\n", report.failures()));
        assertTrue(report.failures().get(0).contains("no single answer"), report.failures().get(0));

        PolicyDecisionException e = assertThrows(PolicyDecisionException.class,
                () -> broken.advisor().advise(councilOpgave()));
        assertEquals(Decisions.WIE_BESLIST, e.decision());
        assertEquals("COUNCIL", e.inputs().get(Decisions.BEVOEGD_ORGAAN), e.getMessage());
        assertTrue(e.getMessage().contains("'" + Decisions.WIE_BESLIST + "'"), e.getMessage());

        Survey survey = AdviceInvariants.surveyDomain(broken.advisor(), THIN_STRIDE);
        assertTrue(survey.failures(AdviceInvariants.NO_EXCEPTION) > 0);
        assertTrue(survey.report(AdviceInvariants.NO_EXCEPTION).contains("PolicyDecisionException"),
                survey.report(AdviceInvariants.NO_EXCEPTION));
    }

    @Test
    void anOverlapInAUniqueTableIsAPolicyErrorNamingTheTable() {
        Broken broken = broken(DMN, inRow("ruimte-5", "<inputEntry id=\"ruimte-5-i3\"><text>&quot;LIMITED&quot;",
                "<inputEntry id=\"ruimte-5-i3\"><text>&quot;LIMITED&quot;,&quot;AMPLE&quot;"));

        TableOracles.Report report = TableOracles.check(broken.policy().dmn(), TableOracles.ruimte());
        assertEquals(1, report.failures().size(), String.join("\n", report.failures()));

        Opgave ample = councilOpgave();
        PolicyDecisionException e = assertThrows(PolicyDecisionException.class,
                () -> broken.advisor().advise(ample));
        assertEquals(Decisions.RUIMTE, e.decision());
    }

    @Test
    void aMissingDecisionMakerIsAPolicyErrorNamingTheRoles() {
        Broken broken = broken(ROLES_DRL, drl -> drl.replace("RoleSituation( decider == Decider.COUNCIL )",
                "RoleSituation( decider == Decider.COUNCIL, false )"));

        PolicyDecisionException e = assertThrows(PolicyDecisionException.class,
                () -> broken.advisor().advise(councilOpgave()));
        assertEquals(Decisions.ROLLEN, e.decision());
        assertTrue(e.getMessage().contains("0 beslissers"), e.getMessage());

        Survey survey = AdviceInvariants.surveyDomain(broken.advisor(), THIN_STRIDE);
        assertTrue(survey.failures(AdviceInvariants.NO_EXCEPTION) > 0);
    }

    /**
     * A role table that makes a stakeholder kind decision maker breaks the policy only for opgaven with a stakeholder
     * of that kind, for the advisor as for the engine: the rules are run with one stakeholder of every kind, so a
     * check that counted the stakeholders' roles with the bodies' failed every opgave (a regression found in review).
     */
    @Test
    void aKindMadeDecisionMakerFailsOnlyTheOpgavenWithThatKindAsTheEngineDoes() {
        String allowed = "&quot;CONSULTED&quot;, &quot;INFORMED&quot;</text></allowedValues>";
        Broken broken = broken(DMN, dmn -> inRow("rol-13", "&quot;INFORMED&quot;", "&quot;DECISION_MAKER&quot;")
                .apply(dmn.replace(allowed, "&quot;CONSULTED&quot;, &quot;INFORMED&quot;, &quot;DECISION_MAKER&quot;"
                        + "</text></allowedValues>")));
        EngineAdvisor engine = new EngineAdvisor(broken.policy());

        Opgave withoutDistantResidents = councilOpgave();
        assertEquals(engine.advise(withoutDistantResidents), broken.advisor().advise(withoutDistantResidents));

        Opgave withDistantResidents = Opgave.builder("Nieuw bestemmingsplan centrum").initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL).impact(Impact.of(true, false, false))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners centrum", StakeholderKind.NEIGHBOURS)
                .stakeholder("Inwoners van Heemstede-Zuid", StakeholderKind.DISTANT_RESIDENTS).build();
        PolicyDecisionException byEngine = assertThrows(PolicyDecisionException.class,
                () -> engine.advise(withDistantResidents));
        PolicyDecisionException byAdvisor = assertThrows(PolicyDecisionException.class,
                () -> broken.advisor().advise(withDistantResidents));
        assertEquals(Decisions.ROLLEN, byEngine.decision());
        assertEquals(Decisions.ROLLEN, byAdvisor.decision());
        assertTrue(byAdvisor.getMessage().contains("kreeg de rol van proceseigenaar of beslisser"),
                byAdvisor.getMessage());
        assertFalse(byAdvisor.getMessage().contains("beslissers in plaats van precies één"), byAdvisor.getMessage());
    }

    @Test
    void theBundledPolicyPassesTheSameChecks() {
        ParticipationAdvisor advisor = BundledPolicy.advisor();
        for (TableOracles.Table table : TableOracles.all()) {
            List<String> failures = TableOracles.check(BundledPolicy.policy().dmn(), table).failures();
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
        Survey survey = AdviceInvariants.surveyDomain(advisor, STRIDE);
        assertTrue(survey.inputs() > 2_000, "the sample is too small: " + survey.inputs());
        for (String invariant : AdviceInvariants.ALL.keySet()) {
            assertEquals(0, survey.failures(invariant), survey.report(invariant));
        }
        Advice advice = advisor.advise(councilOpgave());
        assertFalse(advice.explanation().isEmpty());
    }
}
