package nl.heemstede.participatie.core.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.core.BundledPolicy;
import nl.heemstede.participatie.core.DirectoryAdvisor;
import nl.heemstede.participatie.core.PolicyEdits;
import nl.heemstede.participatie.core.advice.CompleteInputSpace;
import nl.heemstede.participatie.core.advice.EquivalenceCheck;
import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.check.PolicyChecker;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.loading.Conversions;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Decisions;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The compiled form of a policy is derived from the engine and never trusted blindly: the bundled one answers the
 * complete input space without the engine and holds exactly the engine's table answers; a form whose bytes were
 * changed, cut short, or made for other files or another build is refused and the engine loads the policy instead;
 * and a form that is internally valid but holds a wrong answer (a mutant) is caught by the equivalence proof that
 * {@code EngineEquivalenceProperties} runs on the bundled advisor. The cache of compiled forms of policy directories is
 * written atomically, read back only for the same files and build, and ignored when damaged.
 */
class CompiledFormTests {

    private static byte[] bundledBytes() {
        try (InputStream in = CompiledFormTests.class.getClassLoader()
                .getResourceAsStream(CompiledPolicies.BUNDLED_RESOURCE)) {
            assertNotNull(in, "the build made the compiled form of the bundled policy");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String build() {
        return CompiledPolicies.build().orElseThrow();
    }

    @Test
    void theBundledAdvisorAdvisesTheCompleteInputSpaceWithoutLoadingTheEngine() {
        TabledAdvisor advisor = CompiledPolicies.bundled();
        int classes = Completion.complete(advisor);
        assertEquals(184_320, classes, "every class of values of the complete input space was advised");
        assertFalse(advisor.policy().engineLoaded(), "no opgave needed the engine: the form holds every rule answer");
        assertEquals(PolicyFiles.bundled().sha256(), advisor.policyVersion().sha256());
    }

    @Test
    void theBundledFormIsProvedAndHoldsTheAttentionRunOfEverySituation() {
        CompiledForm form = CompiledForm.read(bundledBytes(), PolicyFiles.bundled().sha256(), build());
        assertTrue(form.invariantsProved(), "the build proved that the bundled policy keeps every invariant");
        assertEquals(38_400, form.runs().attention().size(), "the situations the bundled policy meets");
        assertEquals(196_608 - 38_400, form.runs().otherAttention().size(), "and every other situation there is");
        assertTrue(CompiledPolicies.provedTables(form.rulesSha256()).isPresent(), "a check may compare with it");
        assertTrue(CompiledPolicies.provedTables("0".repeat(64)).isEmpty(), "not for other rule files");

        CompiledForm unproved = CompiledForm.read(CompiledForm.of(CompiledPolicies.bundled(), build()).write(),
                form.policySha256(), build());
        assertFalse(unproved.invariantsProved(), "a form is proved only when its maker says so");
    }

    /**
     * An edit that gives the policy situations the bundled policy never meets (complexiteit-6: simple becomes
     * complex) is advised without compiling the rules: the form holds the attention run of every situation. It
     * advises as the engine does, and names the decisions of its rows and rules as the engine's advisor does.
     */
    /**
     * The runs of other situations are read on first use from the jar again, and not served when that part changed
     * since the form was read: the rules then run for those situations.
     */
    @Test
    void theRunsOfOtherSituationsAreNotServedWhenTheJarChangedSinceTheFormWasRead() {
        byte[] bytes = bundledBytes();
        byte[] changed = bytes.clone();
        changed[changed.length - 5] ^= 0x01; // the runs of other situations come last
        String sha = PolicyFiles.bundled().sha256();
        assertEquals(0, CompiledForm.read(bytes, sha, build(), () -> changed).otherAttention().keys().length);
        assertEquals(196_608 - 38_400, CompiledForm.read(bytes, sha, build(), () -> bytes).otherAttention().keys()
                .length);
    }

    /** The bundled policy never meets another situation: its advisor does not even read their runs. */
    @Test
    void theBundledAdvisorDoesNotReadTheRunsOfOtherSituations() {
        CompiledForm form = CompiledForm.read(bundledBytes(), PolicyFiles.bundled().sha256(), build());
        TabledAdvisor advisor = form.advisor(PolicyFiles.bundled());
        Completion.complete(advisor);
        assertFalse(form.otherAttentionRead(), "read only for a situation the policy's own runs lack");
        assertFalse(advisor.policy().engineLoaded());
    }

    @Test
    void anEditOnTheJarsRulesIsAdvisedWithoutCompilingThem() {
        PolicyFiles edited = PolicyFiles.of(PolicyEdits.bundledWith("participatiebeleid.dmn", dmn -> PolicyEdits
                .replaceInRow(dmn, "complexiteit-6", "&quot;SIMPLE&quot;", "&quot;COMPLEX&quot;")), "test: edited");
        TabledAdvisor advisor = CompiledPolicies.engineAdvisor(edited);
        Completion.complete(advisor);
        assertFalse(advisor.policy().rulesCompiled(), "the form's runs answered every situation of the edit");
        assertSameAdviceAsTheEngine(advisor, new TabledAdvisor(Policy.load(edited)));
    }

    /** An edit of the role table meets role facts the form has no run for: the rules are compiled on first use. */
    @Test
    void anEditTheFormHoldsNoRunForCompilesTheRulesOnFirstUse() {
        PolicyFiles edited = PolicyFiles.of(PolicyEdits.bundledWith("participatiebeleid.dmn", dmn -> PolicyEdits
                .replaceInRow(dmn, "rol-11", "&quot;CONSULTED&quot;", "&quot;INFORMED&quot;")), "test: edited");
        TabledAdvisor advisor = CompiledPolicies.engineAdvisor(edited);
        assertFalse(advisor.policy().rulesCompiled(), "loaded without the rules");
        Completion.complete(advisor);
        assertTrue(advisor.policy().rulesCompiled(), "compiled for the new role facts");
        assertSameAdviceAsTheEngine(advisor, new TabledAdvisor(Policy.load(edited)));
    }

    private static void assertSameAdviceAsTheEngine(TabledAdvisor advisor, TabledAdvisor engine) {
        CompleteInputSpace space = CompleteInputSpace.complete();
        for (int i = 0; i < space.size(); i += 1009) {
            assertEquals(EquivalenceCheck.outcome(engine, space.opgave(i)), EquivalenceCheck.outcome(advisor,
                    space.opgave(i)), "opgave " + i);
        }
        assertEquals(engine.decisionsByRule(), advisor.decisionsByRule());
    }

    @Test
    void theBundledFormHoldsTheEnginesAnswerForEveryInputCombinationOfEveryTable() {
        DecidedTables compiled = CompiledPolicies.bundled().tables();
        DecidedTables engine = BundledPolicy.policy().tables();
        assertEquals(engine.slots(), compiled.slots());
        int compared = 0;
        for (DecidedTables.Table table : engine.inOrder()) {
            DecidedTables.Table other = compiled.table(table.decision);
            assertEquals(table.slot, other.slot, table.decision);
            assertTrue(Arrays.equals(table.requirements(), other.requirements()), table.decision);
            assertTrue(Arrays.equals(table.strides(), other.strides()), table.decision);
            assertEquals(engine.domain(table.decision), compiled.domain(table.decision), table.decision);
            assertEquals(table.size(), other.size(), table.decision);
            for (int key = 0; key < table.size(); key++) {
                assertEquals(table.answerAt(key), other.answerAt(key), table.decision + ", key " + key);
                compared++;
            }
        }
        assertTrue(compared > 500, "input combinations compared: " + compared);
    }

    @Test
    void theBundledFormIsTheOneOfTheseFilesAndThisBuild() {
        CompiledForm.Header header = CompiledForm.header(bundledBytes());
        assertEquals(PolicyFiles.bundled().sha256(), header.policySha256());
        assertEquals(build(), header.build());
        CompiledForm form = CompiledForm.read(bundledBytes(), header.policySha256(), header.build());
        assertEquals(BundledPolicy.policy().rules().explanations(), form.ruleExplanations());
    }

    // ------------------------------------------------------------------------------------------ damaged forms

    @Test
    void aFormWithAChangedByteIsRefusedAsChanged() {
        byte[] bytes = bundledBytes();
        CompiledForm.Header header = CompiledForm.header(bytes);
        byte[] changed = bytes.clone();
        changed[header.bodyOffset() + header.bodyLength() / 2] ^= 0x01;
        CompiledFormException e = assertThrows(CompiledFormException.class,
                () -> CompiledForm.read(changed, header.policySha256(), header.build()));
        assertTrue(e.getMessage().contains("was changed"), e.getMessage());
    }

    @Test
    void aFormOfOtherFilesOrAnotherBuildIsRefused() {
        byte[] bytes = bundledBytes();
        String sha = PolicyFiles.bundled().sha256();
        assertTrue(assertThrows(CompiledFormException.class, () -> CompiledForm.read(bytes, "0".repeat(64), build()))
                .getMessage().contains("not of"));
        assertTrue(assertThrows(CompiledFormException.class, () -> CompiledForm.read(bytes, sha, "another build"))
                .getMessage().contains("build"));
    }

    @Test
    void aFormCutShortOrNoFormAtAllIsRefused() {
        byte[] bytes = bundledBytes();
        String sha = PolicyFiles.bundled().sha256();
        for (int length : new int[] {0, 10, 100, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(CompiledFormException.class, () -> CompiledForm.read(cut, sha, build()), "cut at " + length);
        }
        byte[] text = "<definitions/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(CompiledFormException.class, () -> CompiledForm.read(text, sha, build()));
    }

    @Test
    void aFormWhoseBodyLiesAboutItsLengthIsRefused() {
        byte[] bytes = bundledBytes();
        CompiledForm.Header header = CompiledForm.header(bytes);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(CompiledFormException.class,
                () -> CompiledForm.read(longer, header.policySha256(), header.build()));
    }

    @Test
    void aDamagedBundledFormIsNeverServedTheEngineLoadsThePolicyInstead() {
        byte[] changed = bundledBytes();
        CompiledForm.Header header = CompiledForm.header(changed);
        changed[header.bodyOffset() + 7] ^= 0x40;
        TabledAdvisor advisor = CompiledPolicies.bundled(changed);
        assertTrue(advisor.policy().engineLoaded(), "the engine loaded the policy");
        Advice advice = advisor.advise(CompleteInputSpace.complete().opgave(123_456));
        assertEquals(BundledPolicy.engine().advise(CompleteInputSpace.complete().opgave(123_456)), advice);
        TabledAdvisor none = CompiledPolicies.bundled(null);
        assertTrue(none.policy().engineLoaded(), "without a form the engine loads the policy");
    }

    // ------------------------------------------------------------------------------------------ mutants

    /** A form that is intact as bytes but answers one input combination of Complexiteit wrongly. */
    @Test
    void aFormWithAWrongTableAnswerIsCaughtByTheEquivalenceProofOfTheTables() {
        CompiledForm form = CompiledForm.read(bundledBytes(), PolicyFiles.bundled().sha256(), build());
        DecidedTables tables = form.tables();
        List<DecidedTables.Table> mutated = new ArrayList<>();
        String changed = null;
        for (DecidedTables.Table table : tables.inOrder()) {
            if (table.decision.equals(Decisions.COMPLEXITEIT) && changed == null) {
                DecidedTables.Answer[] answers = new DecidedTables.Answer[table.size()];
                for (int key = 0; key < table.size(); key++) {
                    answers[key] = table.answerAt(key);
                }
                for (int key = 0; key < answers.length && changed == null; key++) {
                    DecidedTables.Answer a = answers[key];
                    if (a != null && "COMPLEX".equals(a.raw())) {
                        Object raw = "SIMPLE";
                        answers[key] = new DecidedTables.Answer(raw, tables.domain(table.decision).indexOf(raw),
                                Conversions.typed(table.decision, raw, Map.of()), a.explanation(), null);
                        changed = table.decision + " key " + key;
                    }
                }
                mutated.add(DecidedTables.table(table.decision, table.slot, table.requirements(), table.strides(),
                        answers));
            } else {
                mutated.add(table);
            }
        }
        assertNotNull(changed, "a COMPLEX answer was found to change");
        Map<String, List<Object>> domains = new HashMap<>();
        tables.slots().keySet().forEach(name -> domains.put(name, tables.domain(name)));
        CompiledForm mutant = new CompiledForm(form.policySha256(), form.build(), form.rulesSha256(),
                DecidedTables.of(tables.slots(), domains, mutated), form.attention(), form.roles(),
                form.otherAttention(), form.ruleExplanations(), form.decisionsByRule(), form.invariantsProved());
        byte[] bytes = mutant.write();
        // intact as bytes: the form's own checks cannot see a wrong answer
        TabledAdvisor advisor = CompiledForm.read(bytes, form.policySha256(), form.build())
                .advisor(PolicyFiles.bundled());

        List<String> failures = EquivalenceCheck.tables(advisor, BundledPolicy.policy());
        assertEquals(1, failures.size(), changed + ": " + failures);
        assertTrue(failures.get(0).startsWith(Decisions.COMPLEXITEIT), failures.get(0));
    }

    /**
     * Every attention run of the bundled form, for every situation there is (the bundled policy's and those only an
     * edit meets), equals the engine's run of that situation.
     */
    @Test
    void everyAttentionRunOfTheBundledFormIsTheEnginesRunOfItsSituation() {
        CompiledForm form = CompiledForm.read(bundledBytes(), PolicyFiles.bundled().sha256(), build());
        for (RuleMemo.RunTable runs : List.of(form.attention(), form.otherAttention())) {
            List<String> failures = EquivalenceCheck.attentionRuns(runs, BundledPolicy.policy().rules());
            assertTrue(failures.isEmpty(), failures.size() + " runs differ, e.g. "
                    + failures.stream().limit(3).toList());
        }
        assertEquals(196_608, form.attention().keys().length + form.otherAttention().keys().length);
    }

    /**
     * A form that is intact as bytes but leaves out one attention point in one situation the bundled policy meets:
     * both the proof of the whole advice and the proof of every attention run report it.
     */
    @Test
    void aFormWithAWrongRuleRunIsCaughtByTheEquivalenceProofOfTheRules() {
        CompiledForm form = CompiledForm.read(bundledBytes(), PolicyFiles.bundled().sha256(), build());
        Map<Integer, RuleMemo.Run> attention = new HashMap<>(form.runs().attention());
        TabledAdvisor bundled = CompiledPolicies.bundled();
        CompleteInputSpace space = CompleteInputSpace.complete();
        Integer situation = IntStream.range(0, space.size())
                .filter(i -> !bundled.advise(space.opgave(i)).attentionPoints().isEmpty()).limit(1)
                .mapToObj(i -> EquivalenceCheck.situationKey(bundled, space.opgave(i)).orElseThrow())
                .findFirst().orElseThrow();
        RuleMemo.Run run = attention.get(situation);
        List<Object> results = new ArrayList<>(run.results());
        Object dropped = results.stream().filter(f -> f instanceof Attention).findFirst().orElseThrow();
        results.remove(dropped);
        attention.put(situation, new RuleMemo.Run(results, run.fired()));
        CompiledForm mutant = new CompiledForm(form.policySha256(), form.build(), form.rulesSha256(), form.tables(),
                RuleMemo.RunTable.of(attention), form.roles(), form.otherAttention(), form.ruleExplanations(),
                form.decisionsByRule(), form.invariantsProved());
        TabledAdvisor advisor = CompiledForm.read(mutant.write(), form.policySha256(), form.build())
                .advisor(PolicyFiles.bundled());

        EquivalenceCheck.RuleReport report = EquivalenceCheck.rules(advisor, BundledPolicy.policy());
        assertFalse(report.failures().isEmpty(), "the rule part misses the dropped " + dropped);
        AttentionPointCode code = ((Attention) dropped).code();
        assertTrue(report.failures().get(0).contains("attention") || report.failures().get(0).contains(code.name()),
                report.failures().get(0));
        assertFalse(advisor.policy().engineLoaded(), "the mutant answered from its form, not from the engine");
        List<String> runs = EquivalenceCheck.attentionRuns(RuleMemo.RunTable.of(attention),
                BundledPolicy.policy().rules());
        assertEquals(1, runs.size(), "the proof of every attention run reports the mutant's: " + runs);
    }

    // ------------------------------------------------------------------------------------------ the cache

    @TempDir
    Path temp;
    private String cacheBefore;

    @BeforeEach
    void cacheInTemporaryDirectory() {
        cacheBefore = System.getProperty(CompiledPolicies.CACHE_PROPERTY);
        System.setProperty(CompiledPolicies.CACHE_PROPERTY, temp.resolve("cache").toString());
    }

    @AfterEach
    void restoreCache() {
        if (cacheBefore == null) {
            System.clearProperty(CompiledPolicies.CACHE_PROPERTY);
        } else {
            System.setProperty(CompiledPolicies.CACHE_PROPERTY, cacheBefore);
        }
    }

    private Path bundledCopy() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("beleid"));
        PolicyFiles bundled = PolicyFiles.bundled();
        for (String name : List.of("participatiebeleid.dmn", Policy.DESCRIPTOR)) {
            Files.write(directory.resolve(name), bundled.content(name));
        }
        return directory;
    }

    private static TabledAdvisor tabled(ParticipationAdvisor advisor) {
        return (TabledAdvisor) DirectoryAdvisor.undated(advisor);
    }

    @Test
    void aCheckedDirectoryIsKeptInTheCacheAndItsNextLoadSkipsTheEngine() throws IOException {
        Path directory = bundledCopy();
        PolicyFiles files = PolicyFiles.fromDirectory(directory);
        assertTrue(CompiledPolicies.cached(files).isEmpty(), "nothing in the cache yet");

        assertTrue(PolicyChecker.checkAndLoad(directory).report().sound());
        Path cached = temp.resolve("cache").resolve(files.sha256() + ".compiled");
        assertTrue(Files.isRegularFile(cached), "the check kept the compiled form");
        try (var listing = Files.list(temp.resolve("cache"))) {
            assertEquals(List.of(cached), listing.toList(), "no half-written file is left");
        }

        TabledAdvisor loaded = tabled(ParticipationAdvisor.fromDirectory(directory));
        assertFalse(loaded.policy().engineLoaded(), "loaded from the cache");
        assertEquals(BundledPolicy.engine().advise(CompleteInputSpace.complete().opgave(4_000_000)),
                loaded.advise(CompleteInputSpace.complete().opgave(4_000_000)));
        assertEquals(184_320, Completion.complete(loaded));
        assertFalse(loaded.policy().engineLoaded(), "the cached form answers the complete input space");
    }

    @Test
    void aDamagedFormInTheCacheIsIgnoredAndReplaced() throws IOException {
        Path directory = bundledCopy();
        PolicyFiles files = PolicyFiles.fromDirectory(directory);
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path file = cache.resolve(files.sha256() + ".compiled");
        byte[] damaged = bundledBytes();
        damaged[damaged.length - 3] ^= 0x10;
        Files.write(file, damaged);
        assertTrue(CompiledPolicies.cached(files).isEmpty(), "a damaged form is not used");

        TabledAdvisor loaded = tabled(ParticipationAdvisor.fromDirectory(directory));
        assertTrue(loaded.policy().engineLoaded(), "the engine loaded the policy");
        assertTrue(CompiledPolicies.store(loaded, false), "the form is made and kept");
        Optional<TabledAdvisor> again = CompiledPolicies.cached(files);
        assertTrue(again.isPresent(), "the replaced form is read");
        assertFalse(again.get().policy().engineLoaded());
    }

    @Test
    void aFormFiledUnderTheHashOfOtherFilesIsNotUsedForThem() throws IOException {
        Path directory = bundledCopy();
        Files.writeString(directory.resolve("participatiebeleid.dmn"), Files.readString(directory.resolve(
                "participatiebeleid.dmn")) + "\n");
        PolicyFiles files = PolicyFiles.fromDirectory(directory);
        Path cache = Files.createDirectories(temp.resolve("cache"));
        // the bundled policy's form, filed under the edited files' hash
        Files.write(cache.resolve(files.sha256() + ".compiled"), bundledBytes());
        assertTrue(CompiledPolicies.cached(files).isEmpty(), "a form of other files is not used");
    }

    @Test
    void withTheCacheOffNothingIsReadOrWritten() throws IOException {
        System.setProperty(CompiledPolicies.CACHE_PROPERTY, "off");
        assertTrue(CompiledPolicies.cacheDirectory().isEmpty());
        Path directory = bundledCopy();
        TabledAdvisor loaded = tabled(ParticipationAdvisor.fromDirectory(directory));
        assertFalse(CompiledPolicies.store(loaded, true));
        assertFalse(Files.exists(temp.resolve("cache")));
    }

    /** The explanation of a table answer survives the form: the same rows, texts and subjects. */
    @Test
    void anAdviceFromTheFormExplainsEveryDecisionAsTheEngineDoes() {
        TabledAdvisor advisor = CompiledPolicies.bundled();
        CompleteInputSpace space = CompleteInputSpace.complete();
        for (int index = 0; index < space.size(); index += 104_729) {
            Advice fromForm = advisor.advise(space.opgave(index));
            Advice fromEngine = BundledPolicy.engine().advise(space.opgave(index));
            assertEquals(fromEngine, fromForm, "opgave " + index);
            List<Explanation> explanation = fromForm.explanation();
            assertFalse(explanation.isEmpty());
        }
    }
}
