package se.isu.analysis.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Sample quantiles of the Hyndman–Fan types in {@link QuantileType}. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The {@code p} quantile (0 &le; p &le; 1) of {@code values}; NaN when there are none. p = 0 is the
     * minimum under every type, which Percentile does not accept, so it is answered here.
     */
    public static double quantile(double[] values, double p, QuantileType type) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1]: " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        if (p == 0) {
            return Arrays.stream(values).min().orElseThrow();
        }
        return new Percentile().withEstimationType(type.estimation()).evaluate(values, p * 100);
    }

    /** The median, which is the same under types 6 and 7. */
    public static double median(double[] values) {
        return quantile(values, 0.5, QuantileType.TYPE_7);
    }
}
