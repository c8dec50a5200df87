package se.isu.store.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.derby.DerbyCaseStore;

/** Population figures in their own table of the case store's Derby database. */
class PopulationStoreTest {

    @TempDir
    Path folder;

    @Test
    void figuresAreStoredFoundByAnySpellingAndKeptAcrossARestart() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            PopulationResult first = store.population().store(List.of(
                    PopulationFigure.of("Söderhamn", 2020, "0–20 år", 5123),
                    PopulationFigure.of("Söderhamn", 2020, "0-17", 4310),
                    new PopulationFigure("Stockholm", "Bromma", 2017, "0-20", 20220)));
            assertEquals(new PopulationResult(3, 0, 0), first);
            assertEquals(OptionalInt.of(5123), store.population().find("SÖDERHAMN", 2020, "0 - 20"));
            assertEquals(OptionalInt.of(4310), store.population().find("Söderhamn", 2020, "0–17 år"));
            assertEquals(OptionalInt.of(20220), store.population().find("Stockholm", "bromma", 2017, "0-20"));
            assertEquals(OptionalInt.empty(), store.population().find("Stockholm", 2017, "0-20"), "no total was given");
            assertEquals(OptionalInt.empty(), store.population().find("Söderhamn", 2021, "0-20"));
            assertEquals(OptionalInt.empty(), store.population().find("Söderhamn", 2020, "barn"));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            PopulationResult again = store.population().store(List.of(
                    PopulationFigure.of("söderhamn", 2020, "0-20", 5200),
                    PopulationFigure.of("Söderhamn", 2020, "0-17", 4310)));
            assertEquals(new PopulationResult(0, 1, 1), again, "same key: updated or unchanged, never twice");
            List<PopulationFigure> all = store.population().list();
            assertEquals(List.of(
                    new PopulationFigure("Stockholm", "Bromma", 2017, "0-20", 20220),
                    PopulationFigure.of("Söderhamn", 2020, "0-17", 4310),
                    PopulationFigure.of("Söderhamn", 2020, "0-20", 5200)), all, "Swedish order: t before ö");
            assertEquals(1000.0 * 52 / 5200, store.population().ratePerThousand(52, "Söderhamn", 2020, "0-20").getAsDouble(), 1e-9);
            assertTrue(store.population().ratePerThousand(52, "Ljusdal", 2020, "0-20").isEmpty());
        }
    }

    @Test
    void aFailingFigureStoresNothingOfItsBatch() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            String longName = "x".repeat(PopulationFigure.NAME_LENGTH);
            store.population().store(List.of(PopulationFigure.of("Ockelbo", 2021, "0-20", 1100),
                    PopulationFigure.of("Älvdalen", 2021, "0-20", 1300), PopulationFigure.of("Åre", 2021, "0-20", 2200)));
            assertEquals(List.of("Ockelbo", "Åre", "Älvdalen"), store.population().list().stream()
                    .map(PopulationFigure::municipality).toList(), "Swedish order: å before ä, which code points reverse");
            // Two spellings of one key in one batch: the second is an update of the first, not a failure.
            PopulationResult twice = store.population().store(List.of(PopulationFigure.of(longName, 2021, "0-20", 1),
                    PopulationFigure.of(longName.toUpperCase(), 2021, "0-20", 2)));
            assertEquals(new PopulationResult(1, 1, 0), twice);
            assertEquals(OptionalInt.of(2), store.population().find(longName, 2021, "0-20"));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.close();
            assertThrows(se.isu.store.StoreException.class,
                    () -> store.population().store(List.of(PopulationFigure.of("Ockelbo", 2021, "0-20", 1))));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            assertEquals(OptionalInt.of(1100), store.population().find("Ockelbo", 2021, "0-20"), "the closed store changed nothing");
        }
    }

    @Test
    void ageBandsAreReadAsOfficesWriteThem() {
        assertEquals("0-20", AgeBand.parse("0–20 år"));
        assertEquals("0-17", AgeBand.parse(" 0 - 17 "));
        assertEquals("65+", AgeBand.parse("65+"));
        assertEquals("65+", AgeBand.parse("65 år och äldre"));
        assertEquals("0-20", AgeBand.find("Antal personer i befolkningen 0-20 år"));
        assertEquals(null, AgeBand.find("Antal personer"));
        assertFalse(AgeBand.isBand("20-0"));
        assertFalse(AgeBand.isBand("barn"));
        assertThrows(IllegalArgumentException.class, () -> PopulationFigure.of("Ljusdal", 2021, "0-20", -1));
        assertThrows(IllegalArgumentException.class, () -> PopulationFigure.of(" ", 2021, "0-20", 1));
    }
}
