package nl.heemstede.participatie.staff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyDecisionException;
import nl.heemstede.participatie.PolicyVersion;

/**
 * The effect of a policy edit: two policies evaluated over the complete {@link InputSpace}, and every outcome that
 * changed, grouped by decision (its Dutch name, as in the explanation) and by the table row or rule that decides it
 * in the new policy, with counts and a few example opgaven each.
 *
 * <pre>{@code
 * PolicyDiff diff = PolicyDiff.between(ParticipationAdvisor.bundled(), ParticipationAdvisor.fromDirectory(dir));
 * System.out.print(diff.toMarkdown());
 * }</pre>
 *
 * @param before         the version of the old policy
 * @param after          the version of the new policy
 * @param opgaven        how many opgaven were evaluated
 * @param changedOpgaven how many opgaven both policies decide, with at least one outcome different
 * @param decisions      the changed decisions, in the order of the advice
 * @param undecided      the opgaven a policy could not decide ({@link PolicyDecisionException}), by which policy
 * @param cases          how many expected cases ({@code gevallen.yaml}) the policies have together, by name
 * @param changedCases   the expected cases whose advice the edit changes, in the order of the files (the new
 *                       policy's first)
 * @since 0.1
 */
public record PolicyDiff(PolicyVersion before, PolicyVersion after, int opgaven, int changedOpgaven,
                         List<DecisionChange> decisions, List<Undecided> undecided, int cases,
                         List<CaseChange> changedCases) {

    /** The largest number of example opgaven given per change. */
    public static final int EXAMPLES = 3;

    /** Checks that every component is given and copies the lists. */
    public PolicyDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        decisions = List.copyOf(decisions);
        undecided = List.copyOf(undecided);
        changedCases = List.copyOf(changedCases);
    }

    /** A diff without expected cases. */
    public PolicyDiff(PolicyVersion before, PolicyVersion after, int opgaven, int changedOpgaven,
                      List<DecisionChange> decisions, List<Undecided> undecided) {
        this(before, after, opgaven, changedOpgaven, decisions, undecided, 0, List.of());
    }

    /**
     * Evaluates both policies over every opgave of {@link InputSpace#complete()}, in parallel, and compares the
     * advice field by field; then runs the expected cases of both ({@code gevallen.yaml}, when the policies come
     * from directories that have one) on both. Takes a few seconds.
     */
    public static PolicyDiff between(ParticipationAdvisor before, ParticipationAdvisor after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return DiffCollector.diff(before, after, InputSpace.complete());
    }

    /**
     * Loads a policy directory or register to compare, as {@link ParticipationAdvisor#fromDirectory(Path)} does with
     * every check of loading, except that its expected cases ({@code gevallen.yaml}) need not pass: the diff shows
     * which cases the edit changes and whether they still get what they expect.
     *
     * @throws nl.heemstede.participatie.PolicyLoadException when the policy does not load
     * @since 0.3
     */
    public static ParticipationAdvisor load(java.nio.file.Path directory) {
        Objects.requireNonNull(directory, "directory");
        return nl.heemstede.participatie.core.DirectoryAdvisor.loadForComparison(directory);
    }

    /** Whether both policies give every opgave the same advice (and fail on the same opgaven, if any). */
    public boolean identical() {
        return changedOpgaven == 0 && undecided.stream().allMatch(u -> u.undecidedBy() == Side.BOTH);
    }

    /** The diff as a Markdown document, in Dutch. */
    public String toMarkdown() {
        return DiffRenderer.markdown(this);
    }

    /** The diff as a standalone HTML page, in Dutch, every value escaped. */
    public String toHtml() {
        return DiffRenderer.html(this);
    }

    /** The diff as JSON with stable field names: the names of the components of these records. */
    public String toJson() {
        return DiffRenderer.json(this);
    }

    /**
     * One decision whose outcome changed.
     *
     * @param decision       the Dutch name of the decision, for example {@code Complexiteit}
     * @param changedOpgaven how many opgaven have a different outcome for it
     * @param rows           the changes, by the row or rule that decides in the new policy, most opgaven first
     */
    public record DecisionChange(String decision, int changedOpgaven, List<RowChange> rows) {
        /** Checks that every component is given and copies the list. */
        public DecisionChange {
            Objects.requireNonNull(decision, "decision");
            rows = List.copyOf(rows);
        }
    }

    /**
     * The changes decided by one row or rule of the new policy (and one of the old).
     *
     * @param rule           the row id or rule name that decides in the new policy; several joined by {@code ", "}
     * @param previousRule   the row id or rule name that decided in the old policy
     * @param changedOpgaven how many opgaven changed under this pair of rows
     * @param changes        each old value → new value, most opgaven first
     */
    public record RowChange(String rule, String previousRule, int changedOpgaven, List<ValueChange> changes) {
        /** Checks that every component is given and copies the list. */
        public RowChange {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(previousRule, "previousRule");
            changes = List.copyOf(changes);
        }
    }

    /**
     * One outcome that changed from one value to another.
     *
     * @param field    the field of the advice, for example {@code complexity} or {@code roles}
     * @param subject  the party, for {@code roles}; the code, for {@code attentionPoints}; empty otherwise
     * @param before   the old value, as codes ({@code —} when the party had no role or the point did not apply)
     * @param after    the new value
     * @param opgaven  how many opgaven changed so
     * @param examples the first few of them, by index
     */
    public record ValueChange(String field, Optional<String> subject, String before, String after, int opgaven,
                              List<Example> examples) {
        /** Checks that every component is given and copies the list. */
        public ValueChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            examples = List.copyOf(examples);
        }
    }

    /**
     * Opgaven a policy could not decide.
     *
     * @param undecidedBy which policy could not decide them
     * @param decision    the decision that failed, as {@link PolicyDecisionException#decision()} names it
     * @param opgaven     how many opgaven
     * @param problem     the engine's message for the first example
     * @param examples    the first few of them, by index
     */
    public record Undecided(Side undecidedBy, String decision, int opgaven, String problem, List<Example> examples) {
        /** Checks that every component is given and copies the list. */
        public Undecided {
            Objects.requireNonNull(undecidedBy, "undecidedBy");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(problem, "problem");
            examples = List.copyOf(examples);
        }
    }

    /**
     * An expected case of {@code gevallen.yaml} (of the new policy, or of the old one when the new one no longer has
     * it) whose advice the edit changes.
     *
     * @param name         the case's name
     * @param inNewPolicy  whether the new policy's {@code gevallen.yaml} has it (else only the old one's)
     * @param changes      every outcome that changed, with the rows that decide it in the new and the old policy
     * @param passesAfter  whether the new advice says everything the case expects (of a case only the old policy
     *                     has: the old expectations)
     * @since 0.3
     */
    public record CaseChange(String name, boolean inNewPolicy, List<CaseValueChange> changes, boolean passesAfter) {
        /** Checks that every component is given and copies the list. */
        public CaseChange {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
        }
    }

    /**
     * One outcome of an expected case that changed.
     *
     * @param field        the field of the advice, as in {@link ValueChange#field()}; {@code advies} when a policy
     *                     could not decide the case
     * @param subject      the party or attention point's code, as in {@link ValueChange#subject()}
     * @param before       the old value
     * @param after        the new value
     * @param rule         the row or rule that decides it in the new policy
     * @param previousRule the row or rule that decided it in the old policy
     * @since 0.3
     */
    public record CaseValueChange(String field, Optional<String> subject, String before, String after, String rule,
                                  String previousRule) {
        /** Checks that every component is given. */
        public CaseValueChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(previousRule, "previousRule");
        }
    }

    /**
     * An example opgave.
     *
     * @param index  its index in {@link InputSpace#complete()}, for {@link InputSpace#opgave(int)}
     * @param opgave the opgave in one line, see {@link InputSpace#describe}
     */
    public record Example(int index, String opgave) {
        /** Checks that the description is given. */
        public Example {
            Objects.requireNonNull(opgave, "opgave");
        }
    }

    /** Which policy could not decide an opgave. */
    public enum Side {
        /** Only the old policy failed; the new one decides. */
        BEFORE,
        /** Only the new policy failed; the old one decided. */
        AFTER,
        /** Both failed: not a difference, but a defect in both. */
        BOTH
    }
}
