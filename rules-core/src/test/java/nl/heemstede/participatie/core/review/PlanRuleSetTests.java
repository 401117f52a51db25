package nl.heemstede.participatie.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.core.loading.RulePolicy;

/**
 * The rule sets of the plan check and the review, as a whole: every finding code has a rule, and back; and the
 * labels are honest (README, "Checking a plan"): no rule that is our reading makes an error, and every rule marked
 * [seed] quotes the seed in its {@code @bron}. Whether each quote occurs in the seed word for word is checked
 * against the seed text by the test of the seed quotes.
 */
class PlanRuleSetTests {

    private static final String[] FILES = {PolicyFiles.PLAN_RULES, PolicyFiles.REVIEW_RULES};
    /** A quote in {@code @bron}: text in double quotes. */
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");
    private static final int MAX_QUOTE_WORDS = 20;

    @Test
    void everyFindingCodeIsRaisedByARuleAndEveryRuleRaisesAKnownCode() {
        Map<String, PlanReviewer.FindingRule> rules = PlanReviewer.findingRules();
        Set<FindingCode> raised = rules.values().stream().map(PlanReviewer.FindingRule::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
        assertEquals(EnumSet.allOf(FindingCode.class), raised);
        rules.forEach((name, rule) -> assertTrue(rule.source().length() > 10, name));
    }

    @Test
    void everyRuleThatMakesAFindingHasACodeAndNoOtherRuleMakesOne() {
        for (String file : FILES) {
            String drl = new String(PolicyFiles.bundled().content(file), StandardCharsets.UTF_8);
            String[] blocks = drl.split("\nrule \"");
            int findingRules = 0;
            for (int i = 1; i < blocks.length; i++) {
                String name = blocks[i].substring(0, blocks[i].indexOf('"'));
                boolean makesFinding = blocks[i].contains("insert(finding(");
                assertEquals(makesFinding, blocks[i].contains("@code("), file + ": rule " + name);
                assertEquals(makesFinding, PlanReviewer.findingRules().containsKey(name), file + ": rule " + name);
                findingRules += makesFinding ? 1 : 0;
            }
            assertTrue(findingRules > 10, file);
        }
    }

    /** The severity rule: an ERROR only for a norm the seed states; a departure from a reading is at most a WARNING. */
    @Test
    void noRuleThatIsOurReadingMakesAnErrorAndEverySeedRuleQuotesTheSeed() {
        for (String file : FILES) {
            RulePolicy rules = RulePolicy.of(Map.of(file, PolicyFiles.bundled().content(file)));
            assertEquals(List.of(), labelProblems(rules.metadata()), file);
        }
    }

    @Test
    void theLabelCheckFailsOnAReadingThatMakesAnErrorAndOnASeedRuleWithoutAQuote() {
        String drl = new String(PolicyFiles.bundled().content(PolicyFiles.PLAN_RULES), StandardCharsets.UTF_8);
        String reading = "@code(\"ROLE_HEAVIER_THAN_ADVISED\") @ernst(\"WARNING\")";
        assertTrue(drl.contains(reading));
        String broken = drl.replace(reading, "@code(\"ROLE_HEAVIER_THAN_ADVISED\") @ernst(\"ERROR\")")
                .replace("@bron(\"Processen 2: \\\"Alleen starten met participatie als het haalbaar is\\\"\")",
                        "@bron(\"Processen 2: alleen starten met participatie als het haalbaar is\")");
        RulePolicy rules = RulePolicy.of(Map.of(PolicyFiles.PLAN_RULES, broken.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = labelProblems(rules.metadata());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Rol zwaarder dan geadviseerd: [reading]")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Doel terwijl participatie niet haalbaar is: [seed]")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Deelnemer terwijl participatie niet haalbaar is:")),
                problems::toString);
    }

    /** The quotes of the [seed] rules, by rule: what the test of the seed quotes looks up in the seed text. */
    static Map<String, List<String>> seedQuotes(Map<String, Map<String, Object>> metadata) {
        Map<String, List<String>> quotes = new TreeMap<>();
        metadata.forEach((rule, meta) -> {
            List<String> found = new ArrayList<>();
            Matcher m = QUOTE.matcher(String.valueOf(meta.getOrDefault(RulePolicy.SOURCE, "")));
            while (m.find()) {
                found.add(m.group(1));
            }
            quotes.put(rule, found);
        });
        return quotes;
    }

    /**
     * What is wrong with the labels of the rules, one sentence per rule: a [reading] rule with {@code @ernst ERROR};
     * a [seed] rule whose {@code @bron} has no quote in double quotes, or a quote of more than 20 words; a rule
     * without {@code @grondslag}.
     */
    static List<String> labelProblems(Map<String, Map<String, Object>> metadata) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> quotes = seedQuotes(metadata);
        new TreeMap<>(metadata).forEach((rule, meta) -> {
            String basis = String.valueOf(meta.get(RulePolicy.BASIS)).strip();
            String severity = String.valueOf(meta.get("ernst")).strip();
            if (!basis.equals("[seed]") && !basis.equals("[reading]")) {
                problems.add(rule + ": @grondslag must be [seed] or [reading]; it is " + basis + ".");
            }
            if (basis.equals("[reading]") && severity.equals("ERROR")) {
                problems.add(rule + ": [reading] with @ernst ERROR; a departure from a reading is at most a WARNING.");
            }
            if (basis.equals("[seed]")) {
                if (quotes.get(rule).isEmpty()) {
                    problems.add(rule + ": [seed] without a quote of the seed in double quotes in @bron.");
                }
                for (String quote : quotes.get(rule)) {
                    int words = quote.strip().split("\\s+").length;
                    if (words > MAX_QUOTE_WORDS) {
                        problems.add(rule + ": the quote has " + words + " words, more than " + MAX_QUOTE_WORDS + ".");
                    }
                }
            }
        });
        return problems;
    }
}
