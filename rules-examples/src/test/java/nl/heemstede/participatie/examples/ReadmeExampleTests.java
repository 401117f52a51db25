package nl.heemstede.participatie.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
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
                .build());
        advice.explanation().forEach(e -> System.out.println(e.decision() + ": " + e.text()));

        assertEquals(Complexity.COMPLEX, advice.complexity());
        assertTrue(advice.explanation().stream().anyMatch(e -> e.rule().equals("wie-beslist-4")));
    }

    @Test
    void theReadmeShowsTheJavaExampleThisTestRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains("ParticipationAdvisor advisor = ParticipationAdvisor.bundled();"));
        assertTrue(readme.contains(".impact(Impact.of(true, false, true))"));
        assertTrue(readme.contains("mvn -B verify"), "README gives the test command that .ci/run calls.");
        assertTrue(Files.readString(Path.of("..", ".ci", "run")).contains("mvn -B verify"));
    }
}
