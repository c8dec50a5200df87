package se.isu.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built product's {@code isu} script, run in processes of their own with {@code ISU_HOME} set to
 * a folder of the test's, so the user's {@code ~/.isu} is never touched.
 */
final class Isu {

    /** What a finished {@code isu} command printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
        String describe() {
            return "exit code " + exitCode + "\n--- stdout:\n" + tail(out) + "\n--- stderr:\n" + tail(err);
        }

        private static String tail(String text) {
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        }
    }

    private final Path script;
    private final Path home;
    private final Path logs;
    private final AtomicInteger runs = new AtomicInteger();

    Isu(Path home, Path logs) throws IOException {
        String product = System.getProperty("isu.product");
        assertTrue(product != null, "the system property isu.product names the materialized product");
        this.script = Path.of(product).resolve("isu").toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(script), script + " is missing: build the product first (releng/se.isu.product)");
        this.home = home;
        this.logs = logs;
        Files.createDirectories(home);
        Files.createDirectories(logs);
    }

    Path home() {
        return home;
    }

    /** The store's Derby database folder. */
    Path database() {
        return home.resolve("store").resolve("cases");
    }

    /** Starts {@code isu args...}; its output goes to files named after {@code name} in the log folder. */
    Started start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        String base = String.format("%02d-%s", runs.incrementAndGet(), name);
        Path out = logs.resolve(base + ".out");
        Path err = logs.resolve(base + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("ISU_HOME", home.toString());
        return new Started(builder.start(), out, err);
    }

    /** Runs {@code isu args...} to its end (at most {@code minutes}) and returns what it printed. */
    Result run(int minutes, String name, String... args) throws IOException, InterruptedException {
        Started started = start(name, args);
        try {
            if (!started.process().waitFor(minutes, TimeUnit.MINUTES)) {
                throw new AssertionError("isu " + String.join(" ", args) + " did not end within " + minutes + " minutes");
            }
        } finally {
            stop(started.process());
        }
        return started.result();
    }

    /** Kills {@code process} and what it started, when it still runs: a failed test leaves nothing running. */
    static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    /** A running {@code isu} process and the files its output goes to. */
    record Started(Process process, Path out, Path err) {
        Result result() throws IOException {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }
}
