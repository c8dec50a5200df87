package se.isu.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/**
 * Quantiles counts integer values in a narrow range and sorts other values: both ways must give what
 * Commons Math's Percentile gives with the same Hyndman–Fan type, on random vectors of each kind.
 */
class QuantileMethodsTest {

    private static final double[] PS = { 0.01, 0.1, 0.25, 0.333, 0.5, 0.6, 0.75, 0.9, 0.99, 1 };

    private static void assertLikePercentile(double[] values) {
        for (QuantileType type : QuantileType.values()) {
            EstimationType estimation = type == QuantileType.TYPE_7 ? EstimationType.R_7 : EstimationType.R_6;
            double[] ours = Quantiles.quantiles(values, PS, type);
            for (int i = 0; i < PS.length; i++) {
                double expected = new Percentile().withEstimationType(estimation).evaluate(values, PS[i] * 100);
                assertEquals(expected, ours[i], 1e-9 * Math.max(1, Math.abs(expected)), type + " p=" + PS[i]);
                assertEquals(ours[i], Quantiles.quantile(values, PS[i], type), 0, "one p at a time");
            }
        }
    }

    @Test
    void countedIntegersAgreeWithPercentile() {
        SplittableRandom random = new SplittableRandom(6);
        for (int n : new int[] { 1, 2, 3, 7, 100, 5_001 }) {
            double[] days = new double[n];
            for (int i = 0; i < n; i++) {
                days[i] = random.nextInt(-30, 400);
            }
            assertLikePercentile(days);
        }
    }

    @Test
    void sortedFractionsAndWideIntegersAgreeWithPercentile() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] { 1, 2, 5, 99, 4_000 }) {
            double[] fractions = new double[n];
            double[] wide = new double[n];
            for (int i = 0; i < n; i++) {
                fractions[i] = random.nextDouble(-5, 5);
                wide[i] = random.nextLong(-1L << 40, 1L << 40);
            }
            assertLikePercentile(fractions);
            assertLikePercentile(wide);
        }
    }

    @Test
    void sortedCopyIsTheSameEitherWayAndLeavesNaNOut() {
        double[] values = { 5, 3, Double.NaN, 3, -2, 9, 5 };
        double[] before = values.clone();
        assertArrayEquals(new double[] { -2, 3, 3, 5, 5, 9 }, Quantiles.sorted(values));
        assertArrayEquals(new double[] { -2.5, 3, 3.5 }, Quantiles.sorted(new double[] { 3.5, -2.5, 3 }));
        assertArrayEquals(before, values, "the input keeps its order");
        assertEquals(4.0, Quantiles.median(values), 0);
        assertTrue(Double.isNaN(Quantiles.quantile(new double[] { Double.NaN }, 0.5, QuantileType.TYPE_7)));
        assertArrayEquals(new double[] { -2, 9 }, Quantiles.quantiles(values, new double[] { 0, 1 }, QuantileType.TYPE_6));
    }
}
