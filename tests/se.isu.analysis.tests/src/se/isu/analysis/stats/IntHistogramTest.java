package se.isu.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Descriptive statistics, quantiles and box statistics counted into a histogram must be, to the last bit,
 * what the same values give sorted: the quantiles of the sorted values (types 6 and 7), Descriptives and
 * BoxStatistics of the values. Random vectors of integers, narrow and wide, negative too, with many ties.
 */
class IntHistogramTest {

    private static final double[] PS = { 0, 0.01, 0.1, 0.25, 0.333, 0.5, 0.6, 0.75, 0.9, 0.99, 1 };

    private static IntHistogram histogram(int[] values, int min, int max) {
        IntHistogram histogram = new IntHistogram(min, max);
        for (int v : values) {
            histogram.add(v);
        }
        return histogram;
    }

    private static void assertSameAsSorted(int[] ints, IntHistogram histogram) {
        double[] values = Arrays.stream(ints).asDoubleStream().toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertEquals(values.length, histogram.n());
        for (QuantileType type : QuantileType.values()) {
            double[] counted = histogram.quantiles(PS, type);
            for (int i = 0; i < PS.length; i++) {
                assertEquals(Quantiles.quantileOfSorted(sorted, PS[i], type), counted[i], 0.0,
                        type + " p=" + PS[i] + " n=" + values.length);
                assertEquals(counted[i], histogram.quantile(PS[i], type), 0.0);
            }
            BoxStatistics expected = BoxStatistics.of(values, type);
            BoxStatistics box = histogram.box(type);
            assertEquals(expected.n(), box.n());
            assertEquals(expected.q1(), box.q1(), 0.0);
            assertEquals(expected.median(), box.median(), 0.0);
            assertEquals(expected.q3(), box.q3(), 0.0);
            assertEquals(expected.lowerWhisker(), box.lowerWhisker(), 0.0);
            assertEquals(expected.upperWhisker(), box.upperWhisker(), 0.0);
            assertArrayEquals(expected.outliers(), box.outliers(), 0.0);
        }
        assertEquals(Descriptives.of(values), histogram.descriptives());
        long sum = 0;
        for (int v : ints) {
            sum += v;
        }
        assertEquals(sum, histogram.sum());
    }

    @Test
    void countedStatisticsAreThoseOfTheSortedValues() {
        SplittableRandom random = new SplittableRandom(2026);
        int[][] ranges = { { 0, 5 }, { -30, 400 }, { 0, 3_000 }, { -100_000, 100_000 } };
        for (int[] range : ranges) {
            for (int n : new int[] { 1, 2, 3, 4, 7, 10, 99, 1_000, 20_001 }) {
                int[] ints = new int[n];
                for (int i = 0; i < n; i++) {
                    // Mostly near the middle, a few far out: outliers on both sides.
                    ints[i] = random.nextInt(10) == 0 ? random.nextInt(range[0], range[1] + 1)
                            : random.nextInt(Math.max(range[0], -20), Math.min(range[1], 60) + 1);
                }
                assertSameAsSorted(ints, histogram(ints, range[0], range[1]));
            }
        }
    }

    @Test
    void partsAddUpToTheWhole() {
        SplittableRandom random = new SplittableRandom(7);
        int[] ints = random.ints(5_000, 0, 900).toArray();
        IntHistogram first = histogram(Arrays.copyOfRange(ints, 0, 1_234), 0, 899);
        IntHistogram second = histogram(Arrays.copyOfRange(ints, 1_234, ints.length), 0, 899);
        assertSameAsSorted(ints, first.addAll(second));
        assertThrows(IllegalArgumentException.class, () -> first.addAll(new IntHistogram(0, 10)));
    }

    @Test
    void emptyAndTooLarge() {
        IntHistogram empty = new IntHistogram(3, 9);
        assertEquals(0, empty.n());
        assertNull(empty.box(QuantileType.TYPE_7));
        assertTrue(Double.isNaN(empty.descriptives().mean()));
        assertTrue(Double.isNaN(empty.quantile(0.5, QuantileType.TYPE_6)));
        assertTrue(IntHistogram.fits(0, 3_650, 100));
        assertFalse(IntHistogram.fits(Integer.MIN_VALUE, Integer.MAX_VALUE, 1));
        assertThrows(IllegalArgumentException.class, () -> new IntHistogram(-5_000_000, 5_000_000));
    }

    @Test
    void summariesByGroupAreTheDescriptivesOfEachGroup() {
        SplittableRandom random = new SplittableRandom(11);
        int size = 200_000;
        int[] column = new int[size];
        int[] group = new int[size];
        BitSet rows = new BitSet();
        for (int row = 0; row < size; row++) {
            column[row] = random.nextInt(20) == 0 ? IntSummary.MISSING : random.nextInt(-5, 1_000);
            group[row] = random.nextInt(3);
            if (random.nextInt(4) != 0) {
                rows.set(row);
            }
        }
        IntSummary[] parallel = IntSummary.byGroup(column, group, 3, rows);
        IntSummary[] sequential = Parallel.sequentially(() -> IntSummary.byGroup(column, group, 3, rows));
        assertArrayEquals(sequential, parallel);
        for (int g = 0; g < 3; g++) {
            int wanted = g;
            double[] values = rows.stream().filter(row -> group[row] == wanted && column[row] != IntSummary.MISSING)
                    .mapToDouble(row -> column[row]).toArray();
            Descriptives expected = Descriptives.of(values);
            assertEquals(expected.n(), parallel[g].n());
            assertEquals(expected.mean(), parallel[g].mean(), 0.0);
            assertEquals(expected.min(), parallel[g].min(), 0.0);
            assertEquals(expected.max(), parallel[g].max(), 0.0);
        }
    }

    @Test
    void twoHalvesGiveWhatOnePassGives() {
        long[] masks = new SplittableRandom(3).longs(300_000, 0, 1L << 16).toArray();
        BitSet rows = new BitSet();
        rows.set(17, 299_000);
        int[] codes = { 0, 3, 5, 9, 15 };
        for (boolean two : new boolean[] { false, true }) {
            long[] counted = Parallel.split(rows.toLongArray().length, (from, to) -> {
                long[] out = new long[1];
                long[] words = rows.toLongArray();
                for (int word = from; word < to; word++) {
                    out[0] += Long.bitCount(words[word]);
                }
                return out;
            }, (a, b) -> new long[] { a[0] + b[0] }, two);
            assertEquals(rows.cardinality(), counted[0]);
        }
        CoOccurrence parallel = CoOccurrence.of(masks, rows, codes);
        CoOccurrence sequential = Parallel.sequentially(() -> CoOccurrence.of(masks, rows, codes));
        for (int i = 0; i < codes.length; i++) {
            assertEquals(sequential.alone(i), parallel.alone(i));
            for (int j = 0; j < codes.length; j++) {
                assertEquals(sequential.together(i, j), parallel.together(i, j));
            }
        }
        // Counted by hand, one row at a time.
        long both = 0;
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            both += (masks[row] & 1L << 3) != 0 && (masks[row] & 1L << 9) != 0 ? 1 : 0;
        }
        assertEquals(both, parallel.together(1, 3));
    }
}
