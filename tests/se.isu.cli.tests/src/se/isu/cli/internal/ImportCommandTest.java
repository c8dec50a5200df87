package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.CaseQuery;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/** {@code isu import} through the command line, into a store in a temporary ISU folder. */
class ImportCommandTest {

    private static final String HEADER = "arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak\n";

    @TempDir
    Path home;

    private String previousHome;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void useTemporaryHome() {
        previousHome = System.getProperty(StoreLocation.ISU_HOME_PROPERTY);
        System.setProperty(StoreLocation.ISU_HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(StoreLocation.ISU_HOME_PROPERTY);
        } else {
            System.setProperty(StoreLocation.ISU_HOME_PROPERTY, previousHome);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int stored() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.openDefault()) {
            return store.count(CaseQuery.all());
        }
    }

    private Path csv(String name, String rows) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importsIntoTheDefaultStoreAndReimportsWithoutDuplicates() throws Exception {
        Path file = csv("soderhamn.csv", "A-1;9;1;2021-03-01;;1;2;2021-10-01;1\nA-2;10;2;2021-03-01;;1;2;2021-10-01;1\n");
        assertEquals(CommandLine.OK, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderhamn"), err.toString());
        assertEquals("Klart. Nya: 2, uppdaterade: 0, oförändrade: 0, avvisade: 0.", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(CommandLine.OK, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "SÖDERHAMN"));
        assertEquals("Klart. Nya: 0, uppdaterade: 0, oförändrade: 2, avvisade: 0.", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(2, stored());
    }

    @Test
    void aRejectedRowRefusesTheWholeFileUnlessAQuarantineIsGiven() throws Exception {
        Path file = csv("blandat.csv", "A-1;9;1;2021-03-01;;1;2;2021-10-01;1\nA-2;9;Tjej;2021-03-01;;1;2;2021-10-01;1\n");
        assertEquals(CommandLine.FAILED, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderhamn", "--all-or-nothing"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("blandat.csv, rad 3, kolumn \"kon\", värde \"Tjej\""), errors);
        assertTrue(errors.contains("1 rader avvisades, så ingenting har importerats."), errors);
        assertEquals(0, stored());

        Path quarantine = home.resolve("avvisade.csv");
        assertEquals(CommandLine.OK, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderhamn",
                "--quarantine", quarantine.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nya: 1, uppdaterade: 0, oförändrade: 0, avvisade: 1."));
        assertTrue(Files.readString(quarantine, StandardCharsets.UTF_8).contains("A-2;9;Tjej"));
        assertEquals(1, stored());
    }

    @Test
    void aPersonnummerStopsTheImportWithExitCodeOne() throws Exception {
        Path file = csv("pnr.csv", "811218-9876;9;1;2021-03-01;;1;2;2021-10-01;1\n");
        assertEquals(CommandLine.FAILED, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderhamn"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("värde \"XXXXXX-XXXX\""), errors);
        assertFalse(errors.contains("9876"), errors);
        assertEquals(0, stored());
    }

    @Test
    void wrongArgumentsAndUnknownFormsAreExplained() throws Exception {
        Path file = csv("a.csv", "");
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--kommun", "Söderhamn"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Användning:"));
        assertEquals(CommandLine.USAGE, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderhamn",
                "--all-or-nothing", "--quarantine", "q.csv"));
        assertEquals(CommandLine.FAILED, run("import", file.toString(), "--form", "su-x-1999", "--kommun", "Söderhamn"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Formulärversionen su-x-1999 finns inte."));
        assertEquals(CommandLine.FAILED, run("import", file.toString(), "--form", "su-x-2020", "--kommun", "Söderham"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Kommunen Söderham finns inte i ärendelagret."),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(CommandLine.FAILED, run("import", home.resolve("saknas.csv").toString(), "--form", "su-x-2020", "--kommun", "Söderhamn"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("finns inte"));
    }
}
