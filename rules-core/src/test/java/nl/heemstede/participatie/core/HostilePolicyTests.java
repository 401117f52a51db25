package nl.heemstede.participatie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.CompetentBody;
import nl.heemstede.participatie.Complexity;
import nl.heemstede.participatie.Initiator;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyListener;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ReloadingAdvisor;
import nl.heemstede.participatie.Room;
import nl.heemstede.participatie.RoomLevel;
import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.PolicyCheck;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * A catalogue of hostile and careless policy directories (issue 14). Each fixture is refused three times over:
 * by {@code participatie check} with a Dutch finding, by {@link ParticipationAdvisor#fromDirectory(Path)} with a
 * {@link PolicyLoadException}, and by a reloading advisor, which tells its listener within {@link #REFUSED_WITHIN}
 * and keeps serving the last good version. The watcher is also shown to survive an {@link Error} of any kind from a
 * load and a load that never ends, and to be stopped by {@code close()} while such a load still runs.
 */
class HostilePolicyTests {

    private static final String DMN = "participatiebeleid.dmn";
    /** How soon the reloading advisor must tell its listener about a published version (generous: 2 cores). */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(30);
    private static final Opgave COUNCIL_WITHOUT_IMPACT = Opgave.builder("Raadsvoorstel zonder impact")
            .initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).peildatum(InForce.DAY).build();

    @TempDir
    Path root;

    private static String bundledDmn() {
        return new String(PolicyFiles.bundled().content(DMN), StandardCharsets.UTF_8);
    }

    private static String bundledDescriptor() {
        return new String(PolicyFiles.bundled().content(Policy.DESCRIPTOR), StandardCharsets.UTF_8);
    }

    /**
     * A fixture: what is changed in a copy of the bundled policy, and the Dutch phrases its refusal must hold
     * (separated by {@code " && "}).
     */
    private record Fixture(String name, String refusal, Edit edit) {
        boolean heardIn(String message) {
            return java.util.Arrays.stream(refusal.split(" && ")).allMatch(message::contains);
        }
    }

    @FunctionalInterface
    private interface Edit {
        void apply(Path directory) throws IOException;
    }

    /** A copy of the bundled policy in a new directory, with the edit applied. */
    private Path copy(String name, Edit edit) throws IOException {
        Path directory = Files.createDirectory(root.resolve(name.replaceAll("[^A-Za-z0-9]+", "-")));
        Files.writeString(directory.resolve(DMN), bundledDmn());
        Files.writeString(directory.resolve(Policy.DESCRIPTOR), bundledDescriptor());
        edit.apply(directory);
        return directory;
    }

    private static Edit descriptor(String from, String to) {
        return directory -> {
            String text = bundledDescriptor();
            assertTrue(text.contains(from), from);
            Files.writeString(directory.resolve(Policy.DESCRIPTOR), text.replace(from, to));
        };
    }

    /** A DMN output entry inside about 2,000 pairs of parentheses: the engine's FEEL parser overflows its stack. */
    static String deeplyNested(String dmn) {
        return PolicyEdits.replaceInRow(dmn, "wie-beslist-4", "<text>&quot;COUNCIL&quot;</text>",
                "<text>" + "(".repeat(2_000) + "&quot;COUNCIL&quot;" + ")".repeat(2_000) + "</text>");
    }

    private static boolean mkfifo(Path file) {
        try {
            Process process = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Fixture> fixtures() {
        List<Fixture> fixtures = new ArrayList<>();
        fixtures.add(new Fixture("2,000 nested parentheses in an output entry",
                "tabel 'Wie beslist', rij wie-beslist-4 && 2000 haakjes diep genest; hoogstens 64",
                directory -> Files.writeString(directory.resolve(DMN), deeplyNested(bundledDmn()))));
        fixtures.add(new Fixture("a FIFO named beleid.properties", "geen gewoon bestand", directory -> {
            Files.delete(directory.resolve(Policy.DESCRIPTOR));
            assumeTrue(mkfifo(directory.resolve(Policy.DESCRIPTOR)), "mkfifo is not available here");
        }));
        fixtures.add(new Fixture("a directory named like the DMN file", "geen gewoon bestand", directory -> {
            Files.delete(directory.resolve(DMN));
            Files.createDirectory(directory.resolve(DMN));
        }));
        fixtures.add(new Fixture("an upper-case .DRL file", "alleen DMN",
                directory -> Files.writeString(directory.resolve("REGELS.DRL"), "rule \"x\" when then end")));
        fixtures.add(new Fixture("an upper-case .JAR file", "alleen DMN",
                directory -> Files.write(directory.resolve("Beleid.Jar"), new byte[] {0x50, 0x4B, 3, 4})));
        fixtures.add(new Fixture("a DMN file in UTF-16 with a DOCTYPE", "UTF-16", directory -> {
            String dmn = bundledDmn().replaceFirst("<definitions", "<!DOCTYPE definitions>\n<definitions")
                    .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
            Files.write(directory.resolve(DMN), dmn.getBytes(StandardCharsets.UTF_16));
        }));
        fixtures.add(new Fixture("a descriptor in UTF-16", "UTF-16", directory ->
                Files.write(directory.resolve(Policy.DESCRIPTOR), bundledDescriptor().getBytes(StandardCharsets.UTF_16))));
        fixtures.add(new Fixture("validFrom that is no date", "validFrom=2021-02-31 is geen datum",
                descriptor("validFrom=2021-02-01", "validFrom=2021-02-31")));
        fixtures.add(new Fixture("adoptedOn that is no date", "adoptedOn=28 mei 2020 is geen datum",
                descriptor("adoptedOn=2020-05-28", "adoptedOn=28 mei 2020")));
        fixtures.add(new Fixture("validUntil before validFrom", "ligt vóór validFrom",
                descriptor("validUntil=2023-12-18", "validUntil=2020-12-18")));
        fixtures.add(new Fixture("a terminal escape in the name", "de waarde van 'name' bevat een stuurteken",
                descriptor("name=Heemstede", "name=\\u001b[2J\\u001b[31mHeemstede")));
        fixtures.add(new Fixture("a bidirectional override in the source", "de waarde van 'source' bevat een stuurteken",
                descriptor("source=Uitwerking", "source=\u202EUitwerking")));
        fixtures.add(new Fixture("an empty name", "name=… met de naam van het beleid ontbreekt",
                descriptor("name=Heemstede participatiebeleid 2020 – proceskader", "name=")));
        dmnFixtures(fixtures);
        return fixtures;
    }

    /** A DMN edit as a fixture edit. */
    private static Edit dmn(java.util.function.UnaryOperator<String> change) {
        return directory -> Files.writeString(directory.resolve(DMN), change.apply(bundledDmn()));
    }

    /** A DMN edit that replaces the output of row wie-beslist-4 ({@code "COUNCIL"}) by a FEEL text. */
    private static Edit councilOutput(String feel) {
        return dmn(text -> PolicyEdits.replaceInRow(text, "wie-beslist-4", "<text>&quot;COUNCIL&quot;</text>",
                "<text>" + feel + "</text>"));
    }

    /** A DMN edit that adds a decision nothing requires, before the first input. */
    private static Edit unusedDecision(String logic) {
        return dmn(text -> text.replaceFirst("<inputData ", "<decision id=\"spion\" name=\"spion\">"
                + "<variable id=\"spion-var\" name=\"spion\" typeRef=\"string\"/>" + logic + "</decision>\n"
                + "<inputData "));
    }

    /** A FEEL text as it stands in XML. */
    private static String xml(String feel) {
        return feel.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** The classes of issue 14 (the inspection bypassed by reading the file differently than the engine does) and
     * the payloads refused before it. */
    private static void dmnFixtures(List<Fixture> fixtures) {
        String external = "function(k, v) external {java: {class: \"java.lang.System\", method signature:"
                + " \"setProperty(java.lang.String, java.lang.String)\"}}(\"pwned\", \"yes\")";
        fixtures.add(new Fixture("a FEEL comment holding a quote before an external function",
                "rij wie-beslist-4 && commentaar && externe functie",
                councilOutput(xml("\"COUNCIL\" // \"\n" + external + " // \""))));
        fixtures.add(new Fixture("an external function in a block comment with a quote",
                "commentaar", councilOutput(xml("\"COUNCIL\" /* \" */"))));
        fixtures.add(new Fixture("a child element inside <text> that resets a text buffer",
                "<text> bevat een element <b> && externe functie",
                councilOutput(xml("\"COUNCIL\" ") + "<b/>" + xml(" + " + external))));
        fixtures.add(new Fixture("a namespaced kind=FEEL before kind=Java",
                "x:kind && soort Java", dmn(text -> text.replaceFirst("<inputData ",
                        "<businessKnowledgeModel id=\"zet\" name=\"zet\"><encapsulatedLogic xmlns:x=\"urn:x\""
                                + " x:kind=\"FEEL\" kind=\"Java\"/></businessKnowledgeModel>\n<inputData "))));
        fixtures.add(new Fixture("a class attribute that makes any element a function definition",
                "class=\"java.lang.Runtime\" && Java-klasse", dmn(text -> PolicyEdits.replace(text,
                        "<decision id=\"wie-beslist\" name=\"Wie beslist\">",
                        "<decision id=\"wie-beslist\" name=\"Wie beslist\" class=\"java.lang.Runtime\">"))));
        fixtures.add(new Fixture("a resolves-to attribute", "resolves-to && Java-klasse",
                dmn(text -> PolicyEdits.replaceInRow(text, "wie-beslist-4", "<outputEntry id=\"wie-beslist-4-o\">",
                        "<outputEntry id=\"wie-beslist-4-o\" resolves-to=\"java.lang.Runtime\">"))));
        fixtures.add(new Fixture("property access that calls a Java method: \"abc\".class.newInstance",
                "met '.' een eigenschap op", councilOutput(xml("\"abc\".class.newInstance"))));
        fixtures.add(new Fixture("property access on a function: (function(x) x).class.classLoader",
                "definieert een functie && met '.' een eigenschap op",
                councilOutput(xml("(function(x) x).class.classLoader"))));
        fixtures.add(new Fixture("a function's evaluation context in an input expression",
                "tabel 'Wie beslist' && met '.' een eigenschap op", dmn(text -> PolicyEdits.replace(text,
                        "<text>Bevoegd orgaan</text>", "<text>(function(x) x).evaluationContext</text>"))));
        fixtures.add(new Fixture("an external function in a decision nothing evaluates",
                "tabel 'spion' && externe functie", unusedDecision("<literalExpression id=\"spion-le\"><text>"
                        + xml(external) + "</text></literalExpression>")));
        fixtures.add(new Fixture("a business knowledge model implemented in Java", "soort Java",
                dmn(text -> text.replaceFirst("<inputData ", "<businessKnowledgeModel id=\"zet\" name=\"zet\">"
                        + "<encapsulatedLogic id=\"zet-logic\" kind=\"Java\"/></businessKnowledgeModel>\n"
                        + "<inputData "))));
        fixtures.add(new Fixture("a FEEL for over 10^8 items", "herhaalt met for",
                councilOutput(xml("if count(for i in 1..100000000 return i) > 0 then \"COUNCIL\" else null"))));
        fixtures.add(new Fixture("a string join of 2·10^7 elements", "herhaalt met for",
                councilOutput(xml("string join(for i in 1..20000000 return \"COUNCIL\")"))));
        fixtures.add(new Fixture("an exponential recursive function", "definieert een functie",
                councilOutput(xml("{f: function(n) if n = 0 then 1 else f(n - 1) + f(n - 1), r: f(64)}.r"))));
        fixtures.add(new Fixture("an unknown name in an input expression",
                "'Geheim' is geen invoer of beslissing van dit model", dmn(text -> PolicyEdits.replace(text,
                        "<text>Bevoegd orgaan</text>", "<text>Geheim</text>"))));
        fixtures.add(new Fixture("4,000 rows in one table", "meer dan 1000 rijen", dmn(text -> {
            int start = text.indexOf("<rule id=\"wie-beslist-4\">");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 4_000; i++) {
                rows.append("<rule id=\"x").append(i).append("\"><inputEntry><text>-</text></inputEntry>")
                        .append("<inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry>")
                        .append("<outputEntry><text>&quot;COUNCIL&quot;</text></outputEntry></rule>\n");
            }
            return text.substring(0, start) + rows + text.substring(start);
        })));
        fixtures.add(new Fixture("an import of another model", "importeert other.dmn",
                dmn(text -> text.replaceFirst("<itemDefinition ", "<import namespace=\"urn:other\""
                        + " locationURI=\"other.dmn\" importType=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>"
                        + "\n<itemDefinition "))));
        fixtures.add(new Fixture("a processing instruction", "verwerkingsinstructie",
                dmn(text -> text.replaceFirst("<itemDefinition ", "<?payload run?>\n<itemDefinition "))));
        fixtures.add(new Fixture("an external entity (XXE)", "DOCTYPE && ENTITY",
                dmn(text -> text.replaceFirst("<definitions", "<!DOCTYPE definitions [<!ENTITY geheim SYSTEM"
                        + " \"file:///etc/passwd\">]>\n<definitions"))));
        fixtures.add(new Fixture("a billion laughs", "DOCTYPE", dmn(text -> text.replaceFirst("<definitions",
                "<!DOCTYPE definitions [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<definitions"))));
        fixtures.add(new Fixture("a DMN file of 3 MB", "bytes; hoogstens 2097152", dmn(text ->
                text.replaceFirst("</description>", "x".repeat(3 * 1024 * 1024) + "</description>"))));
    }

    /** Every fixture in a directory of its own; one this system cannot make (no mkfifo) is skipped and said so. */
    private Map<Fixture, Path> prepared() throws IOException {
        Map<Fixture, Path> prepared = new LinkedHashMap<>();
        for (Fixture fixture : fixtures()) {
            try {
                prepared.put(fixture, copy(fixture.name(), fixture.edit()));
            } catch (org.opentest4j.TestAbortedException e) {
                System.out.println("skipped: " + fixture.name() + " (" + e.getMessage() + ")");
            }
        }
        return prepared;
    }

    @Test
    void everyHostileFixtureIsRefusedByCheckInDutch() throws IOException {
        for (var prepared : prepared().entrySet()) {
            Fixture fixture = prepared.getKey();
            Path directory = prepared.getValue();
            long start = System.nanoTime();
            CheckReport report = PolicyCheck.check(directory);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertFalse(report.sound(), fixture.name() + " does not pass the check");
            String findings = report.findings().stream().map(f -> f.file() + ": " + f.message())
                    .collect(Collectors.joining("\n"));
            assertTrue(fixture.heardIn(findings), fixture.name() + ": " + findings);
            System.out.printf("check refuses %s in %d ms%n", fixture.name(), millis);
        }
    }

    @Test
    void everyHostileFixtureIsRefusedByFromDirectoryWithAPolicyLoadException() throws IOException {
        for (var prepared : prepared().entrySet()) {
            Fixture fixture = prepared.getKey();
            Path directory = prepared.getValue();
            long start = System.nanoTime();
            PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                    () -> InForce.fromDirectory(directory), fixture.name());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(fixture.heardIn(String.join(" ", refused.problems())), fixture.name() + ": " + refused.problems());
            System.out.printf("fromDirectory refuses %s in %d ms%n", fixture.name(), millis);
        }
    }

    /** What a listener heard, in order, for awaiting with a timeout instead of sleeping. */
    private static final class Heard implements PolicyListener {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void reloaded(PolicyVersion version) {
            events.add(version);
        }

        @Override
        public void rejected(Path directory, PolicyLoadException reason) {
            events.add(reason);
        }

        Object next(String what) throws InterruptedException {
            Object event = events.poll(REFUSED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("Waited " + REFUSED_WITHIN.toSeconds() + " s, but the listener did not hear: "
                        + what + ".");
            }
            return event;
        }

        PolicyLoadException nextRejection(String what) throws InterruptedException {
            Object event = next(what);
            if (!(event instanceof PolicyLoadException refused)) {
                throw new AssertionError(what + ": expected a refusal, heard " + event);
            }
            return refused;
        }

        PolicyVersion nextReload(String what) throws InterruptedException {
            Object event = next(what);
            if (!(event instanceof PolicyVersion version)) {
                throw new AssertionError(what + ": expected a reload, heard " + event);
            }
            return version;
        }
    }

    /** Publishes the directory atomically: the symbolic link {@code current} is switched to it by one rename. */
    private void publish(Path current, Path version) throws IOException {
        Path link = root.resolve("current.new");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, version);
        Files.move(link, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theReloadingAdvisorRefusesEveryFixtureAndKeepsServingTheLastGoodVersion() throws Exception {
        Path good = copy("good", directory -> { });
        Path changed = copy("changed", descriptor("name=Heemstede participatiebeleid 2020",
                "name=Heemstede participatiebeleid 2020 (herzien)"));
        Path current = root.resolve("current");
        Files.createSymbolicLink(current, good);
        Map<Fixture, Path> published = prepared();
        Heard heard = new Heard();
        // a link switched is no file event: the watcher sees it when it looks again, here every 100 ms
        try (ReloadingAdvisor advisor = DirectoryAdvisor.checking(current, heard, Duration.ofMillis(100))) {
            PolicyVersion first = advisor.policyVersion();
            for (var fixture : published.entrySet()) {
                long start = System.nanoTime();
                String name = fixture.getKey().name();
                publish(current, fixture.getValue());
                PolicyLoadException refused = heard.nextRejection(name + " is refused");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(fixture.getKey().heardIn(String.join(" ", refused.problems())), name + ": " + refused.problems());
                assertEquals(first, advisor.policyVersion(), "the last good version serves after " + name);
                assertEquals(Complexity.SIMPLE, advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());
                System.out.printf("the reloading advisor refuses %s in %d ms%n", name, millis);
            }
            // the watcher survived all of them: a good version published by switching the link is served
            publish(current, changed);
            PolicyVersion second = heard.nextReload("the changed version is served");
            assertEquals("Heemstede participatiebeleid 2020 (herzien) – proceskader", second.name());
            assertEquals(second, advisor.policyVersion());
            assertNotEquals(first, second);
        }
    }

    @Test
    void aUtf8ByteOrderMarkAndUpperCaseNamesAreReadAlike() throws IOException {
        Path directory = copy("bom and upper case", directory1 -> {
            Files.delete(directory1.resolve(DMN));
            Files.delete(directory1.resolve(Policy.DESCRIPTOR));
            Files.write(directory1.resolve("Participatiebeleid.DMN"), withBom(bundledDmn()));
            Files.write(directory1.resolve("BELEID.PROPERTIES"), withBom(bundledDescriptor()));
        });
        ParticipationAdvisor advisor = InForce.fromDirectory(directory);
        assertEquals(InForce.bundled().advise(COUNCIL_WITHOUT_IMPACT).complexity(),
                advisor.advise(COUNCIL_WITHOUT_IMPACT).complexity());
        assertEquals(InForce.bundled().policyVersion().name(), advisor.policyVersion().name());
        CheckReport report = PolicyCheck.check(directory);
        assertTrue(report.sound(), report::toText);
    }

    @Test
    void twoDescriptorsThatDifferOnlyInCaseAreRefused() throws IOException {
        Path directory = copy("two descriptors", d -> Files.writeString(d.resolve("Beleid.properties"),
                bundledDescriptor()));
        try (var entries = Files.list(directory)) {
            assumeTrue(entries.count() == 3, "the file system tells names apart by case");
        }
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> InForce.fromDirectory(directory));
        assertTrue(refused.getMessage().contains("alleen in hoofdletters verschillen"), refused.getMessage());
    }

    private static byte[] withBom(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        return withBom;
    }

    @Test
    void aFileChangedWhileTheDirectoryIsReadIsReadAgainSoNoMixedVersionIsLoaded() throws IOException {
        Path directory = copy("changing", d -> { });
        AtomicInteger reads = new AtomicInteger();
        PolicyFiles files = PolicyFiles.fromDirectory(directory, () -> {
            if (reads.incrementAndGet() == 1) {
                try {
                    // a publish that is not atomic: the descriptor of the next version lands while V1 is read
                    Files.writeString(directory.resolve(Policy.DESCRIPTOR), bundledDescriptor()
                            .replace("name=Heemstede", "name=V2 Heemstede"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        assertTrue(reads.get() >= 2, "read again after the change");
        assertTrue(new String(files.content(Policy.DESCRIPTOR), StandardCharsets.UTF_8).contains("name=V2 Heemstede"),
                "the files as they are after the change, read as one snapshot");
    }

    @Test
    void aDirectoryThatKeepsChangingWhileItIsReadIsRefused() throws IOException {
        Path directory = copy("always changing", d -> { });
        AtomicInteger reads = new AtomicInteger();
        PolicyLoadException refused = assertThrows(PolicyLoadException.class,
                () -> PolicyFiles.fromDirectory(directory, () -> {
                    try {
                        Files.writeString(directory.resolve(Policy.DESCRIPTOR), bundledDescriptor()
                                + "\n# " + reads.incrementAndGet() + "\n");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        assertEquals(PolicyFiles.MAX_READS, reads.get());
        assertTrue(refused.getMessage().contains("veranderde elke keer terwijl ze gelezen werd"), refused.getMessage());
    }

    /** A loader that loads the real policy, except when the test has put a failure in its way. */
    private static final class Sabotage implements Function<Path, ParticipationAdvisor> {
        final AtomicReference<Runnable> next = new AtomicReference<>();

        @Override
        public ParticipationAdvisor apply(Path directory) {
            Runnable failure = next.getAndSet(null);
            if (failure != null) {
                failure.run();
            }
            return DirectoryAdvisor.load(directory);
        }
    }

    private static void touch(Path directory, String comment) throws IOException {
        Path temporary = directory.resolve("beleid.tmp");
        Files.writeString(temporary, bundledDescriptor() + "\n# " + comment + "\n");
        Files.move(temporary, directory.resolve(Policy.DESCRIPTOR), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void everyErrorOfALoadIsReportedAndTheWatcherLivesOnToServeTheNextGoodVersion() throws Exception {
        Path directory = copy("errors", d -> { });
        Heard heard = new Heard();
        Sabotage loader = new Sabotage();
        Map<String, Runnable> errors = new LinkedHashMap<>();
        errors.put("StackOverflowError", () -> {
            throw new StackOverflowError();
        });
        errors.put("OutOfMemoryError", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        errors.put("NoClassDefFoundError", () -> {
            throw new NoClassDefFoundError("nl/evil/Payload");
        });
        errors.put("AssertionError", () -> {
            throw new AssertionError("an Error of no known kind");
        });
        errors.put("IllegalStateException", () -> {
            throw new IllegalStateException("a RuntimeException from deep in the engine");
        });
        DirectoryAdvisor advisor = new DirectoryAdvisor(directory, heard, Duration.ofSeconds(30), loader);
        try {
            PolicyVersion first = advisor.policyVersion();
            int version = 0;
            for (var error : errors.entrySet()) {
                loader.next.set(error.getValue());
                long start = System.nanoTime();
                touch(directory, "version " + ++version);
                PolicyLoadException refused = heard.nextRejection(error.getKey() + " is reported");
                System.out.printf("the watcher reports %s in %d ms%n", error.getKey(),
                        (System.nanoTime() - start) / 1_000_000);
                assertTrue(refused.getMessage().contains("geweigerd"), refused.getMessage());
                assertTrue(refused.getMessage().contains(error.getKey()), refused.getMessage());
                assertEquals(first, advisor.policyVersion());
                assertTrue(advisor.watching(), "the watcher lives after " + error.getKey());
            }
            touch(directory, "good again");
            PolicyVersion next = heard.nextReload("a good version after the errors is served");
            assertEquals(next, advisor.policyVersion());
        } finally {
            advisor.close();
        }
        assertFalse(advisor.watching(), "close() stopped the watcher");
    }

    @Test
    void aLoadThatNeverEndsIsAbandonedAfterTheBoundAndCloseStillStopsTheWatcher() throws Exception {
        Path directory = copy("stuck", d -> { });
        Heard heard = new Heard();
        Sabotage loader = new Sabotage();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<CountDownLatch> lastRelease = new AtomicReference<>(new CountDownLatch(0));
        CountDownLatch stuck = new CountDownLatch(1);
        Duration bound = Duration.ofSeconds(3);
        DirectoryAdvisor advisor = new DirectoryAdvisor(directory, heard, bound, loader);
        try {
            PolicyVersion first = advisor.policyVersion();
            // a runaway engine thread: ignores interrupts until the test releases it
            loader.next.set(() -> {
                stuck.countDown();
                while (true) {
                    try {
                        if (release.await(1, TimeUnit.HOURS)) {
                            throw new IllegalStateException("released");
                        }
                    } catch (InterruptedException ignored) {
                        // a runaway does not listen
                    }
                }
            });
            long start = System.nanoTime();
            touch(directory, "stuck");
            PolicyLoadException refused = heard.nextRejection("the stuck load is reported");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(stuck.await(0, TimeUnit.SECONDS), "the load did get stuck");
            assertTrue(refused.getMessage().contains("duurde langer dan 3 s en is afgebroken"), refused.getMessage());
            assertTrue(millis >= bound.toMillis(), "not reported before the bound: " + millis + " ms");
            assertEquals(first, advisor.policyVersion());
            assertTrue(advisor.watching());
            System.out.printf("the watcher abandons a stuck load after %d ms (bound %d ms)%n", millis,
                    bound.toMillis());

            // the watcher itself was never blocked: the next good version is served while the stuck load still runs
            touch(directory, "good again");
            PolicyVersion next = heard.nextReload("a good version after the stuck one is served");
            assertEquals(next, advisor.policyVersion());

            // a second runaway: with two abandoned loads still running the watcher starts no more, and says so
            loader.next.set(() -> runaway(release));
            touch(directory, "stuck twice");
            assertTrue(heard.nextRejection("the second stuck load is reported").getMessage()
                    .contains("duurde langer dan 3 s"));
            long refusedAt = System.nanoTime();
            touch(directory, "while two loads are stuck");
            PolicyLoadException waiting = heard.nextRejection("a change while two loads are stuck is reported");
            assertTrue(waiting.getMessage().contains("2 eerdere laadpogingen duurden te lang en lopen nog"),
                    waiting.getMessage());
            assertTrue((System.nanoTime() - refusedAt) / 1_000_000 < bound.toMillis() + 2_000,
                    "reported without waiting for another bound");
            assertEquals(next, advisor.policyVersion());

            // once the runaways end, the next change loads again
            release.countDown();
            awaitNoThread("participatie-policy-load stuck");
            touch(directory, "good once more");
            PolicyVersion third = heard.nextReload("a good version after the runaways ended is served");
            assertEquals(third, advisor.policyVersion());

            // close() stops the watcher within its bound, also while a load is stuck
            CountDownLatch releaseLast = new CountDownLatch(1);
            lastRelease.set(releaseLast);
            loader.next.set(() -> runaway(releaseLast));
            touch(directory, "stuck again");
            long closing = System.nanoTime();
            advisor.close();
            long closeMillis = (System.nanoTime() - closing) / 1_000_000;
            assertFalse(advisor.watching(), "close() stopped the watcher");
            assertTrue(closeMillis < DirectoryAdvisor.CLOSE_BOUND.toMillis() + 1_000, closeMillis + " ms");
            System.out.printf("close() stopped the watcher in %d ms%n", closeMillis);
            assertEquals(third, advisor.policyVersion(), "a closed advisor keeps advising");
        } finally {
            release.countDown();
            lastRelease.get().countDown();
            advisor.close();
        }
    }

    /** A runaway engine thread: ignores interrupts until the test releases it. */
    private static void runaway(CountDownLatch release) {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // a runaway does not listen
            }
        }
    }

    /** Waits, with a timeout, until no thread of the given name runs. */
    private static void awaitNoThread(String name) throws InterruptedException {
        long deadline = System.nanoTime() + REFUSED_WITHIN.toNanos();
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The thread " + name + " still runs after " + REFUSED_WITHIN.toSeconds()
                        + " s.");
            }
            Thread.sleep(20);
        }
    }
}
