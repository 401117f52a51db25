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
import nl.heemstede.participatie.Difficulty;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Impact;
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
import nl.heemstede.participatie.WebsiteSection;

import static nl.heemstede.participatie.AttentionPointCode.*;

/**
 * The policy (participatiebeleid.dmn and the DRL rule sets) hand-written in plain Java: the baseline for "the limit" of
 * how fast an advice can be.
 *
 * <p>Test code in spirit, not a second source of truth: the tables in rules-core are the policy, and
 * {@code HandWrittenPolicyTests} checks over the input space that this class gives the same advice as
 * {@link ParticipationAdvisor#bundled()}, so it cannot drift unnoticed. It does the same work an advisor must do
 * (it validates the opgave and builds the full {@link Advice} record) except the explanation, which it leaves
 * empty; the texts it needs (party names, attention points, plan questions) are copied from the policy files.
 * It follows the policy's Revision 2 (CHANGELOG 0.2.0: feasibility with {@code participationDesirable}, goal D from
 * {@code learnTogether}, evaluation steps for a followed project, the Wegwijzer). The step and Wegwijzer lists, a
 * handful of combinations, are built once, so an advice allocates only its goals, roles and attention points.
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
    private static final Decider[] DECIDERS = Decider.values();
    private static final Initiator[] INITIATORS = Initiator.values();
    /**
     * Stappen, every list the policy can give, decided once: index {@link #stepsIndex}. The advice keeps the
     * list as it is ({@code List.copyOf} of an immutable list), so an advice allocates none.
     */
    private static final List<?>[] STEPS = new List<?>[DECIDERS.length * 16];
    /** Wegwijzer, every list the policy can give, decided once: index {@link #guidanceIndex}. */
    private static final List<?>[] GUIDANCE = new List<?>[INITIATORS.length * DECIDERS.length * 8];
    /** Aandachtspunten, each at its code's ordinal; the text of the rule in aandachtspunten.drl. */
    private static final AttentionPoint[] POINTS = new AttentionPoint[AttentionPointCode.values().length];
    /**
     * {@code CHECK_DECISION_NEEDED} names the impact aspects that hold: one text per combination of the three
     * aspects (bit 2 a major change, bit 1 many actors, bit 0 many interests; 0 never raises the point).
     */
    private static final AttentionPoint[] CHECK_DECISION = new AttentionPoint[8];

    static {
        for (Decider decider : DECIDERS) {
            for (int flags = 0; flags < 16; flags++) {
                boolean complex = (flags & 8) != 0;
                boolean plan = (flags & 4) != 0;
                boolean society = (flags & 2) != 0;
                boolean pilot = (flags & 1) != 0;
                STEPS[stepsIndex(decider, complex, plan, society, pilot)] =
                        steps(decider, complex, plan, society, pilot);
            }
        }
        for (Initiator initiator : INITIATORS) {
            for (Decider decider : DECIDERS) {
                for (int flags = 0; flags < 8; flags++) {
                    boolean feasible = (flags & 4) != 0;
                    boolean complex = (flags & 2) != 0;
                    boolean residents = (flags & 1) != 0;
                    GUIDANCE[guidanceIndex(initiator, decider, feasible, complex, residents)] =
                            guidance(initiator, decider, feasible, complex, residents);
                }
            }
        }
        point(FRAMEWORKS_NOT_SET, "Het bevoegd orgaan geeft vooraf kaders mee: inhoudelijk, financieel en proces."
                + " Nog niet alle drie zijn gesteld; het bevoegd orgaan kan ze stellen wanneer het de planomschrijving"
                + " en het participatieplan vaststelt.");
        point(FRAMEWORKS_FOR_DECIDE_TOGETHER, "Samen beslissen gebeurt binnen kaders, en nog niet alle drie"
                + " (inhoudelijk, financieel, proces) zijn gesteld. Het bevoegd orgaan stelt ze vast wanneer het het"
                + " plan vaststelt: neem ze op in het plan.");
        point(SPACE_LIMITS_AMBITION, "De ruimte voor participatie is beperkt, en samen doen en samen beslissen vragen"
                + " volgens ons beleid veel ruimte. Wees daar vooraf duidelijk over.");
        point(WEIGH_FEASIBILITY, "Het vraagstuk is complex (ingewikkelde inhoud of veel tegengestelde belangen). Weeg"
                + " vooraf af of participatie haalbaar en wenselijk is, en leg die afweging vast.");
        point(WEIGH_INTERESTS_OPENLY, "Maak vooraf duidelijk hoe belangen worden afgewogen.");
        point(COMPLEX_CONTENT, "De inhoud is ingewikkeld: investeer in goede informatie en betrek deskundigen als"
                + " adviseur.");
        point(EXPLAIN_NO_CHOICE, "Participatie is niet haalbaar: leg belanghebbenden uit waarom (er valt niets te"
                + " kiezen, of participatie is na afweging niet wenselijk) en geef duidelijkheid over wat vastligt.");
        point(SUPPORT_INITIATOR, "Uitgangspunt is de initiatiefnemer te ondersteunen bij de quickscan; de gemeente"
                + " helpt ook bij het opstellen van planomschrijving en participatieplan (onze lezing).");
        point(EVALUATE_WAY_OF_WORKING, "Deze opgave is een van de projecten die de gemeente volgt: evalueer de"
                + " werkwijze tussentijds en achteraf, en stuur de evaluatie ook naar de raad.");
        for (int impact = 1; impact < CHECK_DECISION.length; impact++) {
            List<String> aspects = new ArrayList<>(3);
            if ((impact & 4) != 0) {
                aspects.add("het gaat om een grote wijziging in de leefomgeving van (groepen) inwoners");
            }
            if ((impact & 2) != 0) {
                aspects.add("er zijn veel actoren bij betrokken");
            }
            if ((impact & 1) != 0) {
                aspects.add("er spelen veel verschillende belangen");
            }
            String named = aspects.size() == 1 ? aspects.get(0)
                    : String.join("; ", aspects.subList(0, aspects.size() - 1)) + " en "
                            + aspects.get(aspects.size() - 1);
            CHECK_DECISION[impact] = new AttentionPoint(CHECK_DECISION_NEEDED, "De initiatiefnemers besluiten zelf,"
                    + " maar " + named + ": ga na of er toch een besluit van de gemeente nodig is.");
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

    /** Not supported: the hand-written policy has one version and the clock {@link Opgaven#IN_FORCE}. */
    @Override
    public ParticipationAdvisor withClock(java.time.Clock clock) {
        throw new UnsupportedOperationException("The hand-written policy has the clock Opgaven.IN_FORCE.");
    }

    /** Not supported: the hand-written policy has one version. */
    @Override
    public ParticipationAdvisor withVersion(String name) {
        throw new UnsupportedOperationException("The hand-written policy has one version.");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Advice advise(Opgave opgave) {
        List<Violation> violations = opgave.violations();
        if (!violations.isEmpty()) {
            throw new InvalidOpgaveException(violations);
        }
        // Wie beslist
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
        // Complexiteit, Werkwijze, Quickscan
        Impact impact = opgave.impact();
        boolean byBody = decider == Decider.COLLEGE || decider == Decider.COUNCIL;
        boolean complex = byBody && impact.any();
        Route route = switch (decider) {
            case INITIATOR -> Route.WEBSITE_AND_CONTACT;
            case CIVIL_SERVANTS -> Route.PROJECT_BASED;
            case COLLEGE, COUNCIL -> complex ? Route.PROCESS_FRAMEWORK : Route.EXISTING_FRAMEWORKS;
        };
        // Ruimte, Haalbaarheid, Participatieplan and Stappen
        Room room = opgave.room();
        RoomLevel space;
        if (!room.somethingToChoose() || room.legalRoom() == RoomLevel.NONE || room.policyRoom() == RoomLevel.NONE) {
            space = RoomLevel.NONE;
        } else {
            space = room.legalRoom().compareTo(room.policyRoom()) <= 0 ? room.legalRoom() : room.policyRoom();
        }
        boolean feasible = space != RoomLevel.NONE && room.participationDesirable();
        boolean planRequired = complex && feasible;
        Initiator initiator = opgave.initiator();
        boolean society = initiator != Initiator.MUNICIPALITY;
        Intentions intentions = opgave.intentions();
        List<Step> steps = (List<Step>) STEPS[stepsIndex(decider, complex, planRequired, society,
                intentions.learningPilot())];
        // Doelen
        EnumSet<Goal> goals = EnumSet.noneOf(Goal.class);
        if (feasible) {
            goals.add(Goal.THINK_TOGETHER);
            if (space == RoomLevel.AMPLE && intentions.stakeholdersWillCoProduce()) {
                goals.add(Goal.DO_TOGETHER);
            }
            if (space == RoomLevel.AMPLE && intentions.decisionPowerShared()) {
                goals.add(Goal.DECIDE_TOGETHER);
            }
            if (intentions.learnTogether()) {
                goals.add(Goal.LEARN_TOGETHER);
            }
        }
        boolean decideTogether = goals.contains(Goal.DECIDE_TOGETHER);
        boolean coProducing = decideTogether || goals.contains(Goal.DO_TOGETHER);
        // Rollen
        List<Stakeholder> stakeholders = opgave.stakeholders();
        List<RoleAssignment> roles = new ArrayList<>(2 + stakeholders.size());
        roles.add(society
                ? party("Initiatiefnemer (" + initiator.label() + ")", Role.PROCESS_OWNER)
                : party("Gemeente Heemstede", Role.PROCESS_OWNER));
        roles.add(switch (decider) {
            case INITIATOR -> party("Initiatiefnemers (" + initiator.label() + ")", Role.DECISION_MAKER);
            case CIVIL_SERVANTS -> party("Ambtenaren van de gemeente Heemstede", Role.DECISION_MAKER);
            case COLLEGE -> party("College van burgemeester en wethouders", Role.DECISION_MAKER);
            case COUNCIL -> party("Gemeenteraad", Role.DECISION_MAKER);
        });
        boolean residents = false;
        for (Stakeholder stakeholder : stakeholders) {
            StakeholderKind kind = stakeholder.kind();
            residents |= kind == StakeholderKind.RESIDENTS;
            roles.add(new RoleAssignment(stakeholder.name(), Optional.of(kind), roleOf(kind, feasible, coProducing)));
        }
        // Rol van de gemeente: the first row that fits
        GovernmentRole governmentRole;
        if (decider == Decider.INITIATOR) {
            governmentRole = GovernmentRole.PARTICIPATING;
        } else if (!feasible) {
            governmentRole = GovernmentRole.LAWFUL;
        } else if (society) {
            governmentRole = GovernmentRole.PARTICIPATING;
        } else if (decider == Decider.CIVIL_SERVANTS) {
            governmentRole = GovernmentRole.LAWFUL;
        } else {
            governmentRole = coProducing ? GovernmentRole.NETWORKING : GovernmentRole.PERFORMING;
        }
        // Aandachtspunten, in code order
        Difficulty difficulty = opgave.difficulty();
        boolean allFrameworks = intentions.frameworksSet().all();
        List<AttentionPoint> points = new ArrayList<>(6);
        add(points, FRAMEWORKS_NOT_SET, complex && feasible && !allFrameworks);
        add(points, FRAMEWORKS_FOR_DECIDE_TOGETHER, decideTogether && !allFrameworks);
        add(points, SPACE_LIMITS_AMBITION, space == RoomLevel.LIMITED
                && (intentions.stakeholdersWillCoProduce() || intentions.decisionPowerShared()));
        add(points, WEIGH_FEASIBILITY, feasible && (difficulty.complexContent() || difficulty.opposingInterests()));
        add(points, WEIGH_INTERESTS_OPENLY, difficulty.opposingInterests());
        add(points, COMPLEX_CONTENT, difficulty.complexContent());
        add(points, EXPLAIN_NO_CHOICE, !feasible);
        if (decider == Decider.INITIATOR && impact.any()) {
            points.add(CHECK_DECISION[(impact.majorChangeToLivingEnvironment() ? 4 : 0)
                    | (impact.manyActors() ? 2 : 0) | (impact.manyInterests() ? 1 : 0)]);
        }
        add(points, SUPPORT_INITIATOR, complex && society);
        add(points, EVALUATE_WAY_OF_WORKING, intentions.learningPilot());
        // Wegwijzer
        List<WebsiteSection> guidance = (List<WebsiteSection>) GUIDANCE[guidanceIndex(initiator, decider, feasible,
                complex, residents)];

        return new Advice(opgave.reference(), policyVersion,
                opgave.peildatum().orElseGet(() -> java.time.LocalDate.now(Opgaven.IN_FORCE)), decider,
                complex ? Complexity.COMPLEX : Complexity.SIMPLE, route, complex,
                complex ? DELIVERABLES : List.of(), space, feasible, planRequired, goals, roles, governmentRole,
                steps, complex ? PLAN_QUESTIONS : List.of(), points, guidance, List.of());
    }

    /**
     * Rol van belanghebbende: the first role that fits a stakeholder of the given kind: an expert advises, also
     * without room for participation; nobody else takes part when participation is not feasible; neighbours and
     * organisations co-produce under goal B or C; neighbours, residents and organisations are consulted under goal A
     * (always advised when feasible); the rest is informed.
     */
    private static Role roleOf(StakeholderKind kind, boolean feasible, boolean coProducing) {
        if (kind == StakeholderKind.EXPERT) {
            return Role.ADVISER;
        }
        if (!feasible || kind == StakeholderKind.DISTANT_RESIDENTS) {
            return Role.INFORMED;
        }
        if (coProducing && kind != StakeholderKind.RESIDENTS) {
            return Role.CO_PRODUCER;
        }
        return Role.CONSULTED;
    }

    private static int stepsIndex(Decider decider, boolean complex, boolean plan, boolean society, boolean pilot) {
        return decider.ordinal() << 4 | (complex ? 8 : 0) | (plan ? 4 : 0) | (society ? 2 : 0) | (pilot ? 1 : 0);
    }

    /**
     * Stappen: the route's own steps; website and contact first for an initiator from society whose opgave a municipal
     * body decides; for a followed project an interim evaluation right after the process (or else right before the
     * last step) and a final evaluation last.
     */
    private static List<Step> steps(Decider decider, boolean complex, boolean plan, boolean society, boolean pilot) {
        List<Step> steps = new ArrayList<>();
        if (decider != Decider.INITIATOR && society) {
            steps.add(Step.WEBSITE);
            steps.add(Step.CONTACT_CIVIL_SERVANT);
        }
        switch (decider) {
            case INITIATOR -> steps.addAll(List.of(Step.WEBSITE, Step.CONTACT_CIVIL_SERVANT, Step.RESIDENTS_DECIDE));
            case CIVIL_SERVANTS -> steps.add(Step.HANDLE_ON_EXISTING_POLICY);
            case COLLEGE, COUNCIL -> {
                if (!complex) {
                    steps.addAll(List.of(Step.PROJECT_PLAN, Step.FINAL_DECISION, Step.EXECUTION));
                } else {
                    steps.addAll(List.of(Step.QUICKSCAN, Step.PLAN_DESCRIPTION));
                    if (plan) {
                        steps.add(Step.PARTICIPATION_PLAN);
                    }
                    steps.addAll(List.of(Step.ADOPTION, Step.PROCESS, Step.RESULT_TO_DECIDER, Step.FINAL_DECISION,
                            Step.EXECUTION));
                }
            }
        }
        if (pilot) {
            int process = steps.indexOf(Step.PROCESS);
            steps.add(process >= 0 ? process + 1 : steps.size() - 1, Step.INTERIM_EVALUATION);
            steps.add(Step.FINAL_EVALUATION);
        }
        return List.copyOf(steps);
    }

    private static int guidanceIndex(Initiator initiator, Decider decider, boolean feasible, boolean complex,
                                     boolean residents) {
        return (initiator.ordinal() * DECIDERS.length + decider.ordinal()) << 3 | (feasible ? 4 : 0)
                | (complex ? 2 : 0) | (residents ? 1 : 0);
    }

    /** Wegwijzer: every website section that fits, in the order of {@link WebsiteSection}. */
    private static List<WebsiteSection> guidance(Initiator initiator, Decider decider, boolean feasible,
                                                 boolean complex, boolean residents) {
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
        if (feasible && residents) {
            sections.add(WebsiteSection.DIGIPANEL);
        }
        if (complex && feasible && decider == Decider.COUNCIL) {
            sections.add(WebsiteSection.THINK_WITH_COUNCIL);
        }
        return List.copyOf(sections);
    }

    private static RoleAssignment party(String name, Role role) {
        return new RoleAssignment(name, Optional.empty(), role);
    }

    private static void point(AttentionPointCode code, String text) {
        POINTS[code.ordinal()] = new AttentionPoint(code, text);
    }

    private static void add(List<AttentionPoint> points, AttentionPointCode code, boolean applies) {
        if (applies) {
            points.add(POINTS[code.ordinal()]);
        }
    }
}
