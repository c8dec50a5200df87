package se.isu.analysis.ui.outputs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.analysis.ui.internal.Messages;

/**
 * Box plots painted from the engine's {@link BoxStatistics}: the box from the first to the third
 * quartile, the median, Tukey's whiskers to the most extreme observations within 1.5 IQR, and each
 * outlier as a ring. SWTChart's own box plot computes these otherwise, so the chart only gives the axes
 * and this output paints on its plot area. A group that disclosure control suppressed is written as a
 * note where its box would be, never drawn.
 */
public final class BoxPlotOutput implements AnalysisOutput {

    private Chart chart;
    private BoxPlot plot;
    private final Color box = new Color(new org.eclipse.swt.graphics.RGB(166, 206, 227));
    private final Color line = new Color(new org.eclipse.swt.graphics.RGB(31, 80, 140));

    @Override
    public Control createControl(Composite parent) {
        chart = Charts.newChart(parent, e -> paint(e.gc));
        chart.getLegend().setVisible(false);
        return chart;
    }

    @Override
    public void show(AnalysisResult result) {
        plot = (BoxPlot) result;
        Charts.clear(chart);
        chart.getTitle().setText(plot.title());
        List<String> labels = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double[] anchors = new double[plot.groups().size()];
        for (int i = 0; i < plot.groups().size(); i++) {
            BoxPlot.Group group = plot.groups().get(i);
            BoxStatistics s = group.statistics();
            if (s == null) {
                labels.add(group.label());
                continue;
            }
            String label = group.label().length() <= 40 ? group.label() : group.label().substring(0, 38).strip() + "\u2026";
            labels.add(NLS.bind(Messages.boxLabel, label, s.n()));
            anchors[i] = s.median();
            low = Math.min(low, s.lowerWhisker());
            high = Math.max(high, s.upperWhisker());
            for (double outlier : s.outliers()) {
                low = Math.min(low, outlier);
                high = Math.max(high, outlier);
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        boolean horizontal = Charts.longLabels(labels);
        chart.setOrientation(horizontal ? SWT.VERTICAL : SWT.HORIZONTAL);
        IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
        categoryAxis.setCategorySeries(Charts.axisLabels(labels));
        categoryAxis.enableCategory(true);
        categoryAxis.setReversed(horizontal);
        categoryAxis.getTitle().setVisible(false);
        categoryAxis.getGrid().setStyle(LineStyle.NONE);
        // The axes need a series to lay out the categories; it draws nothing itself.
        ILineSeries<?> anchor = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "anchor");
        anchor.setYSeries(anchors);
        anchor.setLineStyle(LineStyle.NONE);
        anchor.setSymbolType(PlotSymbolType.NONE);
        anchor.setVisibleInLegend(false);
        IAxis valueAxis = chart.getAxisSet().getYAxis(0);
        valueAxis.getTitle().setText(Messages.axisDays);
        chart.getAxisSet().adjustRange();
        double margin = (high - low) * 0.05 + 1;
        valueAxis.setRange(new Range(Math.max(0, low - margin), high + margin));
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private void paint(GC gc) {
        if (plot == null || plot.groups().isEmpty()) {
            return;
        }
        IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
        IAxis valueAxis = chart.getAxisSet().getYAxis(0);
        boolean horizontal = chart.getOrientation() == SWT.VERTICAL;
        Point size = chart.getPlotArea().getSize();
        int slot = (horizontal ? size.y : size.x) / plot.groups().size();
        int half = Math.max(3, Math.min(40, slot * 3 / 10));
        gc.setAntialias(SWT.ON);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (int i = 0; i < plot.groups().size(); i++) {
            BoxPlot.Group group = plot.groups().get(i);
            int c = categoryAxis.getPixelCoordinate(i);
            BoxStatistics s = group.statistics();
            if (s == null) {
                gc.setForeground(Charts.MASKED);
                String note = Messages.boxSuppressed;
                Point extent = gc.textExtent(note);
                int mid = horizontal ? valueAxis.getPixelCoordinate(valueAxis.getRange().lower) + extent.x / 2 + 8
                        : size.x / 2;
                if (horizontal) {
                    gc.drawText(note, mid - extent.x / 2, c - extent.y / 2, true);
                } else {
                    gc.drawText(note, c - extent.x / 2, size.y / 2 - extent.y / 2, true);
                }
                continue;
            }
            int q1 = valueAxis.getPixelCoordinate(s.q1());
            int q3 = valueAxis.getPixelCoordinate(s.q3());
            int median = valueAxis.getPixelCoordinate(s.median());
            int lower = valueAxis.getPixelCoordinate(s.lowerWhisker());
            int upper = valueAxis.getPixelCoordinate(s.upperWhisker());
            gc.setForeground(line);
            gc.setBackground(box);
            gc.setLineWidth(1);
            // whiskers and their caps
            segment(gc, horizontal, c, lower, c, q1);
            segment(gc, horizontal, c, q3, c, upper);
            segment(gc, horizontal, c - half / 2, lower, c + half / 2, lower);
            segment(gc, horizontal, c - half / 2, upper, c + half / 2, upper);
            // the box
            int from = Math.min(q1, q3);
            int extent = Math.max(1, Math.abs(q3 - q1));
            if (horizontal) {
                gc.fillRectangle(from, c - half, extent, 2 * half);
                gc.drawRectangle(from, c - half, extent, 2 * half);
            } else {
                gc.fillRectangle(c - half, from, 2 * half, extent);
                gc.drawRectangle(c - half, from, 2 * half, extent);
            }
            gc.setLineWidth(3);
            segment(gc, horizontal, c - half, median, c + half, median);
            gc.setLineWidth(1);
            for (double outlier : s.outliers()) {
                int o = valueAxis.getPixelCoordinate(outlier);
                if (horizontal) {
                    gc.drawOval(o - 3, c - 3, 6, 6);
                } else {
                    gc.drawOval(c - 3, o - 3, 6, 6);
                }
            }
        }
    }

    /** A line from (category a, value b) to (category c, value d). */
    private static void segment(GC gc, boolean horizontal, int a, int b, int c, int d) {
        if (horizontal) {
            gc.drawLine(b, a, d, c);
        } else {
            gc.drawLine(a, b, c, d);
        }
    }

    /**
     * Per group: lower whisker, Q1, median, Q3, upper whisker as painted; a suppressed group has no values
     * and its note as the masked text.
     */
    @Override
    public List<PlottedSeries> plotted() {
        List<PlottedSeries> drawn = new ArrayList<>();
        if (plot == null) {
            return drawn;
        }
        List<String> names = List.of(Messages.columnLowerWhisker, Messages.columnQ1, Messages.columnMedian,
                Messages.columnQ3, Messages.columnUpperWhisker);
        for (BoxPlot.Group group : plot.groups()) {
            BoxStatistics s = group.statistics();
            List<Double> values = new ArrayList<>();
            List<String> masked = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                masked.add(s == null ? Messages.boxSuppressed : null);
            }
            if (s == null) {
                names.forEach(n -> values.add(null));
            } else {
                values.addAll(List.of(s.lowerWhisker(), s.q1(), s.median(), s.q3(), s.upperWhisker()));
            }
            drawn.add(new PlottedSeries(group.label(), names, values, masked));
        }
        return drawn;
    }

    public Chart chart() {
        return chart;
    }
}
