package se.isu.report.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.export.ResultText;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Labels;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.report.internal.Messages;

/**
 * Draws a masked analysis result as an SVG picture without a display: horizontal bars (one series, grouped
 * or stacked) for distributions, box plots from the engine's box statistics, a heat map for a
 * co-occurrence matrix. A value that disclosure control hides is drawn as a hatched grey mark of fixed
 * size with its shown text ("≤4", ".."), never as a bar of its value.
 *
 * <p>The tables follow the layout of docs/analysis.md: a column header is {@code <group>: <what>}, the
 * last rows are "Antal barn" and "Totalt" where there are such; the chart shows the categories, not the
 * totals.
 */
public final class ChartRenderer {

    static final int WIDTH = 900;
    private static final int FONT = 12;
    private static final int BAR = 14;
    private static final int MASK_WIDTH = 28;
    private static final String[] PALETTE = { "#1f5f8b", "#e08a2c", "#4a9a5b", "#b84a62", "#7a5ea8", "#8c6d3f",
            "#3fa7b5", "#c9b03a", "#555555", "#d46fb0", "#2f8f8f", "#a0522d", "#6b8e23", "#4169e1" };

    private ChartRenderer() {
    }

    /** The picture of a result, or empty when it has nothing to draw (no categories, no numbers). */
    public static Optional<String> render(AnalysisResult result, int threshold) {
        return switch (result) {
            case Table table -> table(table, threshold);
            case BoxPlot plot -> plot.groups().isEmpty() ? Optional.empty() : Optional.of(box(plot, threshold));
            case Series series -> series(series);
        };
    }

    // ---------------------------------------------------------------- tables

    private static Optional<String> table(Table table, int threshold) {
        List<Integer> categories = new ArrayList<>();
        for (int r = 0; r < table.rowHeaders().size(); r++) {
            String header = table.rowHeaders().get(r);
            if (!Labels.isSummaryRow(header)) {
                categories.add(r);
            }
        }
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        List<String> categoryLabels = categories.stream().map(r -> table.rowHeaders().get(r)).toList();
        // A co-occurrence matrix: columns named after the categories (of the last column group, the total).
        Map<String, List<Integer>> matrix = new LinkedHashMap<>();
        for (int c = 0; c < table.columnHeaders().size(); c++) {
            if (categoryLabels.contains(what(table.columnHeaders().get(c)))) {
                matrix.computeIfAbsent(group(table.columnHeaders().get(c)), g -> new ArrayList<>()).add(c);
            }
        }
        if (!matrix.isEmpty()) {
            String group = new ArrayList<>(matrix.keySet()).get(matrix.size() - 1);
            List<Integer> columns = matrix.get(group);
            if (columns.size() >= 2) {
                return Optional.of(heatMap(table, categories, columns, group, threshold));
            }
        }
        for (String kind : List.of(Labels.share(), Labels.medianDays(), Labels.count())) {
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < table.columnHeaders().size(); c++) {
                if (what(table.columnHeaders().get(c)).equals(kind)) {
                    columns.add(c);
                }
            }
            if (!columns.isEmpty()) {
                boolean share = kind.equals(Labels.share());
                String axis = share ? Messages.axisShare
                        : kind.equals(Labels.medianDays()) ? Messages.axisMedianDays
                                : Messages.axisCount;
                List<String> series = columns.stream().map(c -> seriesLabel(table.columnHeaders().get(c), kind)).toList();
                return Optional.of(bars(categories, categoryLabels, columns, series, table, share, false, axis));
            }
        }
        // Counts side by side (Tabell 1: girls and boys per municipality): stacked.
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < table.columnHeaders().size(); c++) {
            for (int r : categories) {
                Cell cell = table.cell(r, c);
                if ((cell instanceof Cell.Count || cell instanceof Cell.Masked) && isCountColumn(table, c)) {
                    counts.add(c);
                    break;
                }
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<String> series = counts.stream().map(c -> table.columnHeaders().get(c)).toList();
        return Optional.of(bars(categories, categoryLabels, counts, series, table, false, counts.size() > 1,
                Messages.axisCount));
    }

    private static boolean isCountColumn(Table table, int column) {
        for (List<Cell> row : table.rows()) {
            if (row.get(column) instanceof Cell.Measure) {
                return false;
            }
        }
        return true;
    }

    /** What a column holds: the part after the last ": ". */
    static String what(String header) {
        int i = header.lastIndexOf(": ");
        return i < 0 ? header : header.substring(i + 2);
    }

    /** The column group: the part before the last ": ", or "" for a single group. */
    static String group(String header) {
        int i = header.lastIndexOf(": ");
        return i < 0 ? "" : header.substring(0, i);
    }

    private static String seriesLabel(String header, String kind) {
        String group = group(header);
        return group.isEmpty() ? kind : group;
    }

    /** Horizontal bars: one row of bars per category, one bar per series (or one stacked bar). */
    private static String bars(List<Integer> rows, List<String> labels, List<Integer> columns, List<String> series,
            Table table, boolean share, boolean stacked, String axis) {
        double max = 0;
        for (int r : rows) {
            double sum = 0;
            for (int c : columns) {
                double v = value(table.cell(r, c));
                sum += Double.isNaN(v) ? 0 : v;
                if (!stacked && !Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        double top = share ? 100 : niceMax(max);
        int labelWidth = labelWidth(labels);
        int x0 = labelWidth + 16;
        int plotWidth = WIDTH - x0 - 70;
        int legendHeight = series.size() > 1 || stacked ? legendHeight(series) : 0;
        int y0 = 10 + legendHeight;
        int perBar = stacked ? 1 : series.size();
        List<List<String>> wrapped = labels.stream().map(l -> wrap(l, labelWidth)).toList();
        int height = y0;
        List<Integer> blockTops = new ArrayList<>();
        for (List<String> lines : wrapped) {
            blockTops.add(height);
            height += Math.max(perBar * BAR, lines.size() * (FONT + 2)) + 10;
        }
        int plotBottom = height;
        Svg svg = new Svg(WIDTH, plotBottom + 40);
        if (legendHeight > 0) {
            legend(svg, series, 10);
        }
        // Grid and axis
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double x = x0 + plotWidth * i / 5.0;
            svg.line(x, y0 - 4, x, plotBottom, "#dddddd", 1);
            svg.text(x, plotBottom + 14, ResultText.number(v, v == Math.rint(v) ? 0 : 1), "middle", 11, false);
        }
        svg.text(x0 + plotWidth / 2.0, plotBottom + 32, axis, "middle", FONT, false);
        svg.line(x0, y0 - 4, x0, plotBottom, "#444444", 1);
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            int blockTop = blockTops.get(i);
            List<String> lines = wrapped.get(i);
            int blockHeight = Math.max(perBar * BAR, lines.size() * (FONT + 2));
            double textTop = blockTop + (blockHeight - lines.size() * (FONT + 2)) / 2.0 + FONT;
            for (int l = 0; l < lines.size(); l++) {
                svg.text(x0 - 6, textTop + l * (FONT + 2), lines.get(l), "end", FONT, false);
            }
            double stackX = x0;
            for (int s = 0; s < columns.size(); s++) {
                Cell cell = table.cell(r, columns.get(s));
                double y = stacked ? blockTop + (blockHeight - BAR) / 2.0 : blockTop + (blockHeight - perBar * BAR) / 2.0 + s * BAR;
                String color = PALETTE[s % PALETTE.length];
                if (cell instanceof Cell.Masked masked) {
                    double x = stacked ? stackX : x0;
                    svg.rect(x, y + 1, MASK_WIDTH, BAR - 2, Svg.HATCH, "#888888");
                    svg.text(x + MASK_WIDTH + 4, y + BAR - 3, masked.shown(), "start", 11, false, 0, "#555555");
                    if (stacked) {
                        stackX += MASK_WIDTH + 30;
                    }
                    continue;
                }
                double v = value(cell);
                if (Double.isNaN(v)) {
                    continue;
                }
                double w = top <= 0 ? 0 : plotWidth * v / top;
                if (stacked) {
                    svg.rect(stackX, y + 1, w, BAR - 2, color, "#ffffff");
                    if (w > 26) {
                        svg.text(stackX + w / 2, y + BAR - 3, ResultText.shown(cell), "middle", 10, false, 0, "#ffffff");
                    }
                    stackX += w;
                } else {
                    svg.rect(x0, y + 1, w, BAR - 2, color, null);
                    svg.text(x0 + w + 4, y + BAR - 3, ResultText.shown(cell) + (share ? " %" : ""), "start", 10, false);
                }
            }
        }
        return svg.toString();
    }

    private static double value(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> count.value();
            case Cell.Measure measure -> measure.value();
            default -> Double.NaN;
        };
    }

    // ---------------------------------------------------------------- heat map

    private static String heatMap(Table table, List<Integer> rows, List<Integer> columns, String group,
            int threshold) {
        List<String> labels = rows.stream().map(r -> table.rowHeaders().get(r)).toList();
        int labelWidth = labelWidth(labels);
        int cell = Math.max(34, Math.min(56, (WIDTH - labelWidth - 40) / Math.max(1, columns.size())));
        int x0 = labelWidth + 16;
        int columnLabelHeight = 190;
        int y0 = 24 + columnLabelHeight;
        double max = 0;
        for (int r : rows) {
            for (int c : columns) {
                double v = value(table.cell(r, c));
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        int width = Math.max(WIDTH, x0 + cell * columns.size() + 150);
        int height = y0 + cell * rows.size() + 60;
        Svg svg = new Svg(width, height);
        if (!group.isEmpty()) {
            svg.text(10, 16, group, "start", FONT, true);
        }
        for (int j = 0; j < columns.size(); j++) {
            double x = x0 + j * cell + cell / 2.0;
            svg.text(x + 4, y0 - 6, shorten(what(table.columnHeaders().get(columns.get(j))), 34), "start", 11, false,
                    -55, "#222222");
        }
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            double y = y0 + i * cell;
            List<String> lines = wrap(labels.get(i), labelWidth);
            double textTop = y + (cell - lines.size() * (FONT + 2)) / 2.0 + FONT;
            for (int l = 0; l < lines.size() && l < 3; l++) {
                svg.text(x0 - 6, textTop + l * (FONT + 2), lines.get(l), "end", FONT, false);
            }
            for (int j = 0; j < columns.size(); j++) {
                Cell value = table.cell(r, columns.get(j));
                double x = x0 + j * cell;
                if (value instanceof Cell.Masked masked) {
                    svg.rect(x, y, cell, cell, Svg.HATCH, "#ffffff");
                    svg.text(x + cell / 2.0, y + cell / 2.0 + 4, masked.shown(), "middle", 11, true, 0, "#333333");
                    continue;
                }
                double v = value(value);
                if (Double.isNaN(v)) {
                    svg.rect(x, y, cell, cell, "#ffffff", "#eeeeee");
                    continue;
                }
                double t = max <= 0 ? 0 : v / max;
                svg.rect(x, y, cell, cell, heat(t), "#ffffff");
                svg.text(x + cell / 2.0, y + cell / 2.0 + 4, ResultText.shown(value), "middle", 11, false, 0,
                        t > 0.55 ? "#ffffff" : "#222222");
            }
        }
        // Legend: the scale from 0 to the largest count, and the hatched mark of a hidden count.
        double ly = y0 + cell * rows.size() + 20;
        for (int k = 0; k < 10; k++) {
            svg.rect(x0 + k * 20, ly, 20, 12, heat(k / 9.0), null);
        }
        svg.text(x0, ly + 26, "0", "start", 11, false);
        svg.text(x0 + 200, ly + 26, ResultText.number(max, 0), "end", 11, false);
        svg.text(x0 + 210, ly + 10, Messages.legendCount, "start", 11, false);
        svg.rect(x0 + 360, ly, 20, 12, Svg.HATCH, "#888888");
        svg.text(x0 + 386, ly + 10, NLS.bind(Messages.legendMasked, threshold - 1), "start", 11, false);
        return svg.toString();
    }

    /** White to dark blue. */
    private static String heat(double t) {
        t = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(247 + (8 - 247) * t);
        int g = (int) Math.round(251 + (48 - 251) * t);
        int b = (int) Math.round(255 + (107 - 255) * t);
        return String.format("#%02x%02x%02x", r, g, b);
    }

    // ---------------------------------------------------------------- box plots

    private static String box(BoxPlot plot, int threshold) {
        List<String> labels = new ArrayList<>();
        double max = 0;
        for (BoxPlot.Group g : plot.groups()) {
            BoxStatistics s = g.statistics();
            labels.add(s == null ? g.label() : g.label() + " (n = " + s.n() + ")");
            if (s != null) {
                max = Math.max(max, s.upperWhisker());
                for (double o : s.outliers()) {
                    max = Math.max(max, o);
                }
            }
        }
        double top = niceMax(max);
        int labelWidth = labelWidth(labels);
        int x0 = labelWidth + 16;
        int plotWidth = WIDTH - x0 - 30;
        List<List<String>> wrapped = labels.stream().map(l -> wrap(l, labelWidth)).toList();
        int y0 = 34;
        List<Integer> tops = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        int plotBottom = y0;
        for (List<String> lines : wrapped) {
            tops.add(plotBottom);
            int h = Math.max(34, lines.size() * (FONT + 2) + 8);
            heights.add(h);
            plotBottom += h;
        }
        Svg svg = new Svg(WIDTH, plotBottom + 44);
        svg.text(10, 16, Messages.boxLegend, "start", 11, false);
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double x = x0 + plotWidth * i / 5.0;
            svg.line(x, y0 - 4, x, plotBottom, "#dddddd", 1);
            svg.text(x, plotBottom + 14, ResultText.number(v, 0), "middle", 11, false);
        }
        svg.text(x0 + plotWidth / 2.0, plotBottom + 34, Messages.axisDays, "middle", FONT, false);
        for (int i = 0; i < plot.groups().size(); i++) {
            BoxPlot.Group g = plot.groups().get(i);
            int rowHeight = heights.get(i);
            double y = tops.get(i);
            double mid = y + rowHeight / 2.0;
            List<String> lines = wrapped.get(i);
            double textTop = y + (rowHeight - lines.size() * (FONT + 2)) / 2.0 + FONT - 2;
            for (int l = 0; l < lines.size(); l++) {
                svg.text(x0 - 6, textTop + l * (FONT + 2), lines.get(l), "end", FONT, false);
            }
            BoxStatistics s = g.statistics();
            if (s == null) {
                if (g.suppressed() != null) {
                    svg.rect(x0, mid - 9, 120, 18, Svg.HATCH, "#888888");
                    svg.text(x0 + 128, mid + 4, NLS.bind(Messages.boxSuppressed, threshold - 1), "start", 11, false, 0,
                            "#555555");
                } else {
                    svg.text(x0 + 6, mid + 4, Messages.boxEmpty, "start", 11, false, 0, "#555555");
                }
                continue;
            }
            double scale = top <= 0 ? 0 : plotWidth / top;
            double lw = x0 + s.lowerWhisker() * scale;
            double uw = x0 + s.upperWhisker() * scale;
            double q1 = x0 + s.q1() * scale;
            double q3 = x0 + s.q3() * scale;
            double md = x0 + s.median() * scale;
            svg.line(lw, mid, q1, mid, "#333333", 1);
            svg.line(q3, mid, uw, mid, "#333333", 1);
            svg.line(lw, mid - 6, lw, mid + 6, "#333333", 1);
            svg.line(uw, mid - 6, uw, mid + 6, "#333333", 1);
            svg.rect(q1, mid - 10, Math.max(1, q3 - q1), 20, "#9ecae1", "#1f5f8b");
            svg.line(md, mid - 10, md, mid + 10, "#08306b", 2.5);
            for (double o : s.outliers()) {
                svg.circle(x0 + o * scale, mid, 3, "#ffffff", "#b84a62");
            }
        }
        return svg.toString();
    }

    // ---------------------------------------------------------------- series

    private static Optional<String> series(Series series) {
        if (series.labels().isEmpty()) {
            return Optional.empty();
        }
        List<Integer> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < series.labels().size(); i++) {
            rows.add(i);
            cells.add(List.of(series.values().get(i)));
        }
        Table table = new Table(series.title(), List.of(series.title()), series.labels(), cells, List.of(), List.of());
        return Optional.of(bars(rows, series.labels(), List.of(0), List.of(series.title()), table, false, false,
                series.title()));
    }

    // ---------------------------------------------------------------- text layout

    private static int legendHeight(List<String> series) {
        int x = 10;
        int lines = 1;
        for (String s : series) {
            int w = 22 + textWidth(s, 11) + 18;
            if (x + w > WIDTH - 10) {
                lines++;
                x = 10;
            }
            x += w;
        }
        return lines * 18 + 8;
    }

    private static void legend(Svg svg, List<String> series, int top) {
        int x = 10;
        int y = top;
        for (int i = 0; i < series.size(); i++) {
            String s = series.get(i);
            int w = 22 + textWidth(s, 11) + 18;
            if (x + w > WIDTH - 10) {
                x = 10;
                y += 18;
            }
            svg.rect(x, y, 14, 12, PALETTE[i % PALETTE.length], null);
            svg.text(x + 20, y + 10, s, "start", 11, false);
            x += w;
        }
    }

    /** Room for the category labels: the longest, at most a third of the picture (longer ones wrap). */
    private static int labelWidth(List<String> labels) {
        int widest = 40;
        for (String l : labels) {
            widest = Math.max(widest, textWidth(l, FONT));
        }
        return Math.min(WIDTH / 3, widest);
    }

    /** An estimate of a text's width: SVG has no font metrics without a renderer. */
    static int textWidth(String text, int size) {
        return (int) Math.ceil(text.length() * size * 0.58);
    }

    /** Breaks a label at spaces so that each line fits the width. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && textWidth(line + " " + word, FONT) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** 1, 2 or 5 times a power of ten, at least the value. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
