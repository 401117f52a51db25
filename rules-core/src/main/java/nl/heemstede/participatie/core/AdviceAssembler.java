package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

import static nl.heemstede.participatie.core.Decisions.*;

/**
 * Puts an advice together from the typed outcomes of the decisions, in one fixed shape, so that every way of
 * reaching those outcomes (the engine per call, or the decided tables) gives an equal {@link Advice}.
 */
final class AdviceAssembler {

    /** Rule-set explanations: attention points in code order, other rules by name. */
    private static final Comparator<Explanation> RULE_ORDER = Comparator
            .comparingInt((Explanation e) -> e.subject().map(AdviceAssembler::codeOrdinal).orElse(-1))
            .thenComparing(Explanation::rule);

    private AdviceAssembler() {
    }

    @SuppressWarnings("unchecked")
    static Advice assemble(Opgave opgave, PolicyVersion version, Map<String, Object> typed,
                           Map<String, List<Explanation>> explanations, List<RoleAssignment> roles,
                           List<AttentionPoint> attentionPoints) {
        List<Explanation> explanation = new ArrayList<>();
        for (String decision : EXPLANATION_ORDER) {
            List<Explanation> entries = explanations.get(decision);
            if (entries == null) {
                continue;
            }
            if (decision.equals(ROLLEN) || decision.equals(AANDACHTSPUNTEN)) {
                entries = new ArrayList<>(entries);
                entries.sort(RULE_ORDER);
            }
            explanation.addAll(entries);
        }
        List<AttentionPoint> points = new ArrayList<>(attentionPoints);
        points.sort(Comparator.comparing(AttentionPoint::code));
        return new Advice(opgave.reference(), version, (Decider) typed.get(WIE_BESLIST),
                (Complexity) typed.get(COMPLEXITEIT), (Route) typed.get(WERKWIJZE),
                (Boolean) typed.get(QUICKSCAN), (List<QuickscanDeliverable>) typed.get(OPBRENGST_QUICKSCAN),
                (RoomLevel) typed.get(RUIMTE), (Boolean) typed.get(HAALBAARHEID),
                (Boolean) typed.get(PARTICIPATIEPLAN), (Set<Goal>) typed.get(DOELEN), roles,
                (GovernmentRole) typed.get(ROL_GEMEENTE), (List<Step>) typed.get(STAPPEN),
                (List<String>) typed.get(PLANOMSCHRIJVING), points, explanation);
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
