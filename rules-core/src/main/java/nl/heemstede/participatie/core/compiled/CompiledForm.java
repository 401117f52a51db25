package nl.heemstede.participatie.core.compiled;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
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

import org.slf4j.LoggerFactory;

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
 * decision rule, the decision of every row and rule (for the expected cases), and whether the policy was proved to keep
 * every invariant of the policy check over the complete input space when the form was made ({@link #invariantsProved}).
 *
 * <p>The bytes: a header (a magic text, the format number, the policy's SHA-256, the id of the library build, the
 * SHA-256 of the rule files, the SHA-256 and length of the body) and the body (not compressed: the jar compresses it). {@link #read} checks all of it and every count and index in
 * the body, and throws {@link CompiledFormException} for anything that does not fit: a caller then loads the policy with
 * the engine, never serves a form it cannot trust. Immutable.
 */
public final class CompiledForm {

    /** The first bytes of every compiled form. */
    private static final byte[] MAGIC = "heemstede-participatie compiled policy\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the body; raised with every change of what it holds or how. */
    static final int FORMAT = 5;

    /** The largest body read: the bundled policy's is about four megabytes. */
    static final int MAX_BODY = 32 * 1024 * 1024;
    /** The most a header takes: the magic text, the format, three strings of at most 128, 256 and 128 characters. */
    static final int MAX_HEADER = 4096;
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
    /** The SHA-256 of the advice's rule files ({@link nl.heemstede.participatie.core.loading.RulePolicy#sha256()}). */
    private final String rulesSha256;
    private final DecidedTables tables;
    private final RuleMemo.RunTable attention;
    private final RuleMemo.RunTable roles;
    /** The attention runs of the situations the policy does not meet, read on first use. */
    private final OtherSituations otherAttention;
    private final Map<String, Explanation> ruleExplanations;
    private final Map<String, String> decisionsByRule;
    private final boolean invariantsProved;
    /** The bytes, once written: {@link #of} writes them to refuse what the form cannot hold, a store writes them out. */
    private volatile byte[] bytes;

    CompiledForm(String policySha256, String build, String rulesSha256, DecidedTables tables,
                 RuleMemo.RunTable attention,
                 RuleMemo.RunTable roles, RuleMemo.RunTable otherAttention, Map<String, Explanation> ruleExplanations,
                 Map<String, String> decisionsByRule, boolean invariantsProved) {
        this(policySha256, build, rulesSha256, tables, attention, roles, new OtherSituations(otherAttention),
                ruleExplanations, decisionsByRule, invariantsProved);
    }

    private CompiledForm(String policySha256, String build, String rulesSha256, DecidedTables tables,
                         RuleMemo.RunTable attention, RuleMemo.RunTable roles, OtherSituations otherAttention,
                         Map<String, Explanation> ruleExplanations, Map<String, String> decisionsByRule,
                         boolean invariantsProved) {
        this.otherAttention = otherAttention;
        this.policySha256 = policySha256;
        this.build = build;
        this.rulesSha256 = rulesSha256;
        this.tables = tables;
        this.attention = attention;
        this.roles = roles;
        this.ruleExplanations = Map.copyOf(ruleExplanations);
        this.decisionsByRule = Map.copyOf(decisionsByRule);
        this.invariantsProved = invariantsProved;
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
        return of(advisor, build, false);
    }

    /**
     * {@link #of(TabledAdvisor, String)}, saying whether the policy was proved to keep every invariant of the policy
     * check over the complete input space (by this build of the library): only then may a check take it as its proved
     * policy.
     */
    public static CompiledForm of(TabledAdvisor advisor, String build, boolean invariantsProved) {
        Policy policy = advisor.policy();
        if (!policy.tables().failures().isEmpty()) {
            throw new CompiledFormException("the policy cannot decide " + policy.tables().failures().size()
                    + " input combinations; only a sound policy is compiled.");
        }
        RuleMemo.Runs runs = advisor.ruleMemo().runs();
        CompiledForm form = new CompiledForm(policy.version().sha256(), build, policy.rulesSha256(),
                policy.tables(),
                RuleMemo.RunTable.of(runs.attention()), RuleMemo.RunTable.of(runs.roles()),
                RuleMemo.RunTable.of(runs.otherAttention()), advisor.ruleMemo().explanations(),
                advisor.decisionsByRule(), invariantsProved);
        form.write(); // refuses a value it cannot hold now, not when the form is read; the bytes are kept
        return form;
    }

    /**
     * Whether the policy was proved to keep every invariant of the policy check over the complete input space when
     * this form was made, by the build of the library that made it.
     */
    public boolean invariantsProved() {
        return invariantsProved;
    }

    /** The SHA-256 of the policy's files this form was made from. */
    public String policySha256() {
        return policySha256;
    }

    /** The id of the library build that made it. */
    public String build() {
        return build;
    }

    /** The SHA-256 of the advice's rule files it was made with. */
    public String rulesSha256() {
        return rulesSha256;
    }

    /** The decided tables. */
    public DecidedTables tables() {
        return tables;
    }

    /** The runs of the rule sets behind every rule answer, by key. */
    public RuleMemo.Runs runs() {
        return new RuleMemo.Runs(attention.asMap(), roles.asMap(), otherAttention.get().asMap());
    }

    /** The attention runs by situation key. */
    RuleMemo.RunTable attention() {
        return attention;
    }

    /** The role runs by role key. */
    RuleMemo.RunTable roles() {
        return roles;
    }

    /** The attention runs of the situations the policy does not meet, by situation key; read now, once. */
    RuleMemo.RunTable otherAttention() {
        return otherAttention.get();
    }

    /** Whether the attention runs of the situations the policy does not meet have been read; for tests. */
    boolean otherAttentionRead() {
        return otherAttention.runs != null;
    }

    /**
     * The attention runs of the situations the policy does not meet: the runs themselves, or where to read them on
     * first use (most advisors never meet such a situation: reading them would cost a cold start tens of milliseconds,
     * and keeping them several megabytes of heap). The section's SHA-256 is part of the body, which the body's SHA-256
     * covered; the section read again must match it.
     */
    private static final class OtherSituations implements java.util.function.Supplier<RuleMemo.RunTable> {
        private final byte[] sha256;
        private final int offset;
        private final int length;
        /** Gives the form's bytes again; {@code null} when {@link #kept} holds the section. */
        private final java.util.function.Supplier<byte[]> again;
        private final byte[] kept;
        private final Object[] facts;
        private final RuleMemo.Fired[] firings;
        private volatile RuleMemo.RunTable runs;

        OtherSituations(RuleMemo.RunTable runs) {
            this.runs = runs;
            this.sha256 = null;
            this.offset = 0;
            this.length = 0;
            this.again = null;
            this.kept = null;
            this.facts = null;
            this.firings = null;
        }

        OtherSituations(byte[] sha256, byte[] bytes, int offset, int length, java.util.function.Supplier<byte[]> again,
                        Object[] facts, RuleMemo.Fired[] firings) {
            this.sha256 = sha256;
            this.offset = offset;
            this.length = length;
            this.again = again;
            this.kept = again == null ? Arrays.copyOfRange(bytes, offset, offset + length) : null;
            this.facts = facts;
            this.firings = firings;
        }

        /**
         * The runs; none, with a warning, when they cannot be read (the file changed since the form was read): the
         * engine then answers those situations.
         */
        @Override
        public RuleMemo.RunTable get() {
            RuleMemo.RunTable read = runs;
            if (read == null) {
                synchronized (this) {
                    read = runs;
                    if (read == null) {
                        try {
                            read = parse();
                        } catch (CompiledFormException e) {
                            LoggerFactory.getLogger(CompiledForm.class).warn("The runs of other situations in a"
                                    + " compiled form cannot be read ({}); the rules run for them instead. (De vooraf"
                                    + " berekende vorm is deels onbruikbaar; de regels worden uitgevoerd.)",
                                    e.getMessage());
                            read = new RuleMemo.RunTable(List.of(), new int[0], new int[0]);
                        }
                        runs = read;
                    }
                }
            }
            return read;
        }

        private RuleMemo.RunTable parse() {
            byte[] source = kept;
            int from = 0;
            if (source == null) {
                source = again.get();
                from = offset;
                if (source == null || source.length < offset + length) {
                    throw new CompiledFormException("it is no longer there, or shorter, when read again.");
                }
            }
            if (!MessageDigest.isEqual(sha256(source, from, length), sha256)) {
                throw new CompiledFormException("its runs of other situations were changed since it was read.");
            }
            try {
                In in = new In(ByteBuffer.wrap(source, from, length));
                RuleMemo.RunTable table = readRuns(in, facts, firings, 1 << 18);
                if (in.buffer.hasRemaining()) {
                    throw new CompiledFormException("its runs of other situations go on after their end.");
                }
                return table;
            } catch (BufferUnderflowException e) {
                throw new CompiledFormException("its runs of other situations end early.", e);
            }
        }
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
        RuleMemo memo = RuleMemo.compiled(attention, roles, ruleExplanations, policy::rules, otherAttention);
        return new TabledAdvisor(policy, memo, decisionsByRule);
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** The bytes of this form: header and body. Made once; each call gets a copy. */
    public byte[] write() {
        byte[] made = bytes;
        if (made == null) {
            made = serialize();
            bytes = made;
        }
        return made.clone();
    }

    private byte[] serialize() {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream(1 << 20);
            try (DataOutputStream out = new DataOutputStream(plain)) {
                writeBody(out);
            }
            byte[] body = plain.toByteArray();
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.length + 256);
            DataOutputStream out = new DataOutputStream(all);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, policySha256);
            writeString(out, build);
            writeString(out, rulesSha256);
            out.write(sha256(body));
            out.writeInt(body.length);
            out.write(body);
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the body: first every text once (the pool of texts), then what refers to them by number: explanations,
     * slots and domains, tables, the rules' explanations and decisions, facts, firings, and the two tables of runs.
     */
    private void writeBody(DataOutputStream out) throws IOException {
        Texts texts = new Texts();
        ByteArrayOutputStream restBytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream rest = new DataOutputStream(restBytes);

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
        new TreeMap<>(ruleExplanations).values().forEach(e -> pool.putIfAbsent(e, pool.size()));
        rest.writeInt(pool.size());
        for (Explanation e : pool.keySet()) {
            rest.writeInt(texts.ref(e.decision()));
            rest.writeInt(texts.ref(e.rule()));
            rest.writeInt(texts.ref(e.basis().name()));
            rest.writeInt(texts.ref(e.source()));
            rest.writeInt(texts.ref(e.text()));
            rest.writeInt(texts.ref(e.subject().orElse(null)));
        }

        Map<String, Integer> slots = new TreeMap<>(tables.slots());
        rest.writeInt(slots.size());
        for (Map.Entry<String, Integer> slot : slots.entrySet()) {
            rest.writeInt(texts.ref(slot.getKey()));
            rest.writeInt(slot.getValue());
            List<Object> domain = tables.domain(slot.getKey());
            rest.writeInt(domain.size());
            for (Object value : domain) {
                writeValue(rest, value, texts);
            }
        }
        List<DecidedTables.Table> inOrder = new ArrayList<>();
        tables.inOrder().forEach(inOrder::add);
        rest.writeInt(inOrder.size());
        for (DecidedTables.Table table : inOrder) {
            rest.writeInt(texts.ref(table.decision));
            rest.writeInt(table.slot);
            int[] requirements = table.requirements();
            int[] strides = table.strides();
            rest.writeInt(requirements.length);
            for (int i = 0; i < requirements.length; i++) {
                rest.writeInt(requirements[i]);
                rest.writeInt(strides[i]);
            }
            rest.writeInt(table.size());
            for (int key = 0; key < table.size(); key++) {
                DecidedTables.Answer answer = table.answerAt(key);
                if (answer == null) {
                    rest.writeBoolean(false);
                    continue;
                }
                rest.writeBoolean(true);
                writeValue(rest, answer.raw(), texts);
                rest.writeInt(answer.outcome());
                rest.writeInt(answer.explanation().size());
                for (Explanation e : answer.explanation()) {
                    rest.writeInt(pool.get(e));
                }
            }
        }

        rest.writeInt(ruleExplanations.size());
        for (Map.Entry<String, Explanation> e : new TreeMap<>(ruleExplanations).entrySet()) {
            rest.writeInt(texts.ref(e.getKey()));
            rest.writeInt(pool.get(e.getValue()));
        }
        rest.writeInt(decisionsByRule.size());
        for (Map.Entry<String, String> e : new TreeMap<>(decisionsByRule).entrySet()) {
            rest.writeInt(texts.ref(e.getKey()));
            rest.writeInt(texts.ref(e.getValue()));
        }

        // the facts and firings of the runs, each once
        Map<Object, Integer> facts = new LinkedHashMap<>();
        Map<RuleMemo.Fired, Integer> firings = new LinkedHashMap<>();
        for (RuleMemo.RunTable table : List.of(attention, roles, otherAttention.get())) {
            for (RuleMemo.Run run : table.distinct()) {
                run.results().forEach(f -> facts.putIfAbsent(f, facts.size()));
                run.fired().forEach(f -> firings.putIfAbsent(f, firings.size()));
            }
        }
        rest.writeInt(facts.size());
        for (Object fact : facts.keySet()) {
            writeFact(rest, fact, texts);
        }
        rest.writeInt(firings.size());
        for (RuleMemo.Fired fired : firings.keySet()) {
            rest.writeInt(texts.ref(fired.rule()));
            int kinds = 0;
            for (StakeholderKind kind : fired.kinds()) {
                kinds |= 1 << kind.ordinal();
            }
            rest.writeInt(kinds);
        }
        writeRuns(rest, attention, facts, firings);
        writeRuns(rest, roles, facts, firings);
        // the other situations last, behind their length: a reader keeps their bytes and reads them on first use
        ByteArrayOutputStream otherBytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream other = new DataOutputStream(otherBytes);
        writeRuns(other, otherAttention.get(), facts, firings);
        other.flush();
        rest.write(sha256(otherBytes.toByteArray()));
        rest.writeInt(otherBytes.size());
        otherBytes.writeTo(rest);
        rest.flush();

        out.writeBoolean(invariantsProved);
        out.writeInt(texts.all.size());
        for (String text : texts.all.keySet()) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        restBytes.writeTo(out);
    }

    /** The texts of a body, each once, numbered in order of first use. */
    private static final class Texts {
        final Map<String, Integer> all = new LinkedHashMap<>();

        /** The number of the text; {@code -1} for none. */
        int ref(String text) {
            return text == null ? -1 : all.computeIfAbsent(text, t -> all.size());
        }
    }

    /** The distinct runs (facts and firings by number), then the keys and per key the number of its run. */
    private static void writeRuns(DataOutputStream out, RuleMemo.RunTable table, Map<Object, Integer> facts,
                                  Map<RuleMemo.Fired, Integer> firings) throws IOException {
        out.writeInt(table.distinct().size());
        for (RuleMemo.Run run : table.distinct()) {
            out.writeInt(run.results().size());
            for (Object fact : run.results()) {
                out.writeInt(facts.get(fact));
            }
            out.writeInt(run.fired().size());
            for (RuleMemo.Fired fired : run.fired()) {
                out.writeInt(firings.get(fired));
            }
        }
        out.writeInt(table.keys().length);
        for (int key : table.keys()) {
            out.writeInt(key);
        }
        for (int run : table.runs()) {
            out.writeInt(run);
        }
    }

    private static void writeFact(DataOutputStream out, Object fact, Texts texts) throws IOException {
        if (fact instanceof PartyRole role) {
            out.writeByte(PARTY_ROLE);
            out.writeInt(role.position());
            out.writeInt(texts.ref(role.party()));
            out.writeInt(texts.ref(role.kind() == null ? null : role.kind().name()));
            out.writeInt(texts.ref(role.role() == null ? null : role.role().name()));
        } else if (fact instanceof Attention attention) {
            out.writeByte(ATTENTION);
            out.writeInt(texts.ref(attention.code() == null ? null : attention.code().name()));
            out.writeInt(texts.ref(attention.text()));
        } else if (fact instanceof PolicyDefect defect) {
            out.writeByte(DEFECT);
            out.writeInt(texts.ref(defect.problem()));
            out.writeInt(texts.ref(defect.kind() == null ? null : defect.kind().name()));
        } else {
            throw new CompiledFormException("the rules left a fact of type " + fact.getClass().getName()
                    + ", which the compiled form does not hold.");
        }
    }

    private static void writeValue(DataOutputStream out, Object value, Texts texts) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            out.writeInt(texts.ref(s));
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item, texts);
            }
        } else if (value instanceof BigDecimal number) {
            out.writeByte(NUMBER);
            out.writeInt(texts.ref(number.toString()));
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
            In in = new In(ByteBuffer.wrap(bytes));
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
            String rules = readString(in, 128);
            if (sha == null || build == null || rules == null) {
                throw new CompiledFormException("the header names no policy or build.");
            }
            byte[] bodySha = new byte[32];
            in.readFully(bodySha);
            int length = in.readInt();
            return new Header(sha, build, rules, bodySha, length, in.buffer.position());
        } catch (BufferUnderflowException e) {
            throw new CompiledFormException("the header ends early.", e);
        }
    }

    /** The header of a compiled form: the policy and build it is of, and where its body is. */
    public record Header(String policySha256, String build, String rulesSha256, byte[] bodySha256, int bodyLength,
                         int bodyOffset) {
    }

    /**
     * Reads a compiled form, when it is of the given policy and build and intact. The runs of the situations the policy
     * does not meet are kept as bytes and read on first use.
     *
     * @throws CompiledFormException when it is of another policy or build, its body does not match its SHA-256, or
     *                               anything in it does not fit
     */
    public static CompiledForm read(byte[] bytes, String policySha256, String build) {
        return read(bytes, policySha256, build, null);
    }

    /**
     * {@link #read(byte[], String, String)}, keeping nothing of the bytes: the runs of the situations the policy does
     * not meet are read on first use from the bytes {@code again} gives (the same file or resource read again), and
     * only when that part of them still matches its SHA-256.
     */
    public static CompiledForm read(byte[] bytes, String policySha256, String build,
                                    java.util.function.Supplier<byte[]> again) {
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
        if (!MessageDigest.isEqual(sha256(bytes, header.bodyOffset(), header.bodyLength()), header.bodySha256())) {
            throw new CompiledFormException("its body does not match the SHA-256 in its header: it was changed.");
        }
        try {
            In in = new In(ByteBuffer.wrap(bytes, header.bodyOffset(), header.bodyLength()));
            CompiledForm form = readBody(in, header, bytes, again);
            if (in.buffer.hasRemaining()) {
                throw new CompiledFormException("its body goes on after the end.");
            }
            return form;
        } catch (BufferUnderflowException e) {
            throw new CompiledFormException("its body ends early.", e);
        } catch (RuntimeException e) {
            if (e instanceof CompiledFormException c) {
                throw c;
            }
            throw new CompiledFormException("its body does not fit: " + e.getMessage(), e);
        }
    }

    /** The body being read: big-endian, as {@link DataOutputStream} wrote it. */
    private static final class In {
        final ByteBuffer buffer;

        In(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        int readInt() {
            return buffer.getInt();
        }

        byte readByte() {
            return buffer.get();
        }

        boolean readBoolean() {
            return buffer.get() != 0;
        }

        void readFully(byte[] bytes) {
            buffer.get(bytes);
        }

        int[] readInts(int count) {
            int[] ints = new int[count];
            buffer.asIntBuffer().get(ints);
            buffer.position(buffer.position() + 4 * count);
            return ints;
        }
    }

    /** Reads a body, checking every count and every number that refers to something against what it refers to. */
    private static CompiledForm readBody(In in, Header header, byte[] bytes,
                                         java.util.function.Supplier<byte[]> again) {
        int proved = in.buffer.get();
        if (proved != 0 && proved != 1) {
            throw new CompiledFormException("its flag of proved invariants is " + proved + ".");
        }
        int textCount = count(in, "texts");
        String[] texts = new String[textCount];
        for (int i = 0; i < textCount; i++) {
            texts[i] = readString(in, MAX_STRING);
            if (texts[i] == null) {
                throw new CompiledFormException("text " + i + " is missing.");
            }
        }
        Body body = new Body(in, texts);

        int explanationCount = count(in, "explanations");
        List<Explanation> pool = new ArrayList<>(explanationCount);
        for (int i = 0; i < explanationCount; i++) {
            String decision = body.text();
            String rule = body.text();
            Basis basis = constant(Basis.class, body.text());
            String source = body.text();
            String text = body.text();
            Optional<String> subject = Optional.ofNullable(body.textOrNull());
            pool.add(new Explanation(decision, rule, basis, source, text, subject));
        }

        int slotCount = count(in, "slots");
        Map<String, Integer> slots = new HashMap<>();
        Map<String, List<Object>> domains = new HashMap<>();
        for (int i = 0; i < slotCount; i++) {
            String name = body.text();
            int slot = in.readInt();
            if (slot < 0 || slot >= slotCount || slots.containsValue(slot) || slots.put(name, slot) != null) {
                throw new CompiledFormException("slot " + slot + " of '" + name + "' is out of range or repeated.");
            }
            int size = count(in, "values of '" + name + "'");
            List<Object> domain = new ArrayList<>(size);
            for (int v = 0; v < size; v++) {
                domain.add(body.value(0));
            }
            domains.put(name, java.util.Collections.unmodifiableList(domain));
        }
        int tableCount = count(in, "tables");
        List<DecidedTables.Table> tables = new ArrayList<>(tableCount);
        for (int t = 0; t < tableCount; t++) {
            tables.add(readTable(body, slotCount, domains, pool));
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
            ruleExplanations.put(body.text(), pooled(in, pool));
        }
        int decisionCount = count(in, "decisions of rows and rules");
        Map<String, String> decisionsByRule = new HashMap<>();
        for (int i = 0; i < decisionCount; i++) {
            decisionsByRule.put(body.text(), body.text());
        }

        int factCount = count(in, "facts");
        Object[] facts = new Object[factCount];
        for (int i = 0; i < factCount; i++) {
            facts[i] = readFact(body);
        }
        int firingCount = count(in, "firings");
        RuleMemo.Fired[] firings = new RuleMemo.Fired[firingCount];
        for (int i = 0; i < firingCount; i++) {
            String rule = body.text();
            int bits = in.readInt();
            if (bits >>> StakeholderKind.values().length != 0) {
                throw new CompiledFormException("a firing names stakeholder kinds " + bits + ".");
            }
            Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
            for (StakeholderKind kind : StakeholderKind.values()) {
                if ((bits & 1 << kind.ordinal()) != 0) {
                    kinds.add(kind);
                }
            }
            firings[i] = new RuleMemo.Fired(rule, kinds);
        }
        RuleMemo.RunTable attention = readRuns(in, facts, firings, 1 << 18);
        RuleMemo.RunTable roles = readRuns(in, facts, firings, Integer.MAX_VALUE);
        byte[] otherSha = new byte[32];
        in.readFully(otherSha);
        int otherLength = in.readInt();
        if (otherLength < 0 || otherLength > in.buffer.remaining()) {
            throw new CompiledFormException("its runs of other situations have " + otherLength + " bytes, "
                    + in.buffer.remaining() + " are left.");
        }
        int otherOffset = in.buffer.position();
        in.buffer.position(otherOffset + otherLength);
        return new CompiledForm(header.policySha256(), header.build(), header.rulesSha256(), decided, attention, roles,
                new OtherSituations(otherSha, bytes, otherOffset, otherLength, again, facts, firings),
                ruleExplanations, decisionsByRule, proved == 1);
    }

    /** The body being read, with its texts: a text or value by its number. */
    private record Body(In in, String[] texts) {

        String text() {
            String text = textOrNull();
            if (text == null) {
                throw new CompiledFormException("a text is missing.");
            }
            return text;
        }

        String textOrNull() {
            int ref = in.readInt();
            if (ref == -1) {
                return null;
            }
            if (ref < 0 || ref >= texts.length) {
                throw new CompiledFormException("text " + ref + " is out of range.");
            }
            return texts[ref];
        }

        Object value(int depth) {
            int tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case STRING -> text();
                case LIST -> {
                    if (depth > 4) {
                        throw new CompiledFormException("a value nests lists too deep.");
                    }
                    int size = count(in, "items of a list");
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(value(depth + 1));
                    }
                    yield java.util.Collections.unmodifiableList(list);
                }
                case NUMBER -> {
                    try {
                        yield new BigDecimal(text());
                    } catch (NumberFormatException e) {
                        throw new CompiledFormException("a number does not read.", e);
                    }
                }
                default -> throw new CompiledFormException("a value of unknown type " + tag + ".");
            };
        }
    }

    private static DecidedTables.Table readTable(Body body, int slotCount, Map<String, List<Object>> domains,
                                                 List<Explanation> pool) {
        In in = body.in();
        String decision = body.text();
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
            Object raw = body.value(0);
            int outcome = in.readInt();
            if (outcome != domain.indexOf(raw)) {
                throw new CompiledFormException("table '" + decision + "', key " + key + ": value " + raw
                        + " is not at position " + outcome + " of the decision's values.");
            }
            int count = count(in, "explanation of '" + decision + "'");
            Explanation[] explanation = new Explanation[count];
            for (int i = 0; i < count; i++) {
                explanation[i] = pooled(in, pool);
            }
            Object typed;
            try {
                typed = Conversions.typed(decision, raw, Map.of());
            } catch (PolicyDecisionException e) {
                throw new CompiledFormException("table '" + decision + "', key " + key + ": " + e.getMessage(), e);
            }
            answers[key] = new DecidedTables.Answer(raw, outcome, typed, List.of(explanation), null);
        }
        return DecidedTables.table(decision, slot, requirements, strides, answers);
    }

    private static RuleMemo.RunTable readRuns(In in, Object[] facts, RuleMemo.Fired[] firings,
                                              int keyBound) {
        int distinctCount = count(in, "runs");
        List<RuleMemo.Run> distinct = new ArrayList<>(distinctCount);
        for (int r = 0; r < distinctCount; r++) {
            Object[] results = new Object[count(in, "facts of a run")];
            for (int i = 0; i < results.length; i++) {
                results[i] = facts[index(in, facts.length, "fact")];
            }
            RuleMemo.Fired[] fired = new RuleMemo.Fired[count(in, "firings of a run")];
            for (int i = 0; i < fired.length; i++) {
                fired[i] = firings[index(in, firings.length, "firing")];
            }
            distinct.add(new RuleMemo.Run(List.of(results), List.of(fired)));
        }
        int keyCount = count(in, "run keys");
        int[] keys = ints(in, keyCount);
        int[] runs = ints(in, keyCount);
        for (int i = 0; i < keyCount; i++) {
            if (keys[i] < 0 || keys[i] >= keyBound || i > 0 && keys[i] <= keys[i - 1]) {
                throw new CompiledFormException("run key " + keys[i] + " is out of range or out of order.");
            }
            if (runs[i] < 0 || runs[i] >= distinctCount) {
                throw new CompiledFormException("run " + runs[i] + " is out of range.");
            }
        }
        return new RuleMemo.RunTable(distinct, keys, runs);
    }

    /** {@code count} ints, read in one step. */
    private static int[] ints(In in, int count) {
        return in.readInts(count);
    }

    private static int index(In in, int size, String what) {
        int index = in.readInt();
        if (index < 0 || index >= size) {
            throw new CompiledFormException(what + " " + index + " is out of range.");
        }
        return index;
    }

    private static Object readFact(Body body) {
        int type = body.in().readByte();
        return switch (type) {
            case PARTY_ROLE -> new PartyRole(body.in().readInt(), body.textOrNull(),
                    nullableConstant(StakeholderKind.class, body.textOrNull()),
                    nullableConstant(Role.class, body.textOrNull()));
            case ATTENTION -> new Attention(nullableConstant(AttentionPointCode.class, body.textOrNull()),
                    body.textOrNull());
            case DEFECT -> new PolicyDefect(body.textOrNull(), nullableConstant(StakeholderKind.class,
                    body.textOrNull()));
            default -> throw new CompiledFormException("a run holds a fact of unknown type " + type + ".");
        };
    }

    private static Explanation pooled(In in, List<Explanation> pool) {
        return pool.get(index(in, pool.size(), "explanation"));
    }

    private static int count(In in, String what) {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new CompiledFormException("the number of " + what + " is " + count + ".");
        }
        return count;
    }

    private static String readString(In in, int max) {
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
        return sha256(bytes, 0, bytes.length);
    }

    private static byte[] sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
