package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.forms.registry.FormRegistry;
import se.isu.report.ReportSource;
import se.isu.store.derby.DerbyCaseStore;

/** {@code isu report} on the demo data: the workbook's Tabell 1 is the analysis's, the HTML's images exist. */
class ReportCommandTest {

    @TempDir
    static Path folder;

    private static Path store;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() {
        store = folder.resolve("store");
        int code = new CommandLine().run(new String[] { "demo", "--store", store.toString(), "--files",
                folder.resolve("filer").toString() }, System.out, System.err);
        assertEquals(CommandLine.OK, code);
        // Hudiksvall's children 0-20 in 2021, for the rate per 1,000 children: its 84 cases of 2021 make 10.0.
        try (se.isu.store.derby.DerbyCaseStore opened = se.isu.store.derby.DerbyCaseStore.open(store)) {
            opened.population().store(java.util.List.of(se.isu.store.population.PopulationFigure.of("Hudiksvall", 2021, "0-20", 8400)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theReportGivesRatesPerThousandChildrenFromTheStoredPopulation() throws Exception {
        Path out = folder.resolve("rapport-kvot");
        assertEquals(CommandLine.OK, run("report", "--kommun", "Hudiksvall,Ockelbo", "--year", "2021", "--store",
                store.toString(), "--out", out.toString()), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(out.resolve("kvalitetsrapport-2021.xlsx")); Workbook workbook = new XSSFWorkbook(in)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            boolean found = false;
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
                for (Row row : sheet) {
                    if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                            && row.getCell(0).getStringCellValue().equals("Hudiksvall")) {
                        for (org.apache.poi.ss.usermodel.Cell cell : row) {
                            found |= sheet.getSheetName().contains("1 000") && cell.getCellType() == CellType.NUMERIC
                                    && Math.abs(cell.getNumericCellValue() - 10.0) < 1e-9;
                        }
                    }
                }
            }
            assertTrue(found, "Hudiksvall's 10.0 per 1,000 children in the sheets " + names);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheReportOfTheDemoDataWithTabell1AsTheAnalysisHasIt() throws Exception {
        Path report = folder.resolve("rapport");
        assertEquals(CommandLine.OK, run("report", "--kommun", "hudiksvall,Ovan\u00e5ker,S\u00f6derhamn,Ockelbo",
                "--year", "2021", "--out", report.toString(), "--store", store.toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Kvalitetsrapporten har skrivits"), out.toString());
        Path xlsx = report.resolve("kvalitetsrapport-2021.xlsx");
        Path html = report.resolve("kvalitetsrapport-2021.html");

        Table expected;
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        try (DerbyCaseStore opened = DerbyCaseStore.open(store)) {
            Dataset dataset = ReportSource.load(opened, forms, ReportSource.FORM);
            AnalysisRegistry registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
            expected = assertInstanceOf(Table.class, AnalysisRegistry.run(
                    registry.find("se.isu.analysis.backgroundByMunicipality").orElseThrow(), dataset,
                    dataset.select(DatasetFilter.all().withClosingYears(List.of(2021)).withMunicipalities(
                            List.of("Hudiksvall", "Ovan\u00e5ker", "S\u00f6derhamn", "Ockelbo"))),
                    Map.of(), new SmallCountMasking()));
        }
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            assertEquals("Om rapporten", workbook.getSheetName(0));
            Sheet sheet = workbook.getSheet("Tabell 1 Bakgrund");
            Row hudiksvall = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Hudiksvall")) {
                    hudiksvall = row;
                }
            }
            assertTrue(hudiksvall != null, "Hudiksvall's row");
            int r = expected.rowHeaders().indexOf("Hudiksvall");
            assertEquals("Flickor", expected.columnHeaders().get(0));
            long girls = assertInstanceOf(Cell.Count.class, expected.cell(r, 0)).value();
            long boys = assertInstanceOf(Cell.Count.class, expected.cell(r, 1)).value();
            assertEquals(girls, (long) hudiksvall.getCell(1).getNumericCellValue());
            assertEquals(boys, (long) hudiksvall.getCell(2).getNumericCellValue());
            assertTrue(girls + boys > 20, "Hudiksvall has many cases in 2021");
            Cell.Measure age = assertInstanceOf(Cell.Measure.class, expected.cell(r, 2));
            assertEquals(age.value(), hudiksvall.getCell(3).getNumericCellValue(), 0.05);
            for (Sheet each : workbook) {
                for (Row row : each) {
                    row.forEach(cell -> assertFalse(cell.getCellType() == CellType.NUMERIC
                            && expectedCountColumn(each, cell.getColumnIndex())
                            && cell.getNumericCellValue() >= 1 && cell.getNumericCellValue() <= 4,
                            each.getSheetName() + " " + cell.getAddress()));
                }
            }
        }

        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("Hudiksvall, Ovan\u00e5ker, S\u00f6derhamn, Ockelbo"), "the filters");
        assertTrue(text.contains("visas som \u201d\u22644\u201d"), "the masking note");
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(text);
        List<String> images = new ArrayList<>();
        while (img.find()) {
            images.add(img.group(1));
        }
        assertTrue(images.size() >= 15, images.toString());
        for (String image : images) {
            assertTrue(Files.isRegularFile(report.resolve(image)), image);
            assertTrue(Files.readString(report.resolve(image)).contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        }
    }

    /** A column headed by a count ("Antal", "Flickor", "Pojkar", a problem area of the matrix…): not a measure. */
    private static boolean expectedCountColumn(Sheet sheet, int column) {
        for (Row row : sheet) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                String header = cell.getStringCellValue();
                if (header.endsWith("Antal") || header.equals("Flickor") || header.equals("Pojkar")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void withoutMunicipalitiesOrYearItGivesTheUsage() {
        assertEquals(CommandLine.USAGE, run("report", "--year", "2021"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("isu report --kommun"));
        assertEquals(CommandLine.USAGE, run("report", "--kommun", "Hudiksvall", "--year", "tjugo"));
    }

    @Test
    void anUnknownMunicipalityWritesNothing() {
        Path report = folder.resolve("ingen");
        assertEquals(CommandLine.FAILED, run("report", "--kommun", "Atlantis", "--year", "2021", "--out",
                report.toString(), "--store", store.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Atlantis"), err.toString());
        assertFalse(Files.exists(report));
    }
}
