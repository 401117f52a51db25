package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.FindingCode;
import nl.heemstede.participatie.Goal;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;

class ReadmeExampleTests {

    @Test
    void theJavaExampleOfTheReadmeRunsAndAdvisesAComplexCouncilOpgave() {
        // Keep in step with the code sample at the top of README.md.
        ParticipationAdvisor advisor = ParticipationAdvisor.bundled();
        Advice advice = advisor.advise(Opgave.builder("Herinrichting Raadhuisstraat")
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL)
                .impact(Impact.of(true, false, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS)
                .peildatum(LocalDate.of(2022, 6, 1))   // the date the advice is for; default: today
                .build());
        advice.explanation().forEach(e -> System.out.println(e.decision() + ": " + e.text()));

        assertEquals(Complexity.COMPLEX, advice.complexity());
        assertEquals(LocalDate.of(2022, 6, 1), advice.peildatum());
        assertTrue(advice.explanation().stream().anyMatch(e -> e.rule().equals("wie-beslist-4")));
    }

    @Test
    void thePlanCheckExampleOfTheReadmeIsSoundAndItsVariantsFindWhatTheReadmeSays() {
        // Keep in step with the plan sample in README.md, "Checking a plan, and accounting for the process".
        ParticipationAdvisor advisor = ParticipationAdvisor.bundled();
        Opgave opgave = Opgave.builder("Herinrichting Raadhuisstraat")
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL)
                .impact(Impact.of(true, false, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS)
                .peildatum(LocalDate.of(2022, 6, 1))
                .build();
        PlanCheck check = advisor.checkPlan(opgave, plan(Role.CONSULTED, true));
        check.findings().forEach(f -> System.out.println(f.severity().label() + " " + f.code() + ": " + f.text()));
        assertTrue(check.findings().stream().noneMatch(f -> f.severity() != nl.heemstede.participatie.Severity.INFO),
                check.findings()::toString);

        PlanCheck heavier = advisor.checkPlan(opgave, plan(Role.CO_PRODUCER, true));
        assertFalse(heavier.hasErrors(), heavier.findings()::toString);
        assertTrue(heavier.has(FindingCode.ROLE_HEAVIER_THAN_ADVISED), heavier.findings()::toString);
        PlanCheck unanswered = advisor.checkPlan(opgave, plan(Role.CONSULTED, false));
        assertTrue(unanswered.hasErrors());
        assertEquals(6, unanswered.findings().stream().filter(f -> f.code() == FindingCode.PLAN_QUESTION_UNANSWERED)
                .count(), unanswered.findings()::toString);
    }

    /** The plan of the README, with the residents' role and with or without the plan description's answers. */
    private static ParticipationPlan plan(Role residents, boolean answered) {
        ParticipationPlan.Builder plan = ParticipationPlan.builder()
                .adoptedBy(CompetentBody.COUNCIL)
                .goal(Goal.THINK_TOGETHER)
                .party("Gemeente Heemstede", Role.PROCESS_OWNER)
                .party("Gemeenteraad", Role.DECISION_MAKER)
                .party("Bewoners Raadhuisstraat", residents)
                .framework(nl.heemstede.participatie.FrameworkKind.CONTENT,
                        "Het verkeerscirculatieplan en het bestemmingsplan.")
                .framework(nl.heemstede.participatie.FrameworkKind.FINANCIAL, "Het krediet voor de herinrichting.")
                .framework(nl.heemstede.participatie.FrameworkKind.PROCESS,
                        "Twee inloopavonden en een digitale enquête, vóór het raadsvoorstel.")
                .weighing("De raad weegt de inbreng af tegen verkeersveiligheid en kosten.");
        if (answered) {
            plan.answer(nl.heemstede.participatie.PlanQuestion.OPGAVE,
                            "De Raadhuisstraat en de Binnenweg worden opnieuw ingericht.")
                    .answer(nl.heemstede.participatie.PlanQuestion.SOCIETAL_VALUE,
                            "Een veiliger en aantrekkelijker centrum.")
                    .answer(nl.heemstede.participatie.PlanQuestion.RULES,
                            "De verkeersfunctie ligt vast; inrichting en groen zijn open.")
                    .answer(nl.heemstede.participatie.PlanQuestion.PARTICIPANTS,
                            "Bewoners en ondernemers van beide straten.")
                    .answer(nl.heemstede.participatie.PlanQuestion.INTERESTS,
                            "Bereikbaarheid van winkels, parkeren, verblijven.")
                    .answer(nl.heemstede.participatie.PlanQuestion.COSTS_AND_BENEFITS,
                            "Binnen het krediet; onderhoud daalt.");
        }
        return plan.build();
    }

    @Test
    void theCaseOfTheReadmesStaffSectionIsReadAndGetsTheAdviceItExpects() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```yaml\n   gevallen:");
        assertTrue(start > 0, "README's staff section shows a case in gevallen.yaml");
        String block = readme.substring(start + "```yaml\n".length(), readme.indexOf("   ```", start));
        String yaml = block.lines().map(l -> l.length() >= 3 ? l.substring(3) : l.strip())
                .collect(java.util.stream.Collectors.joining("\n"));
        // the snippet is the end of a file that starts as the bundled one, with its standaardopgave
        String bundled = new String(nl.heemstede.participatie.core.loading.PolicyFiles.bundled().cases().orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        String file = bundled.substring(0, bundled.indexOf("\ngevallen:") + 1) + yaml;
        var cases = nl.heemstede.participatie.core.cases.CaseFile.read(
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "README.md");
        var results = nl.heemstede.participatie.core.cases.ExpectedCases.run(cases,
                nl.heemstede.participatie.core.DirectoryAdvisor.undated(ParticipationAdvisor.bundled()));
        assertEquals(1, results.size());
        assertTrue(results.get(0).passed(), results.get(0).dutch());
    }

    @Test
    void theReadmeShowsTheJavaExampleThisTestRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains("ParticipationAdvisor advisor = ParticipationAdvisor.bundled();"));
        assertTrue(readme.contains(".impact(Impact.of(true, false, true))"));
        assertTrue(readme.contains(".peildatum(LocalDate.of(2022, 6, 1))"), "the sample has a peildatum in force");
        assertTrue(readme.contains("PlanCheck check = advisor.checkPlan(opgave, plan);"));
        assertTrue(readme.contains(".party(\"Bewoners Raadhuisstraat\", Role.CONSULTED)"));
        assertTrue(readme.contains(".answer(PlanQuestion.COSTS_AND_BENEFITS, \"Binnen het krediet; onderhoud daalt.\")"));
        for (String file : new String[] {"opgave.json", "plan.json", "verslag.json", "plan-met-bevindingen.json",
            "verslag-met-bevindingen.json"}) {
            assertTrue(readme.contains("rules-examples/examples/proceskader/" + file), file);
            assertTrue(Files.exists(Path.of("examples", "proceskader", file)), file);
        }
        assertTrue(readme.contains("mvn -B -T 2 verify"), "README gives the test command that .ci/run calls.");
        assertTrue(Files.readString(Path.of("..", ".ci", "run")).contains("mvn -B -T 2 verify"));
    }
}
