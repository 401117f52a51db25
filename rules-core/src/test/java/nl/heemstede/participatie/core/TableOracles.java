package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Decider;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.loading.DmnPolicy;

import static nl.heemstede.participatie.core.loading.Decisions.*;

/**
 * For every DMN decision: its complete input space, enumerated, and the answer the policy gives for each input
 * ({@link PolicyOracle}). {@link #check} evaluates one table of a loaded policy over its whole space and returns
 * every input where the table does not give exactly the oracle's answer; an empty list means the table is right.
 * Upstream decisions are supplied as inputs, so each table is checked on its own.
 */
final class TableOracles {

    private TableOracles() {
    }

    /** One table: its decision name, its input space, the oracle, and whether it collects (hit policy COLLECT). */
    record Table(String decision, List<Map<String, Object>> domain, Function<Map<String, Object>, Object> oracle,
                 boolean collect) {
    }

    /** The result of checking one table: how many inputs were evaluated and what was wrong. */
    record Report(String decision, int inputs, List<String> failures) {
    }

    private static final List<Object> BOOLS = List.of(false, true);
    private static final List<Object> DECIDERS = names(Decider.values());
    private static final List<Object> COMPLEXITIES = names(Complexity.values());
    private static final List<Object> LEVELS = names(RoomLevel.values());
    private static final List<Object> KINDS = names(StakeholderKind.values());
    private static final List<Object> INITIATORS = names(Initiator.values());

    /** Every table of the policy, in the order of the DMN file. */
    static List<Table> all() {
        return List.of(wieBeslist(), complexiteit(), werkwijze(), quickscan(), opbrengstQuickscan(),
                planomschrijving(), ruimte(), haalbaarheid(), participatieplan(), stappen(), doelen(),
                rolVanBelanghebbende(), rolVanDeGemeente(), wegwijzer());
    }

    static Table byName(String decision) {
        return all().stream().filter(t -> t.decision().equals(decision)).findFirst().orElseThrow();
    }

    /** Wie beslist, over the four combinations {@code Opgave.violations()} allows (absent fields are {@code null}). */
    static Table wieBeslist() {
        List<Map<String, Object>> domain = new ArrayList<>();
        domain.add(map(BESLUIT_NODIG, false, AMBTELIJK, null, BEVOEGD_ORGAAN, null));
        domain.add(map(BESLUIT_NODIG, true, AMBTELIJK, true, BEVOEGD_ORGAAN, null));
        domain.add(map(BESLUIT_NODIG, true, AMBTELIJK, false, BEVOEGD_ORGAAN, "COLLEGE"));
        domain.add(map(BESLUIT_NODIG, true, AMBTELIJK, false, BEVOEGD_ORGAAN, "COUNCIL"));
        return new Table(WIE_BESLIST, domain, in -> PolicyOracle.decider((Boolean) in.get(BESLUIT_NODIG),
                (Boolean) in.get(AMBTELIJK), in.get(BEVOEGD_ORGAAN) == null ? null
                        : CompetentBody.valueOf((String) in.get(BEVOEGD_ORGAAN))).name(), false);
    }

    static Table complexiteit() {
        return new Table(COMPLEXITEIT, product(WIE_BESLIST, DECIDERS, GROTE_WIJZIGING, BOOLS, VEEL_ACTOREN, BOOLS,
                VEEL_BELANGEN, BOOLS), in -> PolicyOracle.complexity(decider(in), bool(in, GROTE_WIJZIGING),
                bool(in, VEEL_ACTOREN), bool(in, VEEL_BELANGEN)).name(), false);
    }

    static Table werkwijze() {
        return new Table(WERKWIJZE, product(WIE_BESLIST, DECIDERS, COMPLEXITEIT, COMPLEXITIES),
                in -> PolicyOracle.route(decider(in), complexity(in)).name(), false);
    }

    static Table quickscan() {
        return new Table(QUICKSCAN, product(COMPLEXITEIT, COMPLEXITIES),
                in -> PolicyOracle.quickscan(complexity(in)), false);
    }

    static Table opbrengstQuickscan() {
        return new Table(OPBRENGST_QUICKSCAN, product(QUICKSCAN, BOOLS),
                in -> names(PolicyOracle.deliverables(bool(in, QUICKSCAN)).toArray(Enum[]::new)), false);
    }

    /** Planomschrijving: the oracle gives the keyword of each question; the check matches question i with keyword i. */
    static Table planomschrijving() {
        return new Table(PLANOMSCHRIJVING, product(COMPLEXITEIT, COMPLEXITIES),
                in -> PolicyOracle.PLAN_QUESTION_KEYWORDS.subList(0, PolicyOracle.planQuestions(complexity(in))),
                false);
    }

    static Table ruimte() {
        return new Table(RUIMTE, product(IETS_TE_KIEZEN, BOOLS, RUIMTE_WETGEVING, LEVELS, RUIMTE_BELEID, LEVELS),
                in -> PolicyOracle.space(bool(in, IETS_TE_KIEZEN), level(in, RUIMTE_WETGEVING),
                        level(in, RUIMTE_BELEID)).name(), false);
    }

    static Table haalbaarheid() {
        return new Table(HAALBAARHEID, product(RUIMTE, LEVELS, WENSELIJK, BOOLS),
                in -> PolicyOracle.feasible(level(in, RUIMTE), bool(in, WENSELIJK)), false);
    }

    static Table participatieplan() {
        return new Table(PARTICIPATIEPLAN, product(COMPLEXITEIT, COMPLEXITIES, HAALBAARHEID, BOOLS),
                in -> PolicyOracle.participationPlan(complexity(in), bool(in, HAALBAARHEID)), false);
    }

    static Table stappen() {
        return new Table(STAPPEN, product(WIE_BESLIST, DECIDERS, COMPLEXITEIT, COMPLEXITIES, PARTICIPATIEPLAN, BOOLS,
                INITIATIEFNEMER, INITIATORS, LEERPILOT, BOOLS),
                in -> names(PolicyOracle.steps(decider(in), complexity(in), bool(in, PARTICIPATIEPLAN),
                        initiator(in), bool(in, LEERPILOT)).toArray(Enum[]::new)), false);
    }

    static Table doelen() {
        return new Table(DOELEN, product(RUIMTE, LEVELS, HAALBAARHEID, BOOLS, COPRODUCEREN, BOOLS, BESLISSINGSRUIMTE,
                BOOLS, SAMEN_LEREN, BOOLS),
                in -> names(PolicyOracle.goals(level(in, RUIMTE), bool(in, HAALBAARHEID), bool(in, COPRODUCEREN),
                        bool(in, BESLISSINGSRUIMTE), bool(in, SAMEN_LEREN)).toArray(Enum[]::new)), true);
    }

    /**
     * Rol van belanghebbende, for feasible or not, every kind and every subset of the goals A–D (also subsets no opgave
     * produces).
     */
    static Table rolVanBelanghebbende() {
        return new Table(ROL_BELANGHEBBENDE, product(HAALBAARHEID, BOOLS, SOORT, KINDS, DOELEN, goalSets()),
                in -> PolicyOracle.stakeholderRole(bool(in, HAALBAARHEID),
                        StakeholderKind.valueOf((String) in.get(SOORT)), goals(in)).name(), false);
    }

    /** Every subset of the goals A–D, as lists of codes. */
    private static List<Object> goalSets() {
        List<Object> goalSets = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++) {
            List<String> goals = new ArrayList<>();
            for (Goal goal : Goal.values()) {
                if ((mask & (1 << goal.ordinal())) != 0) {
                    goals.add(goal.name());
                }
            }
            goalSets.add(List.copyOf(goals));
        }
        return goalSets;
    }

    /** Rol van de gemeente, for every decider, feasibility, initiator and subset of the goals. */
    static Table rolVanDeGemeente() {
        return new Table(ROL_GEMEENTE, product(WIE_BESLIST, DECIDERS, HAALBAARHEID, BOOLS, INITIATIEFNEMER, INITIATORS,
                DOELEN, goalSets()), in -> PolicyOracle.governmentRole(decider(in), bool(in, HAALBAARHEID),
                initiator(in), goals(in)).name(), false);
    }

    /** Wegwijzer, for every initiator, decider, feasibility, complexity and whether residents are a stakeholder. */
    static Table wegwijzer() {
        return new Table(WEGWIJZER, product(INITIATIEFNEMER, INITIATORS, WIE_BESLIST, DECIDERS, HAALBAARHEID, BOOLS,
                COMPLEXITEIT, COMPLEXITIES, INWONERS, BOOLS),
                in -> names(PolicyOracle.guidance(initiator(in), decider(in), bool(in, HAALBAARHEID), complexity(in),
                        bool(in, INWONERS)).toArray(Enum[]::new)), true);
    }

    /**
     * Evaluates the table of the given policy for every input of its space.
     *
     * @return the inputs where the table gave no single answer, or another answer than the oracle
     */
    static Report check(DmnPolicy dmn, Table table) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> in : table.domain()) {
            checkOne(dmn, table, in).ifPresent(failures::add);
        }
        return new Report(table.decision(), table.domain().size(), List.copyOf(failures));
    }

    private static Optional<String> checkOne(DmnPolicy dmn, Table table, Map<String, Object> in) {
        String where = "'" + table.decision() + "' for " + in;
        DmnPolicy.Outcome outcome;
        try {
            outcome = dmn.decide(in, List.of(table.decision()));
        } catch (PolicyDecisionException e) {
            return Optional.of(where + ": no single answer (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return Optional.of(where + ": threw " + e);
        }
        Object actual = outcome.results().get(table.decision());
        Object expected = table.oracle().apply(in);
        List<String> rows = outcome.hits().stream().filter(h -> h.decision().equals(table.decision()))
                .flatMap(h -> h.rowIds().stream()).toList();
        String gave = " engine gave " + actual + " (rows " + rows + ")";
        if (table.decision().equals(PLANOMSCHRIJVING)) {
            if (!(actual instanceof List<?> questions) || !questionsMatch(questions, (List<?>) expected)) {
                return Optional.of(where + ": expected one question about each of " + expected + ";" + gave);
            }
        } else if (table.collect()) {
            if (!(actual instanceof List<?> list) || list.size() != new HashSet<>(list).size()
                    || !new HashSet<>(list).equals(new HashSet<>((List<?>) expected))) {
                return Optional.of(where + ": expected the set " + expected + ";" + gave);
            }
            if (rows.size() != list.size()) {
                return Optional.of(where + ": each element must come from its own row;" + gave);
            }
            return Optional.empty();
        } else if (!Objects.equals(expected, actual)) {
            return Optional.of(where + ": expected " + expected + ";" + gave);
        }
        if (rows.size() != 1) {
            return Optional.of(where + ": exactly one row must decide, for the explanation;" + gave);
        }
        return Optional.empty();
    }

    private static boolean questionsMatch(List<?> questions, List<?> keywords) {
        if (questions.size() != keywords.size()) {
            return false;
        }
        for (int i = 0; i < keywords.size(); i++) {
            if (!(questions.get(i) instanceof String q) || !q.contains((String) keywords.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- helpers ----

    /** The cartesian product of the named dimensions, in the order given; maps allow {@code null} values. */
    static List<Map<String, Object>> product(Object... namesAndValues) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(new LinkedHashMap<>());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            List<?> values = (List<?>) namesAndValues[i + 1];
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                for (Object value : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(row);
                    extended.put(name, value);
                    next.add(extended);
                }
            }
            rows = next;
        }
        return rows.stream().map(java.util.Collections::unmodifiableMap).toList();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<Object> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).map(Object.class::cast).toList();
    }

    private static Decider decider(Map<String, Object> in) {
        return Decider.valueOf((String) in.get(WIE_BESLIST));
    }

    private static Initiator initiator(Map<String, Object> in) {
        return Initiator.valueOf((String) in.get(INITIATIEFNEMER));
    }

    private static Complexity complexity(Map<String, Object> in) {
        return Complexity.valueOf((String) in.get(COMPLEXITEIT));
    }

    private static RoomLevel level(Map<String, Object> in, String name) {
        return RoomLevel.valueOf((String) in.get(name));
    }

    private static boolean bool(Map<String, Object> in, String name) {
        return (Boolean) in.get(name);
    }

    private static Set<Goal> goals(Map<String, Object> in) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        ((List<?>) in.get(DOELEN)).forEach(g -> goals.add(Goal.valueOf((String) g)));
        return goals;
    }
}
