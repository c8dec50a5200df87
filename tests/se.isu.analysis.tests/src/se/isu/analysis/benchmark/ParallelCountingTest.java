package se.isu.analysis.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.builtin.MethodNames;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.export.JsonResultWriter;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.analysis.stats.Descriptives;
import se.isu.analysis.stats.IntHistogram;
import se.isu.analysis.stats.Parallel;
import se.isu.analysis.stats.QuantileType;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.CaseQuery;
import se.isu.store.Municipality;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.tests.support.SuxCases;

/**
 * On enough generated cases that the engine counts in two halves on two threads, every registered
 * analysis, with every comparison and with a filter, gives what it gives counted on one thread; the
 * per-value histograms give what the gathered values give; and Tabell 2 counted through the dataset's
 * dictionary of comments gives what reading every row's comment gives.
 */
class ParallelCountingTest {

    /** Above the 131,072 rows from which a selection is split. */
    private static final int SIZE = 150_000;

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static AnalysisRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        Crosswalk crosswalk = forms.crosswalk(v2020, v2021).orElseThrow();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            store.register(v2020);
            store.register(v2021);
            List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
            store.insertAll(new SuxCases(v2021, municipalities, 6, SuxCases.Shape.ANALYSIS).cases(0, SIZE));
            dataset = Dataset.load(store, List.of(v2020, v2021), List.of(crosswalk), CaseQuery.forAnalysis(),
                    DatasetRoles.suX());
        }
        registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
    }

    private static String json(AnalysisDescriptor analysis, BitSet rows, Map<String, String> parameters)
            throws Exception {
        AnalysisResult result = AnalysisRegistry.run(analysis, dataset, rows, parameters, new SmallCountMasking());
        StringWriter out = new StringWriter();
        JsonResultWriter.write(analysis.id(), result, out);
        return out.toString();
    }

    @Test
    void twoThreadsGiveWhatOneGives() throws Exception {
        assertEquals(SIZE, dataset.size());
        BitSet all = dataset.all();
        BitSet filtered = dataset.select(DatasetFilter.all().withClosingYears(Set.of(2021, 2022)).withAgeBand(5, 15));
        assertTrue(filtered.length() >> 6 >= Parallel.MIN_WORDS, "the filtered rows still span enough words to split");
        String focus = dataset.municipality(0);
        List<Map<String, String>> comparisons = List.of(Map.of(), Map.of("compare", "none"),
                Map.of("compare", "municipalities"), Map.of("compare", "oneVsRest", "focus", focus));
        int compared = 0;
        for (AnalysisDescriptor analysis : registry.analyses()) {
            for (Map<String, String> parameters : comparisons) {
                for (BitSet rows : List.of(all, filtered)) {
                    String two = json(analysis, rows, parameters);
                    String one = Parallel.sequentially(() -> {
                        try {
                            return json(analysis, rows, parameters);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    assertEquals(one, two, analysis.id() + " " + parameters);
                    compared++;
                }
            }
        }
        assertEquals(registry.analyses().size() * comparisons.size() * 2, compared);
        assertTrue(registry.analyses().size() >= 17);
        CoreAnalyses.Codes codes = CoreAnalyses.Codes.of(dataset);
        assertEquals(Parallel.sequentially(() -> CoreAnalyses.all(dataset, all, codes)), CoreAnalyses.all(dataset, all, codes));
    }

    @Test
    void histogramsPerProblemAreaAreTheGatheredValues() {
        BitSet rows = dataset.all();
        int[] areas = dataset.options("problematik").stream().mapToInt(o -> o.code()).toArray();
        IntHistogram[] counted = dataset.histogramsByCode("insatstid", "problematik", rows, areas);
        double[][] gathered = dataset.valuesByCode("insatstid", "problematik", rows, areas);
        assertNotNull(counted);
        int nonEmpty = 0;
        for (int i = 0; i < areas.length; i++) {
            assertEquals(Descriptives.of(gathered[i]), counted[i].descriptives());
            if (gathered[i].length > 0) {
                nonEmpty++;
                for (QuantileType type : QuantileType.values()) {
                    BoxStatistics expected = BoxStatistics.of(gathered[i], type);
                    BoxStatistics box = counted[i].box(type);
                    assertEquals(List.of(expected.n(), expected.q1(), expected.median(), expected.q3(),
                            expected.lowerWhisker(), expected.upperWhisker()), List.of(box.n(), box.q1(), box.median(),
                                    box.q3(), box.lowerWhisker(), box.upperWhisker()));
                    assertEquals(java.util.Arrays.toString(expected.outliers()), java.util.Arrays.toString(box.outliers()));
                }
            }
        }
        assertTrue(nonEmpty > 5);
    }

    @Test
    void namedMethodsThroughTheDictionaryAreThoseOfEachRowsComment() {
        // Tabell 2 unmasked, against the methods of each row's comment read one row at a time.
        AnalysisDescriptor analysis = registry.find("se.isu.analysis.manualMethods").orElseThrow();
        BitSet rows = dataset.all();
        Table table = (Table) analysis.create().run(dataset, rows, analysis.withDefaults(Map.of()));
        String[] comments = dataset.comments("insatser", 3);
        long[] chosen = dataset.bits("insatser");
        Map<String, Long> expected = new HashMap<>();
        long unnamed = 0;
        for (int row = 0; row < dataset.size(); row++) {
            Set<String> methods = new LinkedHashSet<>();
            if ((chosen[row] & 1L << 2) != 0) {
                methods.add(MethodNames.CRISIS_SUPPORT);
            }
            methods.addAll(MethodNames.methods(comments[row]));
            methods.forEach(m -> expected.merge(m, 1L, Long::sum));
            unnamed += methods.isEmpty() && (chosen[row] & 1L << 3) != 0 ? 1 : 0;
        }
        Map<String, Long> actual = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            actual.put(table.rowHeaders().get(r), ((Cell.Count) table.cell(r, 0)).value());
        }
        if (unnamed > 0) {
            expected.put(table.rowHeaders().get(table.rowHeaders().size() - 1), unnamed);
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
        List<String> names = new ArrayList<>(actual.keySet());
        assertEquals(names.size(), table.rowHeaders().size());
    }
}
