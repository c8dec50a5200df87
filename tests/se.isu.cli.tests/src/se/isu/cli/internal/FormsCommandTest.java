package se.isu.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.registry.FormRegistry;

/** {@code isu forms} over the SU-X versions the product ships. */
class FormsCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        FormsCommand command = new FormsCommand(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), home.resolve("forms")));
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsBothSuxVersions() {
        assertEquals(CommandLine.OK, run("list"));
        assertEquals(List.of("SU-X (su-x)",
                "  2020  publicerad, gäller från 2020-01-01  [levererad med arbetsbänken]",
                "  2021  publicerad, gäller från 2021-01-01  [levererad med arbetsbänken]"), out().lines().toList());
    }

    @Test
    void diffNamesTheDocumentedChanges() {
        assertEquals(CommandLine.OK, run("diff", "su-x", "2020", "2021"));
        String text = out();
        assertTrue(text.startsWith("Skillnader från SU-X 2020 till SU-X 2021: 17"), text);
        assertTrue(text.contains("  Tillagd fråga fodelseland [dokumenterad]\n      efter: Var är barnet/ungdomen född?"), text);
        assertTrue(text.contains("  Utgången svarsalternativ problematik #6 [dokumenterad]"), text);
        assertTrue(text.contains("  Ändrad fråga problematik (required) [antagande]"), text);
        assertTrue(text.contains("  Ändrad regel start_fore_avslut (message) [antagande]"), text);
    }

    @Test
    void validateReportsACleanVersion() {
        assertEquals(CommandLine.OK, run("validate", "su-x", "2021"));
        assertEquals("SU-X 2021: inga problem.\n", out());
    }

    @Test
    void anUnknownVersionIsNamedWithTheKnownOnes() {
        assertEquals(CommandLine.FAILED, run("validate", "su-x", "2019"));
        assertEquals("Formuläret su-x har ingen version 2019. Kända versioner: su-x 2020, su-x 2021\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(CommandLine.USAGE, run("diff", "su-x"));
    }
}
