package nl.heemstede.participatie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.command.CommandFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.GovernmentRole;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.QuickscanDeliverable;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.RoleAssignment;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.Route;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.Step;
import nl.heemstede.participatie.WebsiteSection;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.KindRole;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.facts.RoleSituation;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.facts.StakeholderFact;

/**
 * What a team embedding Drools directly would write: the bundled DMN model and DRL rules, loaded once, and per
 * advice a fresh DMN evaluation plus a new stateless rule session.
 *
 * <p>Per advice: one {@code evaluateAll} on a new context holding the opgave's inputs and, as
 * {@code Soort belanghebbende}, the kind of the first stakeholder (so that {@code Rol van belanghebbende}, which
 * {@code evaluateAll} evaluates too, has its input and the result carries no error); then, per further
 * stakeholder kind present, {@code evaluateByName(model, context, "Rol van belanghebbende")} on a new context
 * (the non-deprecated form of {@code evaluateDecisionByName}; it re-evaluates the decisions the role depends on);
 * then a new {@link StatelessKieSession} on the rule base
 * that inserts the facts, fires the rules and returns the facts. No explanation is assembled; the advice has every
 * other field, so its cost is comparable with {@link HandWrittenPolicy} and the advisor.
 */
public final class NaiveEngine {

    /** Where the bundled policy files are on the class path (the rules-core jar). */
    public static final String FOLDER = "nl/heemstede/participatie/beleid/";
    static final String DMN_FILE = FOLDER + "participatiebeleid.dmn";
    static final List<String> DRL_FILES = List.of(FOLDER + "rollen.drl", FOLDER + "aandachtspunten.drl");

    private static final String ROL_BELANGHEBBENDE = "Rol van belanghebbende";
    private static final String SOORT = "Soort belanghebbende";

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final KieBase kieBase;
    private final PolicyVersion version;

    private NaiveEngine(DMNRuntime runtime, KieBase kieBase, PolicyVersion version) {
        this.runtime = runtime;
        this.model = runtime.getModels().get(0);
        this.kieBase = kieBase;
        this.version = version;
    }

    /** Loads the bundled DMN model and DRL rules with Drools' own builders. */
    public static NaiveEngine load() {
        return new NaiveEngine(loadDmn(), loadDrl(), new PolicyVersion("naive", sha256(),
                java.time.LocalDate.of(2021, 2, 1),
                java.util.Optional.of(java.time.LocalDate.of(2023, 12, 18)), java.util.Optional.empty()));
    }

    /** Builds a DMN runtime for the bundled model, with runtime type checking on. */
    public static DMNRuntime loadDmn() {
        Resource dmn = ResourceFactory.newClassPathResource(DMN_FILE, NaiveEngine.class.getClassLoader());
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromResources(List.of(dmn))
                .getOrElseThrow(e -> new IllegalStateException(DMN_FILE + " does not compile.", e));
        if (runtime.getModels().size() != 1 || runtime.getModels().get(0).hasErrors()) {
            throw new IllegalStateException(DMN_FILE + " does not give one model without errors: "
                    + runtime.getModels());
        }
        return runtime;
    }

    /** Builds a rule base from the bundled DRL files. */
    public static KieBase loadDrl() {
        KieHelper helper = new KieHelper();
        for (String file : DRL_FILES) {
            helper.addResource(ResourceFactory.newClassPathResource(file, NaiveEngine.class.getClassLoader()),
                    ResourceType.DRL);
        }
        return helper.build();
    }

    /** Advises on the given (valid) opgave; the explanation is empty and the version is this engine's. */
    public Advice advise(Opgave opgave) {
        List<StakeholderKind> kinds = new ArrayList<>(StakeholderKind.values().length);
        opgave.stakeholders().forEach(s -> {
            if (!kinds.contains(s.kind())) {
                kinds.add(s.kind());
            }
        });
        DMNContext context = inputs(opgave, kinds.isEmpty() ? StakeholderKind.NEIGHBOURS : kinds.get(0));
        DMNResult all = runtime.evaluateAll(model, context);
        check(all);
        Decider decider = Decider.valueOf(string(all, "Wie beslist"));
        Complexity complexity = Complexity.valueOf(string(all, "Complexiteit"));
        Route route = Route.valueOf(string(all, "Werkwijze"));
        boolean quickscan = (Boolean) all.getDecisionResultByName("Quickscan").getResult();
        List<QuickscanDeliverable> deliverables = codes(all, "Opbrengst quickscan", QuickscanDeliverable.class);
        @SuppressWarnings("unchecked")
        List<String> questions = (List<String>) all.getDecisionResultByName("Planomschrijving").getResult();
        RoomLevel space = RoomLevel.valueOf(string(all, "Ruimte voor participatie"));
        boolean feasible = (Boolean) all.getDecisionResultByName("Haalbaarheid").getResult();
        boolean planRequired = (Boolean) all.getDecisionResultByName("Participatieplan").getResult();
        List<Step> steps = codes(all, "Stappen", Step.class);
        List<Goal> goalList = codes(all, "Doelen", Goal.class);
        Set<Goal> goals = goalList.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goalList);
        GovernmentRole governmentRole = GovernmentRole.valueOf(string(all, "Rol van de gemeente"));
        List<WebsiteSection> sectionList = codes(all, "Wegwijzer", WebsiteSection.class);
        List<WebsiteSection> guidance = sectionList.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(sectionList));

        Map<StakeholderKind, Role> kindRoles = new EnumMap<>(StakeholderKind.class);
        for (int i = 0; i < kinds.size(); i++) {
            DMNResult result = all;
            if (i > 0) {
                result = runtime.evaluateByName(model, inputs(opgave, kinds.get(i)), ROL_BELANGHEBBENDE);
                check(result);
            }
            kindRoles.put(kinds.get(i), Role.valueOf(string(result, ROL_BELANGHEBBENDE)));
        }

        List<Object> facts = new ArrayList<>();
        facts.add(new Situation(opgave.initiator(), decider, complexity, space, feasible,
                opgave.impact().majorChangeToLivingEnvironment(), opgave.impact().manyActors(),
                opgave.impact().manyInterests(), opgave.intentions().frameworksSet().all(),
                opgave.intentions().decisionPowerShared(), opgave.intentions().stakeholdersWillCoProduce(),
                opgave.difficulty().complexContent(), opgave.difficulty().opposingInterests(),
                goals.contains(Goal.DECIDE_TOGETHER), opgave.intentions().learningPilot()));
        facts.add(new RoleSituation(opgave.initiator(), decider));
        for (int i = 0; i < opgave.stakeholders().size(); i++) {
            facts.add(new StakeholderFact(i, opgave.stakeholders().get(i).name(), opgave.stakeholders().get(i).kind()));
        }
        kindRoles.forEach((kind, role) -> facts.add(new KindRole(kind, role)));
        StatelessKieSession session = kieBase.newStatelessKieSession();
        List<Command<?>> commands = List.of(CommandFactory.newInsertElements(facts), CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects("objects"));
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        List<PartyRole> partyRoles = new ArrayList<>();
        List<Attention> attentions = new ArrayList<>();
        for (Object fact : (Collection<?>) results.getValue("objects")) {
            if (fact instanceof PartyRole p) {
                partyRoles.add(p);
            } else if (fact instanceof Attention a) {
                attentions.add(a);
            } else if (fact instanceof PolicyDefect d) {
                throw new IllegalStateException("The rules found a defect: " + d.problem());
            }
        }
        partyRoles.sort(Comparator.comparingInt(PartyRole::position));
        attentions.sort(Comparator.comparing(Attention::code));
        return new Advice(opgave.reference(), version,
                opgave.peildatum().orElseGet(() -> java.time.LocalDate.now(Opgaven.IN_FORCE)), decider, complexity,
                route, quickscan, deliverables, space,
                feasible, planRequired, goals,
                partyRoles.stream().map(p -> new RoleAssignment(p.party(), Optional.ofNullable(p.kind()), p.role()))
                        .toList(),
                governmentRole, steps, questions,
                attentions.stream().map(a -> new AttentionPoint(a.code(), a.text())).toList(), guidance, List.of());
    }

    private DMNContext inputs(Opgave opgave, StakeholderKind kind) {
        DMNContext context = runtime.newContext();
        context.set("Besluit gemeente nodig", opgave.municipalDecisionRequired());
        context.set("Ambtelijk af te handelen", opgave.withinCivilServiceMandate().orElse(null));
        context.set("Bevoegd orgaan", opgave.competentBody().map(Enum::name).orElse(null));
        context.set("Grote wijziging leefomgeving", opgave.impact().majorChangeToLivingEnvironment());
        context.set("Veel actoren", opgave.impact().manyActors());
        context.set("Veel belangen", opgave.impact().manyInterests());
        context.set("Initiatiefnemer", opgave.initiator().name());
        context.set("Iets te kiezen", opgave.room().somethingToChoose());
        context.set("Ruimte wetgeving", opgave.room().legalRoom().name());
        context.set("Ruimte gemeentelijk beleid", opgave.room().policyRoom().name());
        context.set("Participatie wenselijk", opgave.room().participationDesirable());
        context.set("Deelnemers willen coproduceren", opgave.intentions().stakeholdersWillCoProduce());
        context.set("Beslissingsruimte gedeeld", opgave.intentions().decisionPowerShared());
        context.set("Kader inhoudelijk", opgave.intentions().frameworksSet().content());
        context.set("Kader financieel", opgave.intentions().frameworksSet().financial());
        context.set("Kader proces", opgave.intentions().frameworksSet().process());
        context.set("Leerpilot", opgave.intentions().learningPilot());
        context.set("Samen leren gewenst", opgave.intentions().learnTogether());
        context.set("Inwoners als belanghebbende",
                opgave.stakeholders().stream().anyMatch(s -> s.kind() == StakeholderKind.RESIDENTS));
        context.set(SOORT, kind.name());
        return context;
    }

    private static void check(DMNResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException("The DMN evaluation failed: " + result.getMessages());
        }
    }

    private static String string(DMNResult result, String decision) {
        Object value = result.getDecisionResultByName(decision).getResult();
        if (!(value instanceof String text)) {
            throw new IllegalStateException(decision + " gave [" + value + "], not a code.");
        }
        return text;
    }

    private static <E extends Enum<E>> List<E> codes(DMNResult result, String decision, Class<E> type) {
        List<E> codes = new ArrayList<>();
        for (Object item : (List<?>) result.getDecisionResultByName(decision).getResult()) {
            codes.add(Enum.valueOf(type, (String) item));
        }
        return codes;
    }

    private static String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>(DRL_FILES);
            files.add(0, DMN_FILE);
            for (String file : files) {
                try (InputStream in = NaiveEngine.class.getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException(file + " is not on the class path.");
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the policy files.", e);
        }
    }
}
