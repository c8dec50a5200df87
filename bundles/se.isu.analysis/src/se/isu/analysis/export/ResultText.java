package se.isu.analysis.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.BoxStatistics;

/**
 * A result as rows of the texts the user sees: what every export (CSV, XLSX, a printed table) writes, so
 * that they all show the same, masked cells as "≤4" or "..". Numbers are written the Swedish way (decimal
 * comma, no thousands separator).
 */
public final class ResultText {

    private ResultText() {
    }

    /** What a cell shows. */
    public static String shown(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> Long.toString(count.value());
            case Cell.Measure measure -> number(measure.value(), measure.decimals());
            case Cell.Text text -> text.value();
            case Cell.Empty empty -> "";
            case Cell.Masked masked -> masked.shown();
        };
    }

    /** A number with the given decimals, decimal comma. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String s = format.format(value);
        // The minus sign of sv-SE is U+2212, which spreadsheets do not read as one.
        return s.replace('\u2212', '-');
    }

    /** The header row: a first column for the row labels, then the result's columns. */
    public static List<String> header(AnalysisResult result) {
        List<String> header = new ArrayList<>();
        switch (result) {
            case Table table -> {
                header.add("");
                header.addAll(table.columnHeaders());
            }
            case BoxPlot plot -> header.addAll(List.of(Messages.exportGroup, Messages.exportN, Messages.exportQ1,
                    Messages.exportMedian, Messages.exportQ3, Messages.exportLowerWhisker,
                    Messages.exportUpperWhisker, Messages.exportOutliers, Messages.exportSuppressed));
            case Series series -> header.addAll(List.of("", series.title()));
        }
        return header;
    }

    /** The data rows, each as long as the header. */
    public static List<List<String>> rows(AnalysisResult result) {
        List<List<String>> rows = new ArrayList<>();
        switch (result) {
            case Table table -> {
                for (int r = 0; r < table.rows().size(); r++) {
                    List<String> row = new ArrayList<>();
                    row.add(table.rowHeaders().get(r));
                    table.rows().get(r).forEach(cell -> row.add(shown(cell)));
                    rows.add(row);
                }
            }
            case BoxPlot plot -> {
                for (BoxPlot.Group group : plot.groups()) {
                    BoxStatistics s = group.statistics();
                    if (s == null) {
                        rows.add(List.of(group.label(), group.suppressed() == null ? "0" : "", "", "", "", "", "", "",
                                group.suppressed() == null ? "" : group.suppressed()));
                        continue;
                    }
                    List<String> outliers = new ArrayList<>();
                    for (double v : s.outliers()) {
                        outliers.add(number(v, 0));
                    }
                    rows.add(List.of(group.label(), Integer.toString(s.n()), number(s.q1(), 1), number(s.median(), 1),
                            number(s.q3(), 1), number(s.lowerWhisker(), 0), number(s.upperWhisker(), 0),
                            String.join(" ", outliers), ""));
                }
            }
            case Series series -> {
                for (int i = 0; i < series.labels().size(); i++) {
                    rows.add(List.of(series.labels().get(i), shown(series.values().get(i))));
                }
            }
        }
        return rows;
    }
}
