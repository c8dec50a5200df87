package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.demo.DemoData;
import se.isu.store.CaseQuery;
import se.isu.store.derby.DerbyCaseStore;

/** {@code isu demo} into an empty store, and its refusal of a store with cases. */
class DemoCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void loadsTheDemoWorkbooksIntoAnEmptyStoreOnce() throws Exception {
        Path store = folder.resolve("demo-store");
        Path files = folder.resolve("filer");
        int expected = DemoData.cases().size();
        assertEquals(CommandLine.OK, run("demo", "--store", store.toString(), "--files", files.toString()), err.toString());
        String done = out.toString(StandardCharsets.UTF_8);
        assertTrue(done.startsWith("Demodata inläst: " + expected + " ärenden från 9 arbetsböcker"), done);
        assertTrue(Files.isRegularFile(files.resolve("Hudiksvall SU-X 2020.xlsx")));
        try (DerbyCaseStore opened = DerbyCaseStore.open(store)) {
            assertEquals(expected, opened.count(CaseQuery.all()));
        }

        assertEquals(CommandLine.FAILED, run("demo", "--store", store.toString(), "--files", files.toString()));
        String refused = err.toString(StandardCharsets.UTF_8);
        assertTrue(refused.contains("innehåller redan " + expected + " ärenden"), refused);
        try (DerbyCaseStore opened = DerbyCaseStore.open(store)) {
            assertEquals(expected, opened.count(CaseQuery.all()), "nothing added, nothing removed");
        }
    }

    @Test
    void wrongWordsGiveTheUsage() {
        assertEquals(CommandLine.USAGE, run("demo", "--stor"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("isu demo [--store <mapp>] [--files <mapp>]"));
    }
}
