package nl.heemstede.participatie.core.compiled;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;

/**
 * What a consumer that only advises with the bundled policy does, in a JVM of its own ({@link EngineFreeStartTests}
 * starts it): the first advice of every advice class's kind of opgave, through the facade. Prints the number of
 * advices and the policy version.
 */
public final class AdviseBundledMain {

    private AdviseBundledMain() {
    }

    /** Advises 1,000 opgaven spread over the complete input space. */
    public static void main(String[] args) {
        Clock inForce = Clock.fixed(LocalDate.of(2022, 6, 1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        ParticipationAdvisor advisor = ParticipationAdvisor.bundled().withClock(inForce);
        CompleteInputSpace space = CompleteInputSpace.complete();
        int advised = 0;
        for (int index = 0; index < space.size(); index += space.size() / 1_000) {
            Advice advice = advisor.advise(space.opgave(index));
            if (!advice.explanation().isEmpty()) {
                advised++;
            }
        }
        System.out.println("advised " + advised + " with " + advisor.policyVersion().sha256());
    }
}
