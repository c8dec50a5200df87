package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeyHashesTest {

    @Test
    void remembersEveryKeyItWasGivenAndTellsARepeat() {
        KeyHashes keys = new KeyHashes();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(keys.add(KeyHashes.of(i % 10, "B-" + i)), "B-" + i);
        }
        assertEquals(200_000, keys.size());
        for (int i = 0; i < 200_000; i++) {
            assertTrue(keys.contains(KeyHashes.of(i % 10, "B-" + i)), "B-" + i);
        }
        assertFalse(keys.add(KeyHashes.of(7, "B-7")));
        assertEquals(200_000, keys.size());
        // The same id in another municipality is another key.
        assertFalse(keys.contains(KeyHashes.of(8, "B-7")));
        assertFalse(keys.contains(KeyHashes.of(0, "B-200000")));
    }

    @Test
    void hashesDifferForNearbyKeys() {
        Set<Long> seen = new HashSet<>();
        for (int municipality = 1; municipality <= 10; municipality++) {
            for (int i = 0; i < 10_000; i++) {
                assertTrue(seen.add(KeyHashes.of(municipality, Integer.toString(i))));
            }
        }
        assertNotEquals(KeyHashes.of(1, "12"), KeyHashes.of(12, "1"));
        assertNotEquals(0, KeyHashes.of(0, ""));
    }
}
