package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.importer.ImportSummary.Outcome;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.tests.support.Measure;

/**
 * The import's speed once the JVM runs compiled code, as in a workbench that has imported before: each
 * file imported into a new store several times in one JVM, after imports of the first file that are
 * not taken as figures (the warm-up). Not part of the
 * tests: it runs only through the {@code import-benchmark} profile, which
 * releng/scripts/benchmark-import.sh uses after its imports through {@code isu import} (one new JVM per
 * file; see docs/benchmarks.md). It checks only that every row was stored.
 */
class ImportBenchmark {

    /** The SU-X 2021 files to import, comma-separated: {@code -Dimport.benchmark.files=a.csv,b.xlsx}. */
    private static final String FILES = "import.benchmark.files";
    /** How many times each file is imported into a new store. */
    private static final String REPEATS = "import.benchmark.repeats";
    /** How many imports of the first file run before the figures, e.g. {@code -Dimport.benchmark.warmups=2}. */
    private static final String WARM_UPS = "import.benchmark.warmups";
    /** Where the stores are written; one at a time, each deleted after its import. */
    private static final String FOLDER = "import.benchmark.folder";
    private static final String KOMMUN = "Bollnäs";

    @Test
    void importEachFileIntoNewStores() throws Exception {
        String files = System.getProperty(FILES, "");
        assertFalse(files.isBlank(), "no files given: -D" + FILES + "=a.csv,b.xlsx");
        FormVersion version = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null).find("su-x", "2021")
                .orElseThrow(() -> new AssertionError("SU-X 2021 is not contributed"));
        Path folder = Path.of(System.getProperty(FOLDER, "target/import-benchmark")).toAbsolutePath().resolve("store");
        int repeats = Integer.getInteger(REPEATS, 3);
        List<Path> paths = Stream.of(files.split(",")).map(String::strip).map(Path::of).toList();
        print("Java %s, %d processors, max heap %d MiB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // The JVM's first imports, not taken as figures: the JIT compiles the reading, checking and storing
        // while they run. Their rates are shown, since the first is what a new process gets.
        Path first = paths.get(0);
        int warmUps = Integer.getInteger(WARM_UPS, 2);
        for (int i = 1; i <= warmUps; i++) {
            Run warmUp = importOnce(version, first, folder);
            print("warm-up %d of %d: %s, %,d rows: %,.0f rows/s (not a figure)", i, warmUps, first.getFileName(), warmUp.rows,
                    warmUp.rate());
        }

        for (Path file : paths) {
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                runs.add(importOnce(version, file, folder));
            }
            double median = Measure.median(runs.stream().map(Run::rate).toList());
            print("%s, %,d rows, imported into a new store %d times: %s rows/s; median %,.0f rows/s; CPU %s s; heap peak %d MiB "
                    + "(load average %.1f)", file.getFileName(), runs.get(0).rows, repeats,
                    String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r.rate())).toList()), median,
                    String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.cpuSeconds)).toList()),
                    runs.stream().mapToLong(Run::heapPeak).max().orElse(0) >> 20, Measure.loadAverage());
        }
    }

    /** One import: its rows, the import's own time (as {@code isu import} reports it), its CPU and peak heap. */
    private record Run(int rows, double seconds, double cpuSeconds, long heapPeak) {
        double rate() {
            return rows / seconds;
        }
    }

    private static Run importOnce(FormVersion version, Path file, Path folder) throws Exception {
        Measure.deleteTree(folder);
        Run run;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            CaseImport caseImport = new CaseImport(ImportFixtures.open(file), version, KOMMUN);
            Measure.resetHeapPeaks();
            long cpu = Measure.processCpuNanos();
            ImportSummary summary = caseImport.run(store);
            double cpuSeconds = (Measure.processCpuNanos() - cpu) / 1e9;
            assertEquals(Outcome.STORED, summary.outcome(), () -> String.valueOf(summary.problems()));
            assertEquals(summary.rows(), summary.created());
            run = new Run(summary.rows(), summary.elapsed().toNanos() / 1e9, cpuSeconds, Measure.heapPeak());
        }
        Measure.deleteTree(folder);
        return run;
    }

    private static void print(String format, Object... args) {
        System.out.println("[import-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
