package se.isu.io.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.io.csv.CsvImporter;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.population.PopulationSummary.Outcome;
import se.isu.io.population.PopulationSummary.SumMismatch;
import se.isu.io.xlsx.XlsxImporter;
import se.isu.io.xlsx.XlsxTableWriter;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.store.population.PopulationFigure;

/** Population figures from real CSV and XLSX files into a real Derby store. */
class PopulationImportTest {

    /**
     * Stockholms stad 2018, "Antal beslutade öppenvårdsinsatser bland barn och unga 0-20 år samt antal
     * personer i befolkningen. Avser år 2017": the population column, as printed. The districts add up
     * to 214 430; the table's total says 214 672.
     */
    static final String STOCKHOLM_2017 = """
            Kommun;Stadsdel;År;Antal personer i befolkningen 0-20 år;Antal beslutade öppenvårdsinsatser
            Stockholm;Rinkeby-Kista;2017;14 117;381
            Stockholm;Spånga-Tensta;2017;12 014;284
            Stockholm;Hässelby-Vällingby;2017;20 518;420
            Stockholm;Bromma;2017;20 220;204
            Stockholm;Kungsholmen;2017;11 637;57
            Stockholm;Norrmalm;2017;12 749;52
            Stockholm;Östermalm;2017;13 251;68
            Stockholm;Södermalm;2017;23 954;255
            Stockholm;Enskede-Årsta-Vantör;2017;23 194;413
            Stockholm;Skarpnäck;2017;11 070;179
            Stockholm;Farsta;2017;13 900;271
            Stockholm;Älvsjö;2017;8 285;42
            Stockholm;Hägersten-Liljeholmen;2017;19 687;380
            Stockholm;Skärholmen;2017;9 834;350
            Stockholm;Staden totalt;2017;214 672;3 356
            """;

    @TempDir
    Path folder;

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, text.replace("\n", "\r\n").getBytes(charset));
        return file;
    }

    private static ImportSource open(Path file) throws ImportException {
        return file.toString().endsWith(".xlsx") ? new XlsxImporter().open(file) : new CsvImporter().open(file);
    }

    @Test
    void districtsThatDoNotAddUpToTheStatedTotalAreAWarningWithFileRowValueExpectedAndActualSum() throws Exception {
        Path file = write("stockholm-2017.csv", STOCKHOLM_2017, Charset.forName("windows-1252"));
        PopulationSummary checked = new PopulationImport(open(file)).check();
        assertEquals(Outcome.CHECKED, checked.outcome(), checked.errors().toString());
        assertEquals(15, checked.figures().size());
        assertEquals(1, checked.warnings().size(), checked.warnings().toString());
        ImportProblem warning = checked.warnings().get(0);
        assertEquals("stockholm-2017.csv", warning.file());
        assertEquals(16, warning.row(), "the row of the stated total");
        assertEquals("Antal personer i befolkningen 0-20 år", warning.column());
        assertEquals("214 672", warning.value());
        assertEquals("Stockholm 2017, 0-20 år: totalen är 214672, men de 14 delarna summerar till 214430 (242 färre än totalen).",
                warning.message());
        assertTrue(warning.toString().startsWith("stockholm-2017.csv, rad 16, kolumn \"Antal personer i befolkningen 0-20 år\", värde \"214 672\""),
                warning.toString());
        SumMismatch sum = checked.sums().get(0);
        assertEquals(214672, sum.expected());
        assertEquals(214430, sum.sum());
        assertEquals(14, sum.parts());

        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            PopulationSummary stored = new PopulationImport(open(file)).run(store.population());
            assertEquals(Outcome.STORED, stored.outcome());
            assertEquals(15, stored.created());
            assertEquals(1, stored.warnings().size(), "the warning is repeated when storing, not dropped");
            assertEquals(OptionalInt.of(214672), store.population().find("Stockholm", 2017, "0–20 år"), "the total as stated");
            assertEquals(OptionalInt.of(20220), store.population().find("Stockholm", "Bromma", 2017, "0-20"));
            assertEquals(OptionalInt.of(13251), store.population().find("Stockholm", "Östermalm", 2017, "0-20"),
                    "Windows-1252 letters survive");
            assertEquals(15, store.population().list().size());

            PopulationSummary again = new PopulationImport(open(file)).run(store.population());
            assertEquals(List.of(0, 0, 15), List.of(again.created(), again.updated(), again.unchanged()),
                    "importing the same file again changes nothing");
        }
    }

    @Test
    void anXlsxFileWithMunicipalTotalsAndTwoBandsAddsUpAndIsStored() throws Exception {
        Path file = folder.resolve("befolkning.xlsx");
        XlsxTableWriter.write(file, "Befolkning", List.of("Kommun", "År", "Åldersgrupp", "Antal"), List.of(
                Arrays.asList("Söderhamn", 2020, "0–17 år", 4310),
                Arrays.asList("Söderhamn", 2020, "0-20", 5123),
                Arrays.asList("Ovanåker", 2020, "0-20", 2500),
                Arrays.asList("Hudiksvall", 2021, "0-20", 8012)));
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            PopulationSummary summary = new PopulationImport(open(file)).run(store.population());
            assertEquals(Outcome.STORED, summary.outcome(), summary.errors().toString());
            assertEquals(List.of(), summary.warnings(), "no districts, nothing to add up");
            assertEquals(4, summary.created());
            assertEquals(OptionalInt.of(4310), store.population().find("Söderhamn", 2020, "0-17"));
            assertEquals(OptionalInt.of(8012), store.population().find("hudiksvall", 2021, "0-20"));
            assertEquals(PopulationFigure.of("Ovanåker", 2020, "0-20", 2500), store.population().list().get(1));
        }
    }

    @Test
    void districtsThatAddUpGiveNoWarning() throws Exception {
        Path file = write("ok.csv", """
                kommun,stadsdel,år,ålder,befolkning
                Gävle,Norr,2021,0-20,"1 000"
                Gävle,Söder,2021,0-20,2500
                Gävle,,2021,0-20,3500
                """, StandardCharsets.UTF_8);
        PopulationSummary summary = new PopulationImport(open(file)).check();
        assertEquals(List.of(), summary.errors());
        assertEquals(List.of(), summary.warnings());
        assertEquals(PopulationFigure.of("Gävle", 2021, "0-20", 3500), summary.figures().get(2));
    }

    @Test
    void unreadableRowsStoreNothingAndSayWhere() throws Exception {
        Path file = write("fel.csv", """
                Kommun;År;Åldersgrupp;Antal
                Ljusdal;2021;0-20;många
                Ljusdal;21;0-20;3000
                Ljusdal;2021;barn;3000
                ;2021;0-17;2500
                Ockelbo;2021;0-20;1100
                OCKELBO;2021;0–20 år;1100
                Ockelbo;2021;0-17;-5
                """, StandardCharsets.UTF_8);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            PopulationSummary summary = new PopulationImport(open(file)).run(store.population());
            assertEquals(Outcome.REFUSED, summary.outcome());
            List<String> lines = summary.errors().stream().map(ImportProblem::toString).toList();
            assertEquals(List.of(
                    "fel.csv, rad 2, kolumn \"Antal\", värde \"många\": Antalet ska vara ett heltal, 0 eller större (mellanslag mellan tusental går bra).",
                    "fel.csv, rad 3, kolumn \"År\", värde \"21\": Året ska skrivas med fyra siffror, till exempel 2021.",
                    "fel.csv, rad 4, kolumn \"Åldersgrupp\", värde \"barn\": Åldersgruppen kan inte läsas. Skriv den som 0-20, 0–17 år eller 65+.",
                    "fel.csv, rad 5, kolumn \"Kommun\": Raden saknar kommun.",
                    "fel.csv, rad 7, kolumn \"Antal\", värde \"1100\": Samma område, år och åldersgrupp finns också på rad 6. Bara en av raderna kan stämma.",
                    "fel.csv, rad 8, kolumn \"Antal\", värde \"-5\": Antalet ska vara ett heltal, 0 eller större (mellanslag mellan tusental går bra)."),
                    lines);
            assertEquals(List.of(), store.population().list(), "nothing stored");
        }
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedWithTheirNames() throws Exception {
        Path file = write("lista.csv", """
                Kommun;Antal
                Ljusdal;3000
                """, StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> new PopulationImport(open(file)).check());
        assertTrue(e.getMessage().contains("saknar kolumner för År, Åldersgrupp"), e.getMessage());
        assertEquals(1, e.problem().row());
    }

    @Test
    void countsAreReadAsOfficesWriteThem() {
        assertEquals(14117, PopulationImport.count("14 117"));
        assertEquals(14117, PopulationImport.count("14\u00a0117"));
        assertEquals(14117, PopulationImport.count("14117,0"));
        assertEquals(214672, PopulationImport.count("214.672"));
        assertEquals(1000, PopulationImport.count("1,000"));
        assertEquals(null, PopulationImport.count("14 11"));
        assertEquals(null, PopulationImport.count("12,5"));
        assertEquals(null, PopulationImport.count(""));
    }
}
