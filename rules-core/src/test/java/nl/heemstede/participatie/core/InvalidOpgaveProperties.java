package nl.heemstede.participatie.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.Stakeholder;
import nl.heemstede.participatie.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every invalid opgave is rejected with an {@link InvalidOpgaveException} that lists all its violations, by field
 * path, and nothing else is ever thrown (README, "Using the library"). Opgaven are built with the record constructor,
 * so that the advisor itself must find the defects. Random runs name their seed: replay with {@code
 * -Dparticipatie.seed=…}.
 */
class InvalidOpgaveProperties {

    static final int RANDOM_OPGAVEN = 5_000;
    static final long SEED = OpgaveGenerator.seed();
    private static final String REPLAY = "seed " + SEED + " (replay with -D" + OpgaveGenerator.SEED_PROPERTY + "="
            + SEED + ")";

    private static final List<Optional<Boolean>> MANDATES = List.of(Optional.empty(), Optional.of(true),
            Optional.of(false));
    private static final List<Optional<CompetentBody>> BODIES = List.of(Optional.empty(),
            Optional.of(CompetentBody.COLLEGE), Optional.of(CompetentBody.COUNCIL));

    /** One independent defect of an opgave. */
    enum Defect {
        TITLE_EMPTY, TITLE_TOO_LONG, REFERENCE_TOO_LONG, DECISION_FIELDS, TOO_MANY_STAKEHOLDERS, NAME_EMPTY,
        NAME_TOO_LONG, NAME_DUPLICATE
    }

    /** An opgave and the field paths its violations must name, exactly. */
    record Case(Opgave opgave, Set<String> fields, String description) {
    }

    private static ParticipationAdvisor advisor() {
        return BundledPolicy.advisor();
    }

    /** What the advisor did with an invalid opgave, as failures: empty when it rejected it exactly right. */
    static List<String> rejectionFailures(ParticipationAdvisor advisor, Case c) {
        try {
            advisor.advise(c.opgave());
            return List.of("an invalid opgave got an advice: " + c.description());
        } catch (InvalidOpgaveException e) {
            List<String> f = new ArrayList<>();
            Set<String> fields = e.violations().stream().map(Violation::field)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!fields.equals(c.fields())) {
                f.add("violations name " + fields + ", expected exactly " + c.fields() + ": " + c.description()
                        + "\n    violations: " + e.violations());
            }
            for (Violation v : e.violations()) {
                if (v.message().isBlank() || !v.message().endsWith(".")) {
                    f.add("violation of " + v.field() + " needs a sentence saying what is expected: " + v);
                }
            }
            return f;
        } catch (Throwable t) {
            return List.of("threw " + t + " instead of InvalidOpgaveException: " + c.description());
        }
    }

    // ---- the cases ----

    /** The violations of the decision fields, by field, as {@code Opgave.violations()} states them. */
    static Set<String> decisionFieldViolations(Initiator initiator, boolean required, Optional<Boolean> mandate,
                                               Optional<CompetentBody> body) {
        Set<String> fields = new TreeSet<>();
        if (initiator == Initiator.MUNICIPALITY && !required) {
            fields.add("municipalDecisionRequired");
        }
        if (required != mandate.isPresent()) {
            fields.add("withinCivilServiceMandate");
        }
        boolean bodyNeeded = required && mandate.equals(Optional.of(false));
        boolean bodyMeaningless = !required || mandate.equals(Optional.of(true));
        if (bodyNeeded && body.isEmpty() || bodyMeaningless && body.isPresent()) {
            fields.add("competentBody");
        }
        return fields;
    }

    /** A random invalid opgave with the given defects (decision-field defects when the fields contradict). */
    static Case invalid(OpgaveGenerator g, Set<Defect> defects) {
        Opgave base = g.next(g.nextInt(4) == 0 ? 0 : g.nextInt(25));
        Set<String> fields = new TreeSet<>();
        List<String> what = new ArrayList<>();
        String title = base.title();
        if (defects.contains(Defect.TITLE_EMPTY)) {
            title = g.pick(new String[] {"", " ", "\t\n"});
            fields.add("title");
        } else if (defects.contains(Defect.TITLE_TOO_LONG)) {
            title = "T".repeat(201 + g.nextInt(300));
            fields.add("title");
        }
        Optional<String> reference = base.reference();
        if (defects.contains(Defect.REFERENCE_TOO_LONG)) {
            reference = Optional.of("R".repeat(101 + g.nextInt(200)));
            fields.add("reference");
        }
        Initiator initiator = base.initiator();
        boolean required = base.municipalDecisionRequired();
        Optional<Boolean> mandate = base.withinCivilServiceMandate();
        Optional<CompetentBody> body = base.competentBody();
        if (defects.contains(Defect.DECISION_FIELDS)) {
            Set<String> decisionFields;
            do {
                initiator = g.pick(Initiator.values());
                required = g.nextInt(2) == 1;
                mandate = MANDATES.get(g.nextInt(MANDATES.size()));
                body = BODIES.get(g.nextInt(BODIES.size()));
                decisionFields = decisionFieldViolations(initiator, required, mandate, body);
            } while (decisionFields.isEmpty());
            fields.addAll(decisionFields);
            what.add("decision fields " + initiator + "/" + required + "/" + mandate + "/" + body);
        }
        List<Stakeholder> stakeholders = new ArrayList<>(base.stakeholders());
        if (defects.contains(Defect.TOO_MANY_STAKEHOLDERS)) {
            stakeholders = new ArrayList<>(g.stakeholders(201 + g.nextInt(60)));
            fields.add("stakeholders");
        }
        boolean nameDefects = defects.contains(Defect.NAME_EMPTY) || defects.contains(Defect.NAME_TOO_LONG)
                || defects.contains(Defect.NAME_DUPLICATE);
        while (nameDefects && stakeholders.size() < 4) {
            stakeholders = new ArrayList<>(g.stakeholders(4 + g.nextInt(20)));
        }
        // Disjoint indices: 0 stays valid as the original of a duplicate; the defects go after it.
        List<Integer> free = new ArrayList<>();
        for (int i = 1; i < stakeholders.size(); i++) {
            free.add(i);
        }
        free = g.shuffled(free);
        if (defects.contains(Defect.NAME_EMPTY)) {
            for (int n = 1 + g.nextInt(Math.min(3, free.size() - 2)); n > 0; n--) {
                int i = free.remove(0);
                stakeholders.set(i, Stakeholder.of(g.pick(new String[] {"", " ", "  \t"}), stakeholders.get(i).kind()));
                fields.add("stakeholders[" + i + "].name");
            }
        }
        if (defects.contains(Defect.NAME_TOO_LONG)) {
            int i = free.remove(0);
            stakeholders.set(i, Stakeholder.of("N" + i + "-" + "n".repeat(200 + g.nextInt(100)),
                    stakeholders.get(i).kind()));
            fields.add("stakeholders[" + i + "].name");
        }
        if (defects.contains(Defect.NAME_DUPLICATE)) {
            int j = free.remove(0);
            int i = g.nextInt(j); // an earlier stakeholder
            while (!validName(stakeholders.get(i).name())) {
                i = g.nextInt(j);
            }
            stakeholders.set(j, Stakeholder.of(flipCase(stakeholders.get(i).name()), stakeholders.get(j).kind()));
            fields.add("stakeholders[" + j + "].name");
            what.add("stakeholders[" + j + "] repeats stakeholders[" + i + "]");
        }
        Opgave opgave = new Opgave(title, reference, initiator, required, mandate, body, base.impact(), base.room(),
                base.difficulty(), base.intentions(), stakeholders);
        return new Case(opgave, fields, "defects " + defects + " " + what + " in " + AdviceInvariants.describe(opgave)
                + ", title length " + title.length() + ", reference " + reference.map(String::length).orElse(0)
                + " chars");
    }

    private static boolean validName(String name) {
        return !name.isBlank() && name.length() <= 200;
    }

    /** The same name in another case (ASCII letters only, so that no letter changes length or meaning). */
    private static String flipCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static Set<Defect> randomDefects(OpgaveGenerator g) {
        List<Defect> all = g.shuffled(List.of(Defect.values()));
        Set<Defect> chosen = EnumSet.noneOf(Defect.class);
        chosen.addAll(all.subList(0, 1 + g.nextInt(all.size())));
        if (chosen.contains(Defect.TITLE_EMPTY) && chosen.contains(Defect.TITLE_TOO_LONG)) {
            chosen.remove(g.nextInt(2) == 0 ? Defect.TITLE_EMPTY : Defect.TITLE_TOO_LONG);
        }
        return chosen;
    }

    // ---- the tests ----

    @Test
    @DisplayName("5,000 random opgaven with 1 to 8 independent defects are rejected with exactly their violations")
    void everyInvalidOpgaveIsRejectedWithAllItsViolationsAndNothingElseIsThrown() {
        OpgaveGenerator g = new OpgaveGenerator(SEED);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < RANDOM_OPGAVEN; n++) {
            Case c = invalid(g, randomDefects(g));
            for (String f : rejectionFailures(advisor(), c)) {
                failures.add("#" + n + ": " + f);
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " invalid opgaven were not rejected right, "
                + REPLAY + ":\n" + failures.stream().limit(10).collect(Collectors.joining("\n")));
    }

    @TestFactory
    @DisplayName("Each defect on its own is reported with its field path")
    Stream<DynamicTest> eachDefectAloneIsReportedWithItsFieldPath() {
        OpgaveGenerator g = new OpgaveGenerator(SEED);
        return Stream.of(Defect.values()).map(d -> DynamicTest.dynamicTest(d.name(), () -> {
            for (int n = 0; n < 50; n++) {
                Case c = invalid(g, EnumSet.of(d));
                List<String> f = rejectionFailures(advisor(), c);
                assertTrue(f.isEmpty(), () -> String.join("\n", f) + "\n" + REPLAY);
            }
        }));
    }

    @Test
    @DisplayName("All 72 combinations of initiator and decision fields: the 15 valid ones get an advice, the 57 "
            + "others exactly their violations")
    void theDecisionFieldsMustNotContradictEachOther() {
        Opgave base = new OpgaveGenerator(SEED).next(3);
        int valid = 0;
        int invalid = 0;
        List<String> failures = new ArrayList<>();
        for (Initiator initiator : Initiator.values()) {
            for (boolean required : new boolean[] {false, true}) {
                for (Optional<Boolean> mandate : MANDATES) {
                    for (Optional<CompetentBody> body : BODIES) {
                        Opgave o = new Opgave(base.title(), base.reference(), initiator, required, mandate, body,
                                base.impact(), base.room(), base.difficulty(), base.intentions(),
                                base.stakeholders());
                        Set<String> expected = decisionFieldViolations(initiator, required, mandate, body);
                        String d = initiator + ", municipalDecisionRequired=" + required
                                + ", withinCivilServiceMandate=" + mandate + ", competentBody=" + body;
                        if (expected.isEmpty()) {
                            valid++;
                            try {
                                advisor().advise(o);
                            } catch (RuntimeException e) {
                                failures.add("valid " + d + " threw " + e);
                            }
                        } else {
                            invalid++;
                            failures.addAll(rejectionFailures(advisor(), new Case(o, expected, d)));
                        }
                    }
                }
            }
        }
        assertEquals(15, valid);
        assertEquals(57, invalid);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void aMissingOpgaveIsAnInvalidInputNotANullPointer() {
        InvalidOpgaveException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidOpgaveException.class,
                () -> advisor().advise(null));
        assertEquals(1, e.violations().size());
    }

    @Test
    void theLimitsThemselvesAreValid() {
        Opgave base = new OpgaveGenerator(SEED).next(0);
        List<Stakeholder> stakeholders = new ArrayList<>(new OpgaveGenerator(SEED).stakeholders(199));
        stakeholders.add(Stakeholder.of("n".repeat(200), nl.heemstede.participatie.StakeholderKind.EXPERT));
        Opgave atTheLimits = new Opgave("t".repeat(200), Optional.of("r".repeat(100)), base.initiator(),
                base.municipalDecisionRequired(), base.withinCivilServiceMandate(), base.competentBody(),
                base.impact(), base.room(), base.difficulty(), base.intentions(), stakeholders);
        assertEquals(202, advisor().advise(atTheLimits).roles().size(), AdviceInvariants.describe(atTheLimits));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        Opgave base = new OpgaveGenerator(SEED).next(0);
        String tree = "\uD83C\uDF33"; // one character outside the Basic Multilingual Plane, two UTF-16 units
        Opgave twoHundred = new Opgave(tree.repeat(200), Optional.of(tree.repeat(100)), base.initiator(),
                base.municipalDecisionRequired(), base.withinCivilServiceMandate(), base.competentBody(),
                base.impact(), base.room(), base.difficulty(), base.intentions(),
                List.of(Stakeholder.of(tree.repeat(200), nl.heemstede.participatie.StakeholderKind.NEIGHBOURS)));
        assertEquals(3, advisor().advise(twoHundred).roles().size(), "200 characters are allowed");
        Opgave tooLong = new Opgave(tree.repeat(201), Optional.of(tree.repeat(101)), base.initiator(),
                base.municipalDecisionRequired(), base.withinCivilServiceMandate(), base.competentBody(),
                base.impact(), base.room(), base.difficulty(), base.intentions(),
                List.of(Stakeholder.of(tree.repeat(201), nl.heemstede.participatie.StakeholderKind.NEIGHBOURS)));
        List<String> f = rejectionFailures(advisor(), new Case(tooLong,
                new TreeSet<>(Set.of("title", "reference", "stakeholders[0].name")), "201 characters"));
        assertTrue(f.isEmpty(), String.join("\n", f));
    }
}
