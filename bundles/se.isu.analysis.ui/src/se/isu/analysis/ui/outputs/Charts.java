package se.isu.analysis.ui.outputs;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;

/** What the charts share: colours, fonts, the masked mark and a plain white chart. */
final class Charts {

    /** A palette that stays apart for the colour-blind (Okabe and Ito), then greys. */
    private static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66),
            new RGB(0, 0, 0), new RGB(120, 120, 120), new RGB(170, 170, 170) };

    static final Color MASKED = new Color(new RGB(110, 110, 110));
    static final Color GRID = new Color(new RGB(225, 225, 225));

    private Charts() {
    }

    static Color colour(int index) {
        return new Color(PALETTE[index % PALETTE.length]);
    }

    /** A white chart with its title in bold, the legend below. */
    static Chart newChart(Composite parent) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getLegend().setPosition(SWT.BOTTOM);
        Font bold = bold(chart, 1);
        chart.getTitle().setFont(bold);
        Color black = parent.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.getTitle().setForeground(black);
        for (var axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(black);
            axis.getTitle().setForeground(black);
            axis.getGrid().setForeground(GRID);
        }
        return chart;
    }

    /**
     * A white chart as {@link #newChart(Composite)} makes it, with {@code overlay} painted over its series
     * each time the plot area is drawn (the masked marks, the boxes).
     */
    static Chart newChart(Composite parent, Consumer<PaintEvent> overlay) {
        Chart chart = newChart(parent);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                overlay.accept(e);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        return chart;
    }

    /**
     * Suspends the chart's updates and removes its series, for a result to be drawn anew; the caller
     * resumes the updates when it has added the new series.
     */
    static void clear(Chart chart) {
        chart.suspendUpdate(true);
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
    }

    /** The control's font in bold, grown by {@code grow} points, disposed with the control. */
    static Font bold(org.eclipse.swt.widgets.Control control, int grow) {
        FontData[] data = control.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
            d.setHeight(d.getHeight() + grow);
        }
        Font font = new Font(control.getDisplay(), data);
        control.addDisposeListener(e -> font.dispose());
        return font;
    }

    /** Writes a masked cell's text in a small grey box centred on (x, y). */
    static void drawMasked(GC gc, String text, int x, int y) {
        Point extent = gc.textExtent(text);
        int left = x - extent.x / 2 - 2;
        int top = y - extent.y / 2 - 1;
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(left, top, extent.x + 4, extent.y + 2);
        gc.setForeground(MASKED);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(left, top, extent.x + 4, extent.y + 2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawText(text, left + 2, top + 1, true);
    }

    /** A hatched, dotted-framed rectangle: where a masked value would be drawn. */
    static void hatch(GC gc, int x, int y, int width, int height) {
        gc.setForeground(MASKED);
        gc.setClipping(x, y, width + 1, height + 1);
        for (int d = -height; d < width; d += 4) {
            gc.drawLine(x + d, y + height, x + d + height, y);
        }
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawRectangle(x, y, width, height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** Tick labels of an axis whose data points are 0, 1, 2 ...: the label of each whole number. */
    static Format labels(List<String> labels) {
        return new Format() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(Object number, StringBuffer to, FieldPosition position) {
                double value = ((Number) number).doubleValue();
                long index = Math.round(value);
                if (Math.abs(value - index) < 1e-9 && index >= 0 && index < labels.size()) {
                    to.append(labels.get((int) index));
                }
                return to;
            }

            @Override
            public Object parseObject(String source, ParsePosition position) {
                return null;
            }
        };
    }

    /** Labels for an axis, each cut to a readable length with an ellipsis; the table has them whole. */
    static String[] axisLabels(List<String> labels) {
        return labels.stream().map(l -> l.length() <= 48 ? l : l.substring(0, 46).strip() + "\u2026")
                .toArray(String[]::new);
    }

    /** Whether the labels are too long to stand side by side under a chart. */
    static boolean longLabels(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0) > 14 || labels.size() > 12;
    }
}
