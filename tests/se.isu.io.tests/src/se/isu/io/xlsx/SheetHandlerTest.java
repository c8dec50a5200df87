package se.isu.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The sheet reader's own SAX handler gives, cell for cell, the text POI's XSSFSheetXMLHandler gives. */
class SheetHandlerTest {

    @TempDir
    Path folder;

    /** Every kind of cell a municipal export may hold, on rows with gaps. */
    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Blandat");
        CellStyle iso = workbook.createCellStyle();
        iso.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle monthFirst = workbook.createCellStyle();
        monthFirst.setDataFormat((short) 14);
        CellStyle decimals = workbook.createCellStyle();
        decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(0);
        String[] headers = { "arende_id", "tal", "datum", "datum2", "decimal", "procent", "text", "sant", "formel", "fel", "stor", "negativ" };
        for (int c = 0; c < headers.length; c++) {
            header.createCell(c).setCellValue(headers[c]);
        }
        for (int r = 1; r <= 40; r++) {
            Row row = sheet.createRow(r * (r % 7 == 0 ? 2 : 1));
            row.createCell(0).setCellValue("A-" + r + (r % 5 == 0 ? "_x000D_ med radbrytning" : ""));
            row.createCell(1).setCellValue(r * 3);
            if (r % 3 != 0) {
                row.createCell(2).setCellValue(LocalDate.of(2021, 1 + r % 12, 1 + r % 28));
                row.getCell(2).setCellStyle(iso);
            }
            row.createCell(3).setCellValue(r < 3 ? 1.0 + r : 44_000.0 + r + (r % 4 == 0 ? 0.5 : 0));
            row.getCell(3).setCellStyle(monthFirst);
            row.createCell(4).setCellValue(r / 7.0);
            row.getCell(4).setCellStyle(decimals);
            row.createCell(5).setCellValue(r / 40.0);
            row.getCell(5).setCellStyle(percent);
            row.createCell(6).setCellValue("  Flicka " + r + "  ");
            row.getCell(6).setCellStyle(text);
            row.createCell(7).setCellValue(r % 2 == 0);
            row.createCell(8).setCellFormula("B" + (row.getRowNum() + 1) + "*2");
            if (r % 10 == 0) {
                row.createCell(9).setCellErrorValue(FormulaError.DIV0.getCode());
            }
            row.createCell(10).setCellValue(r % 2 == 0 ? 123_456_789_012.0 : 1e10 + r);
            row.createCell(11).setCellValue(-r * 1.5);
        }
    }

    private static List<List<String>> read(Path file, boolean poi) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        SheetContentsHandler collector = new SheetContentsHandler() {
            private List<String> row;

            @Override
            public void startRow(int rowNum) {
                row = new ArrayList<>();
                row.add("row " + rowNum);
            }

            @Override
            public void endRow(int rowNum) {
                rows.add(row);
            }

            @Override
            public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                row.add(cellReference + "=" + formattedValue);
            }
        };
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                DataFormatter formatter = new DataFormatter();
                ContentHandler handler = poi ? new XSSFSheetXMLHandler(styles, strings, collector, formatter, false)
                        : new SheetHandler(styles, strings, collector, formatter);
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
        }
        return rows;
    }

    @Test
    void theImportsFormatterWritesWholeNumbersAndDatesAsPoiWould() {
        XlsxImporter.IsoDateFormatter fast = new XlsxImporter.IsoDateFormatter();
        DataFormatter poi = new DataFormatter();
        double[] values = { 0, 1, 9, 12, 20, 59, 60, 61, 62, 44_270, 44_270.5, 2_958_465, 2_958_466, 99_999_999_999.0, 1e11, 1e12,
                -0.0, -5, 12.5, 0.1, 1e-11 };
        Object[][] formats = { { 0, "General" }, { 14, "m/d/yy" }, { 164, "yyyy-mm-dd" }, { 2, "0.00" }, { 49, "@" } };
        for (Object[] format : formats) {
            int index = (Integer) format[0];
            String string = (String) format[1];
            for (double value : values) {
                String expected = org.apache.poi.ss.usermodel.DateUtil.isADateFormat(index, string)
                        && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)
                                ? org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, false).toLocalDate().toString()
                                : poi.formatRawCellContents(value, index, string);
                assertEquals(expected, fast.formatRawCellContents(value, index, string), value + " as " + string);
            }
        }
    }

    @Test
    void sharedStringsAsExcelWritesThem() throws Exception {
        Path file = folder.resolve("delade.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        List<List<String>> expected = read(file, true);
        assertEquals(expected, read(file, false));
        assertEquals(41, expected.size());
    }

    @Test
    void inlineStringsAsStreamingWritersWriteThem() throws Exception {
        Path file = folder.resolve("infogade.xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(10);
        try (OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        } finally {
            workbook.close();
        }
        List<List<String>> expected = read(file, true);
        assertEquals(expected, read(file, false));
        assertEquals(41, expected.size());
    }
}
