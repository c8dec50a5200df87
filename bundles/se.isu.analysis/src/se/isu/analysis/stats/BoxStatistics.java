package se.isu.analysis.stats;

/**
 * What a box plot draws: quartiles, Tukey's whiskers and the outliers. The fences lie 1.5 IQR below Q1
 * and above Q3; each whisker ends at the most extreme observation within its fence (not at the fence),
 * and every observation beyond a fence is an outlier.
 *
 * @param outliers sorted ascending
 */
public record BoxStatistics(int n, double q1, double median, double q3, double lowerWhisker,
        double upperWhisker, double[] outliers) {

    /** Tukey's factor for the fences. */
    public static final double FENCE_FACTOR = 1.5;

    public BoxStatistics {
        outliers = outliers.clone();
    }

    @Override
    public double[] outliers() {
        return outliers.clone();
    }

    public double iqr() {
        return q3 - q1;
    }

    public static BoxStatistics of(double[] values, QuantileType type) {
        if (values.length == 0) {
            throw new IllegalArgumentException("box statistics need at least one value");
        }
        double[] sorted = Quantiles.sorted(values);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("box statistics need at least one value that is a number");
        }
        double q1 = Quantiles.quantileOfSorted(sorted, 0.25, type);
        double median = Quantiles.quantileOfSorted(sorted, 0.5, type);
        double q3 = Quantiles.quantileOfSorted(sorted, 0.75, type);
        double lowFence = q1 - FENCE_FACTOR * (q3 - q1);
        double highFence = q3 + FENCE_FACTOR * (q3 - q1);
        double lower = Double.NaN;
        double upper = Double.NaN;
        int outlierCount = 0;
        for (double v : sorted) {
            if (v < lowFence || v > highFence) {
                outlierCount++;
            } else {
                if (Double.isNaN(lower)) {
                    lower = v;
                }
                upper = v;
            }
        }
        double[] outliers = new double[outlierCount];
        int i = 0;
        for (double v : sorted) {
            if (v < lowFence || v > highFence) {
                outliers[i++] = v;
            }
        }
        return new BoxStatistics(sorted.length, q1, median, q3, lower, upper, outliers);
    }
}
