package nl.heemstede.participatie;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The policy's advice for one opgave, with an explanation of every decision.
 *
 * @param reference                 the opgave's reference, echoed
 * @param policyVersion             the policy that produced this advice, with the period it is in force
 * @param peildatum                 the date this advice is for: the opgave's peildatum, or the day it was given when
 *                                  the opgave had none (since 0.3)
 * @param decider                   who decides (<em>Wie beslist</em>)
 * @param complexity                simple or complex (<em>Complexiteit</em>)
 * @param route                     the route (<em>Werkwijze</em>)
 * @param quickscanRequired         whether a quickscan is needed
 * @param quickscanDeliverables     what the quickscan delivers; empty when none is needed
 * @param participationSpace        the room for participation (<em>Ruimte voor participatie</em>)
 * @param participationFeasible     whether participation is feasible (<em>Haalbaarheid</em>)
 * @param participationPlanRequired whether a participation plan is needed
 * @param goals                     the goals A–D that fit, iterated in A–D order; empty when there is no room
 * @param roles                     the process owner, the decision maker, then each stakeholder in input order
 * @param governmentRole            the role the municipality takes (<em>Rol van de gemeente</em>)
 * @param steps                     the steps, in order
 * @param planDescriptionQuestions  the six questions of the plan description; empty when none is needed
 * @param attentionPoints           every attention point that applies, in code order
 * @param guidance                  the sections of the website <em>Wij maken Heemstede</em> that fit this opgave
 *                                  (<em>Wegwijzer</em>), in the order of {@link WebsiteSection}; empty when none
 *                                  fits (since 0.2)
 * @param explanation               for every decision, what decided it
 * @since 0.1
 */
public record Advice(Optional<String> reference, PolicyVersion policyVersion, LocalDate peildatum, Decider decider,
                     Complexity complexity, Route route, boolean quickscanRequired,
                     List<QuickscanDeliverable> quickscanDeliverables,
                     RoomLevel participationSpace, boolean participationFeasible, boolean participationPlanRequired,
                     Set<Goal> goals, List<RoleAssignment> roles, GovernmentRole governmentRole, List<Step> steps,
                     List<String> planDescriptionQuestions, List<AttentionPoint> attentionPoints,
                     List<WebsiteSection> guidance, List<Explanation> explanation) {

    /**
     * Checks that every component is given and copies the collections.
     *
     * @param reference                 the opgave's reference, echoed
     * @param policyVersion             the policy that produced this advice, with the period it is in force
     * @param peildatum                 the date this advice is for: the opgave's peildatum, or the day it was given
     *                                  when the opgave had none (since 0.3)
     * @param decider                   who decides (<em>Wie beslist</em>)
     * @param complexity                simple or complex (<em>Complexiteit</em>)
     * @param route                     the route (<em>Werkwijze</em>)
     * @param quickscanRequired         whether a quickscan is needed
     * @param quickscanDeliverables     what the quickscan delivers; empty when none is needed
     * @param participationSpace        the room for participation (<em>Ruimte voor participatie</em>)
     * @param participationFeasible     whether participation is feasible (<em>Haalbaarheid</em>)
     * @param participationPlanRequired whether a participation plan is needed
     * @param goals                     the goals A–D that fit, iterated in A–D order; empty when there is no room
     * @param roles                     the process owner, the decision maker, then each stakeholder in input order
     * @param governmentRole            the role the municipality takes (<em>Rol van de gemeente</em>)
     * @param steps                     the steps, in order
     * @param planDescriptionQuestions  the six questions of the plan description; empty when none is needed
     * @param attentionPoints           every attention point that applies, in code order
     * @param guidance                  the sections of the website <em>Wij maken Heemstede</em> that fit this opgave
     *                                  (<em>Wegwijzer</em>), in the order of {@link WebsiteSection}; empty when none
     *                                  fits (since 0.2)
     * @param explanation               for every decision, what decided it
     */
    public Advice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(complexity, "complexity");
        Objects.requireNonNull(route, "route");
        quickscanDeliverables = List.copyOf(quickscanDeliverables);
        Objects.requireNonNull(participationSpace, "participationSpace");
        goals = Collections.unmodifiableSet(goals.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goals));
        roles = List.copyOf(roles);
        Objects.requireNonNull(governmentRole, "governmentRole");
        steps = List.copyOf(steps);
        planDescriptionQuestions = List.copyOf(planDescriptionQuestions);
        attentionPoints = List.copyOf(attentionPoints);
        guidance = List.copyOf(guidance);
        explanation = List.copyOf(explanation);
    }

    /**
     * The Dutch label of each step, in order, as this advice reads it: the adoption and the result name the
     * participation plan only when one is required.
     *
     * @return the Dutch label of each step, in order
     * @since 0.2
     */
    public List<String> stepLabels() {
        return steps.stream().map(step -> step.label(participationPlanRequired)).toList();
    }

    /**
     * Whether the given attention point applies.
     *
     * @param code the code of the attention point
     * @return whether the given attention point applies
     */
    public boolean has(AttentionPointCode code) {
        return attentionPoints.stream().anyMatch(p -> p.code() == code);
    }
}
