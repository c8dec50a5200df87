package se.isu.analysis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.BoxStatistics;

/**
 * A result as JSON, for scripts: numbers as numbers with full precision, masked cells with what they show
 * and why but never a value. The shape is documented in docs/cli.md and stays stable.
 */
public final class JsonResultWriter {

    private JsonResultWriter() {
    }

    /** @param id the analysis id, written as {@code "analysis"} */
    public static void write(String id, AnalysisResult result, Writer out) throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"analysis\": ").append(string(id));
        json.append(",\n  \"title\": ").append(string(result.title()));
        switch (result) {
            case Table table -> {
                json.append(",\n  \"kind\": \"table\",\n  \"columns\": ").append(strings(table.columnHeaders()));
                json.append(",\n  \"rows\": [");
                for (int r = 0; r < table.rows().size(); r++) {
                    json.append(r == 0 ? "\n" : ",\n").append("    {\"label\": ").append(string(table.rowHeaders().get(r)))
                            .append(", \"cells\": [");
                    List<Cell> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        json.append(c == 0 ? "" : ", ").append(cell(cells.get(c)));
                    }
                    json.append("]}");
                }
                json.append("\n  ]");
            }
            case BoxPlot plot -> {
                json.append(",\n  \"kind\": \"boxplot\",\n  \"groups\": [");
                for (int g = 0; g < plot.groups().size(); g++) {
                    BoxPlot.Group group = plot.groups().get(g);
                    json.append(g == 0 ? "\n" : ",\n").append("    {\"label\": ").append(string(group.label()));
                    BoxStatistics s = group.statistics();
                    if (s != null) {
                        json.append(", \"n\": ").append(s.n()).append(", \"q1\": ").append(number(s.q1()))
                                .append(", \"median\": ").append(number(s.median())).append(", \"q3\": ")
                                .append(number(s.q3())).append(", \"lowerWhisker\": ").append(number(s.lowerWhisker()))
                                .append(", \"upperWhisker\": ").append(number(s.upperWhisker()))
                                .append(", \"outliers\": [");
                        double[] outliers = s.outliers();
                        for (int i = 0; i < outliers.length; i++) {
                            json.append(i == 0 ? "" : ", ").append(number(outliers[i]));
                        }
                        json.append("]");
                    } else if (group.suppressed() != null) {
                        json.append(", \"suppressed\": ").append(string(group.suppressed()));
                    } else {
                        json.append(", \"n\": 0");
                    }
                    json.append("}");
                }
                json.append("\n  ]");
            }
            case Series series -> {
                json.append(",\n  \"kind\": \"series\",\n  \"labels\": ").append(strings(series.labels()));
                json.append(",\n  \"values\": [");
                for (int i = 0; i < series.values().size(); i++) {
                    json.append(i == 0 ? "" : ", ").append(cell(series.values().get(i)));
                }
                json.append("]");
            }
        }
        json.append(",\n  \"notes\": ").append(strings(result.notes())).append("\n}\n");
        out.write(json.toString());
        out.flush();
    }

    private static String cell(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> "{\"kind\": \"count\", \"value\": " + count.value() + ", \"shown\": "
                    + string(ResultText.shown(cell)) + "}";
            case Cell.Measure m -> "{\"kind\": \"measure\", \"value\": " + number(m.value()) + ", \"decimals\": "
                    + m.decimals() + ", \"shown\": " + string(ResultText.shown(cell)) + "}";
            case Cell.Text text -> "{\"kind\": \"text\", \"shown\": " + string(text.value()) + "}";
            case Cell.Empty empty -> "{\"kind\": \"empty\", \"shown\": \"\"}";
            case Cell.Masked masked -> "{\"kind\": \"masked\", \"shown\": " + string(masked.shown()) + ", \"reason\": "
                    + string(masked.reason()) + "}";
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String strings(List<String> values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return s.append(']').toString();
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
