package se.isu.analysis.stats;

import java.util.Arrays;

/**
 * Count, mean, median, minimum and maximum of a numeric variable; NaN for the measures of an empty
 * group.
 */
public record Descriptives(int n, double mean, double median, double min, double max) {

    public static Descriptives of(double[] values) {
        if (values.length == 0) {
            return new Descriptives(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return new Descriptives(values.length, sum / values.length, Quantiles.median(values),
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }
}
