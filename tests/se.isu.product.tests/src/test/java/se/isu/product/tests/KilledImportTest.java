package se.isu.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An import of a million-row file killed with {@code kill -9} while it writes leaves the store exactly
 * as it was; the same import run again stores exactly a million cases. Runs the product's own
 * {@code isu} script: Derby's crash recovery has to roll back the import's open transaction when the
 * next command opens the store.
 */
class KilledImportTest {

    private static final int ROWS = Integer.getInteger("isu.killtest.rows", 1_000_000);
    /**
     * How much Derby's transaction log must have grown before the kill: proof that the import is
     * storing, not still checking rows. A million cases write about 320 MiB of log; 64 MiB is about a
     * fifth of them.
     */
    private static final long LOG_GROWTH = Long.getLong("isu.killtest.logGrowth", 64L << 20);
    private static final String FORM = "su-x-2021";

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesTheStoreAsItWasAndARerunStoresEveryRow() throws Exception {
        Path work = Path.of(System.getProperty("isu.test.work", "target/product-tests")).resolve("killed-import");
        deleteTree(work);
        Isu isu = new Isu(work.resolve("home"), work.resolve("logs"));
        long t0 = System.nanoTime();

        // 1. Cases that must survive: two municipalities, one of them the big import's.
        Path soderhamn = work.resolve("soderhamn.csv");
        Path hudiksvall = work.resolve("hudiksvall-tidigare.csv");
        SuxFiles.writeCsv(soderhamn, 400, "S", 1);
        SuxFiles.writeCsv(hudiksvall, 300, "HT", 2);
        expectImported(isu.run(10, "import-soderhamn", "import", soderhamn.toString(), "--form", FORM, "--kommun", "Söderhamn"), 400);
        expectImported(isu.run(10, "import-hudiksvall", "import", hudiksvall.toString(), "--form", FORM, "--kommun", "Hudiksvall"), 300);
        Path big = work.resolve("hudiksvall-" + ROWS + ".csv");
        SuxFiles.writeCsv(big, ROWS, "H", 2021);
        log("generated " + ROWS + " rows (" + (Files.size(big) >> 20) + " MiB) and stored 700 cases", t0);

        // 2. The store before.
        String before = listing(isu, "list-before");
        assertEquals(701, before.lines().count(), "a header line and 700 cases");
        assertEquals("700", count(isu, "count-before"));
        assertEquals("300", count(isu, "count-hudiksvall-before", "--kommun", "Hudiksvall"));

        // 3. The import, killed while it writes.
        long logBefore = size(isu.database().resolve("log"));
        long started = System.nanoTime();
        Isu.Started importing = isu.start("import-killed", "import", big.toString(), "--form", FORM, "--kommun", "Hudiksvall");
        Process process = importing.process();
        long pid = process.pid();
        long grown = 0;
        try {
            while (grown < LOG_GROWTH) {
                if (!process.isAlive()) {
                    fail("the import ended before it was killed, after " + grown + " bytes of log; "
                            + importing.result().describe());
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(20)) {
                    fail("the import wrote only " + grown + " bytes of log in 20 minutes");
                }
                Thread.sleep(200);
                grown = size(isu.database().resolve("log")) - logBefore;
            }
            // The script execs Java: the process started is the JVM itself, with nothing under it to survive.
            Optional<String> command = process.info().command();
            assertTrue(command.isPresent() && command.get().endsWith("/java"), "the isu process is a JVM: " + command);
            assertEquals(List.of(), process.descendants().toList(), "the JVM started no processes of its own");
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -9 " + pid);
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the import is gone after kill -9");
        } finally {
            Isu.stop(process);
        }
        assertEquals(128 + 9, process.exitValue(), "the import died of SIGKILL");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "no process " + pid + " is left");
        assertFalse(Files.readString(importing.out(), StandardCharsets.UTF_8).contains("Klart"), "the import never finished");
        log("killed pid " + pid + " after " + (grown >> 20) + " MiB of transaction log", started);

        // 4. The store after: Derby's recovery rolls the open transaction back.
        long reopened = System.nanoTime();
        assertEquals("700", count(isu, "count-after-kill"));
        log("store opened again and recovered", reopened);
        String afterKill = listing(isu, "list-after-kill");
        assertEquals(digest(before), digest(afterKill), "the listing's SHA-256 before and after the kill");
        assertEquals(before, afterKill, "every stored field of every case");
        assertEquals("300", count(isu, "count-hudiksvall-after-kill", "--kommun", "Hudiksvall"));

        // 5. The same import again, to its end.
        long again = System.nanoTime();
        Isu.Result rerun = isu.run(40, "import-again", "import", big.toString(), "--form", FORM, "--kommun", "Hudiksvall");
        expectImported(rerun, ROWS);
        log("the import run again stored " + ROWS + " cases", again);
        assertEquals(Integer.toString(ROWS + 300), count(isu, "count-hudiksvall-after", "--kommun", "Hudiksvall"));
        assertEquals(Integer.toString(ROWS + 700), count(isu, "count-after"));
        String soderhamnBefore = before.lines().filter(l -> !l.startsWith("Hudiksvall\t")).collect(Collectors.joining("\n", "", "\n"));
        assertEquals(soderhamnBefore, listing(isu, "list-soderhamn-after", "--kommun", "Söderhamn"),
                "the other municipality's cases are untouched");
        log("whole test", t0);

        // A million cases take about 600 MB of disk; keep the logs, drop the rest.
        Files.delete(big);
        deleteTree(isu.home());
    }

    private static void expectImported(Isu.Result result, int created) {
        assertEquals(0, result.exitCode(), result.describe());
        assertTrue(result.out().contains("Klart. Nya: " + created + ", uppdaterade: 0, oförändrade: 0, avvisade: 0."),
                result.describe());
    }

    private static String count(Isu isu, String name, String... options) throws Exception {
        Isu.Result result = isu.run(10, name, Stream.concat(Stream.of("cases", "count"), Stream.of(options)).toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.describe());
        return result.out().strip();
    }

    private static String listing(Isu isu, String name, String... options) throws Exception {
        Isu.Result result = isu.run(10, name, Stream.concat(Stream.of("cases", "list"), Stream.of(options)).toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.describe());
        return result.out();
    }

    private static String digest(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The bytes of the files in a folder; 0 when it does not exist (yet). */
    private static long size(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path file : files.toList()) {
                try {
                    total += Files.size(file);
                } catch (IOException gone) {
                    // Derby removed an old log file between the listing and the size.
                }
            }
            return total;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void log(String what, long since) {
        System.out.printf("[killed-import] %s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
