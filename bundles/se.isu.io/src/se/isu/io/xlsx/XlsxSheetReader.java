package se.isu.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a sheet of an .xlsx file row by row with POI's streaming (SAX) reader, so a large municipal
 * export is never held in memory whole. Cells come as the text a user sees in the spreadsheet program.
 */
public final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    /** Reads the first sheet of {@code file}. */
    public static void readFirstSheet(Path file, XlsxRowHandler handler) throws IOException {
        readFirstSheet(file, handler, new DataFormatter());
    }

    /** Reads the first sheet of {@code file}, turning cell values into text with {@code formatter}. */
    public static void readFirstSheet(Path file, XlsxRowHandler handler, DataFormatter formatter) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException(file + ": the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(styles, strings, new RowCollector(handler), formatter));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException
                | POIXMLException e) {
            throw new IOException(file + ": not a readable .xlsx file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The zero-based column of a cell reference such as {@code AB12}: its letters read as a number in
     * base 26. Done here rather than by {@link CellReference}, which parses the whole reference with
     * regular expressions, for every cell of the sheet.
     */
    static int column(String cellReference) {
        int column = 0;
        int i = 0;
        while (i < cellReference.length() && cellReference.charAt(i) == '$') {
            i++;
        }
        for (; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column > 0 ? column - 1 : new CellReference(cellReference).getCol();
    }

    /** Turns POI's cell events into whole rows with gaps filled by empty strings. */
    private static final class RowCollector implements SheetContentsHandler {
        private final XlsxRowHandler handler;
        private final List<String> cells = new ArrayList<>();

        RowCollector(XlsxRowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = column(cellReference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
