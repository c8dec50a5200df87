package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.registry.FormRegistry;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * Every analysis {@code isu analyses} lists, per municipality, written by {@code isu analyze} as XLSX and
 * read back with POI, on 120 generated SU-X 2020 cases over seven municipalities (most groups small): no
 * count column holds a number from 1 to 4, and masked cells are the texts "≤4" or "..".
 */
class AnalyzeDisclosureTest {

    private static final List<String> MUNICIPALITIES = List.of("Bolln\u00e4s", "G\u00e4vle", "Hofors", "Hudiksvall",
            "Ljusdal", "Ovan\u00e5ker", "S\u00f6derhamn");
    private static final Set<String> COUNT_COLUMNS = Set.of("Antal", "Flickor", "Pojkar", "Total f\u00f6rekomst",
            "F\u00f6rekommer ensam");

    @TempDir
    static Path home;

    private static String previousHome;

    @BeforeAll
    static void storeCases() throws Exception {
        previousHome = System.getProperty(StoreLocation.ISU_HOME_PROPERTY);
        System.setProperty(StoreLocation.ISU_HOME_PROPERTY, home.toString());
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        Random random = new Random(7L);
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(200));
            Set<Integer> areas = new TreeSet<>();
            int howMany = 1 + random.nextInt(3);
            while (areas.size() < howMany) {
                areas.add(1 + random.nextInt(12));
            }
            int kind = random.nextInt(4);
            Set<Integer> interventions = kind == 0 ? Set.of(1) : kind == 1 ? Set.of(2) : kind == 2 ? Set.of(1, 2) : Set.of();
            Answers.Builder b = Answers.builder().choice("kon", 1 + random.nextInt(2)).integer("alder", random.nextInt(21))
                    .date("aktualiseringsdatum", start).date("startdatum", start)
                    .date("avslutsdatum", start.plusDays(random.nextInt(300))).choice("tidigare_aktuell", 1 + random.nextInt(3))
                    .choices("problematik", areas).choices("insatser", interventions)
                    .choice("avslutsorsak", 1 + random.nextInt(6));
            if (interventions.contains(2)) {
                b.comment("insatser", 2, List.of("Krisst\u00f6d", "COS", "Bassamtal", "Tryggare barn", "KIBB").get(random.nextInt(5)));
            }
            cases.add(CaseRecord.of(MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())), null, "su-x", "2020",
                    "C" + i, false, b.build()));
        }
        try (DerbyCaseStore store = DerbyCaseStore.openDefault()) {
            store.register(forms.find("su-x", "2020").orElseThrow());
            store.insertAll(cases);
        }
    }

    @AfterAll
    static void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(StoreLocation.ISU_HOME_PROPERTY);
        } else {
            System.setProperty(StoreLocation.ISU_HOME_PROPERTY, previousHome);
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandLine.OK, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noWorkbookShowsASmallCount() throws Exception {
        List<String> ids = run("analyses").lines().map(line -> line.substring(0, line.indexOf('\t'))).toList();
        assertEquals(16, ids.size());
        int maskedCells = 0;
        for (String id : ids) {
            Path file = home.resolve(id + ".xlsx");
            run("analyze", id, "--compare", "municipalities", "--format", "xlsx", "--out", file.toString());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                Row header = sheet.getRow(0);
                for (Row row : sheet) {
                    if (row.getRowNum() == 0 || row.getCell(0) != null && "Not".equals(row.getCell(0).toString())) {
                        continue;
                    }
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getColumnIndex() == 0 || header.getCell(cell.getColumnIndex()) == null) {
                            continue;
                        }
                        String heading = header.getCell(cell.getColumnIndex()).getStringCellValue();
                        String what = heading.substring(heading.lastIndexOf(": ") + 1).strip();
                        boolean counts = id.endsWith("CoOccurrence") ? !what.equals("Andel ensam (%)")
                                : COUNT_COLUMNS.contains(what);
                        if (cell.getCellType() == CellType.NUMERIC && counts) {
                            double v = cell.getNumericCellValue();
                            assertFalse(v >= 1 && v <= 4, id + " row " + row.getRowNum() + " " + heading + " shows " + v);
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            if (text.equals("\u22644") || text.equals("..")) {
                                maskedCells++;
                            } else if (counts && text.matches("\\d+")) {
                                int v = Integer.parseInt(text);
                                assertFalse(v >= 1 && v <= 4, id + " row " + row.getRowNum() + " " + heading + " shows " + v);
                            } else if (counts) {
                                assertTrue(text.isEmpty(), id + " " + heading + ": " + text);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(maskedCells > 100, "the generated data has many small groups: " + maskedCells);
    }
}
