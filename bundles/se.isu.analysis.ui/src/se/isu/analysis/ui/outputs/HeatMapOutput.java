package se.isu.analysis.ui.outputs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.ResultTables;
import se.isu.analysis.ui.internal.Messages;

/**
 * A heat map of a square matrix, such as the co-occurrence of problem areas: the rows against the
 * columns of the same name, each cell coloured by its count on a scale from white to dark blue, with
 * the count written in it. The diagonal (how many children have the area at all) is far larger than the
 * rest and would flatten the scale, so it is framed and written but not coloured. A masked cell is
 * hatched and carries its "≤4". Columns are numbered and the rows carry the numbers with their names,
 * so long names are read whole; a legend on the right gives the scale.
 */
public final class HeatMapOutput implements AnalysisOutput {

    private static final RGB LOW = new RGB(247, 251, 255);
    private static final RGB HIGH = new RGB(8, 48, 107);

    private Canvas canvas;
    private Table table;
    private int size;
    private long max;
    private Font titleFont;

    @Override
    public Control createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        titleFont = Charts.bold(canvas, 1);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        return canvas;
    }

    @Override
    public void show(AnalysisResult result) {
        table = ResultTables.asTable(result);
        size = 0;
        while (size < table.rowHeaders().size() && size < table.columnHeaders().size()
                && table.rowHeaders().get(size).equals(table.columnHeaders().get(size))) {
            size++;
        }
        if (size == 0) {
            size = Math.min(table.rowHeaders().size(), table.columnHeaders().size());
        }
        max = 1;
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                if (r != c && table.cell(r, c) instanceof Cell.Count count) {
                    max = Math.max(max, count.value());
                }
            }
        }
        canvas.redraw();
    }

    private Color shade(double fraction) {
        fraction = Math.max(0, Math.min(1, fraction));
        return new Color(new RGB((int) Math.round(LOW.red + (HIGH.red - LOW.red) * fraction),
                (int) Math.round(LOW.green + (HIGH.green - LOW.green) * fraction),
                (int) Math.round(LOW.blue + (HIGH.blue - LOW.blue) * fraction)));
    }

    private void paint(GC gc) {
        if (table == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setLineStyle(SWT.LINE_SOLID);
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color white = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        gc.setForeground(black);
        gc.setFont(titleFont);
        Point title = gc.textExtent(table.title());
        gc.drawText(table.title(), Math.max(4, (area.width - title.x) / 2), 6, true);
        gc.setFont(canvas.getFont());
        int lineHeight = gc.getFontMetrics().getHeight();
        // How to read it, under the title, where it is seen whatever the height.
        int noteY = 6 + title.y + 4;
        gc.setForeground(Charts.MASKED);
        for (String note : Messages.heatMapDiagonal.split("\n")) {
            gc.drawText(note, 8, noteY, true);
            noteY += lineHeight;
        }
        gc.setForeground(black);
        int top = noteY + 6 + lineHeight + 4;

        int labelWidth = 0;
        for (int r = 0; r < size; r++) {
            labelWidth = Math.max(labelWidth, gc.textExtent(rowLabel(r)).x);
        }
        int legendWidth = Math.max(70, gc.textExtent(Messages.heatMapMasked).x + 30);
        int widestCount = gc.textExtent(Long.toString(Math.max(max, diagonalMaximum()))).x + 8;
        int room = area.width - legendWidth - 40 - size * Math.max(lineHeight + 4, widestCount);
        labelWidth = Math.max(60, Math.min(labelWidth, room));
        int widest = gc.textExtent(Long.toString(Math.max(max, diagonalMaximum()))).x;
        int n = Math.max(1, size);
        // Cells as wide as their counts need, as high as a line needs; larger when there is room.
        int cellWidth = Math.max(widest + 8, (area.width - labelWidth - legendWidth - 24) / n);
        int cellHeight = Math.max(lineHeight + 4, (area.height - top - 8) / n);
        cellWidth = Math.min(cellWidth, Math.max(widest + 8, cellHeight * 2));
        cellHeight = Math.min(cellHeight, Math.max(lineHeight + 4, cellWidth));
        int left = 8 + labelWidth + 8;
        for (int c = 0; c < size; c++) {
            String number = Integer.toString(c + 1);
            Point extent = gc.textExtent(number);
            gc.drawText(number, left + c * cellWidth + (cellWidth - extent.x) / 2, top - lineHeight - 2, true);
        }
        for (int r = 0; r < size; r++) {
            int y = top + r * cellHeight;
            gc.setForeground(black);
            gc.drawText(fit(gc, rowLabel(r), labelWidth), 8, y + (cellHeight - lineHeight) / 2, true);
            for (int c = 0; c < size; c++) {
                int x = left + c * cellWidth;
                Cell value = table.cell(r, c);
                if (value instanceof Cell.Masked masked) {
                    gc.setBackground(white);
                    gc.fillRectangle(x, y, cellWidth, cellHeight);
                    hatch(gc, x, y, cellWidth, cellHeight);
                    Charts.drawMasked(gc, masked.shown(), x + cellWidth / 2, y + cellHeight / 2);
                } else if (value instanceof Cell.Count count) {
                    double fraction = r == c ? 0 : (double) count.value() / max;
                    gc.setBackground(r == c ? white : shade(fraction));
                    gc.fillRectangle(x, y, cellWidth, cellHeight);
                    String text = Long.toString(count.value());
                    gc.setForeground(fraction > 0.55 ? white : black);
                    Point extent = gc.textExtent(text);
                    gc.drawText(text, x + (cellWidth - extent.x) / 2, y + (cellHeight - extent.y) / 2, true);
                }
                gc.setForeground(Charts.GRID);
                gc.drawRectangle(x, y, cellWidth, cellHeight);
                if (r == c) {
                    gc.setForeground(black);
                    gc.setLineWidth(2);
                    gc.drawRectangle(x + 1, y + 1, cellWidth - 2, cellHeight - 2);
                    gc.setLineWidth(1);
                }
            }
        }
        paintLegend(gc, left + size * cellWidth + 16, top, Math.max(cellHeight * size, 6 * lineHeight), lineHeight);
        gc.setForeground(black);
    }

    private long diagonalMaximum() {
        long highest = 0;
        for (int i = 0; i < size; i++) {
            if (table.cell(i, i) instanceof Cell.Count count) {
                highest = Math.max(highest, count.value());
            }
        }
        return highest;
    }

    /** The text, shortened with an ellipsis to the width; the table beside the chart has the whole name. */
    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "\u2026";
    }

    private String rowLabel(int r) {
        return (r + 1) + "  " + table.rowHeaders().get(r);
    }

    private void hatch(GC gc, int x, int y, int width, int height) {
        gc.setForeground(Charts.MASKED);
        gc.setClipping(x, y, width, height);
        for (int d = -height; d < width; d += 6) {
            gc.drawLine(x + d, y + height, x + d + height, y);
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintLegend(GC gc, int x, int top, int height, int lineHeight) {
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        int barHeight = Math.max(60, height - 3 * lineHeight - 10);
        for (int i = 0; i < barHeight; i++) {
            gc.setBackground(shade(1 - (double) i / barHeight));
            gc.fillRectangle(x, top + i, 16, 1);
        }
        gc.setForeground(black);
        gc.drawRectangle(x, top, 16, barHeight);
        gc.drawText(Long.toString(max), x + 20, top - lineHeight / 2, true);
        gc.drawText("0", x + 20, top + barHeight - lineHeight / 2, true);
        int y = top + barHeight + 10;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(x, y, 16, 16);
        hatch(gc, x, y, 16, 16);
        gc.setForeground(black);
        gc.drawRectangle(x, y, 16, 16);
        gc.drawText(Messages.heatMapMasked, x + 20, y, true);
    }

    /** Each row of the matrix: its counts as coloured and written; masked cells have no value. */
    @Override
    public List<PlottedSeries> plotted() {
        List<PlottedSeries> drawn = new ArrayList<>();
        if (table == null) {
            return drawn;
        }
        List<String> columns = table.columnHeaders().subList(0, size);
        for (int r = 0; r < size; r++) {
            List<Double> values = new ArrayList<>();
            List<String> masked = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                Cell cell = table.cell(r, c);
                values.add(cell instanceof Cell.Count count ? (double) count.value() : null);
                masked.add(cell instanceof Cell.Masked m ? m.shown() : null);
            }
            drawn.add(new PlottedSeries(table.rowHeaders().get(r), columns, values, masked));
        }
        return drawn;
    }

    @Override
    public boolean wide() {
        return true;
    }

    /** The highest count off the diagonal: the dark end of the scale. */
    public long scaleMaximum() {
        return max;
    }
}
