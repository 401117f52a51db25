package nl.heemstede.participatie.core;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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
import nl.heemstede.participatie.staff.CheckReport;
import nl.heemstede.participatie.staff.Finding;
import nl.heemstede.participatie.staff.Finding.Severity;

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
    private static final Pattern RULE_NUMBERS = Pattern.compile("[Rr]ules:? \\[([0-9, ]+)]");
    private static final int EXAMPLES_PER_TABLE = 3;

    /** Runs the validator beside the load; daemon threads, so a check never keeps a JVM up. */
    private static final Executor VALIDATOR = task -> {
        Thread thread = new Thread(task, "participatie-policy-validator");
        thread.setDaemon(true);
        thread.start();
    };

    /** The engine's validator, made by the first check; see {@link #engineValidation(String)}. */
    private static DMNValidator validator;

    private final List<String> checks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private PolicyChecker() {
    }

    /** What a check found, and the advisor over the checked files when they are sound. */
    record Checked(CheckReport report, Optional<ParticipationAdvisor> advisor) {
    }

    /** Checks the policy in a directory. */
    public static CheckReport check(Path directory) {
        return checkAndLoad(directory).report();
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
        Policy.load(files).requireSound();
        Map.Entry<String, byte[]> dmn = files.withExtension(".dmn").entrySet().iterator().next();
        return Map.entry(dmn.getKey(), dmn.getValue().clone());
    }

    /**
     * Checks the policy in a directory and, when it is sound, returns the advisor over the very files it checked:
     * they are read once, so a change made meanwhile cannot slip in unchecked.
     */
    static Checked checkAndLoad(Path directory) {
        PolicyChecker checker = new PolicyChecker();
        Optional<TabledAdvisor> advisor = checker.run(directory);
        List<Finding> sorted = new ArrayList<>(checker.findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        CheckReport report = new CheckReport(directory.toString(), checker.checks, sorted);
        return new Checked(report, report.sound() ? advisor.map(a -> a) : Optional.empty());
    }

    /** Runs every check; returns the advisor when the policy loads and every table decides every input. */
    private Optional<TabledAdvisor> run(Path directory) {
        checks.add("Veiligheid: het DMN-bestand bevat geen Java- of externe functies, geen DOCTYPE of entiteiten,"
                + " geen imports, geen uitdrukking dieper dan " + NestingBound.MAX_DEPTH + " haakjes genest, en is"
                + " niet te groot; de map bevat geen DRL of code (in welke hoofdletters ook); elk bestand dat gelezen"
                + " wordt is een gewoon bestand in UTF-8; beleid.properties heeft een naam, geldige datums en geen"
                + " stuurtekens.");
        PolicyFiles files;
        try {
            files = PolicyFiles.fromDirectory(directory);
        } catch (PolicyLoadException e) {
            e.problems().forEach(p -> error("POLICY_REFUSED", directory.toString(), null, null, p, null));
            return Optional.empty();
        }
        String dmnName = files.withExtension(".dmn").keySet().iterator().next();
        byte[] dmn = files.content(dmnName);
        checks.add("DMN-schema, model en FEEL-expressies, met de validator van de engine.");
        checks.add("Beslistabellen: gaten (invoer waarvoor geen rij past) en overlappingen (twee rijen die allebei"
                + " passen bij hit policy U), met de tabelanalyse van de engine.");
        long start = System.nanoTime();
        CompletableFuture<List<Finding>> validation = CompletableFuture.supplyAsync(() -> validate(dmnName, dmn),
                VALIDATOR);
        Optional<TabledAdvisor> advisor;
        try {
            advisor = loadAndProve(files, dmnName);
        } catch (RuntimeException | Error e) {
            // an engine failure while proving the invariants (Policy.load turns its own into a refusal)
            error("ENGINE_FAILED", dmnName, null, null, EngineFailure.describe(e), null);
            advisor = Optional.empty();
        }
        long proved = System.nanoTime();
        try {
            findings.addAll(0, validation.join());
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            findings.add(0, error("ENGINE_FAILED", dmnName, "de validator van de engine: "
                    + EngineFailure.describe(cause)));
            advisor = Optional.empty();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Checked the policy in {} in {} ms: load, completeness and invariants {} ms, then {} ms waiting"
                    + " for the validator beside them.", directory, (System.nanoTime() - start) / 1_000_000,
                    (proved - start) / 1_000_000, (System.nanoTime() - proved) / 1_000_000);
        }
        return advisor;
    }

    /** Loading, completeness and the invariants over the complete input space. */
    private Optional<TabledAdvisor> loadAndProve(PolicyFiles files, String dmnName) {
        checks.add("Laden: elke beslissing en invoer die het advies nodig heeft bestaat nog en compileert.");
        Policy policy;
        try {
            policy = Policy.load(files);
        } catch (PolicyLoadException e) {
            e.problems().forEach(p -> error("POLICY_DOES_NOT_LOAD", dmnName, null, null, p, null));
            return Optional.empty();
        }
        checks.add("Volledigheid: elke tabel geeft voor elke mogelijke invoer precies één antwoord, met codes die"
                + " het advies kent (" + policy.tables().size() + " invoercombinaties beslist).");
        undecided(dmnName, policy.tables().failures());
        if (!policy.tables().failures().isEmpty()) {
            return Optional.empty();
        }
        TabledAdvisor advisor = new TabledAdvisor(policy);
        PolicyInvariants.descriptions().forEach(d -> checks.add("Beleidsregel over alle opgaven: " + d));
        findings.addAll(PolicyInvariants.check(advisor, dmnName));
        return Optional.of(advisor);
    }

    /** The validator's findings; runs on its own thread, so it only reads and returns. */
    private static List<Finding> validate(String fileName, byte[] dmn) {
        List<Finding> found = new ArrayList<>();
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
        Map<String, List<String>> rowIdsByTable = new HashMap<>();
        for (DRGElement element : definitions.getDrgElement()) {
            decisionById.put(element.getId(), element.getName());
            if (element instanceof Decision decision && decision.getExpression() instanceof DecisionTable table) {
                decisionById.put(table.getId(), decision.getName());
                List<String> ids = new ArrayList<>();
                table.getRule().forEach(r -> ids.add(r.getId()));
                rowIdsByTable.put(decision.getName(), ids);
            }
        }
        for (DMNMessage message : engineValidation(xml)) {
            String type = message.getMessageType().name();
            if (type.equals("DECISION_TABLE_ANALYSIS_EMPTY")) {
                continue;
            }
            String table = message.getSourceId() == null ? null : decisionById.get(message.getSourceId());
            String rows = rows(message.getText(), table == null ? List.of() : rowIdsByTable.getOrDefault(table,
                    List.of()));
            String text = translate(type, message.getText(), rows);
            Severity severity = switch (type) {
                case "DECISION_TABLE_GAP", "DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE" -> Severity.ERROR;
                default -> STYLE_ONLY.contains(type) ? Severity.INFO
                        : message.getLevel() == org.kie.api.builder.Message.Level.ERROR ? Severity.ERROR
                        : Severity.WARNING;
            };
            found.add(new Finding(severity, type, fileName, Optional.ofNullable(table),
                    rows.isEmpty() ? Optional.empty() : Optional.of(rows), text, Optional.empty()));
        }
        return found;
    }

    /**
     * The engine's validator over the DMN text: schema, model, compilation and decision-table analysis. One
     * validator serves every check, as building one (its rule bases) costs about as much as a validation; each
     * validation runs in sessions of its own, and the calls take turns.
     */
    private static synchronized List<DMNMessage> engineValidation(String xml) {
        if (validator == null) {
            validator = DMNValidatorFactory.newValidator(RefusingClassLoader.INSTANCE, List.of());
        }
        return validator.validate(new StringReader(xml), DMNValidator.Validation.VALIDATE_SCHEMA,
                DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.VALIDATE_COMPILATION,
                DMNValidator.Validation.ANALYZE_DECISION_TABLE);
    }

    private static String rows(String text, List<String> ids) {
        Matcher m = RULE_NUMBERS.matcher(text);
        if (!m.find()) {
            m = Pattern.compile("rules \\[([0-9, ]+)]").matcher(text);
            if (!m.find()) {
                return "";
            }
        }
        List<String> named = new ArrayList<>();
        for (String number : m.group(1).split(",")) {
            int index = Integer.parseInt(number.strip()) - 1;
            named.add(index >= 0 && index < ids.size() ? ids.get(index) : "rij " + (index + 1));
        }
        return String.join(", ", named);
    }

    /** The validator's message as a sentence for a policy officer. */
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
            case "DECISION_TABLE_MASKED_RULE", "DECISION_TABLE_SUBSUMPTION_RULE" -> "rij " + rows + " kan nooit"
                    + " beslissen, omdat een andere rij dezelfde invoer al dekt: " + detail;
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
        findings.add(new Finding(Severity.ERROR, code, file, Optional.ofNullable(table), Optional.ofNullable(row),
                message, Optional.ofNullable(example)));
    }

    private static Finding error(String code, String file, String message) {
        return new Finding(Severity.ERROR, code, file, Optional.empty(), Optional.empty(), message, Optional.empty());
    }

    /** An opgave as JSON on one line, as a counter-example. */
    static String asExample(Opgave opgave) {
        return JsonHolder.JSON.writeOpgave(opgave).replaceAll("\\s*\\n\\s*", " ");
    }

    /** The JSON writer of the examples, made on first use: thread-safe, and costly to make. */
    private static final class JsonHolder {
        static final ParticipatieJson JSON = ParticipatieJson.create();
    }

    /**
     * The one version behind an advisor of the library that advises whatever the peildatum, for staff tools that
     * compare tables over the input space (whose opgaven have no peildatum): of a register, the version asked for by
     * name, else the newest; any other advisor as it is. Internal.
     */
    public static ParticipationAdvisor undated(ParticipationAdvisor advisor) {
        if (advisor instanceof RegisterAdvisor register) {
            return register.undated();
        }
        if (advisor instanceof DirectoryAdvisor reloading) {
            return reloading.register().undated();
        }
        return advisor;
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
