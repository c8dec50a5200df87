package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.isu.forms.FormVersion;
import se.isu.store.CaseColumns;
import se.isu.store.CaseQuery;
import se.isu.store.ImportResult;
import se.isu.store.Municipality;
import se.isu.tests.support.Measure;
import se.isu.tests.support.SuxCases;

/**
 * The store's speed on this machine: bulk insert, columnar read and streaming read of generated SU-X
 * 2021 cases. Not part of the tests: it runs only through the {@code store-benchmark} profile (see
 * docs/benchmarks.md), prints its figures and checks only that everything inserted is read back.
 */
class StoreBenchmark {

    /** Case counts to measure, e.g. {@code -Dstore.benchmark.sizes=100000,1000000}. */
    private static final String SIZES = "store.benchmark.sizes";
    /** Cases for the baseline, a plain batched insert of the same rows; 0 for none. */
    private static final String BASELINE = "store.benchmark.baseline";
    /** How many times each size is stored into a new store, e.g. {@code -Dstore.benchmark.repeats=3}. */
    private static final String REPEATS = "store.benchmark.repeats";
    /** Where the benchmark's stores are written; a fresh folder per size. */
    private static final String FOLDER = "store.benchmark.folder";

    @Test
    void insertAndReadBack() throws Exception {
        FormVersion version = SuxForms.v2021();
        Path root = Path.of(System.getProperty(FOLDER, "target/store-benchmark")).toAbsolutePath();
        List<Long> sizes = new ArrayList<>();
        for (String size : System.getProperty(SIZES, "100000,1000000").split(",")) {
            sizes.add(Long.parseLong(size.strip()));
        }
        print("Java %s, %d processors, max heap %d MiB, Derby page cache %s pages", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("derby.storage.pageCacheSize", "1000 (default)"));
        warmUp(version, root.resolve("warm-up"));
        fixedCosts(version, root.resolve("fixed-costs"));
        for (long size : sizes) {
            run(version, root.resolve("cases-" + size), size);
        }
        long baseline = Long.getLong(BASELINE, 100_000);
        if (baseline > 0) {
            baseline(version, root.resolve("baseline-" + baseline), baseline);
        }
    }

    /** Cases a store takes, untimed, before the figures: the JIT compiles the paths the figures time. */
    private static final long WARM_UP = 50_000;

    /**
     * Stores and reads back {@value #WARM_UP} cases in a store of their own, untimed, so that the figures
     * measure the store at work and not the JVM's start (a fresh JVM interprets Derby and the generator
     * at first; 100,000 cases would otherwise be timed mostly while that lasts).
     */
    private static void warmUp(FormVersion version, Path folder) throws Exception {
        Measure.deleteTree(folder);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
            SuxCases generator = new SuxCases(version, municipalities, 7, SuxCases.Shape.STORE);
            assertEquals(WARM_UP, store.insertAll(generator.cases(0, WARM_UP)));
            store.readColumns(version.getFormId(), version.getVersion(), CaseQuery.forAnalysis());
        }
        Measure.deleteTree(folder);
        print("warm-up: %,d cases stored and read back in a store of their own, untimed", WARM_UP);
    }

    /**
     * What a bulk insert costs beyond its rows: one case stored with {@code insertAll} into a new store,
     * three times, each store new. It is what keeps a short batch from the rate of a long one.
     */
    private static void fixedCosts(FormVersion version, Path folder) throws Exception {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Measure.deleteTree(folder);
            try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
                store.register(version);
                List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
                SuxCases generator = new SuxCases(version, municipalities, 11 + i, SuxCases.Shape.STORE);
                long start = System.nanoTime();
                assertEquals(1, store.insertAll(generator.cases(0, 1)));
                times.add(String.format(Locale.ROOT, "%.0f ms", seconds(start) * 1000));
            }
        }
        Measure.deleteTree(folder);
        print("fixed costs: one case stored with insertAll into a new store: %s", String.join(", ", times));
    }

    /**
     * Stores the same cases into a new store again, {@code store.benchmark.repeats - 1} times (2 by
     * default), so that one figure is not taken for the rate: on a shared machine a single run varies
     * with what else runs. Prints every rate and their median.
     */
    private static void repeat(FormVersion version, Path folder, SuxCases generator, long size, double first)
            throws Exception {
        int repeats = Integer.getInteger(REPEATS, 3);
        if (repeats < 2) {
            return;
        }
        List<Double> rates = new ArrayList<>(List.of(first));
        for (int i = 1; i < repeats; i++) {
            Measure.deleteTree(folder);
            try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
                store.register(version);
                long start = System.nanoTime();
                assertEquals(size, store.insertAll(generator.cases(0, size)));
                rates.add(size / seconds(start));
            }
        }
        Measure.deleteTree(folder);
        List<String> shown = rates.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList();
        double median = Measure.median(rates);
        print("%,d cases stored into a new store %d times: %s cases/s; median %,.0f cases/s (load average %.1f)", size,
                repeats, String.join(", ", shown), median, Measure.loadAverage());
    }

    private static void run(FormVersion version, Path folder, long size) throws Exception {
        Measure.deleteTree(folder);
        List<String> municipalities;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            municipalities = store.municipalities().stream().map(Municipality::name).toList();
        }
        SuxCases generator = new SuxCases(version, municipalities, 2021, SuxCases.Shape.STORE);

        // What making the cases costs by itself: insertAll makes them again, on its preparing thread.
        long start = System.nanoTime();
        AtomicLong answers = new AtomicLong();
        generator.cases(0, size).forEach(r -> answers.addAndGet(r.answers().asMap().size()));
        double generate = seconds(start);

        Measure.resetHeapPeaks();
        double insert;
        double cpu;
        double load;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            load = Measure.loadAverage();
            cpu = Measure.processCpuNanos();
            start = System.nanoTime();
            assertEquals(size, store.insertAll(generator.cases(0, size)));
            insert = seconds(start);
            cpu = (Measure.processCpuNanos() - cpu) / 1e9;
            load = Math.max(load, Measure.loadAverage());
        }
        long insertPeak = Measure.heapPeak();
        repeat(version, folder.resolveSibling(folder.getFileName() + "-again"), generator, size, size / insert);

        // Reopened, so the read starts from the files, as an analysis after a restart would.
        Measure.resetHeapPeaks();
        double columnar;
        double streaming;
        int read;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            start = System.nanoTime();
            CaseColumns columns = store.readColumns(version.getFormId(), version.getVersion(), CaseQuery.forAnalysis());
            columnar = seconds(start);
            read = columns.size();
            long readPeak = Measure.heapPeak();
            columns = null;
            Measure.resetHeapPeaks();
            AtomicLong records = new AtomicLong();
            start = System.nanoTime();
            store.forEach(CaseQuery.forAnalysis(), r -> records.incrementAndGet());
            streaming = seconds(start);
            assertEquals(size, records.get());
            print("%,d cases (%,d answers): generate %.1f s; insertAll %.1f s = %,.0f cases/s (CPU %.1f s, load average %.1f); "
                    + "readColumns %.1f s = %,.0f cases/s; forEach %.1f s = %,.0f cases/s; heap peak insert %d MiB, readColumns %d MiB, "
                    + "forEach %d MiB; on disk %d MiB", size, answers.get(), generate, insert, size / insert, cpu, load, columnar, size / columnar, streaming, size / streaming, insertPeak >> 20,
                    readPeak >> 20, Measure.heapPeak() >> 20, diskSize(folder) >> 20);
        }
        assertEquals(size, read);

        // A re-import of cases that are stored already, unchanged: upsertAll looks them up a chunk at a
        // time and writes nothing. Compared with deciding it case by case through find, as an importer could.
        long again = Math.min(size, 100_000);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            // One by one takes a statement per case: a tenth of the cases gives its rate.
            long sample = Math.max(1, again / 10);
            start = System.nanoTime();
            long same = 0;
            for (var record : generator.cases(0, sample)) {
                var stored = store.find(record.municipality(), record.formId(), record.caseId()).orElseThrow();
                if (stored.answers().equals(record.answers()) && java.util.Objects.equals(stored.unit(), record.unit())) {
                    same++;
                }
            }
            double oneByOne = seconds(start);
            assertEquals(sample, same);
            start = System.nanoTime();
            assertEquals(new ImportResult(0, 0, (int) again), store.upsertAll(generator.cases(0, again)));
            double seconds = seconds(start);
            print("re-import of %,d unchanged cases into the table holding %,d: upsertAll %.1f s = %,.0f cases/s "
                    + "(finding %,d of them one by one: %.1f s = %,.0f cases/s)", again, size, seconds, again / seconds, sample,
                    oneByOne, sample / oneByOne);
        }

        // A later import into the same table: Derby loads an empty table in one pass and builds its index
        // by sorting, but a table that holds cases takes each row and index entry one at a time.
        long more = size / 10;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            start = System.nanoTime();
            assertEquals(more, store.insertAll(generator.cases(size, more)));
            double seconds = seconds(start);
            print("%,d more cases into the table holding %,d: insertAll %.1f s = %,.0f cases/s", more, size, seconds, more / seconds);
        }
        Measure.deleteTree(folder);
    }

    /**
     * The same cases into the same table the plain way: one prepared single-row INSERT, sent in batches
     * of 1,000, committed once. What the bulk insert is measured against on the same machine and load.
     */
    private static void baseline(FormVersion version, Path folder, long size) throws Exception {
        Measure.deleteTree(folder);
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(version);
            FormTable table = store.table(version.getFormId(), version.getVersion());
            CaseCodec codec = new CaseCodec();
            List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
            SuxCases generator = new SuxCases(version, municipalities, 2021, SuxCases.Shape.STORE);
            java.time.Instant now = java.time.Instant.now();
            try (java.sql.Connection c = store.database().connect();
                    java.sql.PreparedStatement insert = c.prepareStatement(DerbyCaseStore.insertSql(table))) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                long n = 0;
                for (var record : generator.cases(0, size)) {
                    store.bindInsert(insert, table, codec.encode(table, store.municipalityId(record.municipality()), record), now, now);
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
                double seconds = seconds(start);
                print("baseline, %,d cases by batched single-row INSERT: %.1f s = %,.0f cases/s", size, seconds, size / seconds);
            }
        }
        Measure.deleteTree(folder);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long diskSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[store-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
