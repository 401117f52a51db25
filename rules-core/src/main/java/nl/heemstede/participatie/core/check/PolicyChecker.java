package nl.heemstede.participatie.core.check;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.heemstede.participatie.Advice;
import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.json.ParticipatieJson;
import nl.heemstede.participatie.core.advice.RegisterAdvisor;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.compiled.CompiledPolicies;
import nl.heemstede.participatie.core.cases.CaseFile;
import nl.heemstede.participatie.core.cases.CaseResult;
import nl.heemstede.participatie.core.cases.ExpectedCase;
import nl.heemstede.participatie.core.cases.ExpectedCases;
import nl.heemstede.participatie.core.check.CheckFinding.Severity;
import nl.heemstede.participatie.core.loading.Bounds;
import nl.heemstede.participatie.core.loading.DaemonTask;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.EngineFailure;
import nl.heemstede.participatie.core.loading.FeelAllowList;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;
import nl.heemstede.participatie.core.loading.PolicyInspector;
import nl.heemstede.participatie.core.loading.RefusingClassLoader;
import nl.heemstede.participatie.core.loading.TableRefusal;

/**
 * The work behind {@code participatie check}: inspects, validates, loads and proves a policy directory, and turns
 * what the engine says into findings in Dutch. Internal: use {@link nl.heemstede.participatie.staff.PolicyCheck}.
 *
 * <p>The engine's validator runs on a thread of its own beside loading, completeness and the invariants; its
 * findings come first in the report, as when they ran one after the other.
 */
public final class PolicyChecker {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyChecker.class);

    /** Decision-table analysis messages that only say the table could be written shorter or differently. */
    private static final Set<String> STYLE_ONLY = Set.of("DECISION_TABLE_CONTRACTION_RULE",
            "DECISION_TABLE_1STNFVIOLATION", "DECISION_TABLE_HITPOLICY_RECOMMENDER");
    /**
     * Decision-table analysis messages about pairs of rows (one row masked by, misleading over, or contained in
     * another): the engine gives one per pair, so a table of many alike rows gives quadratically many. They are
     * summarised, one finding per table and kind.
     */
    private static final Set<String> PER_PAIR = Set.of("DECISION_TABLE_MASKED_RULE", "DECISION_TABLE_MISLEADING_RULE",
            "DECISION_TABLE_SUBSUMPTION_RULE");
    private static final Pattern RULE_NUMBERS = Pattern.compile("[Rr]ules:? \\[([0-9, ]+)]");
    private static final Pattern RULE_NUMBER = Pattern.compile("[Rr]ule:? ([0-9]+)");
    private static final int EXAMPLES_PER_TABLE = 3;
    /** How many findings of one kind in one table are reported one by one; the rest are counted in one more. */
    static final int FINDINGS_PER_KIND = 5;
    /**
     * The engine's decision-table analysis runs only when every table has at most this many rows: it compares rows
     * pairwise (500 alike rows took 223 s and gave 250,500 messages). The bundled policy's largest table has 22.
     * A larger table is still covered by the library's own enumeration of every table over its whole input space.
     */
    static final int MAX_ANALYSED_ROWS = 100;

    /** The engine's validator, made by the first check; see {@link #engineValidation(String, boolean)}. */
    private static DMNValidator validator;

    private final List<String> checks = new ArrayList<>();
    private final List<CheckFinding> findings = new ArrayList<>();
    private List<CaseResult> cases = List.of();

    private PolicyChecker() {
    }

    /** What a check found, and the advisor over the checked files when they are sound. */
    public record Checked(CheckResult report, Optional<ParticipationAdvisor> advisor) {
    }

    /**
     * Checks the policy in a directory, or every version of a register (a directory without
     * {@code beleid.properties}, one policy directory per version) and that their periods do not overlap.
     */
    public static CheckResult check(Path directory) {
        if (RegisterAdvisor.isRegister(directory)) {
            return checkRegister(directory);
        }
        return checkAndLoad(directory).report();
    }

    /**
     * Every version of a register checked as a policy directory, their findings and cases named by version, and the
     * register as a whole: its versions' periods must not overlap, nor their names repeat.
     */
    private static CheckResult checkRegister(Path register) {
        List<Path> versions;
        try {
            versions = RegisterAdvisor.versionDirectories(register);
        } catch (PolicyLoadException e) {
            return new CheckResult(register.toString(), List.of("Beleidsregister: één beleidsmap per versie."),
                    List.of(error("POLICY_REFUSED", register.toString(), e.getMessage())), List.of());
        }
        List<String> checks = new ArrayList<>();
        List<CheckFinding> findings = new ArrayList<>();
        List<CaseResult> cases = new ArrayList<>();
        List<ParticipationAdvisor> sound = new ArrayList<>();
        checks.add("Beleidsregister: " + versions.size() + (versions.size() == 1 ? " versie" : " versies") + " ("
                + String.join(", ", versions.stream().map(v -> v.getFileName().toString()).toList()) + "), elk met"
                + " alle controles hieronder; de geldigheidsperiodes overlappen niet en de namen verschillen.");
        for (Path version : versions) {
            String name = version.getFileName().toString();
            Checked checked = checkAndLoad(version);
            if (checks.size() == 1) {
                checked.report().checks().stream().filter(c -> !c.startsWith(CASES_CHECK)).forEach(checks::add);
            }
            checked.report().checks().stream().filter(c -> c.startsWith(CASES_CHECK))
                    .forEach(c -> checks.add(name + ": " + c));
            for (CheckFinding f : checked.report().findings()) {
                String file = f.file().startsWith(version.toString()) ? name + f.file().substring(version.toString()
                        .length()) : name + "/" + f.file();
                findings.add(new CheckFinding(f.severity(), f.code(), file, f.table(), f.row(), f.message(),
                        f.counterExample()));
            }
            for (CaseResult r : checked.report().cases()) {
                ExpectedCase c = r.expected();
                cases.add(new CaseResult(new ExpectedCase(name + ": " + c.name(), c.line(), c.note(),
                        c.peildatum(), c.opgave(), c.expectations()), r.advice(), r.mismatches()));
            }
            checked.advisor().ifPresent(sound::add);
        }
        if (sound.size() == versions.size()) {
            try {
                RegisterAdvisor.of(sound, register.toString());
            } catch (PolicyLoadException e) {
                (e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems()).forEach(p -> findings.add(
                        error("REGISTER_REFUSED", register.toString(), p)));
            }
        }
        findings.sort(Comparator.comparing(CheckFinding::severity));
        return new CheckResult(register.toString(), checks, findings, cases);
    }

    /**
     * The DMN file of a policy directory (name and content, as read in one consistent snapshot) after the policy in
     * it passed every check of {@link ParticipationAdvisor#fromDirectory(Path)}. Internal: for
     * {@link nl.heemstede.participatie.staff.PolicyMatrix#fromDirectory(Path)}.
     *
     * @throws PolicyLoadException listing every problem when the policy does not load
     */
    public static Map.Entry<String, byte[]> loadedDmn(Path directory) {
        PolicyFiles files = PolicyFiles.fromDirectory(directory);
        Policy.loadRulesOnFirstUse(files, Bounds.DEFAULT).requireSound(); // the matrix reads the tables only
        Map.Entry<String, byte[]> dmn = files.withExtension(".dmn").entrySet().iterator().next();
        return Map.entry(dmn.getKey(), dmn.getValue().clone());
    }

    /**
     * Checks the policy in a directory and, when it is sound, returns the advisor over the very files it checked:
     * they are read once, so a change made meanwhile cannot slip in unchecked.
     */
    public static Checked checkAndLoad(Path directory) {
        return checkAndLoad(directory, Bounds.DEFAULT);
    }

    /** {@link #checkAndLoad(Path)} within the given time budgets (tests shrink them). */
    public static Checked checkAndLoad(Path directory, Bounds bounds) {
        PolicyChecker checker = new PolicyChecker();
        Optional<TabledAdvisor> advisor = checker.run(directory, bounds);
        List<CheckFinding> sorted = new ArrayList<>(checker.findings);
        sorted.sort(Comparator.comparing(CheckFinding::severity));
        CheckResult report = new CheckResult(directory.toString(), checker.checks, sorted, checker.cases);
        if (report.sound()) {
            // The invariants advised every class of values whose tables do not agree with the bundled policy's, and
            // the advisor's rules hold the bundled form's runs for every other (CompiledPolicies#engineAdvisor): it
            // holds every rule answer its compiled form needs, and the next load of these files skips the engine.
            advisor.ifPresent(a -> CompiledPolicies.store(a, true));
        }
        return new Checked(report, report.sound() ? advisor.map(a -> a) : Optional.empty());
    }

    /**
     * The findings of the invariants over the complete input space, every class of values advised: for the build
     * step that proves the bundled policy (no proved policy to compare with).
     */
    public static List<CheckFinding> proveInvariants(TabledAdvisor advisor, String file) {
        return PolicyInvariants.check(advisor, file);
    }

    /** Runs every check; returns the advisor when the policy loads and every table decides every input. */
    private Optional<TabledAdvisor> run(Path directory, Bounds bounds) {
        checks.add("Veiligheid: het DMN-bestand bevat alleen wat een beleid van beslistabellen nodig heeft"
                + " (elementen, attributen en FEEL van een vaste lijst: geen functies, externe of Java-aanroepen,"
                + " eigenschappen met '.', herhalingen, commentaar, DOCTYPE, entiteiten of imports; hoogstens "
                + FeelAllowList.MAX_DEPTH + " haakjes diep, " + PolicyInspector.MAX_ROWS + " rijen per tabel en "
                + PolicyInspector.MAX_DMN_BYTES / 1024 / 1024 + " MB); de map bevat geen DRL of code (in welke"
                + " hoofdletters ook); elk bestand dat gelezen wordt is een gewoon bestand in UTF-8; beleid.properties"
                + " heeft een naam, geldige datums en geen stuurtekens.");
        PolicyFiles files;
        try {
            files = PolicyFiles.fromDirectory(directory);
        } catch (PolicyLoadException e) {
            e.problems().forEach(p -> error("POLICY_REFUSED", directory.toString(), null, null, p, null));
            return Optional.empty();
        }
        String dmnName = files.withExtension(".dmn").keySet().iterator().next();
        byte[] dmn = files.content(dmnName);
        checks.add("DMN-schema, model en FEEL-expressies, met de validator van de engine (binnen "
                + Bounds.dutch(bounds.validator()) + ").");
        checks.add("Beslistabellen: gaten (invoer waarvoor geen rij past) en overlappingen (twee rijen die allebei"
                + " passen bij hit policy U), met de tabelanalyse van de engine als geen tabel meer dan "
                + MAX_ANALYSED_ROWS + " rijen heeft (die analyse vergelijkt elke rij met elke andere); meldingen over"
                + " rijen die in een andere vallen staan samengevat, één per tabel en soort.");
        checks.add("Tijd: elke stap heeft een grens (validator " + Bounds.dutch(bounds.validator()) + ", laden en"
                + " volledigheid " + Bounds.dutch(bounds.load()) + ", elke tabel over al haar invoer "
                + Bounds.dutch(bounds.table()) + ", beleidsregels " + Bounds.dutch(bounds.invariants()) + "); wat"
                + " erover gaat wordt afgebroken en als fout gemeld, zodat een controle nooit blijft hangen.");
        long start = System.nanoTime();
        DaemonTask<List<CheckFinding>> validation = DaemonTask.start("participatie-policy-validator",
                () -> validate(dmnName, dmn));
        Optional<TabledAdvisor> advisor = loadAndProve(files, dmnName, bounds);
        long proved = System.nanoTime();
        try {
            List<CheckFinding> validated = validation.await(bounds.validator().toNanos() - (proved - start));
            if (validation.endedAt() - start > bounds.validator().toNanos()) {
                throw new TimeoutException(); // it ended while the other steps ran, but later than its budget
            }
            findings.addAll(0, validated);
        } catch (TimeoutException e) {
            validation.abandon();
            findings.add(0, timedOut(dmnName, "de validator van de engine (DMN-schema, model, FEEL en"
                    + " tabelanalyse)", bounds.validator()));
            advisor = Optional.empty();
        } catch (RuntimeException | Error e) {
            findings.add(0, error("ENGINE_FAILED", dmnName, "de validator van de engine: "
                    + EngineFailure.describe(e)));
            advisor = Optional.empty();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Checked the policy in {} in {} ms: load, completeness and invariants {} ms, then {} ms waiting"
                    + " for the validator beside them.", directory, (System.nanoTime() - start) / 1_000_000,
                    (proved - start) / 1_000_000, (System.nanoTime() - proved) / 1_000_000);
        }
        return advisor;
    }

    /** Loading, completeness, rows that never decide, and the invariants over the complete input space. */
    private Optional<TabledAdvisor> loadAndProve(PolicyFiles files, String dmnName, Bounds bounds) {
        checks.add("Laden: elke beslissing en invoer die het advies nodig heeft bestaat nog en compileert.");
        DaemonTask<Policy> loading = DaemonTask.start("participatie-policy-check-load",
                () -> CompiledPolicies.load(files, bounds));
        Policy policy;
        try {
            policy = loading.await(bounds.load().toNanos());
        } catch (TimeoutException e) {
            loading.abandon();
            findings.add(timedOut(dmnName, "het laden van het beleid (compileren en elke tabel over al haar invoer"
                    + " beslissen)", bounds.load()));
            return Optional.empty();
        } catch (TableRefusal e) {
            findings.add(new CheckFinding(Severity.ERROR, e.code(), dmnName, Optional.ofNullable(e.table()),
                    Optional.empty(), e.problem(), Optional.empty()));
            return Optional.empty();
        } catch (PolicyLoadException e) {
            e.problems().forEach(p -> error("POLICY_DOES_NOT_LOAD", dmnName, null, null, p, null));
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            error("ENGINE_FAILED", dmnName, null, null, EngineFailure.describe(e), null);
            return Optional.empty();
        }
        checks.add("Volledigheid: elke tabel geeft voor elke mogelijke invoer precies één antwoord, met codes die"
                + " het advies kent (" + policy.tables().size() + " invoercombinaties beslist).");
        undecided(dmnName, policy.tables().failures());
        if (!policy.tables().failures().isEmpty()) {
            return Optional.empty();
        }
        checks.add("Rijen die nooit beslissen: uit dezelfde doorrekening van elke tabel over al haar invoer, ook voor"
                + " een tabel boven de grens van de tabelanalyse; één melding per tabel. Een rij die alleen past bij"
                + " invoer die de invoercontrole weigert, maakt de tabel volledig en is ter informatie gemeld.");
        policy.tables().neverDeciding(policy.dmn()).forEach((table, rows) -> {
            List<String> refused = policy.tables().matchingRefusedInput(policy.dmn(), table, rows);
            List<String> never = rows.stream().filter(r -> !refused.contains(r)).toList();
            if (!never.isEmpty()) {
                findings.add(neverDecides(dmnName, table, policy.dmn().hitPolicy(table), never));
            }
            if (!refused.isEmpty()) {
                findings.add(onlyForRefusedInput(dmnName, table, refused));
            }
        });
        TabledAdvisor advisor;
        try {
            // the rule runs of the bundled compiled form serve every situation the bundled policy meets as well
            advisor = CompiledPolicies.engineAdvisor(policy);
        } catch (RuntimeException | Error e) {
            error("ENGINE_FAILED", dmnName, null, null, EngineFailure.describe(e), null);
            return Optional.empty();
        }
        PolicyInvariants.descriptions().forEach(d -> checks.add("Beleidsregel over alle opgaven: " + d));
        long deadline = System.nanoTime() + bounds.invariants().toNanos();
        // the bundled policy, proved by this build of the library: only opgaven whose tables decide otherwise are
        // advised (PolicyInvariants)
        DecidedTables proved = CompiledPolicies.provedTables(policy.rulesSha256()).orElse(null);
        DaemonTask<List<CheckFinding>> proving = DaemonTask.start("participatie-policy-check-invariants",
                () -> PolicyInvariants.prove(advisor, dmnName, proved, deadline).findings());
        try {
            findings.addAll(proving.await(bounds.invariants().toNanos()));
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            proving.abandon();
            findings.add(timedOut(dmnName, "de beleidsregels over alle opgaven", bounds.invariants()));
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            // an engine failure while proving the invariants (the rules of the advice run in the engine)
            error("ENGINE_FAILED", dmnName, null, null, EngineFailure.describe(e), null);
            return Optional.empty();
        }
        expectedCases(files, advisor, bounds);
        return Optional.of(advisor);
    }

    /** How the line of the checks about the expected cases begins. */
    private static final String CASES_CHECK = "Verwachte gevallen: ";

    /**
     * Runs the expected cases beside the tables, when there are any, within the budget of the invariants: every
     * failing case is an error; the details are in the report's section of cases.
     */
    private void expectedCases(PolicyFiles files, TabledAdvisor advisor, Bounds bounds) {
        String file = PolicyFiles.CASES;
        if (files.cases().isEmpty()) {
            checks.add(CASES_CHECK + "de map heeft geen " + file + "; leg daar de gevallen vast waarvan u het"
                    + " advies kent, dan controleert elke controle ze.");
            return;
        }
        List<ExpectedCase> read;
        try {
            read = CaseFile.of(files).orElseThrow();
        } catch (PolicyLoadException e) {
            checks.add(CASES_CHECK + file + " lezen; elk probleem staat hieronder met regel en kolom.");
            e.problems().forEach(p -> error("CASES_UNREADABLE", file, null, null,
                    p.startsWith(file + ", ") ? p.substring(file.length() + 2) : p, null));
            return;
        }
        checks.add(CASES_CHECK + "elk van de " + read.size() + " gevallen in " + file + " krijgt het advies dat"
                + " het verwacht (binnen " + Bounds.dutch(bounds.invariants()) + ").");
        DaemonTask<List<CaseResult>> running = DaemonTask.start("participatie-policy-check-cases",
                () -> ExpectedCases.run(read, advisor));
        try {
            cases = running.await(bounds.invariants().toNanos());
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            running.abandon();
            findings.add(timedOut(file, "de verwachte gevallen", bounds.invariants()));
            return;
        } catch (RuntimeException | Error e) {
            error("ENGINE_FAILED", file, null, null, EngineFailure.describe(e), null);
            return;
        }
        for (CaseResult result : cases) {
            if (!result.passed()) {
                error("CASE_FAILED", file, null, null, "het geval " + result.expected().describe() + " krijgt niet"
                        + " wat het verwacht: " + result.mismatches().get(0).field() + (result.mismatches().size() > 1
                        ? " en " + (result.mismatches().size() - 1) + " meer" : "") + "; zie de verwachte gevallen"
                        + " hieronder.", null);
            }
        }
    }

    /** The error of a step that overran its budget. */
    private static CheckFinding timedOut(String file, String step, java.time.Duration budget) {
        return error(TableRefusal.CHECK_TIMED_OUT, file, step + ": dit duurde langer dan " + Bounds.dutch(budget)
                + " en is afgebroken; de controle is daarom niet volledig. Een uitdrukking rekent misschien eindeloos"
                + " door, of een tabel is te groot: maak het beleid eenvoudiger, of controleer opnieuw als de computer"
                + " het druk had.");
    }

    /** The warning about the rows of one table that never decide (see {@link DecidedTables#neverDeciding}). */
    static CheckFinding neverDecides(String file, String table, String hitPolicy, List<String> rows) {
        boolean one = rows.size() == 1;
        String message = "COLLECT".equals(hitPolicy)
                ? rows.size() + (one ? " rij past" : " rijen passen") + " bij geen enkele mogelijke invoer en"
                        + (one ? " telt" : " tellen") + " dus nooit mee: " + named(rows) + ". Haal "
                        + (one ? "haar" : "ze") + " weg of verbeter de invoer."
                : rows.size() + (one ? " rij kan" : " rijen kunnen") + " nooit beslissen: " + named(rows) + ". Voor"
                        + " geen enkele mogelijke invoer " + (one ? "is dit" : "is een van deze") + " de rij die het"
                        + " antwoord geeft: een rij die eerder komt of voorrang heeft dekt dezelfde invoer al, of de"
                        + " rij past alleen bij invoer die geen opgave kan geven. Haal " + (one ? "haar" : "ze")
                        + " weg of verbeter de invoer.";
        return new CheckFinding(Severity.WARNING, "ROW_NEVER_DECIDES", file, Optional.of(table),
                Optional.of(String.join(", ", rows.subList(0, Math.min(EXAMPLES_PER_TABLE, rows.size())))),
                message, Optional.empty());
    }

    /**
     * The information about the rows of one table that decide only input the input validation refuses: they make
     * the table complete over every value its columns allow (for an engine that reads the table without the
     * library's input validation), and no valid opgave reaches them.
     */
    static CheckFinding onlyForRefusedInput(String file, String table, List<String> rows) {
        boolean one = rows.size() == 1;
        String message = rows.size() + (one ? " rij past" : " rijen passen") + " alleen bij invoer die de"
                + " invoercontrole weigert (tegenstrijdige invoer, zoals een besluit dat niet ambtelijk kan worden"
                + " afgehandeld zonder bevoegd orgaan): " + named(rows) + ". Een geldige opgave bereikt "
                + (one ? "haar" : "ze") + " nooit; " + (one ? "ze maakt" : "ze maken") + " de tabel volledig over"
                + " alle waarden die haar kolommen toelaten, ook voor een engine die de tabel zonder die controle"
                + " leest. Dat is in orde als de kolom Uitleg zegt waarom.";
        return new CheckFinding(Severity.INFO, "ROW_FOR_REFUSED_INPUT", file, Optional.of(table),
                Optional.of(String.join(", ", rows.subList(0, Math.min(EXAMPLES_PER_TABLE, rows.size())))),
                message, Optional.empty());
    }

    /** The first few ids and how many more: "a, b, c en 9 meer". */
    static String named(List<String> ids) {
        if (ids.size() <= EXAMPLES_PER_TABLE) {
            return ids.size() <= 1 ? String.join("", ids) : String.join(", ", ids.subList(0, ids.size() - 1))
                    + " en " + ids.get(ids.size() - 1);
        }
        return String.join(", ", ids.subList(0, EXAMPLES_PER_TABLE)) + " en " + (ids.size() - EXAMPLES_PER_TABLE)
                + " meer";
    }

    /** One message of the validator, read: its type, table, the rows it names, and its finding. */
    private record Message(String type, String table, List<String> rows, CheckFinding finding) {
    }

    /** The validator's findings; runs on its own thread, so it only reads and returns. */
    private static List<CheckFinding> validate(String fileName, byte[] dmn) {
        List<CheckFinding> found = new ArrayList<>();
        String xml = new String(dmn, StandardCharsets.UTF_8);
        Definitions definitions;
        try {
            definitions = DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(xml));
        } catch (RuntimeException e) {
            found.add(error("DMN_UNREADABLE", fileName, "het bestand is geen leesbaar DMN-model: "
                    + e.getMessage()));
            return found;
        }
        if (definitions == null) {
            found.add(error("DMN_UNREADABLE", fileName, "het bestand is geen leesbaar DMN-model."));
            return found;
        }
        Map<String, String> decisionById = new HashMap<>();
        Map<String, List<String>> rowIdsByTable = new LinkedHashMap<>();
        for (DRGElement element : definitions.getDrgElement()) {
            decisionById.put(element.getId(), element.getName());
            if (element instanceof Decision decision && decision.getExpression() instanceof DecisionTable table) {
                decisionById.put(table.getId(), decision.getName());
                List<String> ids = new ArrayList<>();
                table.getRule().forEach(r -> ids.add(r.getId()));
                rowIdsByTable.put(decision.getName(), ids);
            }
        }
        boolean analyse = true;
        for (Map.Entry<String, List<String>> table : rowIdsByTable.entrySet()) {
            if (table.getValue().size() > MAX_ANALYSED_ROWS) {
                analyse = false;
                found.add(new CheckFinding(Severity.INFO, "TABLE_ANALYSIS_SKIPPED", fileName, Optional.of(table.getKey()),
                        Optional.empty(), "de tabelanalyse van de engine is overgeslagen: deze tabel heeft "
                        + table.getValue().size() + " rijen, meer dan de grens van " + MAX_ANALYSED_ROWS + " rijen"
                        + " waarboven die analyse te lang duurt (zij vergelijkt elke rij met elke andere, en slaat dan"
                        + " het hele bestand over). De eigen volledige doorrekening van de bibliotheek dekt elke"
                        + " tabel wel: gaten en overlappingen (elke invoer precies één antwoord) en rijen die nooit"
                        + " beslissen worden daarmee gevonden.", Optional.empty()));
            }
        }
        List<Message> messages = new ArrayList<>();
        for (DMNMessage message : engineValidation(xml, analyse)) {
            String type = message.getMessageType().name();
            if (type.equals("DECISION_TABLE_ANALYSIS_EMPTY")) {
                continue;
            }
            String table = message.getSourceId() == null ? null : decisionById.get(message.getSourceId());
            List<String> ids = table == null ? List.of() : rowIdsByTable.getOrDefault(table, List.of());
            Severity severity = switch (type) {
                case "DECISION_TABLE_GAP", "DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE" -> Severity.ERROR;
                default -> STYLE_ONLY.contains(type) ? Severity.INFO
                        : message.getLevel() == org.kie.api.builder.Message.Level.ERROR ? Severity.ERROR
                        : Severity.WARNING;
            };
            if (PER_PAIR.contains(type)) {
                messages.add(new Message(type, table, List.of(pairedRow(type, message.getText(), ids)),
                        new CheckFinding(severity, type, fileName, Optional.ofNullable(table), Optional.empty(),
                                message.getText(), Optional.empty())));
                continue;
            }
            List<String> named = rows(message.getText(), ids);
            boolean many = named.size() > 10; // a message about all rows of a long table: name the first few
            String rows = String.join(", ", many ? named.subList(0, EXAMPLES_PER_TABLE) : named);
            String text = translate(type, message.getText(), many ? named(named) : rows);
            messages.add(new Message(type, table, named, new CheckFinding(severity, type, fileName,
                    Optional.ofNullable(table), rows.isEmpty() ? Optional.empty() : Optional.of(rows), text,
                    Optional.empty())));
        }
        found.addAll(summarised(fileName, messages, rowIdsByTable));
        return found;
    }

    /**
     * The validator's messages, at most {@link #FINDINGS_PER_KIND} of one kind per table, the rest counted in one
     * more finding; the messages about pairs of rows as one finding per table and kind.
     */
    private static List<CheckFinding> summarised(String fileName, List<Message> messages,
                                            Map<String, List<String>> rowIdsByTable) {
        Map<List<String>, List<Message>> byKind = new LinkedHashMap<>();
        for (Message m : messages) {
            byKind.computeIfAbsent(java.util.Arrays.asList(m.table(), m.type()), k -> new ArrayList<>()).add(m);
        }
        List<CheckFinding> found = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            String table = kind.get(0);
            String type = kind.get(1);
            CheckFinding first = list.get(0).finding();
            if (PER_PAIR.contains(type)) {
                List<String> order = rowIdsByTable.getOrDefault(table, List.of());
                List<String> rows = list.stream().flatMap(m -> m.rows().stream()).distinct()
                        .sorted(Comparator.comparingInt(order::indexOf)).toList();
                found.add(new CheckFinding(first.severity(), type, fileName, Optional.ofNullable(table),
                        Optional.of(String.join(", ", rows.subList(0, Math.min(EXAMPLES_PER_TABLE, rows.size())))),
                        pairs(type, list.size(), rows), Optional.empty()));
                return;
            }
            list.subList(0, Math.min(FINDINGS_PER_KIND, list.size())).forEach(m -> found.add(m.finding()));
            if (list.size() > FINDINGS_PER_KIND) {
                int more = list.size() - FINDINGS_PER_KIND;
                found.add(new CheckFinding(first.severity(), type, fileName, Optional.ofNullable(table), Optional.empty(),
                        "en nog " + more + (more == 1 ? " melding" : " meldingen") + " van deze soort in deze"
                        + " tabel (" + type + "); herstel eerst de meldingen hierboven en controleer opnieuw.",
                        Optional.empty()));
            }
        });
        return found;
    }

    /** The summary of the engine's messages about pairs of rows of one kind in one table. */
    private static String pairs(String type, int count, List<String> rows) {
        String times = count == 1 ? "één keer" : count + " keer";
        String which = rows.size() + (rows.size() == 1 ? " rij" : " rijen") + ": " + named(rows);
        return switch (type) {
            case "DECISION_TABLE_MASKED_RULE" -> "de engine meldt " + times + " dat een rij nooit kan beslissen,"
                    + " omdat een rij met voorrang dezelfde invoer al dekt. Het gaat om " + which + ".";
            case "DECISION_TABLE_MISLEADING_RULE" -> "de engine meldt " + times + " dat een rij misleidend kan zijn:"
                    + " zij heeft voorrang op een rij die meer invoer dekt. Het gaat om " + which + ".";
            default -> "de engine meldt " + times + " dat een rij helemaal in een andere valt (subsumptie): zo'n rij"
                    + " kan nooit beslissen of is overbodig. Het gaat om " + which + ".";
        };
    }

    /**
     * The row a message about a pair of rows is about: the masked or misleading row ("Rule 5 is masked by rule:
     * 4"), or the row contained in the other ("Rule 4 contains rule: 5").
     */
    private static String pairedRow(String type, String text, List<String> ids) {
        Matcher m = RULE_NUMBER.matcher(text);
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        if (numbers.isEmpty()) {
            return "onbekende rij";
        }
        int number = type.equals("DECISION_TABLE_SUBSUMPTION_RULE") && numbers.size() > 1 ? numbers.get(1)
                : numbers.get(0);
        return number >= 1 && number <= ids.size() ? ids.get(number - 1) : "rij " + number;
    }

    /**
     * The engine's validator over the DMN text: schema, model, compilation and, when asked, decision-table
     * analysis. One validator serves every check, as building one (its rule bases) costs about as much as a
     * validation; each validation runs in sessions of its own, and the calls take turns.
     */
    private static synchronized List<DMNMessage> engineValidation(String xml, boolean analyse) {
        if (validator == null) {
            validator = DMNValidatorFactory.newValidator(RefusingClassLoader.INSTANCE, List.of());
        }
        if (!analyse) {
            return validator.validate(new StringReader(xml), DMNValidator.Validation.VALIDATE_SCHEMA,
                    DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.VALIDATE_COMPILATION);
        }
        return validator.validate(new StringReader(xml), DMNValidator.Validation.VALIDATE_SCHEMA,
                DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.VALIDATE_COMPILATION,
                DMNValidator.Validation.ANALYZE_DECISION_TABLE);
    }

    private static List<String> rows(String text, List<String> ids) {
        Matcher m = RULE_NUMBERS.matcher(text);
        if (!m.find()) {
            m = Pattern.compile("rules \\[([0-9, ]+)]").matcher(text);
            if (!m.find()) {
                return List.of();
            }
        }
        List<String> named = new ArrayList<>();
        for (String number : m.group(1).split(",")) {
            int index = Integer.parseInt(number.strip()) - 1;
            named.add(index >= 0 && index < ids.size() ? ids.get(index) : "rij " + (index + 1));
        }
        return named;
    }

    /**
     * The validator's message as a sentence for a policy officer (the messages about pairs of rows are summarised
     * instead, see {@link #pairs}).
     */
    static String translate(String type, String text, String rows) {
        String detail = text.replaceFirst("^DMN: ", "").replaceAll("\\(DMN id:.*$", "").strip();
        return switch (type) {
            case "DECISION_TABLE_GAP" -> "er is invoer waarvoor geen enkele rij past, zodat de tabel geen antwoord"
                    + " geeft. Ontbrekende combinatie: " + detail.replaceFirst("^Gap detected: ", "")
                    + ". Voeg een rij toe die deze invoer dekt.";
            case "DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE" -> "de rijen " + rows + " passen allebei bij dezelfde"
                    + " invoer, terwijl bij hit policy U precies één rij mag passen (" + detail
                    .replaceFirst("^Overlap detected: ", "") + "). Maak de rijen elkaar uitsluitend.";
            case "DECISION_TABLE_CONTRACTION_RULE" -> "de rijen " + rows + " geven hetzelfde antwoord en zouden"
                    + " kunnen worden samengevoegd; dat hoeft niet als ze apart staan om [seed] en [reading] te"
                    + " onderscheiden.";
            case "DECISION_TABLE_1STNFVIOLATION" -> "de rijen " + rows + " hebben precies dezelfde invoer. Bij hit"
                    + " policy C (elke rij die past telt mee) is dat in orde als elke rij een eigen antwoord geeft;"
                    + " anders kan een van de rijen weg.";
            case "DECISION_TABLE_HITPOLICY_RECOMMENDER" -> "de engine raadt een andere hit policy aan: " + detail;
            default -> "de validator meldt: " + detail;
        };
    }

    private void undecided(String fileName, List<PolicyDecisionException> failures) {
        Map<String, List<PolicyDecisionException>> byTable = new LinkedHashMap<>();
        failures.forEach(f -> byTable.computeIfAbsent(f.decision(), d -> new ArrayList<>()).add(f));
        byTable.forEach((table, list) -> {
            for (PolicyDecisionException f : list.subList(0, Math.min(EXAMPLES_PER_TABLE, list.size()))) {
                error("TABLE_CANNOT_DECIDE", fileName, table, null, "voor de invoer " + f.inputs() + " geeft de"
                        + " tabel geen (geldig) antwoord" + (list.size() > 1 ? " (" + list.size()
                        + " invoercombinaties in deze tabel)" : "") + ": " + f.getMessage(), null);
            }
        });
    }

    private void error(String code, String file, String table, String row, String message, String example) {
        findings.add(new CheckFinding(Severity.ERROR, code, file, Optional.ofNullable(table), Optional.ofNullable(row),
                message, Optional.ofNullable(example)));
    }

    private static CheckFinding error(String code, String file, String message) {
        return new CheckFinding(Severity.ERROR, code, file, Optional.empty(), Optional.empty(), message, Optional.empty());
    }

    /** An opgave as JSON on one line, as a counter-example. */
    static String asExample(Opgave opgave) {
        return JsonHolder.JSON.writeOpgave(opgave).replaceAll("\\s*\\n\\s*", " ");
    }

    /** The JSON writer of the examples, made on first use: thread-safe, and costly to make. */
    private static final class JsonHolder {
        static final ParticipatieJson JSON = ParticipatieJson.create();
    }

    /** Advises, or returns empty when the policy cannot decide this opgave. */
    static Optional<Advice> adviseOrEmpty(ParticipationAdvisor advisor, Opgave opgave) {
        try {
            return Optional.of(advisor.advise(opgave));
        } catch (PolicyDecisionException e) {
            return Optional.empty();
        }
    }
}
