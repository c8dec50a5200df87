package se.isu.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** An .xlsx written with POI's streaming writer and read back, inside OSGi, with the product's POI bundles. */
class XlsxRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void poiComesFromItsOwnBundles() {
        Bundle poi = FrameworkUtil.getBundle(XSSFWorkbook.class);
        assertNotNull(poi, "POI must be loaded from a bundle");
        assertEquals("wrapped.org.apache.poi.poi-ooxml", poi.getSymbolicName());
    }

    @Test
    void aWrittenTableIsReadBackCellByCell() throws IOException {
        Path file = folder.resolve("export").resolve("avslut.xlsx");
        List<List<?>> rows = List.of(
                Arrays.asList("H-2020-001", "Hudiksvall", 14, LocalDate.of(2020, 2, 3), "Målet/målen med insatsen har uppnåtts helt eller delvis"),
                Arrays.asList("O-2020-002", "Ovanåker", 0, LocalDate.of(2020, 11, 30), null),
                Arrays.asList("S-2020-003", "Söderhamn", 17, null, "Insatsen påbörjades aldrig"));
        XlsxTableWriter.write(file, "Ärenden", List.of("Ärende-id", "Kommun", "Ålder", "Startdatum", "Avslutsorsak"), rows);

        assertTrue(Files.size(file) > 0);
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left beside the export");
        }

        List<List<String>> read = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        XlsxSheetReader.readFirstSheet(file, (number, cells) -> {
            rowNumbers.add(number);
            read.add(cells);
        });
        assertEquals(List.of(1, 2, 3, 4), rowNumbers);
        assertEquals(List.of("Ärende-id", "Kommun", "Ålder", "Startdatum", "Avslutsorsak"), read.get(0));
        assertEquals(List.of("H-2020-001", "Hudiksvall", "14", "2020-02-03", "Målet/målen med insatsen har uppnåtts helt eller delvis"), read.get(1));
        assertEquals(List.of("O-2020-002", "Ovanåker", "0", "2020-11-30"), read.get(2), "trailing empty cells are not reported");
        assertEquals(List.of("S-2020-003", "Söderhamn", "17", "", "Insatsen påbörjades aldrig"), read.get(3), "a gap is an empty string");

        // The same file through POI's full reader: names, numbers and dates are typed cells.
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Ärenden");
            assertNotNull(sheet);
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont() != null);
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
            assertEquals(14.0, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3)));
            assertEquals(LocalDate.of(2020, 2, 3), sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertFalse(sheet.getRow(0).getCell(0).getStringCellValue().isEmpty());
        }
    }

    @Test
    void aFileThatIsNotXlsxIsReportedByName() throws IOException {
        Path notXlsx = folder.resolve("kommun.xlsx");
        Files.writeString(notXlsx, "Ärende-id;Kommun\nH-1;Hudiksvall\n");
        IOException e = assertThrows(IOException.class, () -> XlsxSheetReader.readFirstSheet(notXlsx, (n, c) -> {
        }));
        assertTrue(e.getMessage().contains(notXlsx.toString()), e.getMessage());
    }
}
