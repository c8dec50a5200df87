package se.isu.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isu cases count|list} of the product, on a store filled by {@code isu import}. */
class CasesCommandTest {

    @TempDir
    Path work;

    @Test
    void countsAndListsTheStoredCasesByMunicipalityAndForm() throws Exception {
        Isu isu = new Isu(work.resolve("home"), work.resolve("logs"));
        Path file = work.resolve("ockelbo.csv");
        SuxFiles.writeCsv(file, 25, "OC", 7);
        Isu.Result imported = isu.run(10, "import", "import", file.toString(), "--form", "su-x-2021", "--kommun", "ockelbo");
        assertEquals(0, imported.exitCode(), imported.describe());

        assertEquals("25", isu.run(10, "count-form", "cases", "count", "--kommun", "OCKELBO", "--form", "su-x").out().strip());
        assertEquals("0", isu.run(10, "count-2020", "cases", "count", "--form", "su-x-2020").out().strip());

        Isu.Result listed = isu.run(10, "list", "cases", "list", "--form", "su-x-2021");
        assertEquals(0, listed.exitCode(), listed.describe());
        List<String> lines = listed.out().lines().toList();
        assertEquals(26, lines.size(), listed.describe());
        assertEquals("kommun\tformulär\tärende-id\tenhet\tutkast\tskapat\tändrat\tsvar", lines.get(0));
        // Every answer of the generated row, sorted by variable id, after the case's own fields.
        SuxFiles.Case first = new SuxFiles.Cases("OC", 7).next();
        String line = lines.get(1);
        assertTrue(line.startsWith("Ockelbo\tsu-x-2021\tOC-0000001\t\tklart\t2"), line);
        String answers = "aktualiseringsdatum=" + first.referred() + " alder=" + first.age() + " avslutsdatum=" + first.closed()
                + " avslutsorsak=" + first.reason() + " fodelseland=" + first.born()
                + (first.interventions().isEmpty() ? "" : " insatser=" + first.cells().get(8)) + " kon=" + first.sex()
                + " problematik=" + first.cells().get(7) + (first.start() == null ? "" : " startdatum=" + first.start())
                + " tidigare_aktuell=" + first.earlier();
        assertTrue(line.endsWith("\t" + answers), line + "\n expected to end with " + answers);

        Isu.Result unknown = isu.run(10, "unknown", "cases", "count", "--kommun", "Ockelb");
        assertEquals(1, unknown.exitCode(), unknown.describe());
        assertTrue(unknown.err().startsWith("Kommunen Ockelb finns inte i ärendelagret."), unknown.describe());
    }
}
