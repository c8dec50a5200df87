package se.isu.analysis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;

/**
 * A result as CSV the way Swedish spreadsheets read it: semicolons between fields, decimal comma, fields
 * quoted when they hold a semicolon, a quote or a line break, lines ended by CRLF. The header row, the
 * data rows of {@link ResultText}, then for every note an empty line's worth of separation: a line
 * {@code Not;<text>}.
 */
public final class CsvResultWriter {

    private CsvResultWriter() {
    }

    public static void write(AnalysisResult result, Writer out) throws IOException {
        line(ResultText.header(result), out);
        for (List<String> row : ResultText.rows(result)) {
            line(row, out);
        }
        if (!result.notes().isEmpty()) {
            out.write("\r\n");
        }
        for (String note : result.notes()) {
            line(List.of(Messages.exportNote, note), out);
        }
        out.flush();
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
