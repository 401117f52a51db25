package nl.heemstede.participatie.core.compiled;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;

/**
 * What a consumer that only advises with the bundled policy does, in a JVM of its own ({@link EngineFreeStartTests}
 * starts it): a thousand opgaven spread over the complete input space, through the facade. Prints the number of
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
        for (int i = 0; i < 1_000; i++) {
            Advice advice = advisor.advise(space.opgave(i * (space.size() / 1_000)));
            if (!advice.explanation().isEmpty()) {
                advised++;
            }
        }
        System.out.println("advised " + advised + " with " + advisor.policyVersion().sha256());
    }
}
