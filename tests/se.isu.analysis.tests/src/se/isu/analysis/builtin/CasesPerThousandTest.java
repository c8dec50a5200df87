package se.isu.analysis.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.analysis.AnalysisContext;
import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.Populations;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.store.population.PopulationFigure;
import se.isu.store.derby.DerbyCaseStore;

/**
 * Cases per 1,000 children on {@link SmallSuxData}, with population figures stored in the same Derby
 * store and read back: Hudiksvall 3 cases closed in 2020, Ovanåker 2, Söderhamn 3 in 2021.
 */
class CasesPerThousandTest {

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static AnalysisContext context;
    private static AnalysisDescriptor analysis;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallSuxData.load(folder.resolve("store"));
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            store.population().store(List.of(PopulationFigure.of("Hudiksvall", 2020, "0-20", 8000),
                    PopulationFigure.of("Ovanåker", 2020, "0-20", 2500), PopulationFigure.of("Söderhamn", 2021, "0-20", 5000),
                    PopulationFigure.of("Hudiksvall", 2021, "0-17", 7000)));
            context = new AnalysisContext(Populations.of(store.population().list()));
        }
        analysis = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry()).find("se.isu.analysis.casesPerThousand")
                .orElseThrow();
    }

    private static Cell cell(Table t, String row, String column) {
        return t.cell(t.rowHeaders().indexOf(row), t.columnHeaders().indexOf(column));
    }

    @Test
    void ratesPerThousandChildrenFromTheStoredPopulation() {
        Table t = assertInstanceOf(Table.class,
                analysis.create().run(dataset, dataset.all(), analysis.withDefaults(Map.of()), context));
        assertEquals(List.of("Hudiksvall", "Ovanåker", "Söderhamn", "Totalt"), t.rowHeaders());
        assertEquals(3, ((Cell.Count) cell(t, "Hudiksvall", "2020: Antal")).value());
        assertEquals("8000", ((Cell.Text) cell(t, "Hudiksvall", "2020: Befolkning 0-20 år")).value());
        assertEquals(1000.0 * 3 / 8000, ((Cell.Measure) cell(t, "Hudiksvall", "2020: Per 1 000 barn")).value(), 1e-12);
        assertEquals(1000.0 * 2 / 2500, ((Cell.Measure) cell(t, "Ovanåker", "2020: Per 1 000 barn")).value(), 1e-12);
        assertEquals(1000.0 * 3 / 5000, ((Cell.Measure) cell(t, "Söderhamn", "2021: Per 1 000 barn")).value(), 1e-12);
        // Hudiksvall has no 0-20 figure for 2021 (only 0-17): no rate, and the note names what is missing.
        assertInstanceOf(Cell.Empty.class, cell(t, "Hudiksvall", "2021: Per 1 000 barn"));
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("Hudiksvall 2021")), t.notes().toString());
        // The total of 2020 is the three municipalities together; Söderhamn has no 2020 figure.
        assertInstanceOf(Cell.Empty.class, cell(t, "Totalt", "2020: Per 1 000 barn"));
    }

    @Test
    void theAgeBandIsAParameter() {
        Table t = assertInstanceOf(Table.class,
                analysis.create().run(dataset, dataset.all(), analysis.withDefaults(Map.of("band", "0–17 år")), context));
        assertEquals("7000", ((Cell.Text) cell(t, "Hudiksvall", "2021: Befolkning 0-17 år")).value());
    }

    @Test
    void aRateIsHiddenWithItsSmallCount() {
        Table t = assertInstanceOf(Table.class,
                AnalysisRegistry.run(analysis, dataset, dataset.all(), Map.of(), new SmallCountMasking(), context));
        assertInstanceOf(Cell.Masked.class, cell(t, "Hudiksvall", "2020: Antal"));
        assertInstanceOf(Cell.Masked.class, cell(t, "Hudiksvall", "2020: Per 1 000 barn"),
                "3 per 8,000 would give the 3 away");
        assertEquals(null, SmallCountMasking.recomputable(t));
    }
}
