package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.FormVersion;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.ImportResult;
import se.isu.store.StoreException;
import se.isu.tests.support.SuxCases;

/** A bulk insert is all or nothing: a failure at case N leaves none of the batch stored. */
class BulkInsertTest {

    private static final List<String> MUNICIPALITIES = List.of("Hudiksvall", "Bollnäs");

    @TempDir
    Path folder;

    private FormVersion v2021;
    private SuxCases generator;

    @BeforeEach
    void forms() {
        v2021 = SuxForms.v2021();
        generator = new SuxCases(v2021, MUNICIPALITIES, 42, SuxCases.Shape.STORE);
    }

    /** A batch large enough that many of its cases are in the table when case N fails. */
    private static final int BATCH = 4500;

    @Test
    void aCaseIdAlreadyStoredFailsTheWholeBatch() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            List<CaseRecord> before = generator.list(0, 10);
            store.insertAll(before);
            List<CaseRecord> batch = generator.list(100, BATCH);
            int n = BATCH - 300;
            batch.set(n - 1, generator.caseNumber(4));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertEquals("Ärende nr " + n + " i satsen (B-4): Ärende-id \"B-4\" finns redan för Hudiksvall i formuläret su-x. "
                    + "Inget ärende ur satsen har sparats.", e.getMessage());
            assertStoreHoldsExactly(store, before);
        }
    }

    @Test
    void aCaseIdTwiceInTheBatchFailsTheWholeBatch() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            List<CaseRecord> before = generator.list(0, 3);
            store.insertAll(before);
            List<CaseRecord> batch = generator.list(100, BATCH);
            batch.set(BATCH - 1, generator.caseNumber(150));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr " + BATCH + " i satsen (B-150): Ärende-id \"B-150\" för "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("förekommer mer än en gång"), e.getMessage());
            assertStoreHoldsExactly(store, before);
        }
    }

    @Test
    void aValueTheFormRejectsFailsTheWholeBatch() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            List<CaseRecord> batch = generator.list(0, BATCH);
            int n = 2017;
            CaseRecord bad = batch.get(n - 1);
            Answers.Builder answers = Answers.builder();
            bad.answers().asMap().forEach(answers::put);
            answers.choice("avslutsorsak", 6, "x".repeat(FormTable.COMMENT_LENGTH + 1));
            batch.set(n - 1, bad.withAnswers(answers.build()));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr " + n + " i satsen"), e.getMessage());
            assertTrue(e.getMessage().contains("längre än 1000 tecken"), e.getMessage());
            assertStoreHoldsExactly(store, List.of());
        }
    }

    @Test
    void aValueTheDatabaseRejectsFailsTheWholeBatch() throws Exception {
        // The store's own checks pass; the database refuses the row (a check constraint added outside
        // the store stands for any rule the database enforces).
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            try (var c = store.database().connect(); var s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE CASES_SU_X_2021 ADD CONSTRAINT AGE_LIMIT CHECK (Q_ALDER < 100)");
            }
            List<CaseRecord> batch = generator.list(0, BATCH);
            int n = BATCH - 10;
            CaseRecord bad = batch.get(n - 1);
            Answers.Builder answers = Answers.builder();
            bad.answers().asMap().forEach(answers::put);
            answers.integer("alder", 150);
            batch.set(n - 1, bad.withAnswers(answers.build()));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr " + n + " i satsen (" + bad.caseId() + ")"), e.getMessage());
            assertStoreHoldsExactly(store, List.of());
        }
    }

    @Test
    void aCaseIdStoredForAnotherVersionOfTheFormFailsTheWholeBatch() throws Exception {
        FormVersion v2020 = SuxForms.v2020();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            List<CaseRecord> before = new SuxCases(v2020, MUNICIPALITIES, 1, SuxCases.Shape.STORE).list(0, 5);
            store.insertAll(before);
            List<CaseRecord> batch = generator.list(10, 50);
            batch.add(generator.caseNumber(2));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr 51 i satsen (B-2): Ärende-id \"B-2\" finns redan"), e.getMessage());
            assertStoreHoldsExactly(store, before);
        }
    }

    @Test
    void aCaseIdGivenForTwoVersionsOfTheFormInOneBatchFailsTheWholeBatch() throws Exception {
        FormVersion v2020 = SuxForms.v2020();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            SuxCases older = new SuxCases(v2020, MUNICIPALITIES, 1, SuxCases.Shape.STORE);
            List<CaseRecord> before = older.list(0, 5);
            store.insertAll(before);
            // 2021 cases first, then 2020 cases: the last repeats an id the batch gave a 2021 case.
            List<CaseRecord> batch = new ArrayList<>(generator.list(10, 50));
            batch.addAll(older.list(100, 20));
            batch.add(older.caseNumber(30));
            StoreException e = assertThrows(StoreException.class, () -> store.insertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr 71 i satsen (B-30): Ärende-id \"B-30\" för "), e.getMessage());
            assertTrue(e.getMessage().contains("förekommer mer än en gång"), e.getMessage());
            assertStoreHoldsExactly(store, before);

            // The same batch without the repeated id goes in whole, beside what was stored.
            batch.remove(batch.size() - 1);
            assertEquals(70, store.insertAll(batch));
            assertEquals(75, store.count(CaseQuery.all()));
        }
    }

    @Test
    void anUpsertThatFailsAtCaseNChangesNothing() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            List<CaseRecord> before = generator.list(0, 20);
            store.insertAll(before);
            List<CaseRecord> batch = new ArrayList<>();
            for (CaseRecord record : generator.list(10, 30)) {
                batch.add(record.withAnswers(Answers.builder().integer("alder", 3).build()));
            }
            batch.set(25, batch.get(25).withAnswers(Answers.builder().choice("kon", 77).build()));
            StoreException e = assertThrows(StoreException.class, () -> store.upsertAll(batch));
            assertTrue(e.getMessage().startsWith("Ärende nr 26 i satsen"), e.getMessage());
            assertStoreHoldsExactly(store, before);

            batch.set(25, generator.caseNumber(35));
            ImportResult result = store.upsertAll(batch);
            assertEquals(new ImportResult(20, 10), result);
            assertEquals(40, store.count(CaseQuery.all()));
        }
    }

    @Test
    void aReImportLeavesUnchangedCasesAsTheyAreAndTellsThemApart() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            // More cases than one look-up chunk, spread over two municipalities.
            List<CaseRecord> first = generator.list(0, 2500);
            assertEquals(2500, store.insertAll(first));
            CaseRecord storedBefore = store.find("Hudiksvall", "su-x", "B-1000").orElseThrow();

            List<CaseRecord> again = generator.list(0, 2600);
            again.set(7, again.get(7).withAnswers(Answers.builder().integer("alder", 3).build()));
            again.set(1999, again.get(1999).withDraft(true));
            ImportResult result = store.upsertAll(again);
            assertEquals(new ImportResult(100, 2, 2498), result);
            assertEquals(2600, result.total());
            assertEquals(2600, store.count(CaseQuery.all()));

            CaseRecord unchanged = store.find("Hudiksvall", "su-x", "B-1000").orElseThrow();
            assertEquals(storedBefore.changed(), unchanged.changed(), "an unchanged case is not written");
            DerbyCaseStoreTest.assertSameCase(first.get(1000), unchanged);
            CaseRecord changed = store.find(again.get(7).municipality(), "su-x", "B-7").orElseThrow();
            assertEquals(Answers.builder().integer("alder", 3).build(), changed.answers());
            assertTrue(store.find(again.get(1999).municipality(), "su-x", "B-1999").orElseThrow().draft());

            assertEquals(new ImportResult(0, 0, 2600), store.upsertAll(again));
        }
    }

    @Test
    void aCaseTwiceInOneReImportIsStoredAsItsLastVersion() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            store.insertAll(generator.list(0, 3));
            CaseRecord fresh = generator.caseNumber(10);
            CaseRecord freshChanged = fresh.withAnswers(Answers.builder().integer("alder", 5).build());
            CaseRecord old = generator.caseNumber(1);
            List<CaseRecord> batch = List.of(fresh, old, freshChanged, fresh);
            // fresh: created; old: unchanged; freshChanged: updated; fresh again: updated back.
            assertEquals(new ImportResult(1, 2, 1), store.upsertAll(batch));
            DerbyCaseStoreTest.assertSameCase(fresh, store.find(fresh.municipality(), "su-x", fresh.caseId()).orElseThrow());
            assertEquals(4, store.count(CaseQuery.all()));
        }
    }

    @Test
    void aReImportMovesACaseRecordedOnAnotherVersionAndKeepsItsCreationTime() throws Exception {
        FormVersion v2020 = SuxForms.v2020();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            SuxCases old = new SuxCases(v2020, MUNICIPALITIES, 7, SuxCases.Shape.STORE);
            store.insertAll(old.list(0, 5));
            CaseRecord before = store.find("Bollnäs", "su-x", "B-1").orElseThrow();
            Thread.sleep(5);
            ImportResult result = store.upsertAll(generator.list(0, 3));
            assertEquals(new ImportResult(0, 3, 0), result);
            CaseRecord moved = store.find("Bollnäs", "su-x", "B-1").orElseThrow();
            assertEquals("2021", moved.formVersion());
            assertEquals(before.created(), moved.created());
            assertEquals(5, store.count(CaseQuery.all()));
            assertEquals(2, store.count(CaseQuery.all().withFormVersion("su-x", "2020")));
        }
    }

    private static void assertStoreHoldsExactly(DerbyCaseStore store, List<CaseRecord> expected) throws StoreException {
        List<CaseRecord> stored = store.find(CaseQuery.all());
        assertEquals(expected.size(), stored.size());
        List<CaseRecord> sorted = new ArrayList<>(expected);
        sorted.sort(java.util.Comparator.comparing(CaseRecord::formVersion).thenComparing(CaseRecord::municipality,
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))).thenComparing(CaseRecord::caseId));
        for (int i = 0; i < sorted.size(); i++) {
            DerbyCaseStoreTest.assertSameCase(sorted.get(i), stored.get(i));
        }
    }
}
