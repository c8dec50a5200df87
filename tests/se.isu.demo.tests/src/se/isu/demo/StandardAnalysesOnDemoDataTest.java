package se.isu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.CaseQuery;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The standard analyses on the demo data, loaded as the workbench loads it (workbooks, import, Derby, a
 * dataset of both form versions through the crosswalk), filtered to the cases closed in 2020, against the
 * figures printed in FoU-rapport 2021:2: Tabell 1, 3, X.1 and X.2 exactly, shares to the printed precision,
 * Tabell 2 with its ≤4.
 */
class StandardAnalysesOnDemoDataTest {

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static BitSet closed2020;
    private static AnalysisRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            DemoData.load(store, "store", forms, folder.resolve("files"), new NullProgressMonitor());
            dataset = Dataset.load(store, List.of(v2020, v2021), List.of(forms.crosswalk(v2020, v2021).orElseThrow()),
                    CaseQuery.forAnalysis(), DatasetRoles.suX());
        }
        closed2020 = dataset.select(DatasetFilter.all().withClosingYears(List.of(2020)));
        registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
    }

    private static Table raw(String id, Map<String, String> parameters) {
        AnalysisDescriptor descriptor = registry.find("se.isu.analysis." + id).orElseThrow(() -> new AssertionError(id));
        return assertInstanceOf(Table.class, descriptor.create().run(dataset, closed2020, descriptor.withDefaults(parameters)));
    }

    private static Table masked(String id, Map<String, String> parameters) {
        AnalysisDescriptor descriptor = registry.find("se.isu.analysis." + id).orElseThrow(() -> new AssertionError(id));
        AnalysisResult result = AnalysisRegistry.run(descriptor, dataset, closed2020, parameters, new SmallCountMasking());
        return assertInstanceOf(Table.class, result);
    }

    private static Cell cell(Table table, String row, String column) {
        int r = table.rowHeaders().indexOf(row);
        int c = table.columnHeaders().indexOf(column);
        assertTrue(r >= 0, "row " + row + " in " + table.rowHeaders());
        assertTrue(c >= 0, "column " + column + " in " + table.columnHeaders());
        return table.cell(r, c);
    }

    private static long count(Table table, String row, String column) {
        return assertInstanceOf(Cell.Count.class, cell(table, row, column), row + " / " + column).value();
    }

    /** A measure as printed: rounded half up to {@code decimals}. */
    private static String printed(Table table, String row, String column, int decimals) {
        double value = assertInstanceOf(Cell.Measure.class, cell(table, row, column), row + " / " + column).value();
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String area(int code) {
        return dataset.label("problematik", code);
    }

    @Test
    void tabell1() {
        Table t = raw("backgroundByMunicipality", Map.of());
        String[][] printed = { { "Söderhamn", "46", "44", "8.9", "0", "18", "155" }, { "Ovanåker", "22", "22", "8.6", "0", "19", "257" },
                { "Hudiksvall", "32", "48", "10.5", "0", "17", "260" }, { "Totalt", "100", "114", null, "0", "19", "215" } };
        for (String[] row : printed) {
            assertEquals(Long.parseLong(row[1]), count(t, row[0], "Flickor"), row[0]);
            assertEquals(Long.parseLong(row[2]), count(t, row[0], "Pojkar"), row[0]);
            if (row[3] != null) {
                assertEquals(row[3], printed(t, row[0], "Medelålder vid aktualisering", 1), row[0]);
            }
            assertEquals(row[4], printed(t, row[0], "Lägsta ålder", 0), row[0]);
            assertEquals(row[5], printed(t, row[0], "Högsta ålder", 0), row[0]);
            assertEquals(row[6], printed(t, row[0], "Genomsnittlig insatstid (dagar)", 0), row[0]);
        }
        // The total row is not printed; 5.1 gives its figures in words: 215 days, 9 years.
        assertEquals("9", printed(t, "Totalt", "Medelålder vid aktualisering", 0), "5.1: medelåldern 9 år");
    }

    @Test
    void tabell3() {
        Table t = raw("newVsRecurring", Map.of());
        Object[][] printed = { { "Nej", 147, "190", "9" }, { "Ja, en gång tidigare", 31, "273", "9" },
                { "Ja, flera gånger tidigare", 36, "270", "11" }, { "Totalt", 214, "215", "9" } };
        for (Object[] row : printed) {
            String name = (String) row[0];
            assertEquals(((Integer) row[1]).longValue(), count(t, name, "Antal"), name);
            assertEquals(row[2], printed(t, name, "Genomsnittlig insatstid (dagar)", 0), name);
            assertEquals(row[3], printed(t, name, "Genomsnittlig ålder vid aktualisering", 0), name);
        }
    }

    @Test
    void tabellX1() {
        Table t = raw("problemAreaCoOccurrence", Map.of());
        int[][] printed = { { 1, 38, 18, 47 }, { 2, 34, 8, 24 }, { 12, 17, 4, 24 }, { 7, 42, 8, 19 }, { 4, 64, 8, 13 },
                { 5, 122, 14, 11 }, { 8, 33, 2, 6 }, { 9, 17, 1, 6 }, { 6, 25, 1, 4 }, { 10, 27, 0, 0 }, { 11, 6, 0, 0 },
                { 3, 1, 0, 0 } };
        for (int[] row : printed) {
            assertEquals(row[1], count(t, area(row[0]), "Total förekomst"), area(row[0]));
            assertEquals(row[2], count(t, area(row[0]), "Förekommer ensam"), area(row[0]));
            assertEquals(String.valueOf(row[3]), printed(t, area(row[0]), "Andel ensam (%)", 0), area(row[0]));
        }
        assertEquals(426, count(t, "Totalt", "Total förekomst"));
        assertEquals(64, count(t, "Totalt", "Förekommer ensam"));
        assertEquals("15", printed(t, "Totalt", "Andel ensam (%)", 0));
    }

    @Test
    void tabellX2AndDiagram8() {
        Table t = raw("lengthByProblemArea", Map.of());
        int[][] printed = { { 9, 17, 269, 174, 713, 33 }, { 5, 122, 231, 149, 1081, 0 }, { 7, 42, 233, 149, 882, 12 },
                { 6, 25, 340, 323, 1081, 4 }, { 11, 6, 96, 95, 161, 37 }, { 12, 17, 181, 145, 568, 19 },
                { 3, 1, 217, 217, 217, 217 }, { 8, 33, 257, 212, 1081, 23 }, { 4, 64, 199, 162, 678, 19 },
                { 10, 27, 235, 192, 685, 0 }, { 1, 38, 107, 68, 520, 0 }, { 2, 34, 138, 117, 469, 0 } };
        for (int[] row : printed) {
            String a = area(row[0]);
            assertEquals(row[1], count(t, a, "Antal"), a);
            assertEquals(String.valueOf(row[2]), printed(t, a, "Genomsnittlig längd (dagar)", 0), a);
            assertEquals(String.valueOf(row[3]), printed(t, a, "Median (dagar)", 0), a);
            assertEquals(String.valueOf(row[4]), printed(t, a, "Maxvärde (dagar)", 0), a);
            assertEquals(String.valueOf(row[5]), printed(t, a, "Minvärde (dagar)", 0), a);
        }
    }

    @Test
    void diagram9MediansPerInterventionMix() {
        Table t = raw("lengthByInterventionMix", Map.of());
        assertEquals("162", printed(t, "Enbart traditionell familjebehandling", "Median (dagar)", 0));
        assertEquals("82", printed(t, "Enbart manualbaserad metod", "Median (dagar)", 0));
        assertEquals("216", printed(t, "Traditionell familjebehandling och manualbaserad metod", "Median (dagar)", 0));
    }

    @Test
    void diagram1And511() {
        Table t = raw("problemAreas", Map.of());
        assertEquals(213, count(t, "Antal barn", "Antal"));
        assertEquals(426, count(t, "Totalt", "Antal"));
        assertEquals("57", printed(t, area(5), "Andel (%)", 0));
        assertEquals("30", printed(t, area(4), "Andel (%)", 0));
    }

    @Test
    void diagram2() {
        Table t = raw("problemAreasBySex", Map.of());
        for (int boys : new int[] { 5, 9, 12, 11 }) {
            assertTrue(share(t, boys, "Pojke") > share(t, boys, "Flicka"), area(boys));
        }
        for (int girls : new int[] { 4, 1 }) {
            assertTrue(share(t, girls, "Flicka") > share(t, girls, "Pojke"), area(girls));
        }
    }

    private static double share(Table t, int code, String sex) {
        return assertInstanceOf(Cell.Measure.class, cell(t, area(code), sex + ": Andel (%)")).value();
    }

    @Test
    void diagram4AndSection52() {
        Table t = raw("interventionMixByMunicipality", Map.of("compare", "none"));
        assertEquals("59", printed(t, "Enbart traditionell familjebehandling", "Andel (%)", 0));
        assertEquals("29", printed(t, "Enbart manualbaserad metod", "Andel (%)", 0));
        assertEquals("12", printed(t, "Traditionell familjebehandling och manualbaserad metod", "Andel (%)", 0));
        assertEquals(25, count(t, "Traditionell familjebehandling och manualbaserad metod", "Antal"));
        assertEquals(214, count(t, "Totalt", "Antal"));
    }

    @Test
    void tabell2WithItsMasking() {
        Table t = masked("manualMethods", Map.of());
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("A-CRA", "≤4");
        printed.put("Bassamtal", "11");
        printed.put("Föräldraplan", "≤4");
        printed.put("Hemflyttssamtal efter placering", "≤4");
        printed.put("IHF", "≤4");
        printed.put("Jag och min familj", "≤4");
        printed.put("KIBB", "≤4");
        printed.put("Krisstöd vid orosanmälan om våld mot barn", "24");
        printed.put("Marte meo", "≤4");
        printed.put("Placeringssamtal", "≤4");
        printed.put("PYC (Parenting young children)", "≤4");
        printed.put("Påverkansprogrammet", "≤4");
        printed.put("Samarbetssamtal", "≤4");
        printed.put("Tryggare barn", "11");
        printed.put("Trygghetscirkeln", "19");
        printed.put("Återfallsprevention", "≤4");
        assertEquals(printed.keySet().stream().sorted().toList(), t.rowHeaders().stream().sorted().toList());
        printed.forEach((method, shown) -> {
            Cell c = cell(t, method, "Antal");
            String text = c instanceof Cell.Count n ? String.valueOf(n.value()) : ((Cell.Masked) c).shown();
            assertEquals(shown, text, method);
        });
    }

    @Test
    void section53EndReasons() {
        Table all = raw("endReasons", Map.of());
        assertEquals("60", printed(all, dataset.label("avslutsorsak", 1), "Andel (%)", 0));
        assertEquals("17", printed(all, dataset.label("avslutsorsak", 3), "Andel (%)", 0));
        assertEquals("11", printed(all, dataset.label("avslutsorsak", 2), "Andel (%)", 0));
        Table byMix = raw("endReasonsByInterventionMix", Map.of());
        assertEquals("32", printed(byMix, dataset.label("avslutsorsak", 3), "Enbart manualbaserad metod: Andel (%)", 0));
        assertEquals("88", printed(byMix, dataset.label("avslutsorsak", 1),
                "Traditionell familjebehandling och manualbaserad metod: Andel (%)", 0));
        Table byArea = raw("endReasonsByProblemArea", Map.of());
        assertEquals("25", printed(byArea, dataset.label("avslutsorsak", 3), area(4) + ": Andel (%)", 0),
                "vart fjärde ärende med relationsproblem");
    }
}
