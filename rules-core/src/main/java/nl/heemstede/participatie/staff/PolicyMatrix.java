package nl.heemstede.participatie.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.PolicyLoadException;
import nl.heemstede.participatie.core.check.PolicyChecker;

/**
 * The decision tables of a policy as readable tables, so the policy can be read and discussed without a DMN editor:
 * per decision its name, description and hit policy, the input, output and annotation columns, and one row per rule
 * with its id, the cells shown with the Dutch labels of the codes (see {@link CodeLabels}).
 *
 * <pre>{@code
 * String markdown = PolicyMatrix.bundled().toMarkdown();
 * }</pre>
 *
 * <p>The DMN file is read as plain XML by a parser that accepts no DOCTYPE and resolves no entity; nothing in it is
 * compiled or evaluated. {@link #fromDirectory(Path)} first has the policy directory checked by
 * {@link ParticipationAdvisor#fromDirectory(Path)}, as for any policy from outside.
 *
 * @param name        the name of the DMN model, for example "Participatiebeleid Heemstede"
 * @param description the model's description; empty when it has none
 * @param tables      the decision tables in the order of the file
 * @since 0.2
 */
public record PolicyMatrix(String name, String description, List<Table> tables) {

    /** Where the bundled policy's decision tables live on the class path. */
    static final String BUNDLED_DMN = "/nl/heemstede/participatie/beleid/participatiebeleid.dmn";

    /** Creates a matrix; {@code tables} is copied. */
    public PolicyMatrix {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tables = List.copyOf(tables);
    }

    /**
     * The decision tables of the policy bundled with the library.
     *
     * @throws PolicyLoadException when the bundled DMN file is missing or not well-formed XML
     */
    public static PolicyMatrix bundled() {
        try (InputStream in = PolicyMatrix.class.getResourceAsStream(BUNDLED_DMN)) {
            if (in == null) {
                throw new PolicyLoadException(BUNDLED_DMN + " is not on the class path.");
            }
            return MatrixReader.read(BUNDLED_DMN, in.readAllBytes());
        } catch (IOException e) {
            throw new PolicyLoadException(BUNDLED_DMN + ": cannot read the bundled policy (" + e.getMessage() + ").",
                    e);
        }
    }

    /**
     * The decision tables of a DMN file, read as plain XML (no DOCTYPE, no entities, at most 2 MiB).
     * Use {@link #fromDirectory(Path)} for a policy directory from outside.
     *
     * @throws PolicyLoadException when the file cannot be read, is too large or is not well-formed DMN XML
     */
    public static PolicyMatrix of(Path dmnFile) {
        Objects.requireNonNull(dmnFile, "dmnFile");
        try {
            if (Files.size(dmnFile) > MatrixReader.MAX_BYTES) {
                throw new PolicyLoadException(dmnFile + ": the file is larger than " + MatrixReader.MAX_BYTES
                        + " bytes.");
            }
            return MatrixReader.read(dmnFile.toString(), Files.readAllBytes(dmnFile));
        } catch (IOException e) {
            throw new PolicyLoadException(dmnFile + ": cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ").", e);
        }
    }

    /**
     * The decision tables of a policy directory, after the directory passed every check of
     * {@link ParticipationAdvisor#fromDirectory(Path)} (no Java or external functions, no DOCTYPE, sound tables).
     *
     * @throws PolicyLoadException listing every problem when the policy does not load
     */
    public static PolicyMatrix fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        // the same checks as ParticipationAdvisor.fromDirectory, and the matrix of the very DMN file they passed
        var dmn = PolicyChecker.loadedDmn(directory);
        return MatrixReader.read(dmn.getKey(), dmn.getValue());
    }

    /** The table of the decision with the given name or id, for example "Wie beslist" or "wie-beslist". */
    public Optional<Table> table(String nameOrId) {
        return tables.stream().filter(t -> t.name().equals(nameOrId) || t.id().equals(nameOrId)).findFirst();
    }

    /** Every table as Markdown: a heading, description and hit policy per table, then a pipe table. */
    public String toMarkdown() {
        return MatrixFormats.markdown(this);
    }

    /**
     * Every table as CSV (RFC 4180, comma-separated, CRLF between records), in one file: per table a block of a
     * title record ({@code Tabel}, name, description), a hit policy record, the header record and one record per
     * rule, blocks separated by an empty line. Opened in a spreadsheet, this looks like the tables in the DMN
     * editor, one under the other.
     */
    public String toCsv() {
        return MatrixFormats.csv(this);
    }

    /** Every table on a standalone HTML page (UTF-8, no scripts, every text escaped). */
    public String toHtml() {
        return MatrixFormats.html(this);
    }

    /**
     * One decision table.
     *
     * @param id          the id of the decision, for example "wie-beslist"
     * @param name        the name of the decision, for example "Wie beslist"
     * @param description the decision's description; empty when it has none
     * @param hitPolicy   the DMN hit policy, for example {@code UNIQUE}, {@code COLLECT} or {@code FIRST}
     * @param inputs      the input columns
     * @param outputs     the output columns (one in the bundled policy)
     * @param annotations the names of the annotation columns, for example Bron, Grondslag, Uitleg
     * @param rows        one row per rule, in the order of the table
     */
    public record Table(String id, String name, String description, String hitPolicy, List<Column> inputs,
            List<Column> outputs, List<String> annotations, List<Row> rows) {

        /** Creates a table; the lists are copied. */
        public Table {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(hitPolicy, "hitPolicy");
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
            rows = List.copyOf(rows);
        }

        /** The hit policy's letter as in a DMN editor: U, A, P, F, R, O or C (C+, C# and so on with aggregation). */
        public String hitPolicyLetter() {
            return switch (hitPolicy.split(" ", 2)[0]) {
                case "UNIQUE" -> "U";
                case "ANY" -> "A";
                case "PRIORITY" -> "P";
                case "FIRST" -> "F";
                case "RULE" -> "R";
                case "OUTPUT" -> "O";
                case "COLLECT" -> "C" + switch (hitPolicy.contains(" ") ? hitPolicy.split(" ", 2)[1] : "") {
                    case "SUM" -> "+";
                    case "COUNT" -> "#";
                    case "MIN" -> "<";
                    case "MAX" -> ">";
                    default -> "";
                };
                default -> hitPolicy;
            };
        }

        /** The hit policy explained in Dutch, for example "precies één rij past" for UNIQUE. */
        public String hitPolicyExplained() {
            return switch (hitPolicy.split(" ", 2)[0]) {
                case "UNIQUE" -> "precies één rij past";
                case "ANY" -> "meer rijen mogen passen, maar ze geven dezelfde uitkomst";
                case "PRIORITY" -> "de rij met de uitkomst die het hoogst in de lijst van waarden staat beslist";
                case "FIRST" -> "de eerste rij die past beslist";
                case "RULE" -> "elke rij die past telt mee, in de volgorde van de tabel";
                case "OUTPUT" -> "elke rij die past telt mee, gesorteerd op uitkomst";
                case "COLLECT" -> "elke rij die past telt mee" + switch (hitPolicyLetter()) {
                    case "C+" -> " (opgeteld)";
                    case "C#" -> " (geteld)";
                    case "C<" -> " (de kleinste)";
                    case "C>" -> " (de grootste)";
                    default -> "";
                };
                default -> "onbekende hit policy";
            };
        }

        /** The row of the rule with the given id, for example "wie-beslist-4". */
        public Optional<Row> row(String ruleId) {
            return rows.stream().filter(r -> r.id().equals(ruleId)).findFirst();
        }

        /** The text of an annotation column of a rule, for example the "Uitleg" of "wie-beslist-4". */
        public Optional<String> annotation(String ruleId, String column) {
            int index = annotations.indexOf(column);
            return index < 0 ? Optional.empty() : row(ruleId).map(r -> r.annotations().get(index));
        }
    }

    /**
     * A column of a decision table.
     *
     * @param label      the heading, for example "Bevoegd orgaan"
     * @param expression the input expression (empty for an output)
     * @param typeRef    the type, for example {@code tBevoegdOrgaan} or {@code boolean}; empty when not given
     */
    public record Column(String label, String expression, String typeRef) {

        /** Creates a column. */
        public Column {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(typeRef, "typeRef");
        }
    }

    /**
     * One rule of a decision table.
     *
     * @param id          the rule's id, for example "wie-beslist-4"
     * @param inputs      one cell per input column
     * @param outputs     one cell per output column
     * @param annotations one text per annotation column (empty when the rule has none)
     */
    public record Row(String id, List<Cell> inputs, List<Cell> outputs, List<String> annotations) {

        /** Creates a row; the lists are copied. */
        public Row {
            Objects.requireNonNull(id, "id");
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
        }
    }

    /**
     * A cell of a rule.
     *
     * @param entry the FEEL text as in the DMN file, for example {@code "COLLEGE","COUNCIL"}
     * @param shown the cell for people, for example {@code college, raad}
     */
    public record Cell(String entry, String shown) {

        /** Creates a cell. */
        public Cell {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(shown, "shown");
        }
    }
}
