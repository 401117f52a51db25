package nl.heemstede.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Impact;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.StakeholderKind;

/**
 * What an embedding system does: the bundled policy, a policy directory of its own and a reloading advisor on it.
 * Arguments: {@code class-path} or {@code module-path} (what to expect of the modules), then the policy directory.
 */
public final class Consumer {

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path source = Path.of(args[1]);
        Opgave opgave = Opgave.builder("Herinrichting Raadhuisstraat")
                .initiator(Initiator.MUNICIPALITY)
                .decidedBy(CompetentBody.COUNCIL)
                .impact(Impact.of(true, false, true))
                .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE))
                .stakeholder("Bewoners Raadhuisstraat", StakeholderKind.NEIGHBOURS)
                .peildatum(LocalDate.of(2022, 6, 1))
                .build();

        ParticipationAdvisor bundled = ParticipationAdvisor.bundled();
        expectModules(mode, bundled);
        Advice advice = bundled.advise(opgave);

        Path directory = Files.createTempDirectory("beleid");
        try (Stream<Path> files = Files.list(source)) {
            files.forEach(file -> copy(file, directory.resolve(file.getFileName().toString())));
        }
        Advice fromDirectory = ParticipationAdvisor.fromDirectory(directory).advise(opgave);
        check(advice.equals(fromDirectory), "the copy of the bundled policy advises otherwise than the bundled one");

        try (ReloadingAdvisor reloading = ParticipationAdvisor.reloading(directory, PolicyListener.NONE)) {
            check(advice.equals(reloading.advise(opgave)), "the reloading advisor advises otherwise");
        }
        System.out.println("consumer on the " + mode + ": " + advice.decider() + ", " + advice.complexity()
                + ", policy " + bundled.policyVersion().name());
    }

    /** On the module path the facade and the engine are the named modules the README promises. */
    private static void expectModules(String mode, ParticipationAdvisor advisor) {
        Module facade = ParticipationAdvisor.class.getModule();
        Module engine = advisor.getClass().getModule();
        if (mode.equals("module-path")) {
            check(Consumer.class.getModule().isNamed(), "the consumer is not a named module");
            check("nl.heemstede.participatie.api".equals(facade.getName()), "rules-api is " + facade);
            check("nl.heemstede.participatie.core".equals(engine.getName()), "rules-core is " + engine);
        } else {
            check(!facade.isNamed() && !engine.isNamed(), "on the class path, but " + facade + " and " + engine);
        }
    }

    private static void copy(Path file, Path target) {
        try {
            Files.copy(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
