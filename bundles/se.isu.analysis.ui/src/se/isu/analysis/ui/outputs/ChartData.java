package se.isu.analysis.ui.outputs;

import java.util.ArrayList;
import java.util.List;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.ResultTables;
import se.isu.analysis.ui.internal.Messages;

/**
 * What a bar or line chart draws from a result: the categories (a table's rows without its total row,
 * or a series' labels) and one series per value column (without the total column), shares or counts.
 *
 * @param shares whether the values are shares in percent
 */
public record ChartData(String title, List<String> categories, List<PlottedSeries> series, boolean shares,
        String suffix) {

    public ChartData(String title, List<String> categories, List<PlottedSeries> series, boolean shares) {
        this(title, categories, series, shares, "");
    }

    /**
     * What every series' name ends with after ": " (e.g. "Gävle: Andel (%)"), or "" when they differ; the
     * chart names the series without it.
     */
    private static String commonSuffix(List<PlottedSeries> series) {
        String suffix = null;
        for (PlottedSeries s : series) {
            int colon = s.name().lastIndexOf(": ");
            String own = colon < 0 ? "" : s.name().substring(colon);
            if (suffix == null) {
                suffix = own;
            } else if (!suffix.equals(own)) {
                return "";
            }
        }
        return series.size() > 1 && suffix != null ? suffix : "";
    }

    /** A series' name as the chart shows it: without the suffix all share. */
    public String shortName(String name) {
        return !suffix.isEmpty() && name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    public static ChartData of(AnalysisResult result, ValueChoice choice) {
        return switch (result) {
            case Series s -> {
                boolean anyMeasure = s.values().stream().anyMatch(c -> c instanceof Cell.Measure);
                yield new ChartData(s.title(), s.labels(), List.of(series(s.title(), s.labels(), s.values())), anyMeasure);
            }
            case Table t -> ofTable(t, choice);
            case BoxPlot b -> throw new IllegalArgumentException("a box plot is drawn by the box plot output");
        };
    }

    private static ChartData ofTable(Table table, ValueChoice choice) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowHeaders().size(); r++) {
            if (!ResultTables.isTotal(table.rowHeaders().get(r)) || table.rowHeaders().size() == 1) {
                rows.add(r);
            }
        }
        int columns = table.columnHeaders().size();
        boolean[] measure = new boolean[columns];
        boolean[] numeric = new boolean[columns];
        boolean anyMeasure = false;
        for (int c = 0; c < columns; c++) {
            for (List<Cell> row : table.rows()) {
                Cell cell = row.get(c);
                measure[c] |= cell instanceof Cell.Measure;
                numeric[c] |= cell instanceof Cell.Measure || cell instanceof Cell.Count || cell instanceof Cell.Masked;
            }
            anyMeasure |= measure[c];
        }
        boolean shares = choice == ValueChoice.SHARES || choice == ValueChoice.AUTO && anyMeasure;
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (numeric[c] && measure[c] == shares) {
                chosen.add(c);
            }
        }
        if (chosen.size() > 1) {
            chosen.removeIf(c -> ResultTables.isTotal(table.columnHeaders().get(c)));
        }
        // A row with nothing to draw in the chosen columns (e.g. the base "Antal barn" among shares) is no category.
        rows.removeIf(r -> chosen.stream().allMatch(c -> table.cell(r, c) instanceof Cell.Empty
                || table.cell(r, c) instanceof Cell.Text));
        List<String> categories = rows.stream().map(table.rowHeaders()::get).toList();
        List<PlottedSeries> series = new ArrayList<>();
        for (int c : chosen) {
            List<Cell> cells = rows.stream().map(r -> table.cell(r, c)).toList();
            series.add(series(table.columnHeaders().get(c), categories, cells));
        }
        return new ChartData(table.title(), categories, series, shares, commonSuffix(series));
    }

    private static PlottedSeries series(String name, List<String> labels, List<Cell> cells) {
        List<Double> values = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        for (Cell cell : cells) {
            values.add(ResultTables.value(cell));
            masked.add(cell instanceof Cell.Masked m ? m.shown() : null);
        }
        return new PlottedSeries(name, labels, values, masked);
    }

    /**
     * The series as categories and the categories as series: stacked bars stand one per group (column),
     * made of the categories (rows), so that a group's shares add up to its whole.
     */
    public ChartData transposed() {
        List<String> groups = series.stream().map(PlottedSeries::name).toList();
        List<PlottedSeries> byCategory = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<Double> values = new ArrayList<>();
            List<String> masked = new ArrayList<>();
            for (PlottedSeries s : series) {
                values.add(s.values().get(c));
                masked.add(s.masked().get(c));
            }
            byCategory.add(new PlottedSeries(categories.get(c), groups, values, masked));
        }
        return new ChartData(title, groups, byCategory, shares, suffix);
    }

    /** The value axis's title: what every series holds when they share it, else shares or counts. */
    public String valueAxisTitle() {
        if (!suffix.isEmpty()) {
            return suffix.substring(2);
        }
        return shares ? Messages.axisShare : Messages.axisCount;
    }
}
