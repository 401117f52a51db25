package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;

import static nl.heemstede.participatie.Step.*;

/**
 * The policy of POLICY.md §2, written again as plain Java, independently of the DMN tables and DRL rules: the
 * oracle the property suites compare the engine with. Each method is one decision and cites its section.
 */
final class PolicyOracle {

    /**
     * The six topics of the plan description (§2.7), one keyword per question, in order: the opgave itself, its
     * societal value, what can and cannot, who takes part, which interests play, costs and benefits.
     */
    static final List<String> PLAN_QUESTION_KEYWORDS = List.of("opgave in", "maatschappelijke waarde",
            "wel en wat kan niet", "Wie doet er mee", "belangen", "kosten en baten");

    /** The municipality's party name when it owns the process (§2.9). */
    static final String MUNICIPALITY = "Gemeente Heemstede";

    private PolicyOracle() {
    }

    /** §2.1 Wie beslist, for the valid combinations of §1 ({@code null} for an absent field). */
    static Decider decider(boolean decisionRequired, Boolean withinMandate, CompetentBody body) {
        if (!decisionRequired) {
            return Decider.INITIATOR;
        }
        if (withinMandate) {
            return Decider.CIVIL_SERVANTS;
        }
        return body == CompetentBody.COLLEGE ? Decider.COLLEGE : Decider.COUNCIL;
    }

    static Decider decider(Opgave o) {
        return decider(o.municipalDecisionRequired(), o.withinCivilServiceMandate().orElse(null),
                o.competentBody().orElse(null));
    }

    /** §2.2: complex when college or council decides and at least one impact aspect holds. */
    static Complexity complexity(Decider decider, boolean majorChange, boolean manyActors, boolean manyInterests) {
        boolean collegeOrCouncil = decider == Decider.COLLEGE || decider == Decider.COUNCIL;
        return collegeOrCouncil && (majorChange || manyActors || manyInterests) ? Complexity.COMPLEX
                : Complexity.SIMPLE;
    }

    /** §2.3 Werkwijze. */
    static Route route(Decider decider, Complexity complexity) {
        return switch (decider) {
            case INITIATOR -> Route.WEBSITE_AND_CONTACT;
            case CIVIL_SERVANTS -> Route.PROJECT_BASED;
            case COLLEGE, COUNCIL -> complexity == Complexity.COMPLEX ? Route.PROCESS_FRAMEWORK
                    : Route.EXISTING_FRAMEWORKS;
        };
    }

    /** §2.4: a quickscan only for complex opgaven. */
    static boolean quickscan(Complexity complexity) {
        return complexity == Complexity.COMPLEX;
    }

    /** §2.4: the four deliverables of a quickscan, none without one. */
    static List<QuickscanDeliverable> deliverables(boolean quickscan) {
        return quickscan ? List.of(QuickscanDeliverable.ACCOUNT_MANAGER,
                QuickscanDeliverable.OPPORTUNITIES_AND_CHALLENGES, QuickscanDeliverable.PROCESS_AND_ROLES,
                QuickscanDeliverable.WEBSITE_INFO) : List.of();
    }

    /** §2.7: the number of plan-description questions: six for a complex opgave, none otherwise. */
    static int planQuestions(Complexity complexity) {
        return complexity == Complexity.COMPLEX ? PLAN_QUESTION_KEYWORDS.size() : 0;
    }

    /** §2.5: NONE when nothing to choose or either room is NONE; else the smaller of the two. */
    static RoomLevel space(boolean somethingToChoose, RoomLevel legal, RoomLevel policy) {
        if (!somethingToChoose || legal == RoomLevel.NONE || policy == RoomLevel.NONE) {
            return RoomLevel.NONE;
        }
        return legal == RoomLevel.LIMITED || policy == RoomLevel.LIMITED ? RoomLevel.LIMITED : RoomLevel.AMPLE;
    }

    /** §2.6: feasible iff there is room. */
    static boolean feasible(RoomLevel space) {
        return space != RoomLevel.NONE;
    }

    /** §2.7: a participation plan iff complex and feasible. */
    static boolean participationPlan(Complexity complexity, boolean feasible) {
        return complexity == Complexity.COMPLEX && feasible;
    }

    /** §2.7: the steps, in order. */
    static List<Step> steps(Decider decider, Complexity complexity, boolean plan) {
        switch (decider) {
            case INITIATOR:
                return List.of(WEBSITE, CONTACT_CIVIL_SERVANT, RESIDENTS_DECIDE);
            case CIVIL_SERVANTS:
                return List.of(HANDLE_ON_EXISTING_POLICY);
            default:
                if (complexity == Complexity.SIMPLE) {
                    return List.of(PROJECT_PLAN, FINAL_DECISION, EXECUTION);
                }
                List<Step> steps = new ArrayList<>(List.of(QUICKSCAN, PLAN_DESCRIPTION));
                if (plan) {
                    steps.add(PARTICIPATION_PLAN);
                }
                steps.addAll(List.of(ADOPTION, PROCESS, RESULT_TO_DECIDER, FINAL_DECISION, EXECUTION));
                return List.copyOf(steps);
        }
    }

    /** §2.8 Doelen: every goal whose row fits. */
    static Set<Goal> goals(RoomLevel space, boolean coProduce, boolean powerShared, boolean content,
                           boolean financial, boolean process, boolean pilot) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        if (space == RoomLevel.NONE) {
            return goals;
        }
        goals.add(Goal.THINK_TOGETHER);
        if (space == RoomLevel.AMPLE && coProduce) {
            goals.add(Goal.DO_TOGETHER);
        }
        if (space == RoomLevel.AMPLE && powerShared && content && financial && process) {
            goals.add(Goal.DECIDE_TOGETHER);
        }
        if (pilot) {
            goals.add(Goal.LEARN_TOGETHER);
        }
        return goals;
    }

    /** §2.9: the role of one stakeholder, the first that fits. */
    static Role stakeholderRole(RoomLevel space, StakeholderKind kind, Set<Goal> goals) {
        if (space == RoomLevel.NONE) {
            return Role.INFORMED;
        }
        if (kind == StakeholderKind.NEIGHBOURS
                && (goals.contains(Goal.DO_TOGETHER) || goals.contains(Goal.DECIDE_TOGETHER))) {
            return Role.CO_PRODUCER;
        }
        if (kind == StakeholderKind.ORGANISATION && goals.contains(Goal.DO_TOGETHER)) {
            return Role.CO_PRODUCER;
        }
        if (kind == StakeholderKind.EXPERT) {
            return Role.ADVISER;
        }
        if ((kind == StakeholderKind.NEIGHBOURS || kind == StakeholderKind.RESIDENTS
                || kind == StakeholderKind.ORGANISATION) && goals.contains(Goal.THINK_TOGETHER)) {
            return Role.CONSULTED;
        }
        return Role.INFORMED;
    }

    /** §2.10 Rol van de gemeente: the first row that fits, in the order of POLICY.md. */
    static GovernmentRole governmentRole(Decider decider, RoomLevel space, Complexity complexity,
                                         Initiator initiator) {
        if (decider == Decider.INITIATOR) {
            return GovernmentRole.PARTICIPATING;
        }
        if (decider == Decider.CIVIL_SERVANTS) {
            return GovernmentRole.LAWFUL;
        }
        if (space == RoomLevel.NONE) {
            return GovernmentRole.LAWFUL;
        }
        if (complexity == Complexity.SIMPLE) {
            return GovernmentRole.PERFORMING;
        }
        return initiator == Initiator.MUNICIPALITY ? GovernmentRole.NETWORKING : GovernmentRole.PARTICIPATING;
    }

    /** §2.10: every attention point that applies. */
    static Set<AttentionPointCode> attentionPoints(Opgave o) {
        Decider decider = decider(o);
        Complexity complexity = complexity(decider, o.impact().majorChangeToLivingEnvironment(),
                o.impact().manyActors(), o.impact().manyInterests());
        RoomLevel space = space(o.room().somethingToChoose(), o.room().legalRoom(), o.room().policyRoom());
        var intentions = o.intentions();
        boolean allFrameworks = intentions.frameworksSet().content() && intentions.frameworksSet().financial()
                && intentions.frameworksSet().process();
        Set<AttentionPointCode> points = EnumSet.noneOf(AttentionPointCode.class);
        if (complexity == Complexity.COMPLEX && !allFrameworks) {
            points.add(AttentionPointCode.FRAMEWORKS_NOT_SET);
        }
        if (space == RoomLevel.AMPLE && intentions.decisionPowerShared() && !allFrameworks) {
            points.add(AttentionPointCode.DECIDE_TOGETHER_WITHHELD);
        }
        boolean ambition = intentions.stakeholdersWillCoProduce() || intentions.decisionPowerShared();
        if (space == RoomLevel.LIMITED && ambition) {
            points.add(AttentionPointCode.SPACE_LIMITS_AMBITION);
        }
        if (o.difficulty().opposingInterests()) {
            points.add(AttentionPointCode.WEIGH_INTERESTS_OPENLY);
        }
        if (o.difficulty().complexContent()) {
            points.add(AttentionPointCode.COMPLEX_CONTENT);
        }
        if (space == RoomLevel.NONE) {
            points.add(AttentionPointCode.EXPLAIN_NO_CHOICE);
        }
        boolean anyImpact = o.impact().majorChangeToLivingEnvironment() || o.impact().manyActors()
                || o.impact().manyInterests();
        if (decider == Decider.INITIATOR && anyImpact) {
            points.add(AttentionPointCode.CHECK_DECISION_NEEDED);
        }
        if (complexity == Complexity.COMPLEX && o.initiator() != Initiator.MUNICIPALITY) {
            points.add(AttentionPointCode.SUPPORT_INITIATOR);
        }
        return points;
    }

    /** The whole advice for one opgave, as the oracle sees it; roles as (party, role) per position. */
    record Expected(Decider decider, Complexity complexity, Route route, boolean quickscan,
                    List<QuickscanDeliverable> deliverables, int planQuestions, RoomLevel space, boolean feasible,
                    boolean plan, List<Step> steps, Set<Goal> goals, List<Role> stakeholderRoles,
                    GovernmentRole governmentRole, Set<AttentionPointCode> attentionPoints) {
    }

    static Expected advise(Opgave o) {
        Decider decider = decider(o);
        Complexity complexity = complexity(decider, o.impact().majorChangeToLivingEnvironment(),
                o.impact().manyActors(), o.impact().manyInterests());
        boolean quickscan = quickscan(complexity);
        RoomLevel space = space(o.room().somethingToChoose(), o.room().legalRoom(), o.room().policyRoom());
        boolean feasible = feasible(space);
        boolean plan = participationPlan(complexity, feasible);
        var i = o.intentions();
        Set<Goal> goals = goals(space, i.stakeholdersWillCoProduce(), i.decisionPowerShared(),
                i.frameworksSet().content(), i.frameworksSet().financial(), i.frameworksSet().process(),
                i.learningPilot());
        List<Role> roles = o.stakeholders().stream().map(s -> stakeholderRole(space, s.kind(), goals)).toList();
        return new Expected(decider, complexity, route(decider, complexity), quickscan, deliverables(quickscan),
                planQuestions(complexity), space, feasible, plan, steps(decider, complexity, plan), goals, roles,
                governmentRole(decider, space, complexity, o.initiator()), attentionPoints(o));
    }
}
