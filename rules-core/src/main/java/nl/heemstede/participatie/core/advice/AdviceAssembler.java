package nl.heemstede.participatie.core.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.core.loading.Decisions;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * Puts an advice together from the typed outcomes of the decisions, in one fixed shape and order, so that every
 * way of reaching those outcomes (the engine per call, or the decided tables) gives an equal {@link Advice}.
 *
 * <p>Outcomes and explanations are held in arrays indexed by a decision's place in
 * {@link Decisions#EXPLANATION_ORDER} (see {@link #index(String)}).
 */
final class AdviceAssembler {

    /** Rule-set explanations: attention points in code order, other rules by name. */
    private static final Comparator<Explanation> RULE_ORDER = Comparator
            .comparingInt((Explanation e) -> e.subject().map(AdviceAssembler::codeOrdinal).orElse(-1))
            .thenComparing(Explanation::rule);

    static final int SIZE = EXPLANATION_ORDER.size();
    private static final int DECIDER = index(WIE_BESLIST);
    private static final int COMPLEXITY = index(COMPLEXITEIT);
    private static final int ROUTE = index(WERKWIJZE);
    private static final int QUICKSCAN_NEEDED = index(QUICKSCAN);
    private static final int DELIVERABLES = index(OPBRENGST_QUICKSCAN);
    private static final int SPACE = index(RUIMTE);
    private static final int FEASIBLE = index(HAALBAARHEID);
    private static final int PLAN = index(PARTICIPATIEPLAN);
    private static final int GOALS = index(DOELEN);
    private static final int GOVERNMENT_ROLE = index(ROL_GEMEENTE);
    private static final int STEPS = index(STAPPEN);
    private static final int QUESTIONS = index(PLANOMSCHRIJVING);
    private static final int GUIDANCE = index(WEGWIJZER);

    private AdviceAssembler() {
    }

    /** The place of a decision in {@link Decisions#EXPLANATION_ORDER}, or -1 for a decision the advice omits. */
    static int index(String decision) {
        return EXPLANATION_ORDER.indexOf(decision);
    }

    /** The explanations of a rule set in the order the advice lists them. */
    static List<Explanation> inRuleOrder(Collection<Explanation> explanations) {
        List<Explanation> ordered = new ArrayList<>(explanations);
        ordered.sort(RULE_ORDER);
        return List.copyOf(ordered);
    }

    /** Attention points in code order. */
    static List<AttentionPoint> inCodeOrder(Collection<AttentionPoint> points) {
        List<AttentionPoint> ordered = new ArrayList<>(points);
        ordered.sort(Comparator.comparing(AttentionPoint::code));
        return List.copyOf(ordered);
    }

    /**
     * The advice.
     *
     * @param typed           the typed outcome of each decision, by {@link #index(String)}
     * @param explanations    the explanation entries of each decision, by {@link #index(String)}, rule sets already
     *                        {@linkplain #inRuleOrder in rule order}; {@code null} where there are none
     * @param attentionPoints in {@linkplain #inCodeOrder code order}
     */
    @SuppressWarnings("unchecked")
    static Advice assemble(Opgave opgave, PolicyVersion version, Object[] typed, List<Explanation>[] explanations,
                           List<RoleAssignment> roles, List<AttentionPoint> attentionPoints) {
        LocalDate peildatum = opgave.peildatum().orElseGet(() -> LocalDate.now(RegisterAdvisor.DEFAULT_CLOCK));
        int total = 0;
        for (List<Explanation> entries : explanations) {
            total += entries == null ? 0 : entries.size();
        }
        List<Explanation> explanation = new ArrayList<>(total);
        for (List<Explanation> entries : explanations) {
            if (entries != null) {
                explanation.addAll(entries);
            }
        }
        return new Advice(opgave.reference(), version, peildatum, (Decider) typed[DECIDER],
                (Complexity) typed[COMPLEXITY],
                (Route) typed[ROUTE], (Boolean) typed[QUICKSCAN_NEEDED],
                (List<QuickscanDeliverable>) typed[DELIVERABLES], (RoomLevel) typed[SPACE],
                (Boolean) typed[FEASIBLE], (Boolean) typed[PLAN], (Set<Goal>) typed[GOALS], roles,
                (GovernmentRole) typed[GOVERNMENT_ROLE], (List<Step>) typed[STEPS],
                (List<String>) typed[QUESTIONS], attentionPoints, (List<WebsiteSection>) typed[GUIDANCE],
                explanation);
    }

    private static int codeOrdinal(String subject) {
        for (AttentionPointCode code : AttentionPointCode.values()) {
            if (code.name().equals(subject)) {
                return code.ordinal();
            }
        }
        return -1;
    }
}
