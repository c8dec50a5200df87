package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.isu.io.importer.ImportFixtures.KOMMUN;
import static se.isu.io.importer.ImportFixtures.open;
import static se.isu.io.importer.ImportFixtures.sux2020;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.io.importer.ImportSummary.Outcome;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.CaseQuery;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The import that reads its file once: the cases of the rows checked go to the store while the next rows
 * are read. Files of a few thousand rows, so that the store has taken many batches of cases before the
 * row that decides the outcome; the store is real and is read back after each import.
 */
class OnePassImportTest {

    private static final String HEADER = "arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak\n";
    private static final int ROWS = 3_000;
    /** Cases of another municipality, stored before each import: they must survive everything. */
    private static final String OTHER = "Hudiksvall";

    @TempDir
    Path folder;

    private static String row(String caseId, int age) {
        return String.format(Locale.ROOT, "%s;%d;%d;2021-03-01;;1;2;2021-10-01;1\n", caseId, age, 1 + age % 2);
    }

    /** A file of {@code rows} cases, ...; {@code special} gives the text of a row instead, or null. */
    private Path file(String name, int rows, IntFunction<String> special) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            String own = special.apply(i);
            text.append(own != null ? own : row("A-" + i, i % 21));
        }
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private DerbyCaseStore store() throws Exception {
        return DerbyCaseStore.open(folder.resolve("store"));
    }

    private ImportSummary importFile(Path file, CaseImport.Mode mode, Path quarantine, String municipality) throws Exception {
        try (DerbyCaseStore store = store()) {
            return new CaseImport(open(file), sux2020(), municipality).mode(mode).quarantine(quarantine).run(store);
        }
    }

    private ImportSummary importFile(Path file, CaseImport.Mode mode, Path quarantine) throws Exception {
        return importFile(file, mode, quarantine, KOMMUN);
    }

    private int count(String municipality) throws Exception {
        try (DerbyCaseStore store = store()) {
            return store.count(CaseQuery.all().withMunicipality(municipality));
        }
    }

    private boolean isStored(String caseId) throws Exception {
        try (DerbyCaseStore store = store()) {
            store.register(sux2020());
            return store.find(KOMMUN, "su-x", caseId).isPresent();
        }
    }

    /** Another municipality's 200 cases in the same table, so that the bulk insert is not into an empty one. */
    private void storeOthers() throws Exception {
        ImportSummary others = importFile(file("hudiksvall.csv", 200, i -> null), CaseImport.Mode.ALL_OR_NOTHING, null, OTHER);
        assertEquals(200, others.created(), others.problems().toString());
    }

    private static List<Integer> counts(ImportSummary summary) {
        return List.of(summary.created(), summary.updated(), summary.unchanged(), summary.rejected());
    }

    /** A source that counts the rows it hands out, to tell how often the file was read. */
    private static final class Counting implements ImportSource {
        private final ImportSource delegate;
        final AtomicInteger rows = new AtomicInteger();
        final int failAt;

        Counting(ImportSource delegate, int failAt) {
            this.delegate = delegate;
            this.failAt = failAt;
        }

        @Override
        public Path file() {
            return delegate.file();
        }

        @Override
        public void read(RowHandler handler) throws ImportException {
            delegate.read((row, cells) -> {
                if (row == failAt) {
                    throw new ImportException(new ImportProblem(file().getFileName().toString(), row, null, null, "Avbruten"));
                }
                rows.incrementAndGet();
                handler.row(row, cells);
            });
        }

        @Override
        public void write(Path target, List<String> header, List<List<String>> rows) throws ImportException {
            delegate.write(target, header, rows);
        }
    }

    @Test
    void aValidFileIsReadOnceAndStoredWhole() throws Exception {
        storeOthers();
        Path file = file("hela.csv", ROWS, i -> null);
        Counting source = new Counting(open(file), -1);
        ImportSummary summary;
        try (DerbyCaseStore store = store()) {
            summary = new CaseImport(source, sux2020(), KOMMUN).run(store);
        }
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(List.of(ROWS, 0, 0, 0), counts(summary));
        assertEquals(1 + (ROWS + 1), source.rows.get(), "the header for the mapping, then every row once");
        assertEquals(ROWS, count(KOMMUN));
        assertEquals(200, count(OTHER));
        assertEquals(ROWS, summary.rows());
        assertTrue(summary.elapsed().toNanos() > 0);
        assertTrue(summary.rowsPerSecond() > 0);
        assertTrue(summary.timing().matches("Importen tog \\d+,\\d s: 3000 rader, \\d+ rader/s\\."), summary.timing());
    }

    @Test
    void allOrNothingWithABadLastRowStoresNothing() throws Exception {
        storeOthers();
        Path file = file("sista-fel.csv", ROWS, i -> i == ROWS ? row("A-" + i, 30) : null);
        ImportSummary summary = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.REFUSED, summary.outcome());
        assertEquals(List.of(0, 0, 0, 1), counts(summary));
        assertEquals(1, summary.problems().size(), summary.problems().toString());
        ImportProblem problem = summary.problems().get(0);
        assertEquals(ROWS + 1, problem.row());
        assertEquals("alder", problem.column());
        assertEquals("30", problem.value());
        assertEquals(0, count(KOMMUN), "the cases before the bad row, handed to the store, were rolled back");
        assertEquals(200, count(OTHER));
    }

    @Test
    void aPersonnummerLateInTheFileStoresNothingInEitherMode() throws Exception {
        Path file = file("pnr-sist.csv", ROWS, i -> i == ROWS - 1 ? "A-" + i + ";9;1;2021-03-01;;1;2;2021-10-01;1;19121212-1212\n" : null);
        Path quarantine = folder.resolve("pnr-avvisade.csv");
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, quarantine);
        assertEquals(Outcome.PERSONNUMMER, summary.outcome());
        assertEquals(0, count(KOMMUN));
        assertFalse(Files.exists(quarantine));
        assertEquals(1, summary.problems().size(), summary.problems().toString());
        assertEquals(ROWS, summary.problems().get(0).row());
        assertFalse(summary.problems().get(0).toString().contains("1212"));
    }

    @Test
    void validRowsModeStoresExactlyTheValidRowsAndQuarantinesTheRest() throws Exception {
        storeOthers();
        // Every 500th row has an age the form does not allow; the last but one names an option the form lacks.
        Path file = file("blandat.csv", ROWS, i -> i % 500 == 0 ? row("A-" + i, 25)
                : i == ROWS - 1 ? "A-" + i + ";9;Tjej;2021-03-01;;1;2;2021-10-01;1\n" : null);
        Path quarantine = folder.resolve("blandat-avvisade.csv");
        ImportSummary summary = importFile(file, CaseImport.Mode.VALID_ROWS, quarantine);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(List.of(ROWS - 7, 0, 0, 7), counts(summary));
        assertEquals(quarantine, summary.quarantine());
        assertEquals(ROWS - 7, count(KOMMUN));
        assertEquals(200, count(OTHER));
        assertTrue(isStored("A-1"));
        assertTrue(isStored("A-" + (ROWS - 2)), "a valid row after rejected ones");
        assertFalse(isStored("A-500"));
        assertFalse(isStored("A-" + (ROWS - 1)));

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(quarantine, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            records = parser.getRecords();
        }
        assertEquals(8, records.size(), "the header and the seven rejected rows, in file order");
        assertEquals("Orsak", records.get(0).get(9));
        List<String> ids = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            ids.add(record.get(0));
        }
        assertEquals(List.of("A-500", "A-1000", "A-1500", "A-2000", "A-2500", "A-2999", "A-3000"), ids);
        assertTrue(records.get(1).get(9).startsWith("alder: "), records.get(1).get(9));
        assertTrue(records.get(6).get(9).contains("\"Tjej\""), records.get(6).get(9));
        assertTrue(records.get(7).get(9).startsWith("alder: "), records.get(7).get(9));
    }

    @Test
    void aDuplicateIdLateInTheFileRejectsBothRowsAndStoresTheRest() throws Exception {
        storeOthers();
        // The last row repeats the first row's case id: the first row's case has long gone to the store.
        Path file = file("dubblett.csv", ROWS, i -> i == ROWS ? row("A-1", 5) : null);
        Path quarantine = folder.resolve("dubblett-avvisade.csv");
        Counting source = new Counting(open(file), -1);
        ImportSummary summary;
        try (DerbyCaseStore store = store()) {
            summary = new CaseImport(source, sux2020(), KOMMUN).mode(CaseImport.Mode.VALID_ROWS).quarantine(quarantine).run(store);
        }
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(List.of(ROWS - 2, 0, 0, 2), counts(summary));
        assertEquals(2, summary.problems().size(), summary.problems().toString());
        assertEquals(2, summary.problems().get(0).row());
        assertTrue(summary.problems().get(0).message().contains("rad " + (ROWS + 1)), summary.problems().get(0).message());
        assertEquals(ROWS + 1, summary.problems().get(1).row());
        assertTrue(summary.problems().get(1).message().contains("rad 2"), summary.problems().get(1).message());
        assertEquals(ROWS - 2, count(KOMMUN));
        assertFalse(isStored("A-1"), "neither row of the id is imported");
        assertTrue(isStored("A-2"));
        assertEquals(200, count(OTHER));
        assertTrue(Files.readString(quarantine, StandardCharsets.UTF_8).contains("A-1;5;"), "the second row in the quarantine");
        assertTrue(source.rows.get() > 2 * ROWS, "the accepted rows are read again to be stored: " + source.rows.get());

        // With nothing to be stored when a row is rejected, the duplicate refuses the file.
        Path again = file("dubblett-igen.csv", ROWS, i -> i == ROWS ? row("B-1", 5) : i == 1 ? row("B-1", 4) : row("B-" + i, 4));
        ImportSummary refused = importFile(again, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.REFUSED, refused.outcome());
        assertEquals(2, refused.rejected());
        assertEquals(ROWS - 2, count(KOMMUN), "nothing of the refused file is stored");
    }

    @Test
    void aReimportOfTheSameFileIsAllUnchangedAndACorrectedOneUpdates() throws Exception {
        Path file = file("forsta.csv", ROWS, i -> null);
        assertEquals(List.of(ROWS, 0, 0, 0), counts(importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null)));

        ImportSummary same = importFile(file, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, same.outcome(), same.problems().toString());
        assertEquals(List.of(0, 0, ROWS, 0), counts(same));

        // Ten ages corrected, and two new cases at the end.
        Path corrected = file("rattad.csv", ROWS + 2, i -> i % 300 == 0 ? row("A-" + i, (i % 21 + 1) % 21) : null);
        ImportSummary summary = importFile(corrected, CaseImport.Mode.ALL_OR_NOTHING, null);
        assertEquals(Outcome.STORED, summary.outcome(), summary.problems().toString());
        assertEquals(List.of(2, 10, ROWS - 10, 0), counts(summary));
        assertEquals(ROWS + 2, count(KOMMUN));
        try (DerbyCaseStore store = store()) {
            store.register(sux2020());
            assertEquals(new IntegerAnswer((300 % 21 + 1) % 21),
                    store.find(KOMMUN, "su-x", "A-300").orElseThrow().answers().get("alder").orElseThrow());
        }
    }

    @Test
    void aFileThatCannotBeReadToItsEndStoresNothing() throws Exception {
        storeOthers();
        Path file = file("halv.csv", ROWS, i -> null);
        Counting source = new Counting(open(file), ROWS / 2);
        try (DerbyCaseStore store = store()) {
            ImportException e = assertThrows(ImportException.class,
                    () -> new CaseImport(source, sux2020(), KOMMUN).mode(CaseImport.Mode.VALID_ROWS).run(store));
            assertTrue(e.getMessage().contains("Avbruten"), e.getMessage());
        }
        assertEquals(0, count(KOMMUN), "the store's transaction was rolled back");
        assertEquals(200, count(OTHER));
        assertEquals(List.of(ROWS, 0, 0, 0), counts(importFile(file, CaseImport.Mode.VALID_ROWS, null)), "and it can be run again");
    }
}
