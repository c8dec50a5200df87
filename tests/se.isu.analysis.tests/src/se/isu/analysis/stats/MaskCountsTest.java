package se.isu.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Rows counted per distinct mask, through growth and merging, against a plain map. */
class MaskCountsTest {

    @Test
    void countsEachDistinctMaskAsAMapDoes() {
        SplittableRandom random = new SplittableRandom(5);
        MaskCounts first = new MaskCounts();
        MaskCounts second = new MaskCounts();
        Map<Long, Long> expected = new HashMap<>();
        long zeros = 0;
        for (int i = 0; i < 100_000; i++) {
            // A few thousand distinct masks, the sign bit among them, and zeros.
            long mask = random.nextInt(10) == 0 ? 0 : random.nextLong(3_000) * 0x40000001L | (random.nextBoolean() ? Long.MIN_VALUE : 0);
            (i % 3 == 0 ? first : second).add(mask);
            if (mask == 0) {
                zeros++;
            } else {
                expected.merge(mask, 1L, Long::sum);
            }
        }
        MaskCounts all = first.addAll(second);
        Map<Long, Long> actual = new HashMap<>();
        all.forEach((mask, count) -> actual.merge(mask, count, Long::sum));
        assertEquals(expected, actual);
        assertEquals(zeros, all.zeros());
    }
}
