package se.isu.analysis.stats;

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
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Descriptives(values.length, sum / values.length, Quantiles.median(values), min, max);
    }
}
