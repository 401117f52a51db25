package nl.heemstede.participatie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participation plan as a project intends the competent body to adopt it (<em>planomschrijving</em> and
 * <em>participatieplan</em>, basisstappen 1–3): its goals, its parties and their roles, the frameworks it sets,
 * how input will be weighed, which body adopts it, and its answers to the six questions of the plan description.
 *
 * <p>What the plan leaves open (a goal, a role, a framework, an answer) is not an input error: it is what
 * {@link ParticipationAdvisor#checkPlan} reports. {@link #violations(Opgave)} lists what makes the plan unreadable
 * for the given opgave: a name that is empty, too long, twice in the plan, or a party that is neither a
 * stakeholder of the opgave nor the process owner or decision maker.
 *
 * @param goals           the goals A–D the plan sets, iterated in A–D order
 * @param parties         every party with its role: the process owner, the decision maker and the stakeholders
 * @param frameworks      the frameworks the plan sets, each with its text; a kind that is absent is not set
 * @param weighing        how input and opposing interests will be weighed (<em>hoe wordt afgewogen</em>)
 * @param adoptedBy       the body that adopts the plan (basisstap 3: the competent body); empty when the plan does
 *                        not say
 * @param planDescription the answers to the six questions; a question that is absent or blank is unanswered
 * @since 0.1
 */
public record ParticipationPlan(Set<Goal> goals, List<PlannedParty> parties, Map<FrameworkKind, String> frameworks,
                                Optional<String> weighing, Optional<CompetentBody> adoptedBy,
                                Map<PlanQuestion, String> planDescription) {

    /** The largest number of parties a plan may have: every stakeholder plus process owner and decision maker. */
    public static final int MAX_PARTIES = Opgave.MAX_STAKEHOLDERS + 2;
    /** The longest answer, framework or weighing statement, in characters. */
    public static final int MAX_STATEMENT = 10_000;

    /**
     * Checks that every component is given and copies the collections.
     *
     * @param goals           the goals A–D the plan sets, iterated in A–D order
     * @param parties         every party with its role: the process owner, the decision maker and the stakeholders
     * @param frameworks      the frameworks the plan sets, each with its text; a kind that is absent is not set
     * @param weighing        how input and opposing interests will be weighed (<em>hoe wordt afgewogen</em>)
     * @param adoptedBy       the body that adopts the plan (basisstap 3: the competent body); empty when the plan does
     *                        not say
     * @param planDescription the answers to the six questions; a question that is absent or blank is unanswered
     */
    public ParticipationPlan {
        Objects.requireNonNull(goals, "goals is required (may be empty).");
        goals = Collections.unmodifiableSet(goals.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goals));
        parties = List.copyOf(Objects.requireNonNull(parties, "parties is required (may be empty)."));
        frameworks = copy(FrameworkKind.class, Objects.requireNonNull(frameworks, "frameworks is required."));
        Objects.requireNonNull(weighing, "weighing must be Optional.empty() when absent, not null.");
        Objects.requireNonNull(adoptedBy, "adoptedBy must be Optional.empty() when absent, not null.");
        planDescription = copy(PlanQuestion.class,
                Objects.requireNonNull(planDescription, "planDescription is required (may be empty)."));
    }

    private static <K extends Enum<K>> Map<K, String> copy(Class<K> type, Map<K, String> map) {
        EnumMap<K, String> copy = new EnumMap<>(type);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "A key of " + type.getSimpleName() + " is null."),
                Objects.requireNonNull(v, "The text of " + k + " is null; leave the key out instead.")));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a builder for a plan.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the plan sets the given framework (its text is not blank).
     *
     * @param kind the framework to look at
     * @return whether the plan sets the given framework (its text is not blank)
     */
    public boolean sets(FrameworkKind kind) {
        String text = frameworks.get(kind);
        return text != null && !text.isBlank();
    }

    /**
     * Whether the plan answers the given question (its answer is not blank).
     *
     * @param question the question to look at
     * @return whether the plan answers the given question (its answer is not blank)
     */
    public boolean answers(PlanQuestion question) {
        String answer = planDescription.get(question);
        return answer != null && !answer.isBlank();
    }

    /**
     * Whether the plan says how input and interests will be weighed.
     *
     * @return whether the plan says how input and interests will be weighed
     */
    public boolean statesWeighing() {
        return weighing.filter(w -> !w.isBlank()).isPresent();
    }

    /**
     * The party of the plan with the given name (ignoring case and surrounding spaces).
     *
     * @param name the name of the party
     * @return the party of the plan with the given name (ignoring case and surrounding spaces)
     */
    public Optional<PlannedParty> party(String name) {
        String key = Texts.key(name);
        return parties.stream().filter(p -> Texts.key(p.name()).equals(key)).findFirst();
    }

    /**
     * Every violation in this plan for the given opgave, with field paths relative to the plan; empty when the
     * plan is valid.
     *
     * @param opgave the opgave the plan is for
     * @return every violation; empty when the plan is valid
     */
    public List<Violation> violations(Opgave opgave) {
        List<Violation> found = new ArrayList<>();
        if (parties.size() > MAX_PARTIES) {
            found.add(Violation.of("parties", parties.size() + " parties",
                    "parties mag hoogstens " + MAX_PARTIES + " partijen bevatten."));
        }
        Set<String> stakeholders = new HashSet<>();
        opgave.stakeholders().forEach(s -> stakeholders.add(Texts.key(s.name())));
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            PlannedParty party = parties.get(i);
            String path = "parties[" + i + "].name";
            Texts.check(found, path, party.name(), Opgave.MAX_TEXT);
            if (party.name().isBlank()) {
                continue;
            }
            Integer first = firstIndexByName.putIfAbsent(Texts.key(party.name()), i);
            if (first != null) {
                found.add(Violation.of(path, party.name(), "een partij heeft één rol in een plan; parties[" + first
                        + "] heeft dezelfde naam (hoofdletters tellen niet mee)."));
            }
            boolean governing = party.role() == Role.PROCESS_OWNER || party.role() == Role.DECISION_MAKER;
            if (!governing && !stakeholders.contains(Texts.key(party.name()))) {
                found.add(Violation.of(path, party.name(), "'" + party.name() + "' is geen belanghebbende van de"
                        + " opgave; zet de partij bij de belanghebbenden van de opgave, verbeter de naam, of geef haar"
                        + " de rol PROCESS_OWNER of DECISION_MAKER."));
            }
        }
        frameworks.forEach((kind, text) -> Texts.checkLength(found, "frameworks." + kind, text, MAX_STATEMENT));
        weighing.ifPresent(w -> Texts.checkLength(found, "weighing", w, MAX_STATEMENT));
        planDescription.forEach((q, text) -> Texts.checkLength(found, "planDescription." + q, text, MAX_STATEMENT));
        return List.copyOf(found);
    }

    /**
     * Builds a plan step by step.
     *
     * <pre>{@code
     * ParticipationPlan plan = ParticipationPlan.builder()
     *         .adoptedBy(CompetentBody.COUNCIL)
     *         .goal(Goal.THINK_TOGETHER)
     *         .party("Gemeente Heemstede", Role.PROCESS_OWNER)
     *         .party("Gemeenteraad", Role.DECISION_MAKER)
     *         .party("Bewoners Raadhuisstraat", Role.CONSULTED)
     *         .framework(FrameworkKind.FINANCIAL, "Budget 1,2 miljoen euro")
     *         .weighing("Het college weegt de inbreng af tegen verkeersveiligheid en kosten.")
     *         .answer(PlanQuestion.OPGAVE, "Herinrichting van de Raadhuisstraat")
     *         .build();
     * }</pre>
     *
     * @since 0.1
     */
    public static final class Builder {
        private CompetentBody adoptedBy;
        private final Set<Goal> goals = EnumSet.noneOf(Goal.class);
        private final List<PlannedParty> parties = new ArrayList<>();
        private final Map<FrameworkKind, String> frameworks = new EnumMap<>(FrameworkKind.class);
        private String weighing;
        private final Map<PlanQuestion, String> planDescription = new EnumMap<>(PlanQuestion.class);

        private Builder() {
        }

        /**
         * Says which body adopts the plan: the competent body of the opgave (basisstap 3).
         *
         * @param adoptedBy the body that adopts the plan (basisstap 3: the competent body); empty when the plan does
         *                  not say
         * @return this builder
         */
        public Builder adoptedBy(CompetentBody adoptedBy) {
            this.adoptedBy = Objects.requireNonNull(adoptedBy, "adoptedBy");
            return this;
        }

        /**
         * Adds a goal.
         *
         * @param goal a goal the plan sets
         * @return this builder
         */
        public Builder goal(Goal goal) {
            goals.add(Objects.requireNonNull(goal, "goal"));
            return this;
        }

        /**
         * Adds a party with its role.
         *
         * @param name the name of the party, unique within the plan
         * @param role the role the plan gives it
         * @return this builder
         */
        public Builder party(String name, Role role) {
            parties.add(PlannedParty.of(name, role));
            return this;
        }

        /**
         * Sets a framework, with its text.
         *
         * @param kind the framework
         * @param text what the framework says
         * @return this builder
         */
        public Builder framework(FrameworkKind kind, String text) {
            frameworks.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Says how input and interests will be weighed.
         *
         * @param weighing how input and opposing interests will be weighed (<em>hoe wordt afgewogen</em>)
         * @return this builder
         */
        public Builder weighing(String weighing) {
            this.weighing = weighing;
            return this;
        }

        /**
         * Answers a question of the plan description.
         *
         * @param question the question
         * @param answer   the answer the plan gives
         * @return this builder
         */
        public Builder answer(PlanQuestion question, String answer) {
            planDescription.put(Objects.requireNonNull(question, "question"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * Builds the plan; it is checked against an opgave when it is used.
         *
         * @return the plan
         */
        public ParticipationPlan build() {
            return new ParticipationPlan(goals, parties, frameworks, Optional.ofNullable(weighing),
                    Optional.ofNullable(adoptedBy), planDescription);
        }
    }
}
