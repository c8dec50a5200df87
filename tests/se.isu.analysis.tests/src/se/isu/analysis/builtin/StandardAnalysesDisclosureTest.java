package se.isu.analysis.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.export.CsvResultWriter;
import se.isu.analysis.export.JsonResultWriter;
import se.isu.analysis.export.ResultText;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.derby.DerbyCaseStore;

/**
 * Every registered analysis, with every comparison, on 150 generated cases spread over seven
 * municipalities (so most groups are small): no count from 1 to 4 is shown in the result, its CSV or its
 * JSON, no masked count can be recomputed from the shown ones (the masking's own exact check as oracle),
 * no share or ratio of a masked count is shown, and no box or size of a small group.
 */
class StandardAnalysesDisclosureTest {

    private static final List<String> MUNICIPALITIES = List.of("Bolln\u00e4s", "G\u00e4vle", "Hofors", "Hudiksvall",
            "Ljusdal", "Ovan\u00e5ker", "S\u00f6derhamn");
    private static final List<String> METHODS = List.of("Krisst\u00f6d", "COS", "Trygghetscirkeln", "Bassamtal",
            "Tryggare barn", "KIBB", "Marte Meo", "Efter barnf\u00f6rh\u00f6ret", "A-CRA, Bassamtal", "Egen modell");

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static AnalysisRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        Random random = new Random(20201231L);
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            boolean old = i % 3 != 0;
            LocalDate start = LocalDate.of(old ? 2020 : 2021, 1, 1).plusDays(random.nextInt(200));
            LocalDate end = start.plusDays(random.nextInt(160));
            Answers.Builder b = Answers.builder().choice("kon", 1 + random.nextInt(2)).integer("alder", random.nextInt(21))
                    .date("aktualiseringsdatum", start.minusDays(random.nextInt(30))).date("startdatum", start)
                    .date("avslutsdatum", end).choice("tidigare_aktuell", 1 + random.nextInt(3))
                    .choice("avslutsorsak", 1 + random.nextInt(6));
            Set<Integer> areas = new TreeSet<>();
            int howMany = 1 + random.nextInt(3);
            while (areas.size() < howMany) {
                int area = 1 + random.nextInt(12);
                areas.add(area == 6 && !old ? 14 : area);
            }
            b.choices("problematik", areas);
            int kind = random.nextInt(4);
            String method = METHODS.get(random.nextInt(METHODS.size()));
            if (old) {
                Set<Integer> chosen = kind == 0 ? Set.of(1) : kind == 1 ? Set.of(2) : kind == 2 ? Set.of(1, 2) : Set.of();
                b.choices("insatser", chosen);
                if (chosen.contains(2)) {
                    b.comment("insatser", 2, method);
                }
            } else {
                Set<Integer> chosen = kind == 0 ? Set.of(3) : kind == 1 ? Set.of(4) : kind == 2 ? Set.of(5, 6) : Set.of(5);
                b.choices("insatser", chosen);
                if (chosen.contains(5)) {
                    b.comment("insatser", 5, method);
                }
                if (chosen.contains(6)) {
                    b.comment("insatser", 6, "Praktiskt st\u00f6d");
                }
            }
            cases.add(CaseRecord.of(MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())), null, "su-x",
                    old ? "2020" : "2021", "C" + i, false, b.build()));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            store.register(v2020);
            store.register(v2021);
            store.insertAll(cases);
            dataset = Dataset.load(store, List.of(v2020, v2021), List.of(forms.crosswalk(v2020, v2021).orElseThrow()),
                    CaseQuery.forAnalysis(), DatasetRoles.suX());
        }
        registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
    }

    private static List<Map<String, String>> comparisons() {
        return List.of(Map.of("compare", "none"), Map.of("compare", "municipalities"),
                Map.of("compare", "oneVsRest", "focus", "Hofors"));
    }

    @Test
    void noOutputOfAnyAnalysisGivesASmallCountAway() throws Exception {
        SmallCountMasking masking = new SmallCountMasking();
        int tables = 0;
        int masked = 0;
        int runs = 0;
        for (AnalysisDescriptor descriptor : registry.analyses()) {
            List<Map<String, String>> variants = new ArrayList<>(comparisons());
            if (descriptor.id().equals("se.isu.analysis.trend")) {
                variants.add(Map.of("compare", "municipalities", "category", "1,3"));
                variants.add(Map.of("compare", "oneVsRest", "focus", "Ljusdal", "variable", "problematik"));
                variants.add(Map.of("compare", "municipalities", "variable", "insatsmix", "category", "2"));
            }
            for (Map<String, String> parameters : variants) {
                runs++;
                String what = descriptor.id() + " " + parameters;
                AnalysisResult raw = descriptor.create().run(dataset, dataset.all(), descriptor.withDefaults(parameters));
                AnalysisResult shown = AnalysisRegistry.run(descriptor, dataset, dataset.all(), parameters, masking);
                checkFormats(descriptor.id(), raw, shown, what);
                if (shown instanceof Table table) {
                    tables++;
                    masked += check((Table) raw, table, what);
                } else if (shown instanceof BoxPlot plot) {
                    for (BoxPlot.Group group : plot.groups()) {
                        if (group.statistics() == null) {
                            assertTrue(group.n() == 0 || group.n() >= 5, what + " " + group.label());
                        } else {
                            assertTrue(group.n() >= 5 && group.statistics().n() >= 5, what + " " + group.label());
                        }
                    }
                }
            }
        }
        assertEquals(3 * registry.analyses().size() + 3, runs);
        assertEquals(runs - 3 * 2, tables, "all but the two box plots are tables");
        assertTrue(masked > 100, "the generated data has many small groups: " + masked);
    }

    /** Returns how many cells were masked. */
    private static int check(Table raw, Table shown, String what) {
        int masked = 0;
        for (int r = 0; r < shown.rows().size(); r++) {
            for (int c = 0; c < shown.columnHeaders().size(); c++) {
                Cell cell = shown.cell(r, c);
                if (cell instanceof Cell.Count count) {
                    assertFalse(count.value() >= 1 && count.value() <= 4, what + " shows " + count.value() + " at " + r + "," + c);
                }
                if (raw.cell(r, c) instanceof Cell.Count count && count.value() >= 1 && count.value() <= 4) {
                    assertInstanceOf(Cell.Masked.class, cell, what + " at " + r + "," + c);
                }
                masked += cell instanceof Cell.Masked ? 1 : 0;
            }
        }
        assertNull(SmallCountMasking.recomputable(shown), what + ": a masked count can be recomputed");
        for (Map.Entry<CellRef, List<CellRef>> derived : shown.derivedFrom().entrySet()) {
            boolean hidden = derived.getValue().stream().anyMatch(ref -> shown.cell(ref) instanceof Cell.Masked);
            if (hidden) {
                assertInstanceOf(Cell.Masked.class, shown.cell(derived.getKey()), what + " shows a share of a hidden count");
            }
        }
        // Every declared sum holds on the unmasked counts, so the oracle checks the real relations.
        for (List<CellRef> line : raw.sums()) {
            long sum = 0;
            for (CellRef ref : line.subList(0, line.size() - 1)) {
                sum += ((Cell.Count) raw.cell(ref)).value();
            }
            assertEquals(((Cell.Count) raw.cell(line.get(line.size() - 1))).value(), sum, what + " sum " + line);
        }
        return masked;
    }

    private static final Pattern JSON_COUNT = Pattern.compile("\"kind\": \"count\", \"value\": (\\d+)");

    private static void checkFormats(String id, AnalysisResult raw, AnalysisResult shown, String what) throws Exception {
        StringWriter csv = new StringWriter();
        CsvResultWriter.write(shown, csv);
        StringWriter json = new StringWriter();
        JsonResultWriter.write(id, shown, json);
        Matcher counts = JSON_COUNT.matcher(json.toString());
        while (counts.find()) {
            long value = Long.parseLong(counts.group(1));
            assertFalse(value >= 1 && value <= 4, what + " JSON shows " + value);
        }
        if (raw instanceof Table table) {
            List<String> lines = csv.toString().lines().toList();
            for (int r = 0; r < table.rows().size(); r++) {
                String[] fields = lines.get(r + 1).split(";", -1);
                for (int c = 0; c < table.columnHeaders().size(); c++) {
                    if (table.cell(r, c) instanceof Cell.Count count && count.value() >= 1 && count.value() <= 4) {
                        String field = fields[c + 1];
                        assertTrue(field.equals("\u22644") || field.equals(".."), what + " CSV shows " + field);
                    }
                }
            }
        }
        if (shown instanceof BoxPlot plot) {
            Map<String, String> sizes = new HashMap<>();
            for (List<String> row : ResultText.rows(plot)) {
                sizes.put(row.get(0), row.get(1));
            }
            for (BoxPlot.Group group : ((BoxPlot) raw).groups()) {
                if (group.n() >= 1 && group.n() <= 4) {
                    assertEquals("", sizes.get(group.label()), what + " CSV shows the size of " + group.label());
                    assertFalse(json.toString().contains("\"label\": \"" + group.label() + "\", \"n\""), what);
                }
            }
        }
    }
}
