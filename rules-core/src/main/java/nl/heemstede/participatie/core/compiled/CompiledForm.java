package nl.heemstede.participatie.core.compiled;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import nl.heemstede.participatie.AttentionPointCode;
import nl.heemstede.participatie.Basis;
import nl.heemstede.participatie.Explanation;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.Role;
import nl.heemstede.participatie.StakeholderKind;
import nl.heemstede.participatie.core.advice.RuleMemo;
import nl.heemstede.participatie.core.advice.TabledAdvisor;
import nl.heemstede.participatie.core.facts.Attention;
import nl.heemstede.participatie.core.facts.PartyRole;
import nl.heemstede.participatie.core.facts.PolicyDefect;
import nl.heemstede.participatie.core.loading.Conversions;
import nl.heemstede.participatie.core.loading.DecidedTables;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.loading.PolicyFiles;

/**
 * The compiled form of a policy: every answer the engine gave for it, so that an advisor can be made without the
 * engine. Derived, never edited: it is made from an advisor whose policy the engine loaded and whose rule answers
 * cover the complete input space ({@link #of}), and it is tied to the policy's SHA-256 and to the build of the library
 * that made it.
 *
 * <p>It holds every decided table (each input combination's value, its position in the decision's domain and the
 * explanation of the rows that gave it), the runs of the rule sets behind every rule answer the advisor met (the
 * attention run per situation and the role run per role facts, {@link RuleMemo.Runs}), the explanation of every
 * decision rule, and the decision of every row and rule (for the expected cases).
 *
 * <p>The bytes: a header (a magic text, the format number, the policy's SHA-256, the id of the library build, the
 * SHA-256 and length of the body) and the body, deflated. {@link #read} checks all of it and every count and index in
 * the body, and throws {@link CompiledFormException} for anything that does not fit: a caller then loads the policy with
 * the engine, never serves a form it cannot trust. Immutable.
 */
public final class CompiledForm {

    /** The first bytes of every compiled form. */
    private static final byte[] MAGIC = "heemstede-participatie compiled policy\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the body; raised with every change of what it holds or how. */
    static final int FORMAT = 1;

    /** The largest body read, deflated and inflated: the bundled policy's is about a hundred kilobytes. */
    static final int MAX_BODY = 32 * 1024 * 1024;
    private static final int MAX_STRING = 1024 * 1024;
    private static final int MAX_COUNT = 1 << 20;

    private static final int NULL = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int STRING = 3;
    private static final int LIST = 4;
    private static final int NUMBER = 5;

    private static final int PARTY_ROLE = 1;
    private static final int ATTENTION = 2;
    private static final int DEFECT = 3;

    private final String policySha256;
    private final String build;
    private final DecidedTables tables;
    private final RuleMemo.Runs runs;
    private final Map<String, Explanation> ruleExplanations;
    private final Map<String, String> decisionsByRule;

    CompiledForm(String policySha256, String build, DecidedTables tables, RuleMemo.Runs runs,
                         Map<String, Explanation> ruleExplanations, Map<String, String> decisionsByRule) {
        this.policySha256 = policySha256;
        this.build = build;
        this.tables = tables;
        this.runs = runs;
        this.ruleExplanations = Map.copyOf(ruleExplanations);
        this.decisionsByRule = Map.copyOf(decisionsByRule);
    }

    /**
     * The compiled form of the advisor's policy, with the rule answers the advisor has met: call it after the advisor
     * has advised the complete input space ({@link Completion#complete}), or the form answers fewer opgaven without
     * the engine.
     *
     * @param build the id of the library build that makes it
     * @throws CompiledFormException when the policy cannot be compiled: an input combination the engine could not
     *                               decide, or a value of a kind the form does not hold
     */
    public static CompiledForm of(TabledAdvisor advisor, String build) {
        Policy policy = advisor.policy();
        if (!policy.tables().failures().isEmpty()) {
            throw new CompiledFormException("the policy cannot decide " + policy.tables().failures().size()
                    + " input combinations; only a sound policy is compiled.");
        }
        CompiledForm form = new CompiledForm(policy.version().sha256(), build, policy.tables(),
                advisor.ruleMemo().runs(), policy.rules().explanations(), advisor.decisionsByRule());
        form.write(); // refuses a value it cannot hold now, not when the form is read
        return form;
    }

    /** The SHA-256 of the policy's files this form was made from. */
    public String policySha256() {
        return policySha256;
    }

    /** The id of the library build that made it. */
    public String build() {
        return build;
    }

    /** The decided tables. */
    public DecidedTables tables() {
        return tables;
    }

    /** The runs of the rule sets behind every rule answer. */
    public RuleMemo.Runs runs() {
        return runs;
    }

    /** The explanation of every decision rule, by rule name. */
    Map<String, Explanation> ruleExplanations() {
        return ruleExplanations;
    }

    /** The decision of every row id and rule name. */
    Map<String, String> decisionsByRule() {
        return decisionsByRule;
    }

    /**
     * The advisor of the policy in the given files, made from this form without the engine; the engine is loaded
     * only when an opgave meets rule facts the form holds no run for, or when a caller asks the policy for its DMN
     * model or rule sets.
     *
     * @throws IllegalArgumentException when the files are not the ones this form was made from
     */
    public TabledAdvisor advisor(PolicyFiles files) {
        if (!files.sha256().equals(policySha256)) {
            throw new IllegalArgumentException("The compiled form is of policy " + policySha256 + ", the files are "
                    + files.sha256() + ".");
        }
        Policy policy = Policy.compiled(files, tables);
        RuleMemo memo = RuleMemo.compiled(runs, ruleExplanations, policy::rules);
        return new TabledAdvisor(policy, memo, decisionsByRule);
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** The bytes of this form: header and deflated body. */
    public byte[] write() {
        try {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(deflated, deflater, 1 << 16))) {
                writeBody(out);
            } finally {
                deflater.end();
            }
            byte[] body = deflated.toByteArray();
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.length + 256);
            DataOutputStream out = new DataOutputStream(all);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, policySha256);
            writeString(out, build);
            out.write(sha256(body));
            out.writeInt(body.length);
            out.write(body);
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBody(DataOutputStream out) throws IOException {
        // the explanations, each once; tables and rules refer to them by number
        Map<Explanation, Integer> pool = new LinkedHashMap<>();
        tables.inOrder().forEach(table -> {
            for (int key = 0; key < table.size(); key++) {
                DecidedTables.Answer answer = table.answerAt(key);
                if (answer != null) {
                    answer.explanation().forEach(e -> pool.putIfAbsent(e, pool.size()));
                }
            }
        });
        ruleExplanations.values().forEach(e -> pool.putIfAbsent(e, pool.size()));
        out.writeInt(pool.size());
        for (Explanation e : pool.keySet()) {
            writeString(out, e.decision());
            writeString(out, e.rule());
            writeString(out, e.basis().name());
            writeString(out, e.source());
            writeString(out, e.text());
            writeString(out, e.subject().orElse(null));
        }

        Map<String, Integer> slots = new TreeMap<>(tables.slots());
        out.writeInt(slots.size());
        for (Map.Entry<String, Integer> slot : slots.entrySet()) {
            writeString(out, slot.getKey());
            out.writeInt(slot.getValue());
            List<Object> domain = tables.domain(slot.getKey());
            out.writeInt(domain.size());
            for (Object value : domain) {
                writeValue(out, value);
            }
        }
        List<DecidedTables.Table> inOrder = new ArrayList<>();
        tables.inOrder().forEach(inOrder::add);
        out.writeInt(inOrder.size());
        for (DecidedTables.Table table : inOrder) {
            writeString(out, table.decision);
            out.writeInt(table.slot);
            int[] requirements = table.requirements();
            int[] strides = table.strides();
            out.writeInt(requirements.length);
            for (int i = 0; i < requirements.length; i++) {
                out.writeInt(requirements[i]);
                out.writeInt(strides[i]);
            }
            out.writeInt(table.size());
            for (int key = 0; key < table.size(); key++) {
                DecidedTables.Answer answer = table.answerAt(key);
                if (answer == null) {
                    out.writeBoolean(false);
                    continue;
                }
                out.writeBoolean(true);
                writeValue(out, answer.raw());
                out.writeInt(answer.outcome());
                out.writeInt(answer.explanation().size());
                for (Explanation e : answer.explanation()) {
                    out.writeInt(pool.get(e));
                }
            }
        }

        out.writeInt(ruleExplanations.size());
        for (Map.Entry<String, Explanation> e : new TreeMap<>(ruleExplanations).entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(pool.get(e.getValue()));
        }
        out.writeInt(decisionsByRule.size());
        for (Map.Entry<String, String> e : new TreeMap<>(decisionsByRule).entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        writeRuns(out, new TreeMap<>(runs.attention()));
        writeRuns(out, new TreeMap<>(runs.roles()));
    }

    /** The distinct runs, then per key the number of its run. */
    private static void writeRuns(DataOutputStream out, Map<Integer, RuleMemo.Run> byKey) throws IOException {
        Map<RuleMemo.Run, Integer> distinct = new LinkedHashMap<>();
        byKey.values().forEach(run -> distinct.putIfAbsent(run, distinct.size()));
        out.writeInt(distinct.size());
        for (RuleMemo.Run run : distinct.keySet()) {
            out.writeInt(run.results().size());
            for (Object fact : run.results()) {
                writeFact(out, fact);
            }
            out.writeInt(run.fired().size());
            for (RuleMemo.Fired fired : run.fired()) {
                writeString(out, fired.rule());
                int kinds = 0;
                for (StakeholderKind kind : fired.kinds()) {
                    kinds |= 1 << kind.ordinal();
                }
                out.writeInt(kinds);
            }
        }
        out.writeInt(byKey.size());
        for (Map.Entry<Integer, RuleMemo.Run> entry : byKey.entrySet()) {
            out.writeInt(entry.getKey());
            out.writeInt(distinct.get(entry.getValue()));
        }
    }

    private static void writeFact(DataOutputStream out, Object fact) throws IOException {
        if (fact instanceof PartyRole role) {
            out.writeByte(PARTY_ROLE);
            out.writeInt(role.position());
            writeString(out, role.party());
            writeString(out, role.kind() == null ? null : role.kind().name());
            writeString(out, role.role() == null ? null : role.role().name());
        } else if (fact instanceof Attention attention) {
            out.writeByte(ATTENTION);
            writeString(out, attention.code() == null ? null : attention.code().name());
            writeString(out, attention.text());
        } else if (fact instanceof PolicyDefect defect) {
            out.writeByte(DEFECT);
            writeString(out, defect.problem());
            writeString(out, defect.kind() == null ? null : defect.kind().name());
        } else {
            throw new CompiledFormException("the rules left a fact of type " + fact.getClass().getName()
                    + ", which the compiled form does not hold.");
        }
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof BigDecimal number) {
            out.writeByte(NUMBER);
            writeString(out, number.toString());
        } else {
            throw new CompiledFormException("a table gave a value of type " + value.getClass().getName() + " ("
                    + value + "), which the compiled form does not hold.");
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * The header of a compiled form: which policy and which build it says it is of. Reads only the header.
     *
     * @throws CompiledFormException when the bytes do not start with a header of this format
     */
    public static Header header(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CompiledFormException("the file is not a compiled policy.");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new CompiledFormException("the file has format " + format + ", this library reads " + FORMAT
                        + ".");
            }
            String sha = readString(in, 128);
            String build = readString(in, 256);
            if (sha == null || build == null) {
                throw new CompiledFormException("the header names no policy or build.");
            }
            byte[] bodySha = new byte[32];
            in.readFully(bodySha);
            int length = in.readInt();
            int offset = bytes.length - in.available();
            return new Header(sha, build, bodySha, length, offset);
        } catch (IOException e) {
            throw new CompiledFormException("the header ends early.", e);
        }
    }

    /** The header of a compiled form: the policy and build it is of, and where its body is. */
    public record Header(String policySha256, String build, byte[] bodySha256, int bodyLength, int bodyOffset) {
    }

    /**
     * Reads a compiled form, when it is of the given policy and build and intact.
     *
     * @throws CompiledFormException when it is of another policy or build, its body does not match its SHA-256, or
     *                               anything in it does not fit
     */
    public static CompiledForm read(byte[] bytes, String policySha256, String build) {
        Header header = header(bytes);
        if (!header.policySha256().equals(policySha256)) {
            throw new CompiledFormException("it is of policy " + header.policySha256() + ", not of " + policySha256
                    + ".");
        }
        if (!header.build().equals(build)) {
            throw new CompiledFormException("it was made by library build " + header.build() + ", this is build "
                    + build + ".");
        }
        if (header.bodyLength() < 0 || header.bodyLength() > MAX_BODY
                || bytes.length - header.bodyOffset() != header.bodyLength()) {
            throw new CompiledFormException("its body has " + (bytes.length - header.bodyOffset())
                    + " bytes, the header says " + header.bodyLength() + ".");
        }
        byte[] body = Arrays.copyOfRange(bytes, header.bodyOffset(), bytes.length);
        if (!MessageDigest.isEqual(sha256(body), header.bodySha256())) {
            throw new CompiledFormException("its body does not match the SHA-256 in its header: it was changed.");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(inflate(body)))) {
            CompiledForm form = readBody(in, header);
            if (in.read() != -1) {
                throw new CompiledFormException("its body goes on after the end.");
            }
            return form;
        } catch (EOFException e) {
            throw new CompiledFormException("its body ends early.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CompiledFormException c) {
                throw c;
            }
            throw new CompiledFormException("its body does not fit: " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(byte[] body) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 8);
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CompiledFormException("its body ends early.");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    throw new CompiledFormException("its body inflates to more than " + MAX_BODY + " bytes.");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CompiledFormException("its body is not deflated data.", e);
        } finally {
            inflater.end();
        }
    }

    private static CompiledForm readBody(DataInputStream in, Header header) throws IOException {
        int explanationCount = count(in, "explanations");
        List<Explanation> pool = new ArrayList<>(explanationCount);
        for (int i = 0; i < explanationCount; i++) {
            String decision = required(in);
            String rule = required(in);
            Basis basis = constant(Basis.class, required(in));
            String source = required(in);
            String text = required(in);
            Optional<String> subject = Optional.ofNullable(readString(in, MAX_STRING));
            pool.add(new Explanation(decision, rule, basis, source, text, subject));
        }

        int slotCount = count(in, "slots");
        Map<String, Integer> slots = new HashMap<>();
        Map<String, List<Object>> domains = new HashMap<>();
        for (int i = 0; i < slotCount; i++) {
            String name = required(in);
            int slot = in.readInt();
            if (slot < 0 || slot >= slotCount || slots.containsValue(slot) || slots.put(name, slot) != null) {
                throw new CompiledFormException("slot " + slot + " of '" + name + "' is out of range or repeated.");
            }
            int size = count(in, "values of '" + name + "'");
            List<Object> domain = new ArrayList<>(size);
            for (int v = 0; v < size; v++) {
                domain.add(readValue(in, 0));
            }
            domains.put(name, java.util.Collections.unmodifiableList(domain));
        }
        int tableCount = count(in, "tables");
        List<DecidedTables.Table> tables = new ArrayList<>(tableCount);
        for (int t = 0; t < tableCount; t++) {
            tables.add(readTable(in, slotCount, domains, pool));
        }
        DecidedTables decided;
        try {
            decided = DecidedTables.of(slots, domains, tables);
        } catch (IllegalArgumentException e) {
            throw new CompiledFormException("its tables do not fit: " + e.getMessage(), e);
        }

        int ruleCount = count(in, "rule explanations");
        Map<String, Explanation> ruleExplanations = new HashMap<>();
        for (int i = 0; i < ruleCount; i++) {
            ruleExplanations.put(required(in), pooled(in, pool));
        }
        int decisionCount = count(in, "decisions of rows and rules");
        Map<String, String> decisionsByRule = new HashMap<>();
        for (int i = 0; i < decisionCount; i++) {
            decisionsByRule.put(required(in), required(in));
        }
        Map<Integer, RuleMemo.Run> attention = readRuns(in, 1 << 18);
        Map<Integer, RuleMemo.Run> roles = readRuns(in, Integer.MAX_VALUE);
        return new CompiledForm(header.policySha256(), header.build(), decided, new RuleMemo.Runs(attention, roles),
                ruleExplanations, decisionsByRule);
    }

    private static DecidedTables.Table readTable(DataInputStream in, int slotCount, Map<String, List<Object>> domains,
                                                 List<Explanation> pool) throws IOException {
        String decision = required(in);
        List<Object> domain = domains.get(decision);
        if (domain == null) {
            throw new CompiledFormException("table '" + decision + "' has no domain.");
        }
        int slot = in.readInt();
        int n = count(in, "requirements of '" + decision + "'");
        int[] requirements = new int[n];
        int[] strides = new int[n];
        for (int i = 0; i < n; i++) {
            requirements[i] = in.readInt();
            strides[i] = in.readInt();
            if (requirements[i] < 0 || requirements[i] >= slotCount || strides[i] <= 0) {
                throw new CompiledFormException("table '" + decision + "' has requirement " + requirements[i]
                        + " with stride " + strides[i] + ".");
            }
        }
        int size = count(in, "answers of '" + decision + "'");
        long reach = 0;
        for (int stride : strides) {
            reach = Math.max(reach, stride);
        }
        if (n > 0 && reach >= size || n == 0 && size != 1) {
            throw new CompiledFormException("table '" + decision + "' has " + size + " answers for strides "
                    + Arrays.toString(strides) + ".");
        }
        DecidedTables.Answer[] answers = new DecidedTables.Answer[size];
        for (int key = 0; key < size; key++) {
            if (!in.readBoolean()) {
                continue;
            }
            Object raw = readValue(in, 0);
            int outcome = in.readInt();
            if (outcome != domain.indexOf(raw)) {
                throw new CompiledFormException("table '" + decision + "', key " + key + ": value " + raw
                        + " is not at position " + outcome + " of the decision's values.");
            }
            int count = count(in, "explanation of '" + decision + "'");
            List<Explanation> explanation = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                explanation.add(pooled(in, pool));
            }
            Object typed;
            try {
                typed = Conversions.typed(decision, raw, Map.of());
            } catch (PolicyDecisionException e) {
                throw new CompiledFormException("table '" + decision + "', key " + key + ": " + e.getMessage(), e);
            }
            answers[key] = new DecidedTables.Answer(raw, outcome, typed, List.copyOf(explanation), null);
        }
        return DecidedTables.table(decision, slot, requirements, strides, answers);
    }

    private static Map<Integer, RuleMemo.Run> readRuns(DataInputStream in, int keyBound) throws IOException {
        int distinctCount = count(in, "runs");
        List<RuleMemo.Run> distinct = new ArrayList<>(distinctCount);
        for (int r = 0; r < distinctCount; r++) {
            int resultCount = count(in, "facts of a run");
            List<Object> results = new ArrayList<>(resultCount);
            for (int i = 0; i < resultCount; i++) {
                results.add(readFact(in));
            }
            int firedCount = count(in, "firings of a run");
            List<RuleMemo.Fired> fired = new ArrayList<>(firedCount);
            for (int i = 0; i < firedCount; i++) {
                String rule = required(in);
                int bits = in.readInt();
                Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
                for (StakeholderKind kind : StakeholderKind.values()) {
                    if ((bits & 1 << kind.ordinal()) != 0) {
                        kinds.add(kind);
                    }
                }
                if (bits >>> StakeholderKind.values().length != 0) {
                    throw new CompiledFormException("a firing names stakeholder kinds " + bits + ".");
                }
                fired.add(new RuleMemo.Fired(rule, kinds));
            }
            distinct.add(new RuleMemo.Run(results, fired));
        }
        int keys = count(in, "run keys");
        Map<Integer, RuleMemo.Run> byKey = new HashMap<>();
        for (int i = 0; i < keys; i++) {
            int key = in.readInt();
            int run = in.readInt();
            if (key < 0 || key >= keyBound || run < 0 || run >= distinct.size()
                    || byKey.put(key, distinct.get(run)) != null) {
                throw new CompiledFormException("run key " + key + " or run " + run + " is out of range or repeated.");
            }
        }
        return byKey;
    }

    private static Object readFact(DataInputStream in) throws IOException {
        int type = in.readByte();
        return switch (type) {
            case PARTY_ROLE -> new PartyRole(in.readInt(), readString(in, MAX_STRING),
                    nullableConstant(StakeholderKind.class, readString(in, 64)),
                    nullableConstant(Role.class, readString(in, 64)));
            case ATTENTION -> new Attention(nullableConstant(AttentionPointCode.class, readString(in, 128)),
                    readString(in, MAX_STRING));
            case DEFECT -> new PolicyDefect(readString(in, MAX_STRING),
                    nullableConstant(StakeholderKind.class, readString(in, 64)));
            default -> throw new CompiledFormException("a run holds a fact of unknown type " + type + ".");
        };
    }

    private static Object readValue(DataInputStream in, int depth) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case STRING -> required(in);
            case LIST -> {
                if (depth > 4) {
                    throw new CompiledFormException("a value nests lists too deep.");
                }
                int size = count(in, "items of a list");
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in, depth + 1));
                }
                yield java.util.Collections.unmodifiableList(list);
            }
            case NUMBER -> {
                try {
                    yield new BigDecimal(readString(in, 128));
                } catch (NumberFormatException | NullPointerException e) {
                    throw new CompiledFormException("a number does not read.", e);
                }
            }
            default -> throw new CompiledFormException("a value of unknown type " + tag + ".");
        };
    }

    private static Explanation pooled(DataInputStream in, List<Explanation> pool) throws IOException {
        int index = in.readInt();
        if (index < 0 || index >= pool.size()) {
            throw new CompiledFormException("explanation " + index + " is out of range.");
        }
        return pool.get(index);
    }

    private static int count(DataInputStream in, String what) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new CompiledFormException("the number of " + what + " is " + count + ".");
        }
        return count;
    }

    private static String required(DataInputStream in) throws IOException {
        String s = readString(in, MAX_STRING);
        if (s == null) {
            throw new CompiledFormException("a text is missing.");
        }
        return s;
    }

    private static String readString(DataInputStream in, int max) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > max) {
            throw new CompiledFormException("a text of " + length + " bytes.");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CompiledFormException("'" + name + "' is no " + type.getSimpleName() + ".", e);
        }
    }

    private static <E extends Enum<E>> E nullableConstant(Class<E> type, String name) {
        return name == null ? null : constant(type, name);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
