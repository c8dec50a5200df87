package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The {@code isu} command line, run in OSGi as the headless application runs it. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
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
    void helpListsEveryCommandInSwedish() {
        assertEquals(CommandLine.OK, run("--help"));
        String help = out();
        assertTrue(help.startsWith("Användning: isu <kommando>"), help);
        // The names are padded to the longest one.
        assertTrue(help.matches("(?s).*\n  version +visa vilken version av ISU Workbench som körs\n.*"), help);
        assertTrue(help.matches("(?s).*\n  help +visa den här hjälpen.*"), help);
        assertTrue(help.contains("Slutkoder: 0 klart"), help);
        assertEquals("", err());
    }

    @Test
    void helpHasItsShortForms() {
        assertEquals(CommandLine.OK, run("-h"));
        String shortForm = out();
        out.reset();
        assertEquals(CommandLine.OK, run("help"));
        assertEquals(shortForm, out());
    }

    @Test
    void versionNamesTheBuildAndTheRuntime() {
        assertEquals(CommandLine.OK, run("version"));
        String[] lines = out().split("\\R");
        assertEquals(3, lines.length, out());
        assertTrue(lines[0].matches("ISU Workbench 0\\.1\\.0\\..+"), lines[0]);
        assertTrue(lines[1].startsWith("Java " + Runtime.version().feature()), lines[1]);
        assertTrue(lines[2].startsWith("OSGi-ramverk org.eclipse.osgi "), lines[2]);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(CommandLine.USAGE, run("analyse"));
        assertTrue(err().contains("Okänt kommando: analyse"), err());
        assertTrue(err().contains("isu --help"), err());
        assertEquals("", out());
    }

    @Test
    void noCommandPrintsHelpAsAUsageError() {
        assertEquals(CommandLine.USAGE, run());
        assertTrue(err().startsWith("Användning:"), err());
    }

    @Test
    void versionTakesNoArguments() {
        assertEquals(CommandLine.USAGE, run("version", "--all"));
        assertTrue(err().contains("tar inga argument, men fick: --all"), err());
    }
}
