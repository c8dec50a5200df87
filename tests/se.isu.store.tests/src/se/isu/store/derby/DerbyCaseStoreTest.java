package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.SaveOutcome;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.tests.support.SuxCases;

/** Cases of both SU-X versions through Derby and back. */
class DerbyCaseStoreTest {

    @TempDir
    Path folder;

    private static final List<String> MUNICIPALITIES = List.of("Söderhamn", "Ovanåker", "Gävle");

    @ParameterizedTest
    @ValueSource(strings = { "2020", "2021" })
    void everyQuestionKindAndEveryCodeComesBackAsItWasSaved(String versionName) throws Exception {
        FormVersion version = SuxForms.version(versionName);
        List<CaseRecord> saved = new ArrayList<>(new SuxCases(version, MUNICIPALITIES, 7, SuxCases.Shape.STORE).list(0, 40));
        saved.addAll(everyOption(version));
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            for (CaseRecord record : saved) {
                assertEquals(SaveOutcome.CREATED, store.save(record));
            }
            for (CaseRecord record : saved) {
                CaseRecord read = store.find(record.municipality(), record.formId(), record.caseId()).orElseThrow();
                assertSameCase(record, read);
                assertNotNull(read.created());
                assertEquals(read.created(), read.changed());
            }
        }
    }

    /**
     * One case per option of every choice question (with its comment when it asks for one, and every
     * option of a multiple choice at once), so that every code of the version is stored and read back.
     */
    private static List<CaseRecord> everyOption(FormVersion version) {
        CaseRecord base = new SuxCases(version, MUNICIPALITIES, 11, SuxCases.Shape.STORE).caseNumber(0);
        List<CaseRecord> out = new ArrayList<>();
        int n = 0;
        for (Question question : version.allQuestions()) {
            if (!(question instanceof ChoiceQuestion choice)) {
                continue;
            }
            if (question instanceof SingleChoiceQuestion) {
                for (Option option : choice.getOptions()) {
                    AnswerValue value = new SingleChoice(option.getCode(), option.isRequiresComment() ? "ange: " + option.getLabel() : null);
                    out.add(withAnswer(base, "opt-" + n++, question.getVariableId(), value));
                }
            } else if (question instanceof MultipleChoiceQuestion) {
                java.util.TreeSet<Integer> codes = new java.util.TreeSet<>();
                for (Option option : choice.getOptions()) {
                    codes.add(option.getCode());
                }
                MultipleChoice all = new MultipleChoice(codes, new java.util.TreeMap<>());
                for (Option option : choice.getOptions()) {
                    if (option.isRequiresComment()) {
                        all = all.withComment(option.getCode(), "vilka: å, ä, ö " + option.getCode());
                    }
                }
                out.add(withAnswer(base, "opt-" + n++, question.getVariableId(), all));
                out.add(withAnswer(base, "opt-" + n++, question.getVariableId(), MultipleChoice.of()));
            }
        }
        return out;
    }

    private static CaseRecord withAnswer(CaseRecord base, String caseId, String variable, AnswerValue value) {
        Answers.Builder answers = Answers.builder();
        base.answers().asMap().forEach(answers::put);
        answers.put(variable, value);
        return CaseRecord.of(base.municipality(), base.unit(), base.formId(), base.formVersion(), caseId, base.draft(), answers.build());
    }

    static void assertSameCase(CaseRecord expected, CaseRecord actual) {
        assertEquals(expected.municipality(), actual.municipality());
        assertEquals(expected.unit(), actual.unit());
        assertEquals(expected.formId(), actual.formId());
        assertEquals(expected.formVersion(), actual.formVersion());
        assertEquals(expected.caseId(), actual.caseId());
        assertEquals(expected.draft(), actual.draft());
        assertEquals(expected.answers().asMap().keySet(), actual.answers().asMap().keySet());
        for (String variable : expected.answers().asMap().keySet()) {
            assertEquals(expected.answers().asMap().get(variable), actual.answers().asMap().get(variable), variable);
        }
    }

    @Test
    void aRecordKeepsItsFormVersionAndA2020RecordStaysReadableWhen2021IsInUse() throws Exception {
        FormVersion v2020 = SuxForms.v2020();
        FormVersion v2021 = SuxForms.v2021();
        List<CaseRecord> old = new SuxCases(v2020, MUNICIPALITIES, 1, SuxCases.Shape.STORE).list(0, 30);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            assertEquals(30, store.insertAll(old));
        }
        String before = tableDump(folder, "CASES_SU_X_2020");
        List<CaseRecord> current = new SuxCases(v2021, MUNICIPALITIES, 2, SuxCases.Shape.STORE).list(1000, 30);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            assertEquals(30, store.insertAll(current));
        }
        assertEquals(before, tableDump(folder, "CASES_SU_X_2020"), "2021 must not touch what 2020 stored");
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            store.register(v2020);
            for (CaseRecord record : old) {
                CaseRecord read = store.find(record.municipality(), "su-x", record.caseId()).orElseThrow();
                assertEquals("2020", read.formVersion());
                assertSameCase(record, read);
            }
            for (CaseRecord record : current) {
                assertSameCase(record, store.find(record.municipality(), "su-x", record.caseId()).orElseThrow());
            }
            assertEquals(30, store.count(CaseQuery.all().withFormVersion("su-x", "2020")));
            assertEquals(30, store.count(CaseQuery.all().withFormVersion("su-x", "2021")));
            assertEquals(60, store.count(CaseQuery.all().withForm("su-x")));
        }
    }

    /** Every row of a table, in key order, as text. */
    private static String tableDump(Path storeFolder, String table) throws Exception {
        StringBuilder out = new StringBuilder();
        try (DerbyDatabase db = DerbyDatabase.open(storeFolder.resolve("cases")); Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY MUNICIPALITY_ID, CASE_ID")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(rs.getString(i)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void reopeningTheStoreFindsEverythingAndReusesItsTables() throws Exception {
        FormVersion v2021 = SuxForms.v2021();
        List<CaseRecord> cases = new SuxCases(v2021, MUNICIPALITIES, 3, SuxCases.Shape.STORE).list(0, 25);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            store.insertAll(cases);
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            List<CaseRecord> read = store.find(CaseQuery.all());
            assertEquals(25, read.size());
            for (CaseRecord record : cases) {
                assertSameCase(record, store.find(record.municipality(), "su-x", record.caseId()).orElseThrow());
            }
            try (Connection c = store.database().connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM FORM_TABLE")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the version's table is reused, not created again");
            }
        }
    }

    @Test
    void savingAnExistingCaseIdReplacesTheCaseAndKeepsItsCreationTime() throws Exception {
        FormVersion v2021 = SuxForms.v2021();
        CaseRecord first = new SuxCases(v2021, MUNICIPALITIES, 4, SuxCases.Shape.STORE).caseNumber(1);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            assertEquals(SaveOutcome.CREATED, store.save(first.withDraft(true)));
            CaseRecord stored = store.find(first.municipality(), "su-x", first.caseId()).orElseThrow();
            assertTrue(stored.draft());
            Thread.sleep(5);
            CaseRecord changed = first.withAnswers(Answers.builder().integer("alder", 9).choice("kon", 2).build());
            assertEquals(SaveOutcome.UPDATED, store.save(changed));
            CaseRecord read = store.find(first.municipality(), "su-x", first.caseId()).orElseThrow();
            assertSameCase(changed, read);
            assertEquals(stored.created(), read.created());
            assertTrue(read.changed().isAfter(stored.changed()));
            assertEquals(1, store.count(CaseQuery.all()));
        }
    }

    @Test
    void aCaseRecordedAgainOnAnotherVersionMovesToIt() throws Exception {
        CaseRecord old = new SuxCases(SuxForms.v2020(), MUNICIPALITIES, 5, SuxCases.Shape.STORE).caseNumber(3);
        CaseRecord again = new SuxCases(SuxForms.v2021(), MUNICIPALITIES, 5, SuxCases.Shape.STORE).caseNumber(3);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(SuxForms.v2020());
            store.register(SuxForms.v2021());
            store.save(old);
            assertEquals(SaveOutcome.UPDATED, store.save(again));
            CaseRecord read = store.find(old.municipality(), "su-x", old.caseId()).orElseThrow();
            assertEquals("2021", read.formVersion());
            assertEquals(1, store.count(CaseQuery.all()));
            assertTrue(store.delete(old.municipality(), "su-x", old.caseId()));
            assertFalse(store.delete(old.municipality(), "su-x", old.caseId()));
            assertEquals(0, store.count(CaseQuery.all()));
        }
    }

    @Test
    void answersThatDoNotFitTheFormAreRefusedInSwedish() throws Exception {
        FormVersion v2021 = SuxForms.v2021();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            StoreException unknownCode = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().choice("kon", 99).build())));
            assertEquals("Fråga \"2 kon\" har inget svarsalternativ med kod 99.", unknownCode.getMessage());
            StoreException wrongKind = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().text("alder", "tolv").build())));
            assertEquals("Svaret på fråga \"1 alder\" är av fel slag: frågan väntar sig ett heltal.", wrongKind.getMessage());
            StoreException noSuchQuestion = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().integer("personnummer", 1).build())));
            assertTrue(noSuchQuestion.getMessage().contains("har ingen fråga \"personnummer\""), noSuchQuestion.getMessage());
            StoreException commentNotAsked = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().choice("kon", 1, "text").build())));
            assertTrue(commentNotAsked.getMessage().contains("tar ingen kommentar"), commentNotAsked.getMessage());
            StoreException municipality = assertThrows(StoreException.class, () -> store.save(CaseRecord.of("Atlantis", null,
                    "su-x", "2021", "X-1", false, Answers.empty())));
            assertEquals("Kommunen \"Atlantis\" finns inte i kommunlistan.", municipality.getMessage());
            StoreException version = assertThrows(StoreException.class, () -> store.save(CaseRecord.of("Gävle", null,
                    "su-x", "2030", "X-1", false, Answers.empty())));
            assertTrue(version.getMessage().contains("su-x 2030"), version.getMessage());
            StoreException key = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().text("arende_id", "X-1").build())));
            assertTrue(key.getMessage().contains("ärende-id"), key.getMessage());
            assertEquals(0, store.count(CaseQuery.all()));
        }
    }

    private static CaseRecord record(Answers answers) {
        return CaseRecord.of("Gävle", null, "su-x", "2021", "X-1", false, answers);
    }

    @Test
    void aClosedStoreRefusesWork() throws Exception {
        DerbyCaseStore store = DerbyCaseStore.open(folder);
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.count(CaseQuery.all()));
        assertEquals("Ärendelagret är stängt.", e.getMessage());
    }

    @Test
    void theDefaultStoreLivesInTheIsuHomeAndIsCreatedOnFirstUse() throws Exception {
        String before = System.getProperty(StoreLocation.ISU_HOME_PROPERTY);
        Path home = folder.resolve("home");
        System.setProperty(StoreLocation.ISU_HOME_PROPERTY, home.toString());
        try {
            assertEquals(home.resolve("store"), StoreLocation.defaultStoreFolder());
            try (DerbyCaseStore store = DerbyCaseStore.openDefault()) {
                assertEquals(home.resolve("store").toAbsolutePath(), store.folder());
            }
            assertTrue(Files.isDirectory(home.resolve("store").resolve("cases")));
        } finally {
            if (before == null) {
                System.clearProperty(StoreLocation.ISU_HOME_PROPERTY);
            } else {
                System.setProperty(StoreLocation.ISU_HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void aDateIsKeptAsTheSameCalendarDay() throws Exception {
        FormVersion v2021 = SuxForms.v2021();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            LocalDate leap = LocalDate.of(2024, 2, 29);
            store.save(record(Answers.builder().date("avslutsdatum", leap).choices("problematik", Set.of()).build()));
            CaseRecord read = store.find("Gävle", "su-x", "X-1").orElseThrow();
            assertEquals(leap, ((AnswerValue.DateAnswer) read.answers().get("avslutsdatum").orElseThrow()).value());
            assertEquals(MultipleChoice.of(), read.answers().get("problematik").orElseThrow(), "an empty choice is an answer");
            StoreException farAway = assertThrows(StoreException.class,
                    () -> store.save(record(Answers.builder().date("avslutsdatum", LocalDate.of(12024, 1, 1)).build())));
            assertEquals("Datumet +12024-01-01 i fråga \"9 avslutsdatum\" ligger utanför åren 1–9999.", farAway.getMessage());
        }
    }
}
