package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.KindRole;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.facts.Situation;
import nl.heemstede.participatie.core.facts.StakeholderFact;

/**
 * The DRL rule sets decided once per {@link Situation}, with one stakeholder of each kind, and remembered.
 *
 * <p>The rules treat every stakeholder on its own (see {@code rollen.drl}), so what they decide for one
 * stakeholder of a kind is what they decide for every stakeholder of that kind; a firing that matched a stakeholder
 * belongs to that stakeholder's kind and counts only for opgaven that have one. The number of situations is finite
 * (a few thousand), so the memo is bounded. Thread-safe.
 */
final class RuleMemo {

    /** What the rules decided in one situation. */
    record Answer(List<PartyRole> bodies, Map<StakeholderKind, Role> roleByKind, List<AttentionPoint> attention,
                  Set<Explanation> explanation, Map<StakeholderKind, Set<Explanation>> explanationByKind,
                  List<String> defects, Map<StakeholderKind, List<String>> defectsByKind,
                  Map<StakeholderKind, Role> tableRoles) {
    }

    private final RulePolicy rules;
    private final Map<Situation, Answer> answers = new ConcurrentHashMap<>();

    RuleMemo(RulePolicy rules) {
        this.rules = rules;
    }

    /**
     * The rules' answer in the given situation.
     *
     * @param tableRoles the role the table gives each kind in this situation, computed only on a miss
     */
    Answer answer(Situation situation, Function<Situation, Map<StakeholderKind, Role>> tableRoles) {
        Answer answer = answers.get(situation);
        if (answer == null) {
            answer = answers.computeIfAbsent(situation, s -> decide(s, tableRoles.apply(s)));
        }
        return answer;
    }

    private Answer decide(Situation situation, Map<StakeholderKind, Role> tableRoles) {
        List<Object> facts = new ArrayList<>();
        facts.add(situation);
        for (StakeholderKind kind : StakeholderKind.values()) {
            facts.add(new StakeholderFact(kind.ordinal(), kind.name(), kind));
        }
        tableRoles.forEach((kind, role) -> facts.add(new KindRole(kind, role)));
        RulePolicy.Outcome outcome = rules.run(facts);

        List<PartyRole> bodies = new ArrayList<>();
        Map<StakeholderKind, Role> roleByKind = new EnumMap<>(StakeholderKind.class);
        List<AttentionPoint> attention = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        Map<StakeholderKind, List<String>> defectsByKind = new EnumMap<>(StakeholderKind.class);
        for (Object fact : outcome.facts()) {
            if (fact instanceof PartyRole role && role.kind() == null) {
                bodies.add(role);
            } else if (fact instanceof PartyRole role) {
                if (roleByKind.putIfAbsent(role.kind(), role.role()) != null) {
                    defectsByKind.computeIfAbsent(role.kind(), k -> new ArrayList<>()).add("belanghebbende '"
                            + role.party() + "' kreeg meer dan één rol");
                }
            } else if (fact instanceof Attention a) {
                attention.add(new AttentionPoint(a.code(), a.text()));
            } else if (fact instanceof PolicyDefect defect && defect.kind() == null) {
                defects.add(defect.problem());
            } else if (fact instanceof PolicyDefect defect) {
                defectsByKind.computeIfAbsent(defect.kind(), k -> new ArrayList<>()).add(defect.problem());
            }
        }
        bodies.sort(java.util.Comparator.comparingInt(PartyRole::position));

        Set<Explanation> explanation = new LinkedHashSet<>();
        Map<StakeholderKind, Set<Explanation>> explanationByKind = new EnumMap<>(StakeholderKind.class);
        for (RulePolicy.Firing firing : outcome.firings()) {
            Set<StakeholderKind> kinds = kindsMatched(firing);
            rules.explain(firing.rule()).ifPresent(e -> {
                if (kinds.isEmpty()) {
                    explanation.add(e);
                } else {
                    kinds.forEach(k -> explanationByKind.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e));
                }
            });
        }
        return new Answer(List.copyOf(bodies), roleByKind, List.copyOf(attention), explanation, explanationByKind,
                List.copyOf(defects), defectsByKind, tableRoles);
    }

    private static Set<StakeholderKind> kindsMatched(RulePolicy.Firing firing) {
        Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
        for (Object matched : firing.matched()) {
            if (matched instanceof StakeholderFact s) {
                kinds.add(s.kind());
            } else if (matched instanceof PartyRole p && p.kind() != null) {
                kinds.add(p.kind());
            } else if (matched instanceof KindRole k) {
                kinds.add(k.kind());
            }
        }
        return kinds;
    }

    /** How many situations are remembered. */
    int size() {
        return answers.size();
    }
}
