package nl.heemstede.participatie.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.heemstede.participatie.staff.PolicyMatrix.Cell;
import nl.heemstede.participatie.staff.PolicyMatrix.Column;
import nl.heemstede.participatie.staff.PolicyMatrix.Row;
import nl.heemstede.participatie.staff.PolicyMatrix.Table;

/** The Markdown, CSV and HTML renderings of a {@link PolicyMatrix}. */
final class MatrixFormats {

    private static final String RULE = "Regel";
    private static final String OUTCOME = "Uitkomst: ";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private MatrixFormats() {
    }

    /** The header of a table: rule id, input labels, output labels, annotation names. */
    static List<String> header(Table table) {
        List<String> header = new ArrayList<>();
        header.add(RULE);
        table.inputs().stream().map(Column::label).forEach(header::add);
        table.outputs().stream().map(c -> OUTCOME + c.label()).forEach(header::add);
        header.addAll(table.annotations());
        return header;
    }

    /** The cells of a row, in the order of {@link #header(Table)}. */
    static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.id());
        row.inputs().stream().map(Cell::shown).forEach(cells::add);
        row.outputs().stream().map(Cell::shown).forEach(cells::add);
        cells.addAll(row.annotations());
        return cells;
    }

    // ------------------------------------------------------------------------------------------------- Markdown

    static String markdown(PolicyMatrix matrix) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(matrix.name())).append(": beslistabellen\n\n");
        if (!matrix.description().isBlank()) {
            md.append(line(matrix.description())).append("\n\n");
        }
        for (Table table : matrix.tables()) {
            md.append("## ").append(line(table.name())).append("\n\n");
            if (!table.description().isBlank()) {
                md.append(line(table.description())).append("\n\n");
            }
            md.append("Hit policy **").append(table.hitPolicyLetter()).append("** (").append(table.hitPolicy())
                    .append("): ").append(table.hitPolicyExplained()).append(".\n\n");
            List<String> header = header(table);
            markdownRow(md, header);
            md.append("|").append(" --- |".repeat(header.size())).append("\n");
            for (Row row : table.rows()) {
                markdownRow(md, cells(row));
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static void markdownRow(StringBuilder md, List<String> cells) {
        md.append("|");
        for (String cell : cells) {
            md.append(" ").append(line(cell).replace("|", "\\|")).append(" |");
        }
        md.append("\n");
    }

    /** The text on one line: line breaks and runs of white space become one space. */
    private static String line(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------------------------------------------ CSV

    static String csv(PolicyMatrix matrix) {
        StringBuilder csv = new StringBuilder();
        csvRecord(csv, List.of("Beleid", matrix.name(), matrix.description()));
        for (Table table : matrix.tables()) {
            csv.append("\r\n");
            csvRecord(csv, List.of("Tabel", table.name(), table.description()));
            csvRecord(csv, List.of("Hit policy", table.hitPolicyLetter() + " (" + table.hitPolicy() + ")",
                    table.hitPolicyExplained()));
            csvRecord(csv, header(table));
            for (Row row : table.rows()) {
                csvRecord(csv, cells(row));
            }
        }
        return csv.toString();
    }

    private static void csvRecord(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvField(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A field after RFC 4180: quoted when it holds a comma, quote, line break or outer space, quotes doubled. A text
     * that a spreadsheet would run as a formula (starting with {@code = + - @}, not a number) gets a leading
     * apostrophe, so that opening the file never computes anything.
     */
    static String csvField(String field) {
        String value = field;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()) {
            value = "'" + value;
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip());
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    // ----------------------------------------------------------------------------------------------------- HTML

    static String html(PolicyMatrix matrix) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(Html.escape(matrix.name())).append(": beslistabellen</title>\n");
        html.append("""
                <style>
                body { font-family: system-ui, sans-serif; margin: 2em; line-height: 1.4; }
                table { border-collapse: collapse; margin-bottom: 2em; }
                th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
                th { background: #eee; }
                th.uitkomst, td.uitkomst { background: #e8f0fe; }
                td.regel { white-space: nowrap; font-family: monospace; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>").append(Html.escape(matrix.name())).append(": beslistabellen</h1>\n");
        if (!matrix.description().isBlank()) {
            html.append("<p>").append(Html.escape(matrix.description())).append("</p>\n");
        }
        html.append("<ul>\n");
        for (int t = 0; t < matrix.tables().size(); t++) {
            html.append("<li><a href=\"#tabel-").append(t + 1).append("\">")
                    .append(Html.escape(matrix.tables().get(t).name())).append("</a></li>\n");
        }
        html.append("</ul>\n");
        for (int t = 0; t < matrix.tables().size(); t++) {
            Table table = matrix.tables().get(t);
            int firstOutput = 1 + table.inputs().size();
            int lastOutput = firstOutput + table.outputs().size();
            html.append("<section id=\"tabel-").append(t + 1).append("\">\n<h2>").append(Html.escape(table.name()))
                    .append("</h2>\n");
            if (!table.description().isBlank()) {
                html.append("<p>").append(Html.escape(table.description())).append("</p>\n");
            }
            html.append("<p>Hit policy <strong>").append(Html.escape(table.hitPolicyLetter())).append("</strong> (")
                    .append(Html.escape(table.hitPolicy())).append("): ").append(Html.escape(table.hitPolicyExplained()))
                    .append(".</p>\n<table>\n<thead>\n");
            htmlRow(html, header(table), "th", firstOutput, lastOutput);
            html.append("</thead>\n<tbody>\n");
            for (Row row : table.rows()) {
                htmlRow(html, cells(row), "td", firstOutput, lastOutput);
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void htmlRow(StringBuilder html, List<String> cells, String tag, int firstOutput, int lastOutput) {
        html.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            html.append('<').append(tag);
            if (i == 0 && tag.equals("td")) {
                html.append(" class=\"regel\"");
            } else if (i >= firstOutput && i < lastOutput) {
                html.append(" class=\"uitkomst\"");
            }
            html.append('>').append(Html.escape(cells.get(i))).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }
}
