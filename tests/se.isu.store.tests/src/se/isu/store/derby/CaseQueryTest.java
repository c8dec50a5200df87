package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.AnswerValue;
import se.isu.store.Answers;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.CaseColumns;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.tests.support.SuxCases;

/** Queries by municipality, year of closing and form version, counts, and the columnar read. */
class CaseQueryTest {

    private static final List<String> MUNICIPALITIES = List.of("Gävle", "Ljusdal", "Ockelbo");

    @TempDir
    Path folder;

    private final List<CaseRecord> all = new ArrayList<>();

    @BeforeEach
    void cases() {
        all.addAll(new SuxCases(SuxForms.v2020(), MUNICIPALITIES, 20, SuxCases.Shape.STORE).list(0, 90));
        List<CaseRecord> current = new SuxCases(SuxForms.v2021(), MUNICIPALITIES, 21, SuxCases.Shape.STORE).list(1000, 120);
        // Every fifth 2021 case is a draft: stored, listed, but kept out of analyses; every other of
        // those has no closing date yet, so it belongs to no year.
        for (int i = 0; i < current.size(); i++) {
            CaseRecord record = current.get(i);
            if (i % 5 == 0) {
                record = record.withDraft(true);
            }
            if (i % 10 == 0) {
                Answers.Builder open = Answers.builder();
                record.answers().asMap().forEach((id, value) -> {
                    if (!id.equals("avslutsdatum")) {
                        open.put(id, value);
                    }
                });
                record = record.withAnswers(open.build());
            }
            all.add(record);
        }
    }

    private DerbyCaseStore filledStore() throws Exception {
        DerbyCaseStore store = DerbyCaseStore.open(folder);
        store.register(SuxForms.v2020());
        store.register(SuxForms.v2021());
        store.insertAll(all);
        return store;
    }

    private static Integer closingYear(CaseRecord record) {
        AnswerValue closing = record.answers().asMap().get("avslutsdatum");
        return closing instanceof DateAnswer date ? date.value().getYear() : null;
    }

    private List<String> expected(Predicate<CaseRecord> which) {
        return all.stream().filter(which).map(r -> r.formVersion() + "/" + r.municipality() + "/" + r.caseId()).sorted().toList();
    }

    private static List<String> keys(List<CaseRecord> records) {
        return records.stream().map(r -> r.formVersion() + "/" + r.municipality() + "/" + r.caseId()).sorted().toList();
    }

    @Test
    void byMunicipalityYearAndVersion() throws Exception {
        try (DerbyCaseStore store = filledStore()) {
            assertEquals(expected(r -> true), keys(store.find(CaseQuery.all())));
            assertEquals(expected(r -> r.municipality().equals("Ljusdal")), keys(store.find(CaseQuery.all().withMunicipality("Ljusdal"))));
            assertEquals(expected(r -> !r.municipality().equals("Gävle")),
                    keys(store.find(CaseQuery.all().withMunicipalities(List.of("Ljusdal", "Ockelbo")))));
            assertEquals(expected(r -> Integer.valueOf(2022).equals(closingYear(r))),
                    keys(store.find(CaseQuery.all().withClosingYear(2022))));
            assertEquals(expected(r -> r.formVersion().equals("2020")), keys(store.find(CaseQuery.all().withFormVersion("su-x", "2020"))));
            assertEquals(expected(r -> r.formVersion().equals("2021") && !r.draft() && r.municipality().equals("Ockelbo")
                    && List.of(2021, 2023).contains(closingYear(r))),
                    keys(store.find(CaseQuery.forAnalysis().withFormVersion("su-x", "2021").withMunicipality("Ockelbo")
                            .withClosingYears(List.of(2021, 2023)))));
            assertTrue(store.find(CaseQuery.all().withMunicipality("Hofors")).isEmpty());
            assertTrue(store.find(CaseQuery.all().withMunicipality("Atlantis")).isEmpty());
            assertTrue(store.find(CaseQuery.all().withForm("bbic")).isEmpty());
            assertEquals(all.stream().filter(r -> !r.draft()).count(), store.count(CaseQuery.forAnalysis()));
        }
    }

    @Test
    void countsPerMunicipalityYearAndVersionForTheNavigator() throws Exception {
        try (DerbyCaseStore store = filledStore()) {
            Map<String, Integer> expected = new HashMap<>();
            for (CaseRecord r : all) {
                expected.merge(r.municipality() + "/" + closingYear(r) + "/" + r.formVersion(), 1, Integer::sum);
            }
            Map<String, Integer> counted = new HashMap<>();
            List<CaseCount> counts = store.counts(CaseQuery.all());
            for (CaseCount count : counts) {
                assertEquals("su-x", count.formId());
                counted.put(count.municipality() + "/" + count.year() + "/" + count.formVersion(), count.count());
            }
            assertEquals(expected, counted);
            assertTrue(counts.stream().anyMatch(c -> c.year() == null), "cases without a closing date are counted apart");
            assertEquals("Gävle", counts.get(0).municipality(), "municipalities in Swedish order");
            assertEquals("Ockelbo", counts.get(counts.size() - 1).municipality());
        }
    }

    @Test
    void theColumnsOfAVersionHoldWhatTheRecordsHold() throws Exception {
        try (DerbyCaseStore store = filledStore()) {
            CaseColumns columns = store.readColumns("su-x", "2021", CaseQuery.forAnalysis());
            List<CaseRecord> expected = all.stream().filter(r -> r.formVersion().equals("2021") && !r.draft()).toList();
            assertEquals(expected.size(), columns.size());
            Map<String, CaseRecord> byKey = new HashMap<>();
            expected.forEach(r -> byKey.put(r.municipality() + "/" + r.caseId(), r));
            for (int row = 0; row < columns.size(); row++) {
                CaseRecord record = byKey.get(columns.municipalities()[row] + "/" + columns.caseIds()[row]);
                assertEquals(record.unit(), columns.units()[row]);
                assertEquals(((IntegerAnswer) record.answers().get("alder").orElseThrow()).value(), columns.ints("alder")[row]);
                SingleChoice reason = (SingleChoice) record.answers().get("avslutsorsak").orElseThrow();
                assertEquals(reason.code(), columns.ints("avslutsorsak")[row]);
                assertEquals(reason.comment(), reason.code() == 2 || reason.code() == 6
                        ? columns.comments("avslutsorsak", reason.code())[row] : null);
                LocalDate closing = ((DateAnswer) record.answers().get("avslutsdatum").orElseThrow()).value();
                assertEquals(closing, columns.date("avslutsdatum", row));
                MultipleChoice problems = (MultipleChoice) record.answers().get("problematik").orElseThrow();
                assertArrayEquals(problems.codes().stream().mapToInt(Integer::intValue).toArray(), columns.codes("problematik", row));
                assertEquals(problems.comment(15), columns.comments("problematik", 15)[row]);
                assertTrue(columns.hasBits("problematik"));
            }
            CaseColumns gavle2022 = store.readColumns("su-x", "2021", CaseQuery.forAnalysis().withMunicipality("Gävle").withClosingYear(2022));
            assertEquals(expected.stream().filter(r -> r.municipality().equals("Gävle") && Integer.valueOf(2022).equals(closingYear(r))).count(), gavle2022.size());
            assertNull(store.readColumns("su-x", "2020", CaseQuery.all()).comments("problematik", 15),
                    "2020 asks for no comment to code 15");
        }
    }
}
