package nl.heemstede.participatie.core.loading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * Turns what a decision table gave (FEEL strings, booleans and lists) into the typed value of the advice, and
 * refuses anything else as a policy error naming the decision and its inputs.
 */
public final class Conversions {

    private Conversions() {
    }

    /**
     * The typed value of a decision's result; decisions the advice does not use are returned as they are.
     *
     * @throws PolicyDecisionException when the result is not a value the advice allows
     */
    public static Object typed(String decision, Object raw, Map<String, String> inputs) {
        return switch (decision) {
            case WIE_BESLIST -> code(Decider.class, decision, raw, inputs);
            case COMPLEXITEIT -> code(Complexity.class, decision, raw, inputs);
            case WERKWIJZE -> code(Route.class, decision, raw, inputs);
            case QUICKSCAN, HAALBAARHEID, PARTICIPATIEPLAN -> bool(decision, raw, inputs);
            case OPBRENGST_QUICKSCAN -> codes(QuickscanDeliverable.class, decision, raw, inputs);
            case PLANOMSCHRIJVING -> questions(decision, raw, inputs);
            case RUIMTE -> code(RoomLevel.class, decision, raw, inputs);
            case STAPPEN -> codes(Step.class, decision, raw, inputs);
            case DOELEN -> goals(decision, raw, inputs);
            case ROL_BELANGHEBBENDE -> code(Role.class, decision, raw, inputs);
            case ROL_GEMEENTE -> code(GovernmentRole.class, decision, raw, inputs);
            case WEGWIJZER -> sections(decision, raw, inputs);
            default -> raw;
        };
    }

    private static <E extends Enum<E>> E code(Class<E> type, String decision, Object value,
                                              Map<String, String> inputs) {
        if (value instanceof String text) {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new PolicyDecisionException(decision, inputs, "the table gave [" + value + "], which is not a code of "
                + type.getSimpleName() + ".");
    }

    private static Boolean bool(String decision, Object value, Map<String, String> inputs) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new PolicyDecisionException(decision, inputs, "the table gave [" + value
                + "], which is not true or false.");
    }

    private static <E extends Enum<E>> List<E> codes(Class<E> type, String decision, Object value,
                                                     Map<String, String> inputs) {
        List<E> codes = new ArrayList<>();
        for (Object item : list(decision, value, inputs)) {
            codes.add(code(type, decision, item, inputs));
        }
        return List.copyOf(codes);
    }

    private static Set<Goal> goals(String decision, Object value, Map<String, String> inputs) {
        List<Goal> goals = codes(Goal.class, decision, value, inputs);
        return Collections.unmodifiableSet(goals.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goals));
    }

    /** The website sections once each, in the order of the website (a COLLECT table gives them in row order). */
    private static List<WebsiteSection> sections(String decision, Object value, Map<String, String> inputs) {
        List<WebsiteSection> sections = codes(WebsiteSection.class, decision, value, inputs);
        return sections.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(sections));
    }

    /**
     * The plan description's questions: none, or exactly the seed's six, because a plan answers them by position
     * ({@link nl.heemstede.participatie.PlanQuestion}).
     */
    private static List<String> questions(String decision, Object value, Map<String, String> inputs) {
        List<String> questions = texts(decision, value, inputs);
        int six = nl.heemstede.participatie.PlanQuestion.values().length;
        if (!questions.isEmpty() && questions.size() != six) {
            throw new PolicyDecisionException(decision, inputs, "the table gave " + questions.size()
                    + " questions; a plan description has the seed's " + six + " questions, which plans answer by"
                    + " position (change a question's wording, not their number or order).");
        }
        return questions;
    }

    private static List<String> texts(String decision, Object value, Map<String, String> inputs) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(decision, value, inputs)) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new PolicyDecisionException(decision, inputs, "the table gave [" + item
                        + "] in a list of texts.");
            }
            texts.add(text);
        }
        return List.copyOf(texts);
    }

    private static List<?> list(String decision, Object value, Map<String, String> inputs) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new PolicyDecisionException(decision, inputs, "the table gave [" + value + "], which is not a list.");
    }
}
