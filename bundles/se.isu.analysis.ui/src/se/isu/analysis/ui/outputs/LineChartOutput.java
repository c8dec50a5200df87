package se.isu.analysis.ui.outputs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import se.isu.analysis.result.AnalysisResult;

/**
 * Lines over the labels of a series or the rows of a table (e.g. closing years), one per value column. A
 * line is broken at a masked point, which is marked with its "≤4" on the axis instead: joining its
 * neighbours would draw a value that is not shown.
 */
public final class LineChartOutput implements AnalysisOutput {

    private final ValueChoice values;
    private Chart chart;
    private ChartData data;
    /** Per plotted series, the chart series of its unbroken stretches. */
    private final List<List<ILineSeries<?>>> segments = new ArrayList<>();

    public LineChartOutput(ValueChoice values) {
        this.values = values;
    }

    @Override
    public Control createControl(Composite parent) {
        chart = Charts.newChart(parent, this::paintMasked);
        return chart;
    }

    @Override
    public void show(AnalysisResult result) {
        data = ChartData.of(result, values);
        Charts.clear(chart);
        segments.clear();
        chart.getTitle().setText(data.title());
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        xAxis.enableCategory(false);
        xAxis.getTick().setFormat(Charts.labels(data.categories()));
        xAxis.getTitle().setVisible(false);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        yAxis.getTitle().setText(data.valueAxisTitle());
        if (data.categories().isEmpty()) {
            // SWTChart cannot lay out a bar or line series without points; an empty result is said in words.
            data = new ChartData(data.title(), List.of(), List.of(), data.shares());
            chart.getTitle().setText(data.title() + " \u2013 " + se.isu.analysis.ui.internal.Messages.noValues);
        }
        int index = 0;
        for (PlottedSeries s : data.series()) {
            Color colour = Charts.colour(index);
            List<ILineSeries<?>> parts = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= s.values().size(); i++) {
                boolean drawn = i < s.values().size() && s.values().get(i) != null && s.masked().get(i) == null;
                if (drawn && start < 0) {
                    start = i;
                } else if (!drawn && start >= 0) {
                    parts.add(segment(s, start, i, index, parts.size(), colour));
                    start = -1;
                }
            }
            segments.add(parts);
            index++;
        }
        chart.getLegend().setVisible(data.series().size() > 1);
        chart.getAxisSet().adjustRange();
        xAxis.setRange(new Range(-0.3, Math.max(data.categories().size() - 0.7, 0.7)));
        Range range = yAxis.getRange();
        yAxis.setRange(new Range(0, Math.max(range.upper * 1.1, data.shares() ? 10 : 5)));
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private ILineSeries<?> segment(PlottedSeries s, int from, int to, int seriesIndex, int part, Color colour) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                "s" + seriesIndex + "." + part);
        line.setDescription(data.shortName(s.name()));
        double[] x = new double[to - from];
        double[] y = new double[to - from];
        for (int i = from; i < to; i++) {
            x[i - from] = i;
            y[i - from] = s.values().get(i);
        }
        line.setXSeries(x);
        line.setYSeries(y);
        line.setLineColor(colour);
        line.setLineWidth(2);
        line.setSymbolType(PlotSymbolType.CIRCLE);
        line.setSymbolColor(colour);
        line.setSymbolSize(4);
        line.setVisibleInLegend(part == 0);
        return line;
    }

    private void paintMasked(PaintEvent e) {
        if (data == null) {
            return;
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        e.gc.setFont(chart.getFont());
        int height = e.gc.getFontMetrics().getHeight();
        for (int s = 0; s < data.series().size(); s++) {
            PlottedSeries series = data.series().get(s);
            for (int i = 0; i < series.masked().size(); i++) {
                if (series.masked().get(i) != null) {
                    Charts.drawMasked(e.gc, series.masked().get(i), xAxis.getPixelCoordinate(i),
                            yAxis.getPixelCoordinate(0) - height * (s + 1));
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
        for (int s = 0; s < data.series().size(); s++) {
            PlottedSeries declared = data.series().get(s);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < declared.values().size(); i++) {
                values.add(null);
            }
            for (ILineSeries<?> part : segments.get(s)) {
                double[] x = part.getXSeries();
                double[] y = part.getYSeries();
                for (int i = 0; i < x.length; i++) {
                    values.set((int) Math.round(x[i]), y[i]);
                }
            }
            drawn.add(new PlottedSeries(declared.name(), data.categories(), values, declared.masked()));
        }
        return drawn;
    }

    public Chart chart() {
        return chart;
    }
}
