package se.isu.analysis.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.AnalysisResult;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.CaseQuery;
import se.isu.store.Municipality;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.tests.support.Measure;
import se.isu.tests.support.SuxCases;

/**
 * The analysis engine's speed on this machine, for generated SU-X 2021 cases in a real Derby store: the
 * dataset's load (both SU-X versions through the crosswalk, as the workbench loads them), a filter, every
 * analysis registered at {@code se.isu.analysis.analyses} through {@link AnalysisRegistry#run} (so with
 * disclosure control), the four core computations of {@link CoreAnalyses}, and the same four as SQL in
 * DuckDB over the same cases, whose results must equal the engine's. Not part of the tests: it runs only
 * through the {@code analysis-benchmark} profile (docs/benchmarks.md) and prints its figures.
 */
class AnalysisBenchmark {

    /** Case counts to measure, e.g. {@code -Danalysis.benchmark.sizes=100000,1000000}. */
    private static final String SIZES = "analysis.benchmark.sizes";
    /** Where the stores and CSV files are written; a fresh folder per size. */
    private static final String FOLDER = "analysis.benchmark.folder";
    /** The DuckDB JDBC driver jar; without it the comparison is left out. */
    private static final String DUCKDB = "analysis.benchmark.duckdb";
    /** Timed runs of each computation after the warm-up runs; the median is reported. */
    private static final int RUNS = 7;
    private static final int WARMUPS = 3;
    /** Fewer for the registered analyses, each of which takes longer than a core computation. */
    private static final int ANALYSIS_RUNS = 3;
    private static final int ANALYSIS_WARMUPS = 1;

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @Test
    void loadAnalyseAndCompare() throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        Crosswalk crosswalk = forms.crosswalk(v2020, v2021).orElseThrow();
        AnalysisRegistry registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
        Path root = Path.of(System.getProperty(FOLDER, "target/analysis-benchmark")).toAbsolutePath();
        String duckdb = System.getProperty(DUCKDB, "");
        print("Java %s (%s), %d processors, max heap %d MiB; %d registered analyses: %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                registry.analyses().size(), registry.analyses().stream().map(AnalysisDescriptor::id).toList());
        print("load average at start: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String size : System.getProperty(SIZES, "100000,1000000").split(",")) {
            run(Integer.parseInt(size.strip()), root.resolve("cases-" + size.strip()), List.of(v2020, v2021),
                    List.of(crosswalk), registry, duckdb.isBlank() ? null : Path.of(duckdb));
        }
        print("load average at end: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void run(int size, Path folder, List<FormVersion> versions, List<Crosswalk> crosswalks,
            AnalysisRegistry registry, Path duckdb) throws Exception {
        Measure.deleteTree(folder);
        Files.createDirectories(folder);
        FormVersion generated = versions.get(versions.size() - 1);
        long start = System.nanoTime();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            for (FormVersion version : versions) {
                store.register(version);
            }
            List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
            SuxCases cases = new SuxCases(generated, municipalities, 2021, SuxCases.Shape.ANALYSIS);
            assertEquals(size, store.insertAll(cases.cases(0, size)));
        }
        print("%,d cases: generated and stored in %.1f s", size, seconds(start));

        // Reopened, so the load starts from the files, as an analysis after a restart would.
        Dataset dataset;
        double firstLoad;
        double secondLoad;
        long loadPeak;
        long retained;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            for (FormVersion version : versions) {
                store.register(version);
            }
            Measure.resetHeapPeaks();
            long before = usedHeap();
            start = System.nanoTime();
            dataset = Dataset.load(store, versions, crosswalks, CaseQuery.forAnalysis(), DatasetRoles.suX());
            firstLoad = seconds(start);
            loadPeak = Measure.heapPeak() - before;
            assertEquals(size, dataset.size());
            dataset = null;
            Measure.resetHeapPeaks();
            before = usedHeap();
            start = System.nanoTime();
            dataset = Dataset.load(store, versions, crosswalks, CaseQuery.forAnalysis(), DatasetRoles.suX());
            secondLoad = seconds(start);
            System.gc();
            retained = usedHeap() - before;
            print("%,d cases: Dataset.load %.2f s = %,.0f cases/s (again: %.2f s = %,.0f cases/s); heap: dataset %d MiB, "
                    + "load peak %d MiB above what was used before", size, firstLoad, size / firstLoad, secondLoad,
                    size / secondLoad, retained >> 20, loadPeak >> 20);
            // What of the load is the store's columnar read of the version that holds the cases.
            start = System.nanoTime();
            assertEquals(size, store.readColumns(generated.getFormId(), generated.getVersion(), CaseQuery.forAnalysis()).size());
            print("%,d cases: of which CaseStore.readColumns alone about %.2f s", size, seconds(start));
        }

        Dataset data = dataset;
        BitSet all = data.all();
        String municipality = data.municipality(0);
        DatasetFilter filter = DatasetFilter.all().withMunicipalities(Set.of(municipality)).withClosingYears(Set.of(2022))
                .withSexes(Set.of(CoreAnalyses.GIRL)).withAgeBand(13, 17);
        BitSet[] selected = new BitSet[1];
        double[] select = time(() -> selected[0] = data.select(filter));
        print("%,d cases: DatasetFilter (municipality, closing year, sex, age band; %,d rows) %s", size,
                selected[0].cardinality(), median(select));

        // Every registered analysis, as the workbench runs it: unfiltered, default parameters, masked.
        SmallCountMasking masking = new SmallCountMasking();
        Map<String, double[]> perAnalysis = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (AnalysisDescriptor analysis : registry.analyses()) {
            try {
                perAnalysis.put(analysis.id(), time(ANALYSIS_WARMUPS, ANALYSIS_RUNS, () -> {
                    AnalysisResult result = AnalysisRegistry.run(analysis, data, all, Map.of(), masking);
                    if (result == null) {
                        throw new IllegalStateException(analysis.id() + " gave no result");
                    }
                }));
            } catch (Exception | AssertionError e) {
                failed.add(analysis.id() + ": " + e);
            }
        }
        List<AnalysisDescriptor> working = registry.analyses().stream().filter(a -> perAnalysis.containsKey(a.id()))
                .toList();
        double[] registered = time(ANALYSIS_WARMUPS, ANALYSIS_RUNS, () -> {
            for (AnalysisDescriptor analysis : working) {
                AnalysisRegistry.run(analysis, data, all, Map.of(), masking);
            }
        });
        StringBuilder each = new StringBuilder();
        perAnalysis.forEach((id, times) -> each.append(String.format(Locale.ROOT, "; %s %.1f",
                id.substring(id.lastIndexOf('.') + 1), middle(times))));
        print("%,d cases: all %d registered analyses through AnalysisRegistry.run, together %s (median ms each%s)",
                size, working.size(), median(registered), each);

        CoreAnalyses.Codes codes = CoreAnalyses.Codes.of(data);
        List<Map<String, Double>> engineResult = new ArrayList<>();
        double[] background = time(() -> CoreAnalyses.background(data, all, codes));
        double[] coOccurrence = time(() -> CoreAnalyses.coOccurrence(data, all, codes));
        double[] quantiles = time(() -> CoreAnalyses.lengthQuantiles(data, all, codes));
        double[] endReasons = time(() -> CoreAnalyses.endReasonByMix(data, all, codes));
        double[] core = time(() -> {
            engineResult.clear();
            engineResult.add(CoreAnalyses.all(data, all, codes));
        });
        print("%,d cases: engine, four core computations together %s; background %.1f, co-occurrence %.1f, "
                + "length quartiles %.1f, end reason by mix %.1f (median ms)", size, median(core), middle(background),
                middle(coOccurrence), middle(quantiles), middle(endReasons));

        if (duckdb != null) {
            Path csv = folder.resolve("cases.csv");
            start = System.nanoTime();
            DuckDbAnalyses.writeCsv(data, csv);
            double write = seconds(start);
            try (DuckDbAnalyses duck = new DuckDbAnalyses(duckdb)) {
                start = System.nanoTime();
                duck.load(csv);
                double load = seconds(start);
                print("%,d cases: %s; CSV written in %.2f s (%d MiB), loaded into DuckDB in %.2f s", size,
                        duck.describe(), write, Files.size(csv) >> 20, load);
                List<Map<String, Double>> duckResult = new ArrayList<>();
                double[] dBackground = time(duck::background);
                double[] dCoOccurrence = time(() -> duck.coOccurrence(codes));
                double[] dQuantiles = time(() -> duck.lengthQuantiles(codes));
                double[] dEndReasons = time(duck::endReasonByMix);
                double[] dCore = time(() -> {
                    duckResult.clear();
                    duckResult.add(duck.all(codes));
                });
                print("%,d cases: DuckDB, the same four queries together %s; background %.1f, co-occurrence %.1f, "
                        + "length quartiles %.1f, end reason by mix %.1f (median ms)", size, median(dCore),
                        middle(dBackground), middle(dCoOccurrence), middle(dQuantiles), middle(dEndReasons));
                compare(engineResult.get(0), duckResult.get(0));
                // The engine computes on one thread: DuckDB on one thread too, for the cost per thread.
                duck.threads(1);
                double[] dSingle = time(() -> duck.all(codes));
                print("%,d cases: DuckDB on one thread, the four queries together %s; DuckDB on one thread / engine: %.1f",
                        size, median(dSingle), middle(dSingle) / middle(core));
                print("%,d cases: DuckDB / engine, four core computations: %.1f (median), %.1f (fastest runs); "
                        + "per computation %.1f, %.1f, %.1f, %.1f; the %d values agree", size,
                        middle(dCore) / middle(core), dCore[0] / core[0], middle(dBackground) / middle(background),
                        middle(dCoOccurrence) / middle(coOccurrence), middle(dQuantiles) / middle(quantiles),
                        middle(dEndReasons) / middle(endReasons), engineResult.get(0).size());
            }
            Files.delete(csv);
        }
        dataset = null;
        Measure.deleteTree(folder);
        assertTrue(failed.isEmpty(), () -> "analyses that failed: " + failed);
    }

    /** The same keys, and the same values to 1e-9 relative (means and quantiles are doubles). */
    private static void compare(Map<String, Double> engine, Map<String, Double> duck) {
        assertEquals(new TreeSet<>(engine.keySet()), new TreeSet<>(duck.keySet()), "keys of the results");
        for (Map.Entry<String, Double> e : engine.entrySet()) {
            double expected = e.getValue();
            double actual = duck.get(e.getKey());
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), e.getKey());
        }
    }

    /** The first (cold) run, then {@link #WARMUPS} untimed runs, then {@link #RUNS} timed; all in ms. */
    private static double[] time(Step step) throws Exception {
        return time(WARMUPS, RUNS, step);
    }

    /**
     * The first (cold) run, then {@code warmups} untimed runs, then {@code runs} timed: the timed runs
     * ascending, then the first run; all in ms.
     */
    private static double[] time(int warmups, int runs, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < warmups; i++) {
            step.run();
        }
        double[] times = new double[runs + 1];
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times, 0, runs);
        times[runs] = first;
        return times;
    }

    private static double middle(double[] times) {
        return times[(times.length - 1) / 2];
    }

    private static String median(double[] times) {
        int runs = times.length - 1;
        return String.format(Locale.ROOT, "%.1f ms (median of %d; fastest %.1f, slowest %.1f; first run %.1f)",
                middle(times), runs, times[0], times[runs - 1], times[runs]);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String format, Object... args) {
        System.out.println("[analysis-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
