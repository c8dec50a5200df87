package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isu population import} and {@code list}, into a store in a temporary folder given by --store. */
class PopulationCommandTest {

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void districtsThatDoNotAddUpAreStoredWithAWarningAndListed() throws Exception {
        Path file = folder.resolve("befolkning.csv");
        Files.writeString(file, """
                Kommun;Stadsdel;År;Åldersgrupp;Antal
                Stockholm;Bromma;2017;0-20;20 220
                Stockholm;Älvsjö;2017;0-20;8 285
                Stockholm;Staden totalt;2017;0-20;28 600
                Söderhamn;;2020;0–17 år;4 310
                """, StandardCharsets.UTF_8);
        String store = folder.resolve("store").toString();
        assertEquals(CommandLine.OK, run("population", "import", file.toString(), "--store", store), err());
        assertEquals("Klart. Nya: 4, ändrade: 0, oförändrade: 0, varningar: 1.", out().strip());
        assertEquals("VARNING befolkning.csv, rad 4, kolumn \"Antal\", värde \"28 600\": Stockholm 2017, 0-20 år: totalen är 28600, "
                + "men de 2 delarna summerar till 28505 (95 färre än totalen).", err().strip());

        assertEquals(CommandLine.OK, run("population", "list", "--store", store), err());
        List<String> lines = out().lines().toList();
        assertEquals(List.of(
                "Kommun / stadsdel   År    Ålder         Antal",
                "Stockholm           2017  0-20          28600",
                "Stockholm / Bromma  2017  0-20          20220",
                "Stockholm / Älvsjö  2017  0-20           8285",
                "Söderhamn           2020  0-17           4310"), lines);
    }

    @Test
    void anUnreadableRowStoresNothingAndWrongWordsAreUsage() throws Exception {
        Path file = folder.resolve("fel.csv");
        Files.writeString(file, "Kommun;År;Åldersgrupp;Antal\nLjusdal;2021;0-20;många\nOckelbo;2021;0-20;1100\n",
                StandardCharsets.UTF_8);
        String store = folder.resolve("store").toString();
        assertEquals(CommandLine.FAILED, run("population", "import", file.toString(), "--store", store));
        assertTrue(err().contains("fel.csv, rad 2, kolumn \"Antal\", värde \"många\""), err());
        assertTrue(err().contains("Ingenting har importerats."), err());
        assertEquals(CommandLine.OK, run("population", "list", "--store", store));
        assertEquals("Inga befolkningsuppgifter har lästs in.", out().strip());

        assertEquals(CommandLine.USAGE, run("population"));
        assertEquals(CommandLine.USAGE, run("population", "import"));
        assertEquals(CommandLine.USAGE, run("population", "remove", "x"));
        assertTrue(err().contains("isu population import <fil>"), err());
        assertEquals(CommandLine.FAILED, run("population", "import", folder.resolve("saknas.csv").toString(), "--store", store));
    }
}
