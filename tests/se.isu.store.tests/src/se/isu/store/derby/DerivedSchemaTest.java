package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.DateQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsFactory;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.Section;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;
import se.isu.forms.VersionStatus;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseColumns;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.StoreException;
import se.isu.tests.support.SuxCases;

/**
 * The layout follows whatever form version it is given: a form that is not SU-X, with a free-text
 * question and a multiple choice whose codes do not fit a bit mask, and a draft that gains questions.
 */
class DerivedSchemaTest {

    private static final FormsFactory F = FormsFactory.eINSTANCE;

    @TempDir
    Path folder;

    private static FormVersion form() {
        FormVersion version = F.createFormVersion();
        version.setFormId("uppfoljning");
        version.setFormName("Uppföljning");
        version.setVersion("2024-1");
        version.setStatus(VersionStatus.DRAFT);
        Section section = F.createSection();
        section.setId("s1");
        version.getSections().add(section);
        TextQuestion key = F.createTextQuestion();
        key.setVariableId("lopnummer");
        key.setKey(true);
        TextQuestion note = F.createTextQuestion();
        note.setVariableId("anteckning");
        note.setMaxLength(20);
        IntegerQuestion count = F.createIntegerQuestion();
        count.setVariableId("antal-besok");
        DateQuestion closing = F.createDateQuestion();
        closing.setVariableId("avslutsdatum");
        SingleChoiceQuestion result = F.createSingleChoiceQuestion();
        result.setVariableId("resultat");
        result.getOptions().add(option(1, false));
        result.getOptions().add(option(2, true));
        MultipleChoiceQuestion methods = F.createMultipleChoiceQuestion();
        methods.setVariableId("metoder");
        methods.getOptions().add(option(1, false));
        methods.getOptions().add(option(100, false));
        methods.getOptions().add(option(200, true));
        section.getQuestions().addAll(java.util.List.of(key, note, count, closing, result, methods));
        return version;
    }

    private static Option option(int code, boolean comment) {
        Option option = F.createOption();
        option.setCode(code);
        option.setLabel("Alternativ " + code);
        option.setRequiresComment(comment);
        return option;
    }

    private static CaseRecord record(String caseId, Answers answers) {
        return CaseRecord.of("Nordanstig", "Familjeteamet", "uppfoljning", "2024-1", caseId, false, answers);
    }

    @Test
    void everyKindOfQuestionOfAnyFormRoundTrips() throws Exception {
        FormVersion form = form();
        Answers answers = Answers.builder().text("anteckning", "Åtta ord, inte fler").integer("antal-besok", -3)
                .date("avslutsdatum", LocalDate.of(2024, 12, 31)).choice("resultat", 2, "delvis")
                .put("metoder", MultipleChoice.of(1, 100, 200).withComment(200, "MI")).build();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(form);
            store.save(record("L-1", answers));
            store.save(record("L-2", Answers.builder().choices("metoder", Set.of()).build()));
            store.save(record("L-3", Answers.empty()));
            DerbyCaseStoreTest.assertSameCase(record("L-1", answers), store.find("Nordanstig", "uppfoljning", "L-1").orElseThrow());
            DerbyCaseStoreTest.assertSameCase(record("L-2", Answers.builder().choices("metoder", Set.of()).build()),
                    store.find("Nordanstig", "uppfoljning", "L-2").orElseThrow());
            DerbyCaseStoreTest.assertSameCase(record("L-3", Answers.empty()), store.find("Nordanstig", "uppfoljning", "L-3").orElseThrow());

            CaseColumns columns = store.readColumns("uppfoljning", "2024-1", CaseQuery.all());
            Map<String, Integer> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.caseIds()[i], i);
            }
            assertFalse(columns.hasBits("metoder"), "code 200 does not fit a bit mask");
            assertArrayEquals(new int[] { 1, 100, 200 }, columns.codes("metoder", row.get("L-1")));
            assertArrayEquals(new int[0], columns.codes("metoder", row.get("L-2")));
            assertEquals("MI", columns.comments("metoder", 200)[row.get("L-1")]);
            assertEquals(-3, columns.ints("antal-besok")[row.get("L-1")]);
            assertEquals(CaseColumns.MISSING, columns.ints("antal-besok")[row.get("L-3")]);
            assertEquals("Åtta ord, inte fler", columns.texts("anteckning")[row.get("L-1")]);
            assertEquals(1, store.count(CaseQuery.all().withClosingYear(2024)));

            StoreException tooLong = assertThrows(StoreException.class,
                    () -> store.save(record("L-4", Answers.builder().text("anteckning", "x".repeat(21)).build())));
            assertEquals("Svaret på fråga \"anteckning\" är längre än 20 tecken.", tooLong.getMessage());
            assertTrue(store.delete("Nordanstig", "uppfoljning", "L-1"));
            assertEquals(2, store.readColumns("uppfoljning", "2024-1", CaseQuery.all()).size());
            try (Connection c = store.database().connect(); var s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM CASES_UPPFOLJNING_2024_1_CODES")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "a deleted case's codes go with it");
            }
        }
    }

    @Test
    void aDraftThatGainsQuestionsGainsColumnsAndKeepsWhatWasStored() throws Exception {
        FormVersion form = form();
        Answers answers = Answers.builder().integer("antal-besok", 4).put("metoder", MultipleChoice.of(100)).build();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(form);
            store.save(record("L-1", answers));
        }
        FormVersion edited = form();
        IntegerQuestion added = F.createIntegerQuestion();
        added.setVariableId("uppfoljning-manader");
        edited.getSections().get(0).getQuestions().add(added);
        Option comment = option(3, true);
        ((SingleChoiceQuestion) edited.findQuestion("resultat")).getOptions().add(comment);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(edited);
            DerbyCaseStoreTest.assertSameCase(record("L-1", answers), store.find("Nordanstig", "uppfoljning", "L-1").orElseThrow());
            Answers more = Answers.builder().integer("uppfoljning-manader", 6).choice("resultat", 3, "annat").build();
            store.save(record("L-2", more));
            DerbyCaseStoreTest.assertSameCase(record("L-2", more), store.find("Nordanstig", "uppfoljning", "L-2").orElseThrow());
            try (Connection c = store.database().connect();
                    ResultSet rs = c.getMetaData().getColumns(null, null, "CASES_UPPFOLJNING_2024_1", "Q_UPPFOLJNING_MANADER")) {
                assertTrue(rs.next(), "the new question got a column named after its variable");
            }
        }
    }

    @Test
    void aQuestionThatChangedKindIsRefusedRatherThanStoredInTheWrongColumn() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(form());
        }
        FormVersion changed = form();
        var questions = changed.getSections().get(0).getQuestions();
        int index = questions.indexOf(changed.findQuestion("antal-besok"));
        DateQuestion nowADate = F.createDateQuestion();
        nowADate.setVariableId("antal-besok");
        questions.set(index, (Question) nowADate);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> store.register(changed));
            assertTrue(e.getMessage().contains("Fråga \"antal-besok\" i Uppföljning 2024-1 har ändrats"), e.getMessage());
            assertTrue(store.registeredVersions().isEmpty());
        }
    }
    @Test
    void aCaseTableHasOnlyItsPrimaryKeyAndAStoreWithTheOldForeignKeyLosesIt() throws Exception {
        FormVersion v2021 = SuxForms.v2021();
        CaseRecord record = new SuxCases(v2021, java.util.List.of("Ockelbo"), 3, SuxCases.Shape.STORE).caseNumber(0);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            store.save(record);
            assertEquals(Map.of("P", 1), constraints(store, "CASES_SU_X_2021"));
            // The layout of earlier stores: the case table also referred to the municipality list.
            try (Connection c = store.database().connect(); java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE CASES_SU_X_2021 ADD FOREIGN KEY (MUNICIPALITY_ID) REFERENCES MUNICIPALITY (ID)");
            }
            assertEquals(Map.of("P", 1, "F", 1), constraints(store, "CASES_SU_X_2021"));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2021);
            assertEquals(Map.of("P", 1), constraints(store, "CASES_SU_X_2021"));
            DerbyCaseStoreTest.assertSameCase(record, store.find("Ockelbo", "su-x", record.caseId()).orElseThrow());
        }
    }

    /** The number of constraints of a table by type: P primary key, F foreign key, U unique, C check. */
    private static Map<String, Integer> constraints(DerbyCaseStore store, String table) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = store.database().connect(); java.sql.PreparedStatement select = c.prepareStatement(
                "SELECT C.TYPE FROM SYS.SYSCONSTRAINTS C JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID WHERE T.TABLENAME = ?")) {
            select.setString(1, table);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
