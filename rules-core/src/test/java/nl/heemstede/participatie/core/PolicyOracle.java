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
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.Step;

import static nl.heemstede.participatie.Step.*;

/**
 * The decisions of the policy, written again as plain Java, independently of the DMN tables and DRL rules: the
 * oracle the property suites compare the engine with. Each method is one decision and names it.
 */
final class PolicyOracle {

    /**
     * The six topics of the plan description, one keyword per question, in order: the opgave itself, its
     * societal value, what can and cannot, who takes part, which interests play, costs and benefits.
     */
    static final List<String> PLAN_QUESTION_KEYWORDS = List.of("opgave in", "maatschappelijke waarde",
            "wel en wat kan niet", "Wie doet er mee", "belangen", "kosten en baten");

    /** The municipality's party name when it owns the process. */
    static final String MUNICIPALITY = "Gemeente Heemstede";

    private PolicyOracle() {
    }

    /** Wie beslist, for the combinations {@code Opgave.violations()} allows ({@code null} for an absent field). */
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

    /** Complexiteit: complex when college or council decides and at least one impact aspect holds. */
    static Complexity complexity(Decider decider, boolean majorChange, boolean manyActors, boolean manyInterests) {
        boolean collegeOrCouncil = decider == Decider.COLLEGE || decider == Decider.COUNCIL;
        return collegeOrCouncil && (majorChange || manyActors || manyInterests) ? Complexity.COMPLEX
                : Complexity.SIMPLE;
    }

    /** Werkwijze. */
    static Route route(Decider decider, Complexity complexity) {
        return switch (decider) {
            case INITIATOR -> Route.WEBSITE_AND_CONTACT;
            case CIVIL_SERVANTS -> Route.PROJECT_BASED;
            case COLLEGE, COUNCIL -> complexity == Complexity.COMPLEX ? Route.PROCESS_FRAMEWORK
                    : Route.EXISTING_FRAMEWORKS;
        };
    }

    /** Quickscan: a quickscan only for complex opgaven. */
    static boolean quickscan(Complexity complexity) {
        return complexity == Complexity.COMPLEX;
    }

    /** Quickscan: the four deliverables of a quickscan, none without one. */
    static List<QuickscanDeliverable> deliverables(boolean quickscan) {
        return quickscan ? List.of(QuickscanDeliverable.ACCOUNT_MANAGER,
                QuickscanDeliverable.OPPORTUNITIES_AND_CHALLENGES, QuickscanDeliverable.PROCESS_AND_ROLES,
                QuickscanDeliverable.WEBSITE_INFO) : List.of();
    }

    /** Planomschrijving: the number of plan-description questions: six for a complex opgave, none otherwise. */
    static int planQuestions(Complexity complexity) {
        return complexity == Complexity.COMPLEX ? PLAN_QUESTION_KEYWORDS.size() : 0;
    }

    /** Ruimte voor participatie: NONE when nothing to choose or either room is NONE; else the smaller of the two. */
    static RoomLevel space(boolean somethingToChoose, RoomLevel legal, RoomLevel policy) {
        if (!somethingToChoose || legal == RoomLevel.NONE || policy == RoomLevel.NONE) {
            return RoomLevel.NONE;
        }
        return legal == RoomLevel.LIMITED || policy == RoomLevel.LIMITED ? RoomLevel.LIMITED : RoomLevel.AMPLE;
    }

    /** Haalbaarheid: feasible iff there is room and participation is desirable. */
    static boolean feasible(RoomLevel space, boolean desirable) {
        return space != RoomLevel.NONE && desirable;
    }

    /** Participatieplan: a participation plan iff complex and feasible. */
    static boolean participationPlan(Complexity complexity, boolean feasible) {
        return complexity == Complexity.COMPLEX && feasible;
    }

    /**
     * Stappen: the steps, in order: the route's own steps; website and contact first for an initiator from society
     * whose opgave a municipal body decides; for a followed project an interim evaluation after the process (or
     * else before the last step) and a final evaluation last.
     */
    static List<Step> steps(Decider decider, Complexity complexity, boolean plan, Initiator initiator,
                            boolean pilot) {
        List<Step> steps = new ArrayList<>();
        if (decider != Decider.INITIATOR && initiator != Initiator.MUNICIPALITY) {
            steps.addAll(List.of(WEBSITE, CONTACT_CIVIL_SERVANT));
        }
        switch (decider) {
            case INITIATOR -> steps.addAll(List.of(WEBSITE, CONTACT_CIVIL_SERVANT, RESIDENTS_DECIDE));
            case CIVIL_SERVANTS -> steps.add(HANDLE_ON_EXISTING_POLICY);
            default -> {
                if (complexity == Complexity.SIMPLE) {
                    steps.addAll(List.of(PROJECT_PLAN, FINAL_DECISION, EXECUTION));
                } else {
                    steps.addAll(List.of(QUICKSCAN, PLAN_DESCRIPTION));
                    if (plan) {
                        steps.add(PARTICIPATION_PLAN);
                    }
                    steps.addAll(List.of(ADOPTION, PROCESS, RESULT_TO_DECIDER, FINAL_DECISION, EXECUTION));
                }
            }
        }
        if (pilot) {
            int process = steps.indexOf(PROCESS);
            steps.add(process >= 0 ? process + 1 : steps.size() - 1, INTERIM_EVALUATION);
            steps.add(FINAL_EVALUATION);
        }
        return List.copyOf(steps);
    }

    /** Doelen: every goal whose row fits; none when participation is not feasible. */
    static Set<Goal> goals(RoomLevel space, boolean feasible, boolean coProduce, boolean powerShared,
                           boolean learnTogether) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        if (!feasible) {
            return goals;
        }
        goals.add(Goal.THINK_TOGETHER);
        if (space == RoomLevel.AMPLE && coProduce) {
            goals.add(Goal.DO_TOGETHER);
        }
        if (space == RoomLevel.AMPLE && powerShared) {
            goals.add(Goal.DECIDE_TOGETHER);
        }
        if (learnTogether) {
            goals.add(Goal.LEARN_TOGETHER);
        }
        return goals;
    }

    /** Rol van belanghebbende: the role of one stakeholder, the first that fits. */
    static Role stakeholderRole(boolean feasible, StakeholderKind kind, Set<Goal> goals) {
        if (kind == StakeholderKind.EXPERT) {
            return Role.ADVISER;
        }
        if (!feasible) {
            return Role.INFORMED;
        }
        boolean coProducing = goals.contains(Goal.DO_TOGETHER) || goals.contains(Goal.DECIDE_TOGETHER);
        if ((kind == StakeholderKind.NEIGHBOURS || kind == StakeholderKind.ORGANISATION) && coProducing) {
            return Role.CO_PRODUCER;
        }
        if ((kind == StakeholderKind.NEIGHBOURS || kind == StakeholderKind.RESIDENTS
                || kind == StakeholderKind.ORGANISATION) && goals.contains(Goal.THINK_TOGETHER)) {
            return Role.CONSULTED;
        }
        return Role.INFORMED;
    }

    /** Rol van de gemeente: the first row that fits, in the order of the table. */
    static GovernmentRole governmentRole(Decider decider, boolean feasible, Initiator initiator, Set<Goal> goals) {
        if (decider == Decider.INITIATOR) {
            return GovernmentRole.PARTICIPATING;
        }
        if (!feasible) {
            return GovernmentRole.LAWFUL;
        }
        if (initiator != Initiator.MUNICIPALITY) {
            return GovernmentRole.PARTICIPATING;
        }
        if (decider == Decider.CIVIL_SERVANTS) {
            return GovernmentRole.LAWFUL;
        }
        if (goals.contains(Goal.DO_TOGETHER) || goals.contains(Goal.DECIDE_TOGETHER)) {
            return GovernmentRole.NETWORKING;
        }
        return GovernmentRole.PERFORMING;
    }

    /** Wegwijzer: every website section that fits, in the website's order. */
    static List<WebsiteSection> guidance(Initiator initiator, Decider decider, boolean feasible,
                                         Complexity complexity, boolean residentsStakeholder) {
        List<WebsiteSection> sections = new ArrayList<>();
        if (initiator != Initiator.MUNICIPALITY) {
            sections.add(WebsiteSection.IDEA_WHAT_NOW);
            sections.add(WebsiteSection.WHO_DECIDES_IDEA);
        }
        if (initiator == Initiator.RESIDENTS) {
            sections.add(WebsiteSection.BUDGET);
        }
        if (decider == Decider.INITIATOR) {
            sections.add(WebsiteSection.INITIATIVES_MAP);
        }
        if (feasible && initiator == Initiator.MUNICIPALITY) {
            sections.add(WebsiteSection.CURRENT_PROJECTS);
        }
        if (feasible && residentsStakeholder) {
            sections.add(WebsiteSection.DIGIPANEL);
        }
        if (complexity == Complexity.COMPLEX && feasible && decider == Decider.COUNCIL) {
            sections.add(WebsiteSection.THINK_WITH_COUNCIL);
        }
        return List.copyOf(sections);
    }

    /** Aandachtspunten: every attention point that applies. */
    static Set<AttentionPointCode> attentionPoints(Opgave o) {
        Decider decider = decider(o);
        Complexity complexity = complexity(decider, o.impact().majorChangeToLivingEnvironment(),
                o.impact().manyActors(), o.impact().manyInterests());
        RoomLevel space = space(o.room().somethingToChoose(), o.room().legalRoom(), o.room().policyRoom());
        boolean feasible = feasible(space, o.room().participationDesirable());
        var intentions = o.intentions();
        Set<Goal> goals = goals(space, feasible, intentions.stakeholdersWillCoProduce(),
                intentions.decisionPowerShared(), intentions.learnTogether());
        boolean allFrameworks = intentions.frameworksSet().content() && intentions.frameworksSet().financial()
                && intentions.frameworksSet().process();
        Set<AttentionPointCode> points = EnumSet.noneOf(AttentionPointCode.class);
        if (complexity == Complexity.COMPLEX && feasible && !allFrameworks) {
            points.add(AttentionPointCode.FRAMEWORKS_NOT_SET);
        }
        if (goals.contains(Goal.DECIDE_TOGETHER) && !allFrameworks) {
            points.add(AttentionPointCode.FRAMEWORKS_FOR_DECIDE_TOGETHER);
        }
        boolean ambition = intentions.stakeholdersWillCoProduce() || intentions.decisionPowerShared();
        if (space == RoomLevel.LIMITED && ambition) {
            points.add(AttentionPointCode.SPACE_LIMITS_AMBITION);
        }
        if (feasible && (o.difficulty().complexContent() || o.difficulty().opposingInterests())) {
            points.add(AttentionPointCode.WEIGH_FEASIBILITY);
        }
        if (o.difficulty().opposingInterests()) {
            points.add(AttentionPointCode.WEIGH_INTERESTS_OPENLY);
        }
        if (o.difficulty().complexContent()) {
            points.add(AttentionPointCode.COMPLEX_CONTENT);
        }
        if (!feasible) {
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
        if (intentions.learningPilot()) {
            points.add(AttentionPointCode.EVALUATE_WAY_OF_WORKING);
        }
        return points;
    }

    /** The whole advice for one opgave, as the oracle sees it; roles as (party, role) per position. */
    record Expected(Decider decider, Complexity complexity, Route route, boolean quickscan,
                    List<QuickscanDeliverable> deliverables, int planQuestions, RoomLevel space, boolean feasible,
                    boolean plan, List<Step> steps, Set<Goal> goals, List<Role> stakeholderRoles,
                    GovernmentRole governmentRole, Set<AttentionPointCode> attentionPoints,
                    List<WebsiteSection> guidance) {
    }

    static Expected advise(Opgave o) {
        Decider decider = decider(o);
        Complexity complexity = complexity(decider, o.impact().majorChangeToLivingEnvironment(),
                o.impact().manyActors(), o.impact().manyInterests());
        boolean quickscan = quickscan(complexity);
        RoomLevel space = space(o.room().somethingToChoose(), o.room().legalRoom(), o.room().policyRoom());
        boolean feasible = feasible(space, o.room().participationDesirable());
        boolean plan = participationPlan(complexity, feasible);
        var i = o.intentions();
        Set<Goal> goals = goals(space, feasible, i.stakeholdersWillCoProduce(), i.decisionPowerShared(),
                i.learnTogether());
        List<Role> roles = o.stakeholders().stream().map(s -> stakeholderRole(feasible, s.kind(), goals)).toList();
        boolean residents = o.stakeholders().stream().anyMatch(s -> s.kind() == StakeholderKind.RESIDENTS);
        return new Expected(decider, complexity, route(decider, complexity), quickscan, deliverables(quickscan),
                planQuestions(complexity), space, feasible, plan,
                steps(decider, complexity, plan, o.initiator(), i.learningPilot()), goals, roles,
                governmentRole(decider, feasible, o.initiator(), goals), attentionPoints(o),
                guidance(o.initiator(), decider, feasible, complexity, residents));
    }
}
