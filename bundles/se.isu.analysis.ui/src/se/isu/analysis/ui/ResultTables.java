package se.isu.analysis.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.analysis.ui.internal.Messages;

/**
 * Every result as a table, for the result view's table and for the exports, and the text of a cell as
 * the user reads it: a masked cell is its "≤4" or "..", never its value.
 */
public final class ResultTables {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private ResultTables() {
    }

    /** A table as it is; a series as one column; a box plot as one row per group with its statistics. */
    public static Table asTable(AnalysisResult result) {
        return switch (result) {
            case Table table -> table;
            case Series series -> new Table(series.title(), List.of(Messages.columnValue), series.labels(),
                    series.values().stream().map(List::of).toList(), List.of(), series.notes());
            case BoxPlot plot -> boxTable(plot);
        };
    }

    private static Table boxTable(BoxPlot plot) {
        List<String> headers = List.of(Messages.columnN, Messages.columnLowerWhisker, Messages.columnQ1,
                Messages.columnMedian, Messages.columnQ3, Messages.columnUpperWhisker, Messages.columnOutliers);
        List<String> rowHeaders = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (BoxPlot.Group group : plot.groups()) {
            rowHeaders.add(group.label());
            BoxStatistics s = group.statistics();
            if (s == null) {
                List<Cell> row = new ArrayList<>();
                Cell masked = new Cell.Masked(Messages.maskedGroup, group.suppressed() == null ? "" : group.suppressed());
                for (int i = 0; i < headers.size(); i++) {
                    row.add(masked);
                }
                rows.add(row);
            } else {
                long n = s.n();
                rows.add(List.of(new Cell.Count(n), new Cell.Measure(s.lowerWhisker(), 0, n),
                        new Cell.Measure(s.q1(), 1, n), new Cell.Measure(s.median(), 1, n),
                        new Cell.Measure(s.q3(), 1, n), new Cell.Measure(s.upperWhisker(), 0, n),
                        new Cell.Count(s.outliers().length)));
            }
        }
        return new Table(plot.title(), headers, rowHeaders, rows, List.of(), plot.notes());
    }

    /** What the user reads in a cell. */
    public static String text(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> Long.toString(count.value());
            case Cell.Measure measure -> format(measure.value(), measure.decimals());
            case Cell.Text text -> text.value();
            case Cell.Empty empty -> "";
            case Cell.Masked masked -> masked.shown();
        };
    }

    /** A number with Swedish decimals. */
    public static String format(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** The number a chart may draw for a cell, or null when it has none or must not show it. */
    public static Double value(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> (double) count.value();
            case Cell.Measure measure -> measure.value();
            default -> null;
        };
    }

    /** Whether a row or column header names the total. */
    public static boolean isTotal(String header) {
        return Messages.total.equalsIgnoreCase(header.strip());
    }
}
