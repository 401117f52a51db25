package nl.heemstede.participatie.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Intentions;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.Violation;

import static nl.heemstede.participatie.AttentionPointCode.*;

/**
 * The policy of POLICY.md hand-written in plain Java: the baseline for "the limit" of how fast an advice can be.
 *
 * <p>Test code in spirit, not a second source of truth: the tables in rules-core are the policy, and
 * {@code HandWrittenPolicyTests} checks over the input space that this class gives the same advice as
 * {@link ParticipationAdvisor#bundled()}, so it cannot drift unnoticed. It does the same work an advisor must do
 * (it validates the opgave and builds the full {@link Advice} record) except the explanation, which it leaves
 * empty; the texts it needs (party names, attention points, plan questions) are copied from the policy files.
 */
public final class HandWrittenPolicy implements ParticipationAdvisor {

    private static final List<QuickscanDeliverable> DELIVERABLES = List.of(QuickscanDeliverable.values());
    private static final List<String> PLAN_QUESTIONS = List.of(
            "Wat houdt de opgave in?",
            "Welke maatschappelijke waarde creëert de opgave? Met andere woorden: waarom is het goed voor de buurt,"
                    + " wijk of heel Heemstede?",
            "Wat kan er wel en wat kan niet: welke regels zijn van toepassing?",
            "Wie doet er mee, wie zijn er verder nog nodig en wat draagt de initiatiefnemer zelf bij?",
            "Welke belangen spelen mee? Is er een relatie met andere plannen?",
            "Wat zijn de kosten en baten van de opgave?");
    private static final List<Step> STEPS_INITIATOR =
            List.of(Step.WEBSITE, Step.CONTACT_CIVIL_SERVANT, Step.RESIDENTS_DECIDE);
    private static final List<Step> STEPS_CIVIL_SERVANTS = List.of(Step.HANDLE_ON_EXISTING_POLICY);
    private static final List<Step> STEPS_SIMPLE = List.of(Step.PROJECT_PLAN, Step.FINAL_DECISION, Step.EXECUTION);
    private static final List<Step> STEPS_COMPLEX_WITH_PLAN = List.of(Step.QUICKSCAN, Step.PLAN_DESCRIPTION,
            Step.PARTICIPATION_PLAN, Step.ADOPTION, Step.PROCESS, Step.RESULT_TO_DECIDER, Step.FINAL_DECISION,
            Step.EXECUTION);
    private static final List<Step> STEPS_COMPLEX_WITHOUT_PLAN = List.of(Step.QUICKSCAN, Step.PLAN_DESCRIPTION,
            Step.ADOPTION, Step.PROCESS, Step.RESULT_TO_DECIDER, Step.FINAL_DECISION, Step.EXECUTION);
    private static final AttentionPoint[] POINTS = {
            new AttentionPoint(FRAMEWORKS_NOT_SET, "Laat het bevoegd orgaan vooraf de inhoudelijke, financiële en"
                    + " proceskaders meegeven; nog niet alle drie zijn gesteld."),
            new AttentionPoint(DECIDE_TOGETHER_WITHHELD, "Samen beslissen kan pas als vooraf inhoudelijke,"
                    + " financiële en proceskaders zijn meegegeven; stel eerst de ontbrekende kaders vast."),
            new AttentionPoint(SPACE_LIMITS_AMBITION, "De ruimte voor participatie is beperkt: samen doen en samen"
                    + " beslissen vragen ruime ruimte. Wees daar vooraf duidelijk over."),
            new AttentionPoint(WEIGH_INTERESTS_OPENLY, "Maak vooraf duidelijk hoe belangen worden afgewogen."),
            new AttentionPoint(COMPLEX_CONTENT, "De inhoud is ingewikkeld: investeer in goede informatie en betrek"
                    + " deskundigen als adviseur."),
            new AttentionPoint(EXPLAIN_NO_CHOICE, "Er valt niets te kiezen: leg belanghebbenden uit waarom, en geef"
                    + " duidelijkheid over wat vastligt."),
            new AttentionPoint(CHECK_DECISION_NEEDED, "De initiatiefnemers besluiten zelf, maar de opgave heeft grote"
                    + " impact: ga na of er toch een besluit van de gemeente nodig is."),
            new AttentionPoint(SUPPORT_INITIATOR, "Uitgangspunt is de initiatiefnemer te ondersteunen: bij de"
                    + " quickscan en bij het opstellen van planomschrijving en participatieplan."),
    };

    static {
        for (int i = 0; i < POINTS.length; i++) {
            if (POINTS[i].code().ordinal() != i) {
                throw new IllegalStateException("POINTS must be in AttentionPointCode order; " + POINTS[i].code()
                        + " is at " + i + ".");
            }
        }
    }

    private final PolicyVersion policyVersion;

    /** Creates the hand-written policy; every advice carries the given version object. */
    public HandWrittenPolicy(PolicyVersion policyVersion) {
        this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    }

    /** Not part of the baseline: the benchmarks compare {@code advise} only. */
    @Override
    public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
        throw new UnsupportedOperationException("The hand-written baseline only advises; use the library to check"
                + " a plan.");
    }

    /** Not part of the baseline: the benchmarks compare {@code advise} only. */
    @Override
    public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
        throw new UnsupportedOperationException("The hand-written baseline only advises; use the library to review"
                + " a process.");
    }

    @Override
    public PolicyVersion policyVersion() {
        return policyVersion;
    }

    @Override
    public Advice advise(Opgave opgave) {
        List<Violation> violations = opgave.violations();
        if (!violations.isEmpty()) {
            throw new InvalidOpgaveException(violations);
        }
        // §2.1 Wie beslist
        Decider decider;
        if (!opgave.municipalDecisionRequired()) {
            decider = Decider.INITIATOR;
        } else if (opgave.withinCivilServiceMandate().orElseThrow()) {
            decider = Decider.CIVIL_SERVANTS;
        } else {
            decider = switch (opgave.competentBody().orElseThrow()) {
                case COLLEGE -> Decider.COLLEGE;
                case COUNCIL -> Decider.COUNCIL;
            };
        }
        // §2.2 Complexiteit, §2.3 Werkwijze, §2.4 Quickscan
        boolean byBody = decider == Decider.COLLEGE || decider == Decider.COUNCIL;
        boolean complex = byBody && opgave.impact().any();
        Route route = switch (decider) {
            case INITIATOR -> Route.WEBSITE_AND_CONTACT;
            case CIVIL_SERVANTS -> Route.PROJECT_BASED;
            case COLLEGE, COUNCIL -> complex ? Route.PROCESS_FRAMEWORK : Route.EXISTING_FRAMEWORKS;
        };
        // §2.5 Ruimte, §2.6 Haalbaarheid, §2.7 Participatieplan
        Room room = opgave.room();
        RoomLevel space;
        if (!room.somethingToChoose() || room.legalRoom() == RoomLevel.NONE || room.policyRoom() == RoomLevel.NONE) {
            space = RoomLevel.NONE;
        } else {
            space = room.legalRoom().compareTo(room.policyRoom()) <= 0 ? room.legalRoom() : room.policyRoom();
        }
        boolean feasible = space != RoomLevel.NONE;
        boolean planRequired = complex && feasible;
        List<Step> steps = switch (decider) {
            case INITIATOR -> STEPS_INITIATOR;
            case CIVIL_SERVANTS -> STEPS_CIVIL_SERVANTS;
            case COLLEGE, COUNCIL -> !complex ? STEPS_SIMPLE
                    : planRequired ? STEPS_COMPLEX_WITH_PLAN : STEPS_COMPLEX_WITHOUT_PLAN;
        };
        // §2.8 Doelen
        Intentions intentions = opgave.intentions();
        boolean allFrameworks = intentions.frameworksSet().all();
        EnumSet<Goal> goals = EnumSet.noneOf(Goal.class);
        if (feasible) {
            goals.add(Goal.THINK_TOGETHER);
            if (space == RoomLevel.AMPLE && intentions.stakeholdersWillCoProduce()) {
                goals.add(Goal.DO_TOGETHER);
            }
            if (space == RoomLevel.AMPLE && intentions.decisionPowerShared() && allFrameworks) {
                goals.add(Goal.DECIDE_TOGETHER);
            }
            if (intentions.learningPilot()) {
                goals.add(Goal.LEARN_TOGETHER);
            }
        }
        // §2.9 Rollen
        Initiator initiator = opgave.initiator();
        List<Stakeholder> stakeholders = opgave.stakeholders();
        List<RoleAssignment> roles = new ArrayList<>(2 + stakeholders.size());
        roles.add(initiator == Initiator.MUNICIPALITY
                ? party("Gemeente Heemstede", Role.PROCESS_OWNER)
                : party("Initiatiefnemer (" + initiator.label() + ")", Role.PROCESS_OWNER));
        roles.add(switch (decider) {
            case INITIATOR -> party("Initiatiefnemers (" + initiator.label() + ")", Role.DECISION_MAKER);
            case CIVIL_SERVANTS -> party("Ambtenaren van de gemeente Heemstede", Role.DECISION_MAKER);
            case COLLEGE -> party("College van burgemeester en wethouders", Role.DECISION_MAKER);
            case COUNCIL -> party("Gemeenteraad", Role.DECISION_MAKER);
        });
        Role[] roleOfKind = new Role[StakeholderKind.values().length];
        for (Stakeholder stakeholder : stakeholders) {
            StakeholderKind kind = stakeholder.kind();
            Role role = roleOfKind[kind.ordinal()];
            if (role == null) {
                role = roleOf(kind, space, goals);
                roleOfKind[kind.ordinal()] = role;
            }
            roles.add(new RoleAssignment(stakeholder.name(), Optional.of(kind), role));
        }
        // §2.10 Rol van de gemeente
        GovernmentRole governmentRole;
        if (decider == Decider.INITIATOR) {
            governmentRole = GovernmentRole.PARTICIPATING;
        } else if (decider == Decider.CIVIL_SERVANTS || space == RoomLevel.NONE) {
            governmentRole = GovernmentRole.LAWFUL;
        } else if (!complex) {
            governmentRole = GovernmentRole.PERFORMING;
        } else {
            governmentRole = initiator != Initiator.MUNICIPALITY
                    ? GovernmentRole.PARTICIPATING : GovernmentRole.NETWORKING;
        }
        // §2.10 Aandachtspunten, in code order
        List<AttentionPoint> points = new ArrayList<>(4);
        add(points, FRAMEWORKS_NOT_SET, complex && !allFrameworks);
        add(points, DECIDE_TOGETHER_WITHHELD,
                space == RoomLevel.AMPLE && intentions.decisionPowerShared() && !allFrameworks);
        add(points, SPACE_LIMITS_AMBITION, space == RoomLevel.LIMITED
                && (intentions.stakeholdersWillCoProduce() || intentions.decisionPowerShared()));
        add(points, WEIGH_INTERESTS_OPENLY, opgave.difficulty().opposingInterests());
        add(points, COMPLEX_CONTENT, opgave.difficulty().complexContent());
        add(points, EXPLAIN_NO_CHOICE, space == RoomLevel.NONE);
        add(points, CHECK_DECISION_NEEDED, decider == Decider.INITIATOR && opgave.impact().any());
        add(points, SUPPORT_INITIATOR, complex && initiator != Initiator.MUNICIPALITY);

        return new Advice(opgave.reference(), policyVersion, decider,
                complex ? Complexity.COMPLEX : Complexity.SIMPLE, route, complex,
                complex ? DELIVERABLES : List.of(), space, feasible, planRequired, goals, roles, governmentRole,
                steps, complex ? PLAN_QUESTIONS : List.of(), points, List.of());
    }

    /** §2.9: the first role that fits a stakeholder of the given kind. */
    private static Role roleOf(StakeholderKind kind, RoomLevel space, EnumSet<Goal> goals) {
        if (space == RoomLevel.NONE) {
            return Role.INFORMED;
        }
        boolean doTogether = goals.contains(Goal.DO_TOGETHER);
        if (kind == StakeholderKind.NEIGHBOURS && (doTogether || goals.contains(Goal.DECIDE_TOGETHER))
                || kind == StakeholderKind.ORGANISATION && doTogether) {
            return Role.CO_PRODUCER;
        }
        if (kind == StakeholderKind.EXPERT) {
            return Role.ADVISER;
        }
        if (kind != StakeholderKind.DISTANT_RESIDENTS && goals.contains(Goal.THINK_TOGETHER)) {
            return Role.CONSULTED;
        }
        return Role.INFORMED;
    }

    private static RoleAssignment party(String name, Role role) {
        return new RoleAssignment(name, Optional.empty(), role);
    }

    private static void add(List<AttentionPoint> points, AttentionPointCode code, boolean applies) {
        if (applies) {
            points.add(POINTS[code.ordinal()]);
        }
    }
}
