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
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.registry.FormRegistry;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu analyses} and {@code isu analyze} on 30 SU-X 2020 cases written into a store in a temporary
 * ISU folder: end reason 1 for cases 0–19, 3 for 20–26, 2 for 27–29; even cases in Söderhamn, odd in
 * Hudiksvall; all closed in 2020.
 */
class AnalyzeCommandTest {

    private static final String GOAL = "M\u00e5let/m\u00e5len med insatsen har uppn\u00e5tts helt eller delvis";
    private static final String NOT_MET = "Insatsen bed\u00f6ms inte svara mot barnets behov, f\u00f6rtydliga nedan";

    @TempDir
    Path home;

    private String previousHome;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storeCases() throws Exception {
        previousHome = System.getProperty(StoreLocation.ISU_HOME_PROPERTY);
        System.setProperty(StoreLocation.ISU_HOME_PROPERTY, home.toString());
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int reason = i < 20 ? 1 : i < 27 ? 3 : 2;
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(i);
            Answers answers = Answers.builder().choice("kon", 1 + i % 2).integer("alder", i % 18)
                    .date("aktualiseringsdatum", start).date("startdatum", start)
                    .date("avslutsdatum", start.plusDays(100 + i)).choice("tidigare_aktuell", 1)
                    .choices("problematik", Set.of(1 + i % 3)).choices("insatser", Set.of(1))
                    .choice("avslutsorsak", reason).build();
            cases.add(CaseRecord.of(i % 2 == 0 ? "S\u00f6derhamn" : "Hudiksvall", null, "su-x", "2020", "A-" + i, false,
                    answers));
        }
        try (DerbyCaseStore store = DerbyCaseStore.openDefault()) {
            store.register(forms.find("su-x", "2020").orElseThrow());
            store.insertAll(cases);
        }
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(StoreLocation.ISU_HOME_PROPERTY);
        } else {
            System.setProperty(StoreLocation.ISU_HOME_PROPERTY, previousHome);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheAnalyses() {
        assertEquals(CommandLine.OK, run("analyses"), err.toString(StandardCharsets.UTF_8));
        List<String> lines = output().lines().toList();
        assertTrue(lines.contains("se.isu.analysis.endReasons\tAvslutsorsaker\tAvslutsorsaker"), output());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("se.isu.analysis.backgroundByMunicipality\t")), output());
        assertEquals(16, lines.size(), output());
    }

    @Test
    void writesCsvMaskedAsTheWorkbenchMasks() {
        assertEquals(CommandLine.OK, run("analyze", "se.isu.analysis.endReasons"), err.toString(StandardCharsets.UTF_8));
        // 20 of 30 reached their goal: 67 %. Reason 2 (3 cases) is ≤4, so reason 3 (7) is hidden with it,
        // and so are their shares. The example in docs/cli.md, verbatim.
        assertEquals(String.join("\r\n", ";Antal;Andel (%)",
                GOAL + ";20;67",
                NOT_MET + ";\u22644;..",
                "Insatsen avbryts oplanerat p\u00e5 initiativ av v\u00e5rdnadshavare;..;..",
                "Insatsen avbryts oplanerat p\u00e5 initiativ av barnet/ungdomen;0;0",
                "Insatsen p\u00e5b\u00f6rjades aldrig;0;0",
                "Andra orsaker, ange vilka;0;0",
                "Totalt;30;",
                "",
                "Not;1 antal mellan 1 och 4 visas som \u201d\u22644\u201d.",
                "Not;1 antal till visas som \u201d..\u201d, s\u00e5 att de dolda antalen inte kan r\u00e4knas fram ur rad- eller kolumnsummor.",
                "Not;2 andelar visas inte, eftersom de annars skulle r\u00f6ja ett dolt antal.") + "\r\n", output());
    }

    @Test
    void writesJsonWithoutTheMaskedValues() throws Exception {
        Path file = home.resolve("ut/avslut.json");
        assertEquals(CommandLine.OK, run("analyze", "se.isu.analysis.endReasons", "--format", "json", "--kommun",
                "s\u00f6derhamn", "--year", "2020", "--out", file.toString()), err.toString(StandardCharsets.UTF_8));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"analysis\": \"se.isu.analysis.endReasons\""), json);
        assertTrue(json.contains("\"kind\": \"table\""), json);
        // Söderhamn: even cases, 10 with reason 1 of 15.
        // Söderhamn has 10, 1 and 4: the lines of the example in docs/cli.md.
        List<String> lines = json.lines().toList();
        assertEquals("{", lines.get(0));
        assertEquals("  \"analysis\": \"se.isu.analysis.endReasons\",", lines.get(1));
        assertEquals("  \"columns\": [\"Antal\", \"Andel (%)\"],", lines.get(4));
        assertEquals("    {\"label\": \"" + GOAL + "\", \"cells\": [{\"kind\": \"count\", \"value\": 10, \"shown\": \"10\"}, "
                + "{\"kind\": \"measure\", \"value\": 66.66666666666667, \"decimals\": 0, \"shown\": \"67\"}]},", lines.get(6));
        assertEquals("    {\"label\": \"" + NOT_MET + "\", \"cells\": [{\"kind\": \"masked\", \"shown\": \"\u22644\", \"reason\": "
                + "\"Antalet \u00e4r mellan 1 och 4 och visas inte, f\u00f6r att inget enskilt barn ska kunna identifieras.\"}, "
                + "{\"kind\": \"masked\", \"shown\": \"..\", \"reason\": \"Visas inte eftersom ett dolt antal annars skulle kunna "
                + "r\u00e4knas fram ur v\u00e4rdet.\"}]},", lines.get(7));
        assertEquals("    {\"label\": \"Totalt\", \"cells\": [{\"kind\": \"count\", \"value\": 15, \"shown\": \"15\"}, "
                + "{\"kind\": \"empty\", \"shown\": \"\"}]}", lines.get(lines.size() - 4));
        assertEquals("  \"notes\": [\"2 antal mellan 1 och 4 visas som \u201d\u22644\u201d.\", \"2 andelar visas inte, eftersom de "
                + "annars skulle r\u00f6ja ett dolt antal.\"]", lines.get(lines.size() - 2));
        assertEquals("Resultatet har skrivits till " + file + ".", output().strip());
        assertFalse(json.matches("(?s).*\"kind\": \"count\", \"value\": [1-4],.*"), json);
    }

    @Test
    void comparesMunicipalitiesAndWritesXlsx() throws Exception {
        Path file = home.resolve("bakgrund.xlsx");
        assertEquals(CommandLine.OK, run("analyze", "se.isu.analysis.endReasons", "--compare", "municipalities",
                "--format", "xlsx", "--out", file.toString(), "--store", StoreLocation.defaultStoreFolder().toString()),
                err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Hudiksvall: Antal", header.getCell(1).getStringCellValue());
            Row goal = sheet.getRow(1);
            assertEquals(GOAL, goal.getCell(0).getStringCellValue());
            assertEquals(10.0, goal.getCell(1).getNumericCellValue());
            assertEquals(20.0, goal.getCell(5).getNumericCellValue());
            for (Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && row.getRowNum() > 0 && cell.getColumnIndex() % 2 == 1) {
                        double v = cell.getNumericCellValue();
                        assertFalse(v >= 1 && v <= 4, "row " + row.getRowNum() + " shows " + v);
                    }
                }
            }
        }
    }

    @Test
    void wrongWordsAreExplained() {
        assertEquals(CommandLine.USAGE, run("analyze"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Anv\u00e4ndning:"));
        assertEquals(CommandLine.FAILED, run("analyze", "se.isu.analysis.finnsInte"));
        assertEquals(CommandLine.USAGE, run("analyze", "se.isu.analysis.endReasons", "--format", "pdf"));
        assertEquals(CommandLine.USAGE, run("analyze", "se.isu.analysis.endReasons", "--format", "xlsx"));
        assertEquals(CommandLine.FAILED, run("analyze", "se.isu.analysis.endReasons", "--compare", "oneVsRest"));
        assertEquals(CommandLine.FAILED, run("analyze", "se.isu.analysis.endReasons", "--store", home.resolve("tom").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("inga \u00e4renden i formul\u00e4ret su-x"));
    }
}
