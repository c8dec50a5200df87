package se.isu.analysis.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Labels;
import se.isu.analysis.result.Table;

/** Every standard analysis on {@link SmallSuxData}, its figures counted by hand. */
class StandardAnalysesTest {

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static AnalysisRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallSuxData.load(folder.resolve("store"));
        registry = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
    }

    /** Unmasked, as the analysis computes it. */
    private static AnalysisResult raw(String id, Map<String, String> parameters) {
        AnalysisDescriptor descriptor = registry.find("se.isu.analysis." + id).orElseThrow();
        return descriptor.create().run(dataset, dataset.all(), descriptor.withDefaults(parameters));
    }

    private static Table table(String id, Map<String, String> parameters) {
        return assertInstanceOf(Table.class, raw(id, parameters));
    }

    private static long count(Table table, String row, String column) {
        return assertInstanceOf(Cell.Count.class, table.cell(table.rowHeaders().indexOf(row),
                table.columnHeaders().indexOf(column)), row + " / " + column).value();
    }

    private static double measure(Table table, String row, String column) {
        return assertInstanceOf(Cell.Measure.class, table.cell(table.rowHeaders().indexOf(row),
                table.columnHeaders().indexOf(column)), row + " / " + column).value();
    }

    private static String area(int code) {
        return dataset.label("problematik", code);
    }

    @Test
    void everyStandardAnalysisIsRegistered() {
        for (String id : List.of("backgroundByMunicipality", "problemAreas", "problemAreasBySex",
                "problemAreaCoOccurrence", "interventionMixByMunicipality", "manualMethods",
                "interventionMixByProblemArea", "endReasons", "endReasonsByInterventionMix", "endReasonsByProblemArea",
                "lengthByProblemArea", "lengthByProblemAreaBox", "lengthByInterventionMix", "lengthByInterventionMixBox",
                "newVsRecurring", "trend")) {
            AnalysisDescriptor descriptor = registry.find("se.isu.analysis." + id).orElseThrow(() -> new AssertionError(id));
            assertTrue(descriptor.description() != null && !descriptor.description().isBlank(), id);
            assertTrue(descriptor.parameters().stream().anyMatch(p -> p.id().equals("compare")), id);
        }
    }

    @Test
    void problemAreasAreSharesOfTheChildrenWithAnArea() {
        Table t = table("problemAreas", Map.of());
        // Area 5: H1, O1, O2, S2, S3; area 4: H1, O2, S1; area 1: H2, H3.
        assertEquals(5, count(t, area(5), "Antal"));
        assertEquals(3, count(t, area(4), "Antal"));
        assertEquals(2, count(t, area(1), "Antal"));
        assertEquals(0, count(t, area(3), "Antal"));
        // Eight children have an area; 2 + 1 + 3 + 5 + 1 + 1 = 13 mentions.
        assertEquals(8, count(t, "Antal barn", "Antal"));
        assertEquals(13, count(t, "Totalt", "Antal"));
        assertEquals(62.5, measure(t, area(5), "Andel (%)"), 1e-9);
        assertEquals("Totalt", t.rowHeaders().get(t.rowHeaders().size() - 1));
    }

    @Test
    void labelsNameTheSummaryRowsAndColumnKindsTheAnalysesUse() {
        Table t = table("problemAreas", Map.of());
        // What a chart or report reads to leave the sums out of its categories and to pick its bars.
        List<String> summaries = t.rowHeaders().stream().filter(Labels::isSummaryRow).toList();
        assertEquals(List.of("Antal barn", "Totalt"), summaries);
        assertEquals(List.of(Labels.children(), Labels.total()), summaries);
        assertTrue(t.columnHeaders().containsAll(List.of(Labels.count(), Labels.share())), t.columnHeaders().toString());
        assertFalse(Labels.isSummaryRow(area(5)));
        Table lengths = table("lengthByProblemArea", Map.of());
        assertTrue(lengths.columnHeaders().contains(Labels.medianDays()), lengths.columnHeaders().toString());
    }

    @Test
    void problemAreasBySexAreSharesWithinEachSex() {
        Table t = table("problemAreasBySex", Map.of());
        // Girls H1, H3, O2, S2: area 5 for H1, O2, S2. Boys H2, O1, S1, S3: area 5 for O1, S3.
        assertEquals(3, count(t, area(5), "Flicka: Antal"));
        assertEquals(75.0, measure(t, area(5), "Flicka: Andel (%)"), 1e-9);
        assertEquals(2, count(t, area(5), "Pojke: Antal"));
        assertEquals(50.0, measure(t, area(5), "Pojke: Andel (%)"), 1e-9);
        assertEquals(4, count(t, "Antal barn", "Flicka: Antal"));
    }

    @Test
    void coOccurrenceCountsPairsAloneAndRatio() {
        Table t = table("problemAreaCoOccurrence", Map.of());
        // 4 and 5 together: H1, O2. Alone: 1 (H2), 4 (S1), 5 (O1, S3).
        assertEquals(2, count(t, area(4), area(5)));
        assertEquals(2, count(t, area(5), area(4)));
        assertEquals(5, count(t, area(5), area(5)));
        assertEquals(5, count(t, area(5), "Total f\u00f6rekomst"));
        assertEquals(2, count(t, area(5), "F\u00f6rekommer ensam"));
        assertEquals(40.0, measure(t, area(5), "Andel ensam (%)"), 1e-9);
        assertEquals(13, count(t, "Totalt", "Total f\u00f6rekomst"));
        assertEquals(4, count(t, "Totalt", "F\u00f6rekommer ensam"));
        assertEquals(100.0 * 4 / 13, measure(t, "Totalt", "Andel ensam (%)"), 1e-9);
    }

    @Test
    void interventionMixCountsAnnanEjManualbaseradAsTraditional() {
        Table t = table("interventionMixByMunicipality", Map.of());
        // Traditional only H1, O1; manual only H2, O2, S1 (2021 Krisstöd); both H3 and S2 (Annan ej
        // manualbaserad counts as traditional, with Annan manualbaserad). S3 has none.
        assertEquals(2, count(t, "Enbart traditionell familjebehandling", "Totalt: Antal"));
        assertEquals(3, count(t, "Enbart manualbaserad metod", "Totalt: Antal"));
        assertEquals(2, count(t, "Traditionell familjebehandling och manualbaserad metod", "Totalt: Antal"));
        assertEquals(7, count(t, "Totalt", "Totalt: Antal"));
        assertEquals(1, count(t, "Traditionell familjebehandling och manualbaserad metod", "S\u00f6derhamn: Antal"));
        assertEquals(0, count(t, "Traditionell familjebehandling och manualbaserad metod", "Ovan\u00e5ker: Antal"));
        assertEquals(50.0, measure(t, "Enbart manualbaserad metod", "Ovan\u00e5ker: Andel (%)"), 1e-9);
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("fotnot 18")));
    }

    @Test
    void manualMethodsAreNamedFromTheFreeTextAndNormalised() {
        Table t = table("manualMethods", Map.of());
        // Krisstöd: H2 (text), S1 (2021 option); Trygghetscirkeln: H3 (COS), O2 (Circle of security);
        // Bassamtal: H3; Marte meo: S2. "Boendestöd" is not manual-based and is not counted.
        assertEquals(List.of("Bassamtal", MethodNames.CRISIS_SUPPORT, "Marte meo", "Trygghetscirkeln"), t.rowHeaders());
        assertEquals(2, count(t, MethodNames.CRISIS_SUPPORT, "Antal"));
        assertEquals(2, count(t, "Trygghetscirkeln", "Antal"));
        assertEquals(1, count(t, "Bassamtal", "Antal"));
        assertEquals(1, count(t, "Marte meo", "Antal"));
        Table split = table("manualMethods", Map.of("compare", "municipalities"));
        assertEquals(1, count(split, "Trygghetscirkeln", "Hudiksvall: Antal"));
        assertEquals(1, count(split, "Trygghetscirkeln", "Ovan\u00e5ker: Antal"));
        assertEquals(2, count(split, "Trygghetscirkeln", "Totalt: Antal"));
    }

    @Test
    void methodNamesNormaliseSpelling() {
        assertEquals(List.of(MethodNames.CRISIS_SUPPORT, "Trygghetscirkeln"),
                MethodNames.methods("Efter barnf\u00f6rh\u00f6ret; COS"));
        assertEquals(List.of("Marte meo", "Tryggare barn"), MethodNames.methods("Marte Meo och tryggare  barn."));
        assertEquals(List.of("Jag och min familj"), MethodNames.methods("jag och min familj"));
        assertEquals(List.of("Egen modell"), MethodNames.methods(" egen modell. "));
        assertEquals(List.of(), MethodNames.methods("  "));
        assertEquals(List.of("Trygghetscirkeln", "PYC (Parenting young children)"),
                MethodNames.methods("Trygghetscirkeln (COS); Parenting young children (PYC)"));
    }

    @Test
    void interventionMixByProblemAreaIsPerArea() {
        Table t = table("interventionMixByProblemArea", Map.of());
        // Area 5: H1 trad, O1 trad, O2 manual, S2 both, S3 none.
        String column = area(5) + ": Antal";
        assertEquals(2, count(t, "Enbart traditionell familjebehandling", column));
        assertEquals(1, count(t, "Enbart manualbaserad metod", column));
        assertEquals(1, count(t, "Traditionell familjebehandling och manualbaserad metod", column));
        assertEquals(4, count(t, "Totalt", column));
        assertEquals(50.0, measure(t, "Enbart traditionell familjebehandling", area(5) + ": Andel (%)"), 1e-9);
    }

    @Test
    void endReasonsOverallByMixAndByArea() {
        String goal = dataset.label("avslutsorsak", 1);
        Table all = table("endReasons", Map.of());
        // Reason 1: H1, H2, O1, S1.
        assertEquals(4, count(all, goal, "Antal"));
        assertEquals(8, count(all, "Totalt", "Antal"));
        assertEquals(50.0, measure(all, goal, "Andel (%)"), 1e-9);
        Table byMix = table("endReasonsByInterventionMix", Map.of());
        assertEquals(2, count(byMix, goal, "Enbart traditionell familjebehandling: Antal"));
        assertEquals(2, count(byMix, goal, "Enbart manualbaserad metod: Antal"));
        assertEquals(1, count(byMix, dataset.label("avslutsorsak", 2), "Enbart manualbaserad metod: Antal"));
        assertEquals(3, count(byMix, "Totalt", "Enbart manualbaserad metod: Antal"));
        Table byArea = table("endReasonsByProblemArea", Map.of());
        // Area 4: H1 (1), O2 (2), S1 (1).
        assertEquals(2, count(byArea, goal, area(4) + ": Antal"));
        assertEquals(100.0 / 3, measure(byArea, dataset.label("avslutsorsak", 2), area(4) + ": Andel (%)"), 1e-9);
    }

    @Test
    void oneMunicipalityAgainstTheRest() {
        Table t = table("endReasons", Map.of("compare", "oneVsRest", "focus", "hudiksvall"));
        String goal = dataset.label("avslutsorsak", 1);
        assertEquals(List.of("Hudiksvall: Antal", "Hudiksvall: Andel (%)", "\u00d6vriga kommuner: Antal",
                "\u00d6vriga kommuner: Andel (%)", "Totalt: Antal", "Totalt: Andel (%)"), t.columnHeaders());
        assertEquals(2, count(t, goal, "Hudiksvall: Antal"));
        assertEquals(2, count(t, goal, "\u00d6vriga kommuner: Antal"));
        assertEquals(4, count(t, goal, "Totalt: Antal"));
        assertEquals(3, count(t, "Totalt", "Hudiksvall: Antal"));
    }

    @Test
    void lengthPerProblemAreaAndPerMix() {
        Table t = table("lengthByProblemArea", Map.of());
        // Area 5: H1 30, O1 20, O2 10, S2 4 (S3 never started): mean 16, median 15.
        assertEquals(4, count(t, area(5), "Antal"));
        assertEquals(16.0, measure(t, area(5), "Genomsnittlig l\u00e4ngd (dagar)"), 1e-9);
        assertEquals(15.0, measure(t, area(5), "Median (dagar)"), 1e-9);
        assertEquals(30.0, measure(t, area(5), "Maxv\u00e4rde (dagar)"), 1e-9);
        assertEquals(4.0, measure(t, area(5), "Minv\u00e4rde (dagar)"), 1e-9);
        // All with a length: 30, 30, 100, 20, 10, 10, 4.
        assertEquals(7, count(t, "Totalt", "Antal"));
        assertEquals(20.0, measure(t, "Totalt", "Median (dagar)"), 1e-9);
        Table mix = table("lengthByInterventionMix", Map.of());
        assertEquals(25.0, measure(mix, "Enbart traditionell familjebehandling", "Median (dagar)"), 1e-9);
        assertEquals(10.0, measure(mix, "Enbart manualbaserad metod", "Median (dagar)"), 1e-9);
        assertEquals(52.0, measure(mix, "Traditionell familjebehandling och manualbaserad metod", "Median (dagar)"), 1e-9);
        assertEquals(7, count(mix, "Totalt", "Antal"));
    }

    @Test
    void lengthBoxesPerGroup() {
        BoxPlot plot = assertInstanceOf(BoxPlot.class, raw("lengthByInterventionMixBox", Map.of()));
        assertEquals(3, plot.groups().size());
        BoxPlot.Group manual = plot.groups().get(1);
        assertEquals("Enbart manualbaserad metod", manual.label());
        // 10, 10, 30: type 7 quartiles 10, 10, 20.
        assertEquals(3, manual.n());
        assertEquals(10.0, manual.statistics().median(), 1e-9);
        assertEquals(20.0, manual.statistics().q3(), 1e-9);
        BoxPlot masked = (BoxPlot) new SmallCountMasking().apply(plot);
        assertNull(masked.groups().get(1).statistics());
        assertEquals(0, masked.groups().get(1).n());
    }

    @Test
    void lengthBoxesAreTitledAsTheirTables() {
        // Catalogue, table and box plot use the same words.
        assertEquals("Insatsens l\u00e4ngd per insatstyp, l\u00e5dagram",
                ((BoxPlot) raw("lengthByInterventionMixBox", Map.of())).title());
        assertEquals("Insatsens l\u00e4ngd per problemomr\u00e5de, l\u00e5dagram",
                ((BoxPlot) raw("lengthByProblemAreaBox", Map.of())).title());
        assertEquals(table("lengthByProblemArea", Map.of()).title() + ", l\u00e5dagram",
                ((BoxPlot) raw("lengthByProblemAreaBox", Map.of())).title());
    }

    @Test
    void newVsRecurring() {
        Table t = table("newVsRecurring", Map.of());
        String no = dataset.label("tidigare_aktuell", 1);
        // Not before: H1, H3, O2, S1, S2, S3; lengths 30, 100, 10, 10, 4; ages 10, 8, 4, 6, 16, 9.
        assertEquals(6, count(t, no, "Antal"));
        assertEquals(154.0 / 5, measure(t, no, "Genomsnittlig insatstid (dagar)"), 1e-9);
        assertEquals(53.0 / 6, measure(t, no, "Genomsnittlig \u00e5lder vid aktualisering"), 1e-9);
        assertEquals(8, count(t, "Totalt", "Antal"));
    }

    @Test
    void backgroundPerMunicipalityOrOneAgainstTheRest() {
        Table t = table("backgroundByMunicipality", Map.of());
        assertEquals(List.of("Hudiksvall", "Ovan\u00e5ker", "S\u00f6derhamn", "Totalt"), t.rowHeaders());
        assertEquals(2, count(t, "Hudiksvall", "Flickor"));
        assertEquals(2, count(t, "S\u00f6derhamn", "Pojkar"));
        assertEquals(4, count(t, "Totalt", "Flickor"));
        Table rest = table("backgroundByMunicipality", Map.of("compare", "oneVsRest", "focus", "S\u00f6derhamn"));
        assertEquals(List.of("S\u00f6derhamn", "\u00d6vriga kommuner", "Totalt"), rest.rowHeaders());
        assertEquals(3, count(rest, "\u00d6vriga kommuner", "Flickor"));
    }

    @Test
    void trendPerClosingYear() {
        Table t = table("trend", Map.of("variable", "avslutsorsak", "category", "1"));
        // Closing 2020: H1..O2 (reason 1: H1, H2, O1); 2021: S1..S3 (reason 1: S1).
        assertEquals(List.of(dataset.label("avslutsorsak", 1), "Totalt"), t.rowHeaders());
        assertEquals(3, count(t, dataset.label("avslutsorsak", 1), "2020: Antal"));
        assertEquals(60.0, measure(t, dataset.label("avslutsorsak", 1), "2020: Andel (%)"), 1e-9);
        assertEquals(1, count(t, dataset.label("avslutsorsak", 1), "2021: Antal"));
    }

    @Test
    void sharesOfHiddenCountsAreHidden() {
        BitSet rows = dataset.all();
        AnalysisDescriptor d = registry.find("se.isu.analysis.endReasons").orElseThrow();
        Table masked = (Table) AnalysisRegistry.run(d, dataset, rows, Map.of(), new SmallCountMasking());
        String goal = dataset.label("avslutsorsak", 1);
        int row = masked.rowHeaders().indexOf(goal);
        assertInstanceOf(Cell.Masked.class, masked.cell(row, 0));
        assertInstanceOf(Cell.Masked.class, masked.cell(row, 1));
        assertNull(SmallCountMasking.recomputable(masked));
    }
}
