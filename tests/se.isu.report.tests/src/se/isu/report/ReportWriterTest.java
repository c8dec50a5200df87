package se.isu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.export.ResultText;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.forms.registry.FormRegistry;
import se.isu.report.internal.Messages;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The report of 2021 for three municipalities of {@link ReportTestData}, read back: the workbook with POI
 * (a table against the analysis's own masked result, no count from 1 to 4 shown anywhere), the HTML with
 * its images parsed as XML, the filters and the masking note in both.
 */
class ReportWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static AnalysisRegistry registry;
    private static ReportWriter.Report report;
    private static BitSet rows;

    @BeforeAll
    static void write() throws Exception {
        ReportTestData.create(folder.resolve("store"));
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            dataset = ReportSource.load(store, forms, ReportSource.FORM);
        }
        registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
        ReportFilter filter = new ReportFilter(List.of("hudiksvall", ReportTestData.SODERHAMN, ReportTestData.HOFORS),
                List.of(2021));
        report = new ReportWriter(registry, SmallCountMasking.DEFAULT_THRESHOLD, DATE).write(dataset, filter,
                "testdatabas", folder.resolve("ut"), new NullProgressMonitor());
        rows = dataset.select(DatasetFilter.all()
                .withMunicipalities(List.of(ReportTestData.HUDIKSVALL, ReportTestData.SODERHAMN, ReportTestData.HOFORS))
                .withClosingYears(List.of(2021)));
    }

    private static AnalysisResult masked(String id) {
        AnalysisDescriptor descriptor = registry.find(id).orElseThrow();
        return AnalysisRegistry.run(descriptor, dataset, rows, Map.of(), new SmallCountMasking());
    }

    @Test
    void writesTheWorkbookTheHtmlAndTheChartsAndNothingElse() throws Exception {
        Path out = folder.resolve("ut");
        assertEquals(out.resolve("kvalitetsrapport-2021.xlsx"), report.xlsx());
        assertEquals(out.resolve("kvalitetsrapport-2021.html"), report.html());
        assertTrue(Files.size(report.xlsx()) > 0);
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(List.of("bilder", "kvalitetsrapport-2021.html", "kvalitetsrapport-2021.xlsx"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary folder is left");
        }
        assertEquals(ReportWriter.STANDARD.size(), report.sections().size(), "every standard analysis");
    }

    @Test
    void tabell1RowsInTheWorkbookAreTheAnalysisResult() throws Exception {
        Table table = assertInstanceOf(Table.class, masked("se.isu.analysis.backgroundByMunicipality"));
        try (InputStream in = Files.newInputStream(report.xlsx()); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(Messages.sheetBackgroundByMunicipality);
            assertNotNull(sheet);
            int header = headerRow(sheet, table);
            for (String municipality : List.of(ReportTestData.HUDIKSVALL, ReportTestData.SODERHAMN, ReportTestData.HOFORS)) {
                int r = table.rowHeaders().indexOf(municipality);
                assertTrue(r >= 0, municipality);
                Row row = sheet.getRow(header + 1 + r);
                assertEquals(municipality, row.getCell(0).getStringCellValue());
                for (int c = 0; c < table.columnHeaders().size(); c++) {
                    check(table.cell(r, c), row.getCell(c + 1), municipality + " / " + table.columnHeaders().get(c));
                }
            }
            // Hudiksvall has dozens of cases in 2021: its count of girls is a number, Hofors's few a "≤4".
            Row hudiksvall = sheet.getRow(header + 1 + table.rowHeaders().indexOf(ReportTestData.HUDIKSVALL));
            assertEquals(CellType.NUMERIC, hudiksvall.getCell(1).getCellType());
            assertTrue(hudiksvall.getCell(1).getNumericCellValue() >= 5);
            Row hofors = sheet.getRow(header + 1 + table.rowHeaders().indexOf(ReportTestData.HOFORS));
            assertEquals(CellType.STRING, hofors.getCell(1).getCellType());
            assertTrue(List.of("\u22644", "..").contains(hofors.getCell(1).getStringCellValue()));
        }
    }

    /** The row of the column headers: the first whose cells after the label are the table's headers. */
    private static int headerRow(Sheet sheet, Table table) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(table.columnHeaders().get(0))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    private static void check(Cell expected, org.apache.poi.ss.usermodel.Cell actual, String what) {
        switch (expected) {
            case Cell.Count count -> {
                assertEquals(CellType.NUMERIC, actual.getCellType(), what);
                assertEquals(count.value(), (long) actual.getNumericCellValue(), what);
                assertTrue(count.value() == 0 || count.value() >= 5, what + ": an unmasked small count");
            }
            case Cell.Measure measure when !Double.isNaN(measure.value()) -> {
                assertEquals(CellType.NUMERIC, actual.getCellType(), what);
                assertEquals(ResultText.number(measure.value(), measure.decimals()),
                        ResultText.number(actual.getNumericCellValue(), measure.decimals()), what);
            }
            case Cell.Masked m -> assertEquals(m.shown(), actual.getStringCellValue(), what);
            case Cell.Text text -> assertEquals(text.value(), actual.getStringCellValue(), what);
            default -> assertTrue(actual == null || actual.getCellType() == CellType.BLANK
                    || actual.getStringCellValue().isEmpty(), what);
        }
    }

    @Test
    void everySheetIsItsMaskedResultAndShowsNoCountFromOneToFour() throws Exception {
        int masked = 0;
        try (InputStream in = Files.newInputStream(report.xlsx()); Workbook workbook = new XSSFWorkbook(in)) {
            assertEquals(Messages.aboutSheet, workbook.getSheetName(0));
            assertEquals(report.sections().size() + 1, workbook.getNumberOfSheets());
            for (ReportWriter.Section section : report.sections()) {
                Sheet sheet = workbook.getSheet(section.sheet());
                assertNotNull(sheet, section.sheet());
                assertTrue(section.sheet().length() <= 31, section.sheet());
                assertEquals(section.analysis().name(), sheet.getRow(0).getCell(0).getStringCellValue());
                AnalysisResult expected = masked(section.analysis().id());
                if (expected instanceof Table table) {
                    int header = headerRow(sheet, table);
                    for (int r = 0; r < table.rows().size(); r++) {
                        Row row = sheet.getRow(header + 1 + r);
                        assertEquals(table.rowHeaders().get(r), row.getCell(0).getStringCellValue());
                        for (int c = 0; c < table.columnHeaders().size(); c++) {
                            Cell cell = table.cell(r, c);
                            masked += cell instanceof Cell.Masked ? 1 : 0;
                            check(cell, row.getCell(c + 1), section.sheet() + " " + table.rowHeaders().get(r) + " / "
                                    + table.columnHeaders().get(c));
                        }
                    }
                } else if (expected instanceof BoxPlot plot) {
                    for (BoxPlot.Group group : plot.groups()) {
                        assertTrue(group.n() == 0 || group.n() >= 5, group.label());
                    }
                }
                List<String> notes = new ArrayList<>();
                sheet.forEach(row -> {
                    if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                        notes.add(row.getCell(0).getStringCellValue());
                    }
                });
                assertTrue(notes.containsAll(expected.notes()), section.sheet() + ": its notes below the table");
            }
        }
        assertTrue(masked > 10, "Hofors's few cases are masked: " + masked);
    }

    @Test
    void aboutSheetHasTheFiltersTheDateAndTheMaskingNote() throws Exception {
        try (InputStream in = Files.newInputStream(report.xlsx()); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet about = workbook.getSheet(Messages.aboutSheet);
            Map<String, String> values = new java.util.HashMap<>();
            about.forEach(row -> {
                if (row.getCell(1) != null && row.getCell(0) != null) {
                    values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            });
            assertEquals("2026-11-22", values.get(Messages.aboutCreated));
            assertEquals("Hudiksvall, S\u00f6derhamn, Hofors", values.get(Messages.aboutMunicipalities));
            assertEquals("2021", values.get(Messages.aboutYears));
            assertEquals(Integer.toString(rows.cardinality()), values.get(Messages.aboutCases));
            assertEquals("testdatabas", values.get(Messages.aboutSource));
            assertEquals("su-x 2020, 2021", values.get(Messages.aboutVersions));
            assertTrue(values.get(Messages.aboutMasking).contains("\u201d\u22644\u201d"));
        }
    }

    @Test
    void htmlHasTheFiltersTheMaskingNoteAndImagesThatAreWellFormedSvg() throws Exception {
        String html = Files.readString(report.html(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Kvalitetsrapport 2021</h1>"));
        assertTrue(html.contains("Hudiksvall, S\u00f6derhamn, Hofors"));
        assertTrue(html.contains("2026-11-22"));
        assertTrue(html.contains("Antal fr\u00e5n 1 till 4 visas som \u201d\u22644\u201d"), "the masking note");
        assertTrue(html.contains("<td class=\"masked\""), "masked cells are marked");
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        List<String> sources = new ArrayList<>();
        while (img.find()) {
            sources.add(img.group(1));
        }
        assertTrue(sources.size() >= ReportWriter.STANDARD.size() - 1, "a chart per analysis: " + sources);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        boolean maskedDrawn = false;
        for (String source : sources) {
            Path image = report.html().getParent().resolve(source);
            assertTrue(Files.isRegularFile(image), source);
            Document svg = factory.newDocumentBuilder().parse(image.toFile());
            assertEquals("svg", svg.getDocumentElement().getLocalName(), source);
            assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI(), source);
            maskedDrawn |= Files.readString(image).contains(">\u22644</text>");
        }
        assertTrue(maskedDrawn, "a masked count is drawn as its text");
    }

    @Test
    void aFailedRunLeavesNoHalfReport() throws Exception {
        Path out = Files.createDirectories(folder.resolve("misslyckad"));
        // "bilder" is taken by a file, so the charts cannot be moved into place.
        Files.writeString(out.resolve(ReportWriter.IMAGES), "upptagen");
        ReportWriter writer = new ReportWriter(registry, SmallCountMasking.DEFAULT_THRESHOLD, DATE);
        assertThrows(java.io.IOException.class, () -> writer.write(dataset, new ReportFilter(List.of(), List.of(2020)),
                "testdatabas", out, new NullProgressMonitor()));
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(List.of(ReportWriter.IMAGES), entries.map(p -> p.getFileName().toString()).toList());
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> writer.write(dataset, new ReportFilter(List.of("Atlantis"), List.of(2021)), "testdatabas",
                        folder.resolve("ingen"), new NullProgressMonitor()));
        assertTrue(unknown.getMessage().contains("Atlantis") && unknown.getMessage().contains(ReportTestData.HUDIKSVALL));
        assertFalse(Files.exists(folder.resolve("ingen")));
        assertThrows(IllegalArgumentException.class, () -> writer.write(dataset,
                new ReportFilter(List.of(), List.of(1999)), "testdatabas", folder.resolve("ingen"), new NullProgressMonitor()));
        assertFalse(Files.exists(folder.resolve("ingen")));
    }
}
