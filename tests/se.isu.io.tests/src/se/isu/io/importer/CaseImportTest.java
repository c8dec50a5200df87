package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.isu.io.importer.ImportFixtures.KOMMUN;
import static se.isu.io.importer.ImportFixtures.open;
import static se.isu.io.importer.ImportFixtures.sux2020;
import static se.isu.io.importer.ImportFixtures.write;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.io.csv.CsvImporter;
import se.isu.io.importer.ImportSummary.Outcome;
import se.isu.io.xlsx.XlsxSheetReader;
import se.isu.io.xlsx.XlsxTableWriter;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.derby.DerbyCaseStore;

/** Municipal files in every dialect through the import into a real store, and what a broken file gets. */
class CaseImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private DerbyCaseStore store() throws Exception {
        return DerbyCaseStore.open(folder.resolve("store"));
    }

    private ImportSummary importFile(Path file, CaseImport.Mode mode, Path quarantine) throws Exception {
        try (DerbyCaseStore store = store()) {
            return new CaseImport(open(file), sux2020(), KOMMUN).mode(mode).quarantine(quarantine).run(store);
        }
    }

    private CaseRecord stored(String caseId) throws Exception {
        try (DerbyCaseStore store = store()) {
            store.register(sux2020());
            return store.find(KOMMUN, "su-x", caseId).orElseThrow(() -> new AssertionError(caseId + " is not stored"));
        }
    }

    private int storedCount() throws Exception {
        try (DerbyCaseStore store = store()) {
            return store.count(CaseQuery.all());
        }
    }

    private static Answers expectedA1() {
        return Answers.builder().integer("alder", 9).choice("kon", 1)
                .date("aktualiseringsdatum", LocalDate.of(2021, 3, 1)).date("startdatum", LocalDate.of(2021, 3, 8))
                .choice("tidigare_aktuell", 1).choices("problematik", java.util.Set.of(2, 10))
                .date("avslutsdatum", LocalDate.of(2021, 10, 1)).choice("avslutsorsak", 1).build();
    }

    @Test
    void semicolonsWindows1252DecimalCommasAndDayFirstDates() throws Exception {
        Path file = write(folder, "söderhamn.csv", """
                Ärende-id;Fråga 1;Barnets kön;aktualiseringsdatum;startdatum;5;problematik;avslutsdatum;avslutsorsak;Handläggare
                A-1;9,0;Flicka;1/3/2021;8/3/2021;Nej;Våld i familjen|Skolproblem;1/10/2021;1;Åsa
                A-2;12;Pojke;15/4/2021;;Ja, en gång tidigare;Beteendeproblem;30/6/2021;Insatsen påbörjades aldrig;Åsa
                """.replace("\n", "\r\n"), WINDOWS_1252);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(2, summary.created());
        assertEquals(List.of("Handläggare"), summary.unmapped());
        assertEquals(expectedA1(), stored("A-1").answers());
        Answers a2 = stored("A-2").answers();
        assertEquals(new IntegerAnswer(12), a2.get("alder").orElseThrow());
        assertEquals(new SingleChoice(2), a2.get("kon").orElseThrow());
        assertEquals(new DateAnswer(LocalDate.of(2021, 4, 15)), a2.get("aktualiseringsdatum").orElseThrow());
        assertTrue(a2.get("startdatum").isEmpty(), "an empty cell is no answer");
        assertEquals(new SingleChoice(2), a2.get("tidigare_aktuell").orElseThrow());
        assertEquals(MultipleChoice.of(9), a2.get("problematik").orElseThrow());
        assertEquals(new SingleChoice(5), a2.get("avslutsorsak").orElseThrow());
        assertEquals(KOMMUN, stored("A-1").municipality());
        assertEquals("2020", stored("A-1").formVersion());
        assertFalse(stored("A-1").draft());
    }

    @Test
    void commasUtf8WithBomAndLabelsInOddCase() throws Exception {
        Path file = write(folder, "export.csv", "\uFEFF" + """
                arende_id,alder,kon,aktualiseringsdatum,startdatum,tidigare_aktuell,problematik,avslutsdatum,avslutsorsak
                B-1,7,  fLICKA ,2021-03-01,2021-03-08,NEJ,"Brister i hemmiljön, pga. missbruk hos förälder; skolproblem",2021-10-01,målet/målen med insatsen har uppnåtts helt eller delvis
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        Answers answers = stored("B-1").answers();
        assertEquals(new SingleChoice(1), answers.get("kon").orElseThrow());
        assertEquals(new SingleChoice(1), answers.get("tidigare_aktuell").orElseThrow());
        assertEquals(MultipleChoice.of(7, 10), answers.get("problematik").orElseThrow(),
                "a label with a comma in it is one option, not two");
        assertEquals(new SingleChoice(1), answers.get("avslutsorsak").orElseThrow());
        assertEquals(List.of(), summary.unmapped(), "the byte order mark is not part of the first header");
    }

    @Test
    void commentsToOptionsThatAskForOneAreImportedWithTheirOption() throws Exception {
        Path file = write(folder, "metoder.csv", """
                arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;insatser;Manualbaserad metod, ange vilken;avslutsdatum;avslutsorsak;Kommentar: Andra orsaker, ange vilka
                C-1;9;1;2020-03-01;2020-03-08;1;2;Manualbaserad metod;  Tryggare barn ;2020-10-01;1;
                C-2;9;1;2020-03-01;2020-03-08;1;2;1;;2020-10-01;6;Familjen har flyttat
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(List.of(), summary.unmapped());
        assertEquals(MultipleChoice.of(2).withComment(2, "Tryggare barn"), stored("C-1").answers().get("insatser").orElseThrow());
        assertEquals(new SingleChoice(6, "Familjen har flyttat"), stored("C-2").answers().get("avslutsorsak").orElseThrow());
    }

    @Test
    void aCommentToAnOptionTheRowHasNotChosenIsRejectedWithItsCell() throws Exception {
        Path file = write(folder, "fel.csv", """
                arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;insatser;insatser_2_kommentar;avslutsdatum;avslutsorsak
                D-1;9;1;2020-03-01;2020-03-08;1;2;1;Bassamtal;2020-10-01;1
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.REFUSED, summary.outcome());
        ImportProblem problem = summary.problems().get(0);
        assertEquals(2, problem.row());
        assertEquals("insatser_2_kommentar", problem.column());
        assertEquals("Bassamtal", problem.value());
        assertTrue(problem.message().contains("Manualbaserad metod"), problem.message());
        assertEquals(0, storedCount(), "nothing is stored");
    }

    @Test
    void oneZeroOneColumnPerOptionAndExcelSerialDates() throws Exception {
        Path file = write(folder, "flaggor.csv", """
                arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik_1;problematik_2;problematik: Skolproblem;avslutsdatum;avslutsorsak
                A-1;9;1;44256;44263;1;0;1;1;44470;1
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(expectedA1(), stored("A-1").answers());
    }

    @Test
    void anXlsxWrittenByPoi() throws Exception {
        Path file = folder.resolve("export.xlsx");
        XlsxTableWriter.write(file, "Ärenden",
                List.of("Ärende-id", "alder", "kon", "aktualiseringsdatum", "startdatum", "tidigare_aktuell", "problematik",
                        "avslutsdatum", "avslutsorsak"),
                List.of(Arrays.asList("A-1", 9, "Flicka", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 8), 1,
                        "2;10", LocalDate.of(2021, 10, 1), "Målet/målen med insatsen har uppnåtts helt eller delvis")));
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(expectedA1(), stored("A-1").answers());
    }

    @Test
    void xlsxDatesInExcelsDefaultMonthFirstFormatAreReadAsDates() throws Exception {
        Path file = folder.resolve("standard.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Ärenden");
            CellStyle defaultDate = workbook.createCellStyle();
            defaultDate.setDataFormat((short) 14);
            List<String> header = List.of("arende_id", "alder", "kon", "aktualiseringsdatum", "startdatum", "tidigare_aktuell",
                    "problematik", "avslutsdatum", "avslutsorsak");
            List<Object> values = List.of("A-1", 9, 1, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 8), 1, "2;10",
                    LocalDate.of(2021, 10, 1), 1);
            Row top = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                Cell cell = row.createCell(c);
                if (values.get(c) instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(defaultDate);
                } else if (values.get(c) instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue((String) values.get(c));
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(expectedA1(), stored("A-1").answers());
    }

    @Test
    void wrongTypesUnknownLabelsAndBrokenRulesStoreNothingAndSayWhere() throws Exception {
        Path file = write(folder, "fel.csv", """
                arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak
                A-1;nio;Flicka;2021-03-01;;Nej;2;2021-10-01;1
                A-2;9;Tjej;2021-03-01;;Nej;2;2021-10-01;1
                A-3;9;Flicka;2021-03-01;;Nej;1;2021-02-01;1
                A-4;25;Flicka;2021-03-01;;Nej;1;2021-10-01;1
                A-5;9;Flicka;2021-03-01;;Nej;1,2,3,4;2021-10-01;1
                A-6;9;;2021-03-01;;Nej;1;31/2/2021;1
                A-7;9;Flicka;2021-03-01;;Nej;1;2021-10-01;1
                A-7;9;Flicka;2021-03-01;;Nej;1;2021-10-01;1
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.REFUSED, summary.outcome());
        assertEquals(8, summary.rejected());
        assertEquals(0, storedCount());
        List<String> lines = summary.problems().stream().map(ImportProblem::toString).toList();
        assertEquals("fel.csv, rad 2, kolumn \"alder\", värde \"nio\": Fråga 1: svaret ska vara ett heltal.", lines.get(0));
        assertTrue(lines.contains("fel.csv, rad 3, kolumn \"kon\", värde \"Tjej\": Fråga 2: \"Tjej\" är inte ett svarsalternativ för frågan. Ange alternativets text eller kod."), lines.toString());
        assertTrue(has(summary, 4, "avslutsdatum", "Ärendet kan inte ha avslutats"), "date order");
        assertTrue(has(summary, 5, "alder", "mellan 0 och 20"), "age range");
        assertTrue(has(summary, 6, "problematik", "högst 3 alternativ"), "too many choices");
        assertTrue(has(summary, 7, "kon", "måste besvaras"), "missing required answer");
        assertTrue(has(summary, 7, "avslutsdatum", "finns inte i kalendern"), "no such date");
        assertTrue(has(summary, 8, "arende_id", "rad 9"), "the first of two rows with the same case id");
        assertTrue(has(summary, 9, "arende_id", "rad 8"), "the second of two rows with the same case id");
    }

    private static boolean has(ImportSummary summary, int row, String column, String text) {
        return summary.problems().stream().anyMatch(p -> p.row() == row && column.equals(p.column()) && p.message().contains(text));
    }

    @Test
    void aPersonnummerInAnyCellStopsEverythingAndIsNeverEchoed() throws Exception {
        Path file = write(folder, "pnr.csv", """
                arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak;Anteckning
                A-1;9;1;2021-03-01;;1;2;2021-10-01;1;
                A-2;9;1;2021-03-01;;1;2;2021-10-01;1;Mamma 19121212-1212 ringde
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, folder.resolve("karantän.csv"));
        assertEquals(Outcome.PERSONNUMMER, summary.outcome());
        assertEquals(0, storedCount(), "not even the row without a personnummer is stored");
        assertFalse(Files.exists(folder.resolve("karantän.csv")), "a quarantine would carry the number on");
        assertEquals(1, summary.problems().size());
        ImportProblem problem = summary.problems().get(0);
        assertEquals(3, problem.row());
        assertEquals("Anteckning", problem.column());
        assertEquals("Mamma XXXXXXXX-XXXX ringde", problem.value());
        assertFalse(problem.toString().contains("1212"), problem.toString());
    }

    @Test
    void validRowsAreStoredAndTheRejectedOnesQuarantinedWithTheirReason() throws Exception {
        Path file = write(folder, "blandat.csv", """
                Ärende-id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak
                A-1;9;Flicka;2021-03-01;2021-03-08;Nej;2|10;2021-10-01;1
                A-2;9;Tjej;2021-03-01;;Nej;2;2021-10-01;1
                A-3;10;Pojke;2021-03-01;;Nej;2;2021-10-01;1
                """, WINDOWS_1252);
        Path quarantine = folder.resolve("blandat-avvisade.csv");
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, quarantine);
        assertEquals(Outcome.STORED, summary.outcome());
        assertEquals(2, summary.created());
        assertEquals(1, summary.rejected());
        assertEquals(quarantine, summary.quarantine());
        assertEquals(2, storedCount());
        assertEquals(expectedA1(), stored("A-1").answers());

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(quarantine, WINDOWS_1252);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            records = parser.getRecords();
        }
        assertEquals(2, records.size(), "the header and the one rejected row");
        assertEquals("Orsak", records.get(0).get(9));
        assertEquals("A-2", records.get(1).get(0));
        assertEquals("Tjej", records.get(1).get(2));
        assertEquals("kon: Fråga 2: \"Tjej\" är inte ett svarsalternativ för frågan. Ange alternativets text eller kod.",
                records.get(1).get(9), "the reason, once: an unreadable answer is not reported missing as well");

        ImportSummary again = importFile(quarantine, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.REFUSED, again.outcome(), "the quarantine reads back as the same kind of file");
        assertEquals(List.of("Orsak"), again.unmapped());
    }

    @Test
    void aStoreFailureHalfWayLeavesTheStoreAsItWas() throws Exception {
        String header = "arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak\n";
        Path first = write(folder, "forsta.csv", header + "A-1;9;1;2021-03-01;;1;2;2021-10-01;1\n", StandardCharsets.UTF_8);
        assertEquals(1, importFile(first, CaseImport.Mode.ALL_OR_NOTHING, null).created());
        // The store takes case ids of at most 100 characters; the form sets no limit, so only the store refuses.
        Path second = write(folder, "andra.csv", header + """
                A-1;10;1;2021-03-01;;1;2;2021-10-01;1
                A-2;9;1;2021-03-01;;1;2;2021-10-01;1
                """ + "B".repeat(101) + ";9;1;2021-03-01;;1;2;2021-10-01;1\n", StandardCharsets.UTF_8);
        ImportSummary summary = importFile(second, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.FAILED, summary.outcome());
        assertTrue(summary.problems().get(summary.problems().size() - 1).message().startsWith("Ärendena kunde inte sparas"),
                summary.problems().toString());
        assertEquals(1, storedCount(), "A-2 is not stored");
        assertEquals(new IntegerAnswer(9), stored("A-1").answers().get("alder").orElseThrow(), "A-1 is not updated");
    }

    @Test
    void anXlsxQuarantineIsAnXlsxWithTheReasonColumn() throws Exception {
        Path file = folder.resolve("blandat.xlsx");
        XlsxTableWriter.write(file, "Ärenden",
                List.of("arende_id", "alder", "kon", "aktualiseringsdatum", "tidigare_aktuell", "problematik", "avslutsdatum",
                        "avslutsorsak"),
                List.of(Arrays.asList("A-1", 9, 1, LocalDate.of(2021, 3, 1), 1, 2, LocalDate.of(2021, 10, 1), 1),
                        Arrays.asList("A-2", "nio", 1, LocalDate.of(2021, 3, 1), 1, 2, LocalDate.of(2021, 10, 1), 1)));
        Path quarantine = folder.resolve("avvisade.xlsx");
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, quarantine);
        assertEquals(List.of(1, 0, 0, 1), counts(summary));
        List<List<String>> rows = new ArrayList<>();
        XlsxSheetReader.readFirstSheet(quarantine, (row, cells) -> rows.add(cells));
        assertEquals(2, rows.size());
        assertEquals("Orsak", rows.get(0).get(8));
        assertEquals(List.of("A-2", "nio"), rows.get(1).subList(0, 2));
        assertEquals("alder: Fråga 1: svaret ska vara ett heltal.", rows.get(1).get(8));
    }

    @Test
    void aPersonnummerInAHeaderStopsTheImportToo() throws Exception {
        Path file = write(folder, "rubrik.csv", """
                arende_id;alder;121212-1212
                A-1;9;
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, null);
        assertEquals(Outcome.PERSONNUMMER, summary.outcome());
        assertEquals("rubrik.csv, rad 1, kolumn \"XXXXXX-XXXX\", värde \"XXXXXX-XXXX\": " + summary.problems().get(0).message(),
                summary.problems().get(0).toString());
        assertEquals(0, storedCount());
    }

    @Test
    void reimportingUpdatesByCaseIdAndCountsNewUpdatedUnchangedRejected() throws Exception {
        String header = "arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak\n";
        Path first = write(folder, "v1.csv", header + """
                A-1;9;1;2021-03-01;;1;2;2021-10-01;1
                A-2;10;2;2021-03-01;;1;2;2021-10-01;1
                A-3;11;2;2021-03-01;;1;2;2021-10-01;1
                """, StandardCharsets.UTF_8);
        assertEquals(3, importFile(first, CaseImport.Mode.ALL_OR_NOTHING, null).created());
        ImportSummary same = importFile(first, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(List.of(0, 0, 3, 0), counts(same));

        Path corrected = write(folder, "v2.csv", header + """
                A-1;9;1;2021-03-01;;1;2;2021-10-01;1
                A-2;10;2;2021-03-01;;1;2;2021-10-01;1
                A-3;12;2;2021-03-01;;1;2;2021-10-01;1
                A-4;8;1;2021-03-01;;1;2;2021-10-01;1
                A-5;8;Tjej;2021-03-01;;1;2;2021-10-01;1
                """, StandardCharsets.UTF_8);
        ImportSummary summary = importFile(corrected, CaseImport.Mode.VALID_ROWS, null);
        assertEquals(List.of(1, 1, 2, 1), counts(summary), "new, updated, unchanged, rejected");
        assertEquals(4, storedCount(), "no case id is stored twice");
        assertEquals(new IntegerAnswer(12), stored("A-3").answers().get("alder").orElseThrow());
    }

    private static List<Integer> counts(ImportSummary summary) {
        return List.of(summary.created(), summary.updated(), summary.unchanged(), summary.rejected());
    }

    @Test
    void brokenFilesGetAClearMessageAndNoExceptionEscapes() throws Exception {
        Path empty = write(folder, "tom.csv", "", StandardCharsets.UTF_8);
        assertEquals("tom.csv: Filen är tom.", assertThrows(ImportException.class, () -> open(empty)).getMessage());

        Path binary = folder.resolve("bild.csv");
        Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
        assertTrue(assertThrows(ImportException.class, () -> open(binary)).getMessage().contains("inte en textfil"));

        Path xlsx = folder.resolve("hel.xlsx");
        XlsxTableWriter.write(xlsx, "Ärenden", List.of("arende_id", "alder"), List.of(List.of("A-1", 9)));
        byte[] whole = Files.readAllBytes(xlsx);
        Path truncated = folder.resolve("avkortad.xlsx");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(failure(truncated).contains("trasig eller ofullständig"), failure(truncated));
        Path corrupt = folder.resolve("trasig.xlsx");
        byte[] garbled = whole.clone();
        for (int i = 200; i < garbled.length; i += 7) {
            garbled[i] ^= 0x5a;
        }
        Files.write(corrupt, garbled);
        assertTrue(failure(corrupt).contains("trasig eller ofullständig"), failure(corrupt));
        Path renamed = write(folder, "text.xlsx", "arende_id;alder\nA-1;9\n", StandardCharsets.UTF_8);
        assertTrue(failure(renamed).contains("inte en Excel-arbetsbok"), failure(renamed));

        StringBuilder wide = new StringBuilder("arende_id");
        for (int c = 1; c < 10_000; c++) {
            wide.append(";k").append(c);
        }
        Path tooWide = write(folder, "bred.csv", wide + "\nA-1\n", StandardCharsets.UTF_8);
        assertEquals("bred.csv, rad 1: Raden har 10000 kolumner; en ISU-fil har högst 2000. Kontrollera att det är rätt fil.",
                failure(tooWide));
        Path noCaseId = write(folder, "utan-id.csv", "alder;kon\n9;1\n", StandardCharsets.UTF_8);
        assertTrue(failure(noCaseId).contains("Ingen kolumn med ärende-id"), failure(noCaseId));
        assertEquals(0, storedCount());
    }

    /** The message an import of {@code file} stops with. */
    private String failure(Path file) throws Exception {
        try (DerbyCaseStore store = store()) {
            ImportException e = assertThrows(ImportException.class,
                    () -> new CaseImport(open(file), sux2020(), KOMMUN).run(store));
            return e.getMessage();
        }
    }

    @Test
    void aMappingChangedByHandIsSavedAsAProfileAndUsedForTheNextFile() throws Exception {
        Path file = write(folder, "egna.csv", """
                Löpnummer;Ålder år;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak
                A-1;9;1;2021-03-01;2021-03-08;1;2,10;2021-10-01;1
                """, StandardCharsets.UTF_8);
        CaseImport first = new CaseImport(open(file), sux2020(), KOMMUN);
        ColumnMapping mapping = first.mapping();
        assertEquals(List.of("Löpnummer", "Ålder år"), mapping.unmapped());
        mapping.set(0, new ColumnMapping.CaseId());
        mapping.set(1, new ColumnMapping.Answer("alder"));
        Path profiles = folder.resolve("profiler");
        mapping.save(profiles, KOMMUN, "Procapita-export");
        assertEquals(List.of("Procapita-export"), ColumnMapping.profiles(profiles, KOMMUN));

        Properties profile = ColumnMapping.loadProfile(profiles, KOMMUN, "Procapita-export");
        ColumnMapping reused = ColumnMapping.fromProfile(sux2020(), mapping.headers(), profile);
        assertEquals(mapping.targets(), reused.targets());
        try (DerbyCaseStore store = store()) {
            ImportSummary summary = new CaseImport(open(file), sux2020(), KOMMUN).mapping(reused).run(store);
            assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        }
        assertEquals(expectedA1(), stored("A-1").answers());
    }

    @Test
    void theImportersAreContributedThroughTheExtensionPoint() {
        ImporterRegistry registry = ImporterRegistry.fromExtensions(Platform.getExtensionRegistry());
        assertTrue(registry.forFile(Path.of("Export.CSV")).orElseThrow() instanceof CsvImporter);
        assertTrue(registry.forFile(Path.of("export.xlsx")).orElseThrow() instanceof se.isu.io.xlsx.XlsxImporter);
        assertTrue(registry.forFile(Path.of("export.pdf")).isEmpty());
        assertEquals(List.of("CSV-fil", "Excel-arbetsbok (.xlsx)"),
                registry.entries().stream().map(ImporterRegistry.Entry::name).toList());
    }
}
