package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The compact set of case ids the import finds duplicates with. */
class CaseIdsTest {

    @Test
    void everyIdIsNewOnceAndThenGivesItsFirstRow() {
        CaseIds ids = new CaseIds();
        int count = 300_000;
        for (int i = 0; i < count; i++) {
            assertEquals(0, ids.putIfAbsent("H-" + i, i + 2), "new: H-" + i);
        }
        assertEquals(count, ids.size());
        for (int i = 0; i < count; i += 7) {
            assertEquals(i + 2, ids.putIfAbsent("H-" + i, 5_000_000), "seen before: H-" + i);
        }
        assertEquals(count, ids.size(), "an id seen before is not added again");
    }

    @Test
    void idsWithTheSameHashCodeAreToldApart() {
        // "Aa" and "BB" have the same String.hashCode(), as do their concatenations.
        CaseIds ids = new CaseIds();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(0, ids.putIfAbsent("AaAa", 2));
        assertEquals(0, ids.putIfAbsent("BBBB", 3));
        assertEquals(0, ids.putIfAbsent("AaBB", 4));
        assertEquals(0, ids.putIfAbsent("BBAa", 5));
        assertEquals(0, ids.putIfAbsent("", 6));
        assertEquals(0, ids.putIfAbsent("Ärende 1 – å", 7));
        assertEquals(2, ids.putIfAbsent("AaAa", 8));
        assertEquals(3, ids.putIfAbsent("BBBB", 9));
        assertEquals(5, ids.putIfAbsent("BBAa", 10));
        assertEquals(6, ids.putIfAbsent("", 11));
        assertEquals(7, ids.putIfAbsent("Ärende 1 – å", 12));
        assertEquals(0, ids.putIfAbsent("Ärende 1 – a", 13));
    }
}
