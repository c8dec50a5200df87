package se.isu.analysis.ui.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.ResultTables;
import se.isu.io.xlsx.XlsxTableWriter;

/**
 * Writes what a result view shows: its table as CSV or XLSX, its chart as PNG, its table as text for the
 * clipboard. Masked cells are written as on screen ("≤4", ".."), never as their value; the notes follow
 * the table, so the reader of the file learns what was masked and why.
 */
public final class ResultExport {

    private ResultExport() {
    }

    /** The header row: the title's column (empty), then the column headers. */
    private static List<String> header(Table table) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(table.columnHeaders());
        return header;
    }

    /** The rows as text, each led by its header. */
    private static List<List<String>> textRows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(table.rowHeaders().get(r));
            for (Cell cell : table.rows().get(r)) {
                row.add(ResultTables.text(cell));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * CSV as Swedish spreadsheets read it: semicolons, UTF-8 with a byte order mark, decimal commas. The
     * title is the first line and the notes come after the table.
     */
    public static void writeCsv(Table table, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            out.write('\ufeff');
            printer.printRecord(table.title());
            printer.printRecord(header(table));
            for (List<String> row : textRows(table)) {
                printer.printRecord(row);
            }
            for (String note : table.notes()) {
                printer.printRecord(note);
            }
        }
    }

    /**
     * XLSX with counts and measures as numbers (measures rounded as shown), masked cells as their text,
     * the notes below the table.
     */
    public static void writeXlsx(Table table, Path target) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(table.rowHeaders().get(r));
            for (Cell cell : table.rows().get(r)) {
                row.add(switch (cell) {
                    case Cell.Count count -> count.value();
                    case Cell.Measure measure -> java.math.BigDecimal.valueOf(measure.value())
                            .setScale(measure.decimals(), java.math.RoundingMode.HALF_UP).doubleValue();
                    case Cell.Empty empty -> null;
                    default -> ResultTables.text(cell);
                });
            }
            rows.add(row);
        }
        if (!table.notes().isEmpty()) {
            rows.add(List.of());
            for (String note : table.notes()) {
                rows.add(List.of(note));
            }
        }
        XlsxTableWriter.write(target, sheetName(table.title()), header(table), rows);
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet's name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.isEmpty()) {
            name = "Tabell";
        }
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** The table as tab-separated text, which spreadsheets paste into cells. */
    public static String asText(Table table) {
        StringBuilder text = new StringBuilder(table.title()).append('\n');
        text.append(String.join("\t", header(table))).append('\n');
        for (List<String> row : textRows(table)) {
            text.append(String.join("\t", row)).append('\n');
        }
        for (String note : table.notes()) {
            text.append(note).append('\n');
        }
        return text.toString();
    }

    /** The control as it is drawn now; it must be showing. The caller disposes the image. */
    public static Image snapshot(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** A PNG of the control as it is drawn now. */
    public static void writePng(Control control, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Image image = snapshot(control);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(target.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
