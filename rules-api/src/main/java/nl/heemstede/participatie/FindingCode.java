package nl.heemstede.participatie;

/**
 * The stable code of a finding about a participation plan ({@link ParticipationAdvisor#checkPlan}) or about a
 * process that ran under it ({@link ParticipationAdvisor#review}). The rule that raises a finding, its severity
 * and its seed section travel with each {@link PlanFinding}; one code may be raised with different severities (for
 * example {@link Severity#INFO} while the process still runs, {@link Severity#WARNING} once the result is sent).
 *
 * @since 0.1
 */
public enum FindingCode implements Labelled {

    // --- the plan against the advice (participatieplan: ruimte, doel, deelnemers en rollen) ---

    /**
     * Participation planned while the advice finds it not feasible: a goal, or a stakeholder who co-produces,
     * advises (other than an external expert) or is consulted. The seed: "Alleen starten met participatie als het
     * haalbaar is".
     */
    PARTICIPATION_NOT_FEASIBLE("participatie gepland terwijl zij niet haalbaar is"),
    /**
     * Goal B or C with limited room for participation (our reading: B and C need ample room). Until Revision 2
     * also any goal without room; that is now {@link #PARTICIPATION_NOT_FEASIBLE}.
     */
    GOAL_BEYOND_ROOM("doel past niet in de ruimte"),
    /** Goal C (decide together) without all three frameworks set in the plan. */
    DECIDE_TOGETHER_WITHOUT_FRAMEWORKS("samen beslissen zonder alle kaders"),
    /** A goal the room allows but the advice does not give for this opgave. */
    GOAL_NOT_ADVISED("doel niet geadviseerd"),
    /** A goal the advice gives that the plan leaves out. */
    ADVISED_GOAL_MISSING("geadviseerd doel ontbreekt"),
    /** A participation plan that sets no goal although it is required (a complex opgave, participation feasible). */
    PLAN_WITHOUT_GOAL("plan zonder doel"),
    /** A stakeholder given a heavier role than the advice gives. */
    ROLE_HEAVIER_THAN_ADVISED("rol zwaarder dan geadviseerd"),
    /** A stakeholder given a lighter role than the advice gives. */
    ROLE_LIGHTER_THAN_ADVISED("rol lichter dan geadviseerd"),
    /** A stakeholder of the opgave without a role in the plan. */
    PARTY_WITHOUT_ROLE("partij zonder rol"),
    /** A goal no stakeholder of the plan can serve in its role: B or C without a co-producer, A without anyone consulted. */
    GOAL_WITHOUT_PARTICIPANT("doel zonder deelnemer"),

    // --- the plan's structure ---

    /** No process owner. */
    PROCESS_OWNER_MISSING("geen proceseigenaar"),
    /** More than one process owner. */
    PROCESS_OWNER_NOT_UNIQUE("meer dan één proceseigenaar"),
    /** No decision maker. */
    DECISION_MAKER_MISSING("geen beslisser"),
    /** More than one decision maker. */
    DECISION_MAKER_NOT_UNIQUE("meer dan één beslisser"),
    /** The plan does not say which body adopts it, while college or council is competent. */
    ADOPTING_BODY_MISSING("vaststellend orgaan ontbreekt"),
    /** The plan is adopted by a body that is not the competent body of the opgave. */
    ADOPTED_BY_WRONG_BODY("vastgesteld door een ander orgaan dan het bevoegde"),
    /** A question of the plan description left unanswered. */
    PLAN_QUESTION_UNANSWERED("vraag van de planomschrijving onbeantwoord"),
    /** Not all three frameworks (content, financial, process) set for a complex opgave, under a goal other than C. */
    FRAMEWORKS_INCOMPLETE("kaders niet compleet"),
    /** No statement of how interests will be weighed. */
    WEIGHING_NOT_STATED("niet duidelijk hoe wordt afgewogen"),
    /** A plan for an opgave that needs no participation plan: simple, or participation not feasible. */
    PLAN_NOT_REQUIRED("geen participatieplan nodig"),

    // --- the process against the adopted plan (basisstap 4 and 5) ---

    /** An activity with participants before the competent body adopted the plan. */
    PARTICIPATION_BEFORE_ADOPTION("participatie voor de vaststelling"),
    /** A stakeholder of the plan that took part in no activity: a deviation from the plan. */
    PARTY_NOT_INVOLVED("partij niet betrokken"),
    /** A stakeholder that took part only in lighter roles than planned: a deviation from the plan. */
    PARTY_INVOLVED_LIGHTER("partij lichter betrokken dan gepland"),
    /** A stakeholder that took part in a heavier role than planned: a deviation from the plan. */
    PARTY_INVOLVED_HEAVIER("partij zwaarder betrokken dan gepland"),
    /** A goal of the plan that no activity served: a deviation from the plan. */
    GOAL_NOT_SERVED("doel niet gediend"),
    /**
     * The result went to the competent body without the account of how far the process met the plan description
     * and participation plan (basisstap 5: "in hoeverre het gelopen traject voldaan heeft aan de vooraf
     * vastgestelde planomschrijving en het participatieplan").
     */
    RESULT_WITHOUT_PLAN_ACCOUNT("resultaat zonder verantwoording van het gelopen traject"),
    /** The result went to the competent body without an account of what was done with the input. */
    RESULT_WITHOUT_INPUT_ACCOUNT("resultaat zonder verantwoording van de inbreng"),
    /** A followed project ({@code intentions.learningPilot}, seed section 6) without any evaluation. */
    EVALUATION_MISSING("geen evaluatie"),
    /** A followed project ({@code intentions.learningPilot}) without an evaluation during the process. */
    INTERIM_EVALUATION_MISSING("geen tussentijdse evaluatie"),
    /** A followed project ({@code intentions.learningPilot}) whose evaluation afterwards is still to come. */
    FINAL_EVALUATION_PENDING("evaluatie achteraf nog te doen"),
    /** An activity other than an evaluation after the result went to the competent body. */
    ACTIVITY_AFTER_RESULT("activiteit na het aanbieden van het resultaat"),
    /** The result has not gone to the competent body yet: the review is an interim one. */
    RESULT_NOT_SENT("resultaat nog niet aangeboden");

    private final String label;

    FindingCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
