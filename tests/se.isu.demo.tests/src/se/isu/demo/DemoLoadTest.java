package se.isu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.registry.FormRegistry;
import se.isu.io.importer.ImportSummary;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.derby.DerbyCaseStore;

/** The demo workbooks written, read back through the import into a real Derby store, field by field. */
class DemoLoadTest {

    @TempDir
    Path folder;

    private static FormRegistry forms() {
        return FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
    }

    @Test
    void everyCaseArrivesInTheStoreWithEveryAnswer() throws Exception {
        FormRegistry forms = forms();
        List<DemoCase> expected = DemoData.cases();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            List<ImportSummary> summaries = DemoData.load(store, "store", forms, folder.resolve("files"), new NullProgressMonitor());
            assertEquals(3 + 6, summaries.size(), "a workbook per municipality and form version");
            assertEquals(expected.size(), summaries.stream().mapToInt(ImportSummary::created).sum());
            assertEquals(expected.size(), store.count(CaseQuery.all()));
            assertEquals(214, store.count(CaseQuery.all()) - DemoData.cases2021().size());
            for (DemoCase c : expected) {
                CaseRecord record = store.find(c.municipality(), "su-x", c.caseId()).orElseThrow(() -> new AssertionError(c.caseId()));
                assertEquals(c.formVersion(), record.formVersion(), c.caseId());
                assertEquals(expectedAnswers(c), record.answers(), c.caseId());
            }
        }
        try (var files = Files.list(folder.resolve("files"))) {
            Set<String> names = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertTrue(names.contains("Söderhamn SU-X 2020.xlsx") && names.contains("Ockelbo SU-X 2021.xlsx"), names.toString());
        }
    }

    private static Answers expectedAnswers(DemoCase c) {
        Answers.Builder answers = Answers.builder().integer("alder", c.age()).choice("kon", c.sex())
                .date("aktualiseringsdatum", c.referral()).date("avslutsdatum", c.end()).choice("tidigare_aktuell", c.previous());
        if (c.birthplace() != 0) {
            answers.choice("fodelseland", c.birthplace());
        }
        if (c.start() != null) {
            answers.date("startdatum", c.start());
        }
        if (!c.problemAreas().isEmpty()) {
            answers.put("problematik", new MultipleChoice(c.problemAreas(), new TreeMap<>(c.problemComments())));
        }
        if (!c.interventions().isEmpty()) {
            answers.put("insatser", new MultipleChoice(c.interventions(), new TreeMap<>(c.interventionComments())));
        }
        AnswerValue reason = new SingleChoice(c.endReason(), c.endReasonComment());
        answers.put("avslutsorsak", reason);
        return answers.build();
    }

    @Test
    void aStoreWithCasesIsRefusedAndKeepsThem() throws Exception {
        FormRegistry forms = forms();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            DemoData.load(store, "store", forms, folder.resolve("files"), new NullProgressMonitor());
            int before = store.count(CaseQuery.all());
            DemoException refused = assertThrows(DemoException.class,
                    () -> DemoData.load(store, "/home/x/.isu/store", forms, folder.resolve("again"), new NullProgressMonitor()));
            assertTrue(refused.getMessage().contains("/home/x/.isu/store") && refused.getMessage().contains(String.valueOf(before)),
                    refused.getMessage());
            assertEquals(before, store.count(CaseQuery.all()));
            assertNull(folder.resolve("again").toFile().list(), "no files written for a refused store");
        }
    }

    @Test
    void everyOptionOfTheForm2021InUseIsChosenSomewhere() {
        List<DemoCase> cases = DemoData.cases2021();
        assertEquals(Set.of("Hudiksvall", "Ovanåker", "Söderhamn", "Sandviken", "Ockelbo", "Ljusdal"),
                cases.stream().map(DemoCase::municipality).collect(Collectors.toSet()));
        assertEquals(Set.of(1, 2, 3), cases.stream().map(DemoCase::sex).collect(Collectors.toSet()));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), cases.stream().map(DemoCase::birthplace).collect(Collectors.toSet()));
        assertEquals(Set.of(1, 2, 3, 4), cases.stream().map(DemoCase::previous).collect(Collectors.toSet()));
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15)),
                cases.stream().flatMap(c -> c.problemAreas().stream()).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(new TreeSet<>(List.of(3, 4, 5, 6)),
                cases.stream().flatMap(c -> c.interventions().stream()).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), cases.stream().map(DemoCase::endReason).collect(Collectors.toSet()));
    }
}
