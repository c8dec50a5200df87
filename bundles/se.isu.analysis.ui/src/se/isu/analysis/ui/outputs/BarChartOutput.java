package se.isu.analysis.ui.outputs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import se.isu.analysis.result.AnalysisResult;

/**
 * Bars of a table's value columns per category (or of a series): grouped, one bar per column in each
 * category, or stacked, one bar per column made of the categories. Long category
 * names lie on the vertical axis, so they are read whole. A masked cell gets no bar: its "≤4" is
 * written where the bar would stand.
 */
public final class BarChartOutput implements AnalysisOutput {

    private final boolean stacked;
    private final ValueChoice values;
    private Chart chart;
    private ChartData data;
    private final List<IBarSeries<?>> bars = new ArrayList<>();

    public BarChartOutput(boolean stacked, ValueChoice values) {
        this.stacked = stacked;
        this.values = values;
    }

    @Override
    public Control createControl(Composite parent) {
        chart = Charts.newChart(parent, this::paintMasked);
        return chart;
    }

    @Override
    public void show(AnalysisResult result) {
        data = stacked ? ChartData.of(result, values).transposed() : ChartData.of(result, values);
        Charts.clear(chart);
        bars.clear();
        chart.getTitle().setText(data.title());
        boolean horizontal = Charts.longLabels(data.categories());
        chart.setOrientation(horizontal ? SWT.VERTICAL : SWT.HORIZONTAL);
        IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
        categoryAxis.setCategorySeries(Charts.axisLabels(data.categories().stream().map(data::shortName).toList()));
        categoryAxis.enableCategory(true);
        categoryAxis.setReversed(horizontal);
        categoryAxis.getTitle().setVisible(false);
        categoryAxis.getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
        IAxis valueAxis = chart.getAxisSet().getYAxis(0);
        valueAxis.getTitle().setText(data.valueAxisTitle());
        // Lying bars are drawn bottom-up within a category: created in reverse, the first series is on top.
        if (data.categories().isEmpty()) {
            // SWTChart cannot lay out a bar or line series without points; an empty result is said in words.
            data = new ChartData(data.title(), List.of(), List.of(), data.shares());
            chart.getTitle().setText(data.title() + " \u2013 " + se.isu.analysis.ui.internal.Messages.noValues);
        }
        int count = data.series().size();
        IBarSeries<?>[] created = new IBarSeries<?>[count];
        for (int k = 0; k < count; k++) {
            int index = horizontal && !stacked ? count - 1 - k : k;
            PlottedSeries s = data.series().get(index);
            IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "s" + index);
            bar.setDescription(data.shortName(s.name()));
            double[] y = new double[s.values().size()];
            for (int i = 0; i < y.length; i++) {
                Double v = s.values().get(i);
                y[i] = v == null ? 0 : v;
            }
            bar.setYSeries(y);
            bar.setBarColor(Charts.colour(index));
            bar.enableStack(stacked);
            bar.setBarPadding(stacked ? 30 : 15);
            created[index] = bar;
        }
        bars.addAll(java.util.Arrays.asList(created));
        chart.getLegend().setVisible(data.series().size() > 1);
        chart.getAxisSet().adjustRange();
        org.eclipse.swtchart.Range range = valueAxis.getRange();
        double upper = range.upper;
        if (stacked) {
            // SWTChart's range is that of the highest single series; a stack reaches the sum of its parts.
            for (int c = 0; c < data.categories().size(); c++) {
                double sum = 0;
                for (PlottedSeries s : data.series()) {
                    Double v = s.values().get(c);
                    sum += v == null || s.masked().get(c) != null ? 0 : v;
                }
                upper = Math.max(upper, sum);
            }
        }
        valueAxis.setRange(new org.eclipse.swtchart.Range(0, Math.max(upper * 1.05, data.shares() ? 10 : 5)));
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private void paintMasked(PaintEvent e) {
        if (data == null) {
            return;
        }
        IAxis categoryAxis = chart.getAxisSet().getXAxis(0);
        IAxis valueAxis = chart.getAxisSet().getYAxis(0);
        boolean horizontal = chart.getOrientation() == SWT.VERTICAL;
        int zero = valueAxis.getPixelCoordinate(0);
        int count = data.series().size();
        e.gc.setFont(chart.getFont());
        e.gc.setLineStyle(SWT.LINE_SOLID);
        int height = e.gc.getFontMetrics().getHeight();
        for (int s = 0; s < count; s++) {
            PlottedSeries series = data.series().get(s);
            Rectangle[] bounds = bars.size() > s ? bars.get(s).getBounds() : null;
            for (int i = 0; i < series.masked().size(); i++) {
                String masked = series.masked().get(i);
                if (masked == null) {
                    continue;
                }
                int center;
                if (bounds != null && i < bounds.length && bounds[i] != null) {
                    center = horizontal ? bounds[i].y + bounds[i].height / 2 : bounds[i].x + bounds[i].width / 2;
                } else {
                    center = categoryAxis.getPixelCoordinate(i);
                }
                int slot = bounds != null && i < bounds.length && bounds[i] != null
                        ? (horizontal ? bounds[i].height : bounds[i].width) : height;
                if (slot * 10 >= height * 7) {
                    int offset = e.gc.textExtent(masked).x;
                    if (horizontal) {
                        Charts.drawMasked(e.gc, masked, zero + offset / 2 + 6, center);
                    } else {
                        Charts.drawMasked(e.gc, masked, center, zero - height);
                    }
                } else {
                    // Too narrow for the text: a small hatched mark; the table and the notes say what it is.
                    int mark = Math.max(4, slot);
                    if (horizontal) {
                        Charts.hatch(e.gc, zero + 2, center - mark / 2, 3 * mark, mark);
                    } else {
                        Charts.hatch(e.gc, center - mark / 2, zero - 3 * mark, mark, 3 * mark);
                    }
                }
            }
        }
    }

    @Override
    public List<PlottedSeries> plotted() {
        List<PlottedSeries> drawn = new ArrayList<>();
        if (data == null) {
            return drawn;
        }
        for (int s = 0; s < bars.size(); s++) {
            PlottedSeries declared = data.series().get(s);
            double[] y = bars.get(s).getYSeries();
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                values.add(declared.masked().get(i) != null || declared.values().get(i) == null ? null : y[i]);
            }
            drawn.add(new PlottedSeries(declared.name(), data.categories(), values, declared.masked()));
        }
        return drawn;
    }

    /** Whether the bars are stacked: one bar per column of the table, made of its rows. */
    public boolean isStacked() {
        return stacked;
    }

    /** The chart widget, e.g. for its legend and axes in tests. */
    public Chart chart() {
        return chart;
    }
}
