package nl.heemstede.participatie.core.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPoint;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.InvalidOpgaveException;
import nl.heemstede.participatie.NoPolicyInForceException;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.review.PlanReviewer;

/**
 * The advisor over a policy register: one or more policy versions whose periods do not overlap, each advising with
 * its own tables ({@link TabledAdvisor}). An opgave is advised by the version in force on its peildatum (today in
 * the advisor's clock when it has none); when none is, it is refused with a {@link NoPolicyInForceException}. A
 * version asked for by name advises whatever the peildatum, and says so in an attention point when it was not in
 * force on it. Immutable and thread-safe; the versions are shared by every advisor made from this one with
 * {@link #withClock} or {@link #withVersion}.
 *
 * <p>The peildatum only selects the version and is copied into the advice: the versions' memos never see it.
 */
public final class RegisterAdvisor implements ParticipationAdvisor {

    /** Today as the municipality of Heemstede counts it. */
    static final Clock DEFAULT_CLOCK = Clock.system(ZoneId.of("Europe/Amsterdam"));

    /** The versions, each advising with its own tables whatever the peildatum, by the start of their period. */
    private final List<ParticipationAdvisor> versions;
    private final Clock clock;
    private final Optional<ParticipationAdvisor> pinned;

    private RegisterAdvisor(List<ParticipationAdvisor> versions, Clock clock, Optional<ParticipationAdvisor> pinned) {
        this.versions = versions;
        this.clock = clock;
        this.pinned = pinned;
    }

    /**
     * The register of the given versions, with the default clock.
     *
     * @param origin where the register comes from, for messages
     * @throws PolicyLoadException when two versions have the same name or periods that overlap, naming both
     */
    public static RegisterAdvisor of(List<? extends ParticipationAdvisor> versions, String origin) {
        if (versions.isEmpty()) {
            throw new PolicyLoadException("Het beleidsregister " + origin + " bevat geen beleidsversie.");
        }
        List<ParticipationAdvisor> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing((ParticipationAdvisor a) -> a.policyVersion().validFrom())
                .thenComparing(a -> a.policyVersion().name()));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                PolicyVersion a = sorted.get(i).policyVersion();
                PolicyVersion b = sorted.get(j).policyVersion();
                if (a.name().strip().equalsIgnoreCase(b.name().strip())) {
                    problems.add("Twee versies in " + origin + " heten '" + a.name() + "'; geef elke versie in"
                            + " beleid.properties een eigen naam, zodat een versie bij naam te kiezen is.");
                }
                if (overlap(a, b)) {
                    problems.add("De perioden van twee versies in " + origin + " overlappen: " + a.describe()
                            + " en " + b.describe() + ". Op elke datum mag hoogstens één versie gelden; pas"
                            + " validFrom of validUntil in beleid.properties aan.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException("Het beleidsregister " + origin + " is geweigerd: "
                    + String.join(" ", problems), problems);
        }
        return new RegisterAdvisor(List.copyOf(sorted), DEFAULT_CLOCK, Optional.empty());
    }

    /** The advisor as a register: itself when it is one, else a register of this one version. */
    public static RegisterAdvisor of(ParticipationAdvisor advisor) {
        return advisor instanceof RegisterAdvisor register ? register
                : new RegisterAdvisor(List.of(advisor), DEFAULT_CLOCK, Optional.empty());
    }

    private static boolean overlap(PolicyVersion a, PolicyVersion b) {
        boolean aEndsBeforeB = a.validUntil().map(until -> until.isBefore(b.validFrom())).orElse(false);
        boolean bEndsBeforeA = b.validUntil().map(until -> until.isBefore(a.validFrom())).orElse(false);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /**
     * Whether the directory is a register rather than one policy directory: it holds no {@code beleid.properties}
     * (in any case).
     */
    public static boolean isRegister(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.noneMatch(e -> e.getFileName().toString().toLowerCase(Locale.ROOT)
                    .equals(Policy.DESCRIPTOR));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PolicyLoadException(directory + " kan niet gelezen worden: " + e.getMessage(), e);
        }
    }

    /**
     * The version directories of a register: every entry that is a directory (or a symbolic link to one, the way to
     * publish a version in one step), except hidden ones (a name starting with a dot, where a version can be
     * prepared); other files (a README) are left alone.
     *
     * @throws PolicyLoadException when there is none
     */
    public static List<Path> versionDirectories(Path register) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(register)) {
            for (Path entry : entries.sorted().toList()) {
                if (!entry.getFileName().toString().startsWith(".") && Files.isDirectory(entry)) {
                    found.add(entry);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PolicyLoadException(register + " kan niet gelezen worden: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new PolicyLoadException(register + " heeft geen " + Policy.DESCRIPTOR + " en geen map met een"
                    + " beleidsversie. Geef een beleidsmap (één .dmn-bestand en " + Policy.DESCRIPTOR + ") of een"
                    + " beleidsregister (één zo'n map per versie).");
        }
        return found;
    }

    /**
     * Loads a policy directory or a register, each version with the given loader; the problems of every version
     * are reported at once, each naming its directory.
     *
     * @throws PolicyLoadException naming each version that failed and what to fix, or the overlap
     */
    public static RegisterAdvisor load(Path directory, Function<Path, ParticipationAdvisor> loadVersion) {
        if (!isRegister(directory)) {
            return of(loadVersion.apply(directory));
        }
        List<ParticipationAdvisor> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PolicyLoadException first = null;
        for (Path version : versionDirectories(directory)) {
            try {
                loaded.add(loadVersion.apply(version));
            } catch (PolicyLoadException e) {
                first = first == null ? e : first;
                for (String problem : e.problems()) {
                    problems.add("Versie " + version.getFileName() + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException("Het beleidsregister " + directory + " is geweigerd: " + problems.get(0)
                    + (problems.size() > 1 ? " (en " + (problems.size() - 1) + " meer)" : ""), problems, first);
        }
        return of(loaded, directory.toString());
    }

    @Override
    public Advice advise(Opgave opgave) {
        if (opgave == null) {
            EngineAdvisor.checkValid(null); // throws: an opgave is required
        }
        LocalDate peildatum = opgave.peildatum().orElseGet(() -> LocalDate.now(clock));
        // the version validates the opgave; an invalid opgave is reported as such also when no version is in force
        ParticipationAdvisor version = versionFor(peildatum, opgave);
        Advice advice = version.advise(opgave.peildatum().isPresent() ? opgave : opgave.withPeildatum(peildatum));
        if (advice.policyVersion().inForceOn(peildatum)) {
            return advice;
        }
        List<AttentionPoint> points = new ArrayList<>(advice.attentionPoints());
        points.add(new AttentionPoint(AttentionPointCode.VERSION_NOT_IN_FORCE, "Dit advies is op verzoek gegeven"
                + " met beleidsversie " + advice.policyVersion().describe() + ", die op de peildatum "
                + dutch(peildatum) + " niet gold. Gebruik het om te vergelijken of na te gaan, niet als advies voor"
                + " die datum."));
        points.sort(Comparator.comparing(AttentionPoint::code));
        return new Advice(advice.reference(), advice.policyVersion(), advice.peildatum(), advice.decider(),
                advice.complexity(), advice.route(), advice.quickscanRequired(), advice.quickscanDeliverables(),
                advice.participationSpace(), advice.participationFeasible(), advice.participationPlanRequired(),
                advice.goals(), advice.roles(), advice.governmentRole(), advice.steps(),
                advice.planDescriptionQuestions(), points, advice.guidance(), advice.explanation());
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    /** The date as a Dutch reader writes it: {@code 1 december 2026}. */
    static String dutch(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * The version that advises on the peildatum: the one asked for by name, else the one in force.
     *
     * @throws InvalidOpgaveException   when none is in force and the opgave is invalid
     * @throws NoPolicyInForceException when none is in force
     */
    private ParticipationAdvisor versionFor(LocalDate peildatum, Opgave opgave) {
        if (pinned.isPresent()) {
            return pinned.get();
        }
        for (ParticipationAdvisor version : versions) {
            if (version.policyVersion().inForceOn(peildatum)) {
                return version;
            }
        }
        EngineAdvisor.checkValid(opgave);
        throw new NoPolicyInForceException(peildatum, policyVersions());
    }

    @Override
    public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
        return PlanReviewer.check(this, opgave, plan);
    }

    @Override
    public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
        return PlanReviewer.review(this, opgave, plan, record);
    }

    /** The version asked for by name, else the newest (the last to come into force). */
    @Override
    public PolicyVersion policyVersion() {
        return undated().policyVersion();
    }

    @Override
    public List<PolicyVersion> policyVersions() {
        return versions.stream().map(ParticipationAdvisor::policyVersion).toList();
    }

    @Override
    public ParticipationAdvisor withClock(Clock clock) {
        return new RegisterAdvisor(versions, Objects.requireNonNull(clock, "clock"), pinned);
    }

    @Override
    public ParticipationAdvisor withVersion(String name) {
        Objects.requireNonNull(name, "name");
        for (ParticipationAdvisor version : versions) {
            if (version.policyVersion().name().strip().equalsIgnoreCase(name.strip())) {
                return new RegisterAdvisor(versions, clock, Optional.of(version));
            }
        }
        throw new IllegalArgumentException("Er is geen beleidsversie met de naam '" + name + "'; er zijn: "
                + versions.stream().map(v -> v.policyVersion().describe()).collect(Collectors.joining(", "))
                + ". / No policy version is named [" + name + "].");
    }

    /**
     * The single version that advises whatever the peildatum, for staff tools that compare tables: the one asked
     * for by name, else the newest.
     */
    public ParticipationAdvisor undated() {
        return pinned.orElse(versions.get(versions.size() - 1));
    }
}
