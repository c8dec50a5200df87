package se.isu.analysis.stats;

/**
 * Integer values (days, ages) counted per value between a known smallest and largest: how many times
 * each occurs. Everything the descriptive statistics, quantiles and box statistics need follows exactly
 * from the counts, with the same definitions as from the values themselves ({@link Descriptives#of},
 * {@link Quantiles}, {@link BoxStatistics#of}): the order statistics are the same numbers, and the sum of
 * integers is exact. Histograms of parts of the rows add up ({@link #addAll}), so rows can be counted in
 * parts ({@link Parallel}).
 */
public final class IntHistogram {

    /** How many counters the histograms of one computation may hold together (16 MiB of ints). */
    public static final long MAX_CELLS = 1L << 22;

    private final int min;
    private final int[] counts;

    /** For values from {@code min} to {@code max}, both included. */
    public IntHistogram(int min, int max) {
        if (!fits(min, max, 1)) {
            throw new IllegalArgumentException("a histogram of " + min + ".." + max + " is too large");
        }
        this.min = min;
        this.counts = new int[max - min + 1];
    }

    /** Whether {@code histograms} histograms of {@code min..max} stay within {@link #MAX_CELLS}. */
    public static boolean fits(long min, long max, long histograms) {
        return max >= min && (max - min + 1) * Math.max(1, histograms) <= MAX_CELLS;
    }

    /** Counts a value, which must lie in the range given. */
    public void add(int value) {
        counts[value - min]++;
    }

    /** Adds the counts of another histogram of the same range. */
    public IntHistogram addAll(IntHistogram other) {
        if (other.min != min || other.counts.length != counts.length) {
            throw new IllegalArgumentException("histograms of different ranges");
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    /** How many values were counted. */
    public int n() {
        long n = 0;
        for (int count : counts) {
            n += count;
        }
        return Math.toIntExact(n);
    }

    /** The sum of the values counted, exact. */
    public long sum() {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (long) counts[i] * (min + i);
        }
        return sum;
    }

    /** How many times {@code value} was counted. */
    public int count(int value) {
        return value < min || value - min >= counts.length ? 0 : counts[value - min];
    }

    /** Count, mean, median, minimum and maximum, as {@link Descriptives#of} gives them for the values. */
    public Descriptives descriptives() {
        int n = n();
        if (n == 0) {
            return new Descriptives(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double lowest = min + first();
        double highest = min + last();
        return new Descriptives(n, (double) sum() / n, quantile(0.5, QuantileType.TYPE_7), lowest, highest);
    }

    /** The {@code p} quantile of type {@code type}; NaN when nothing was counted. */
    public double quantile(double p, QuantileType type) {
        return quantiles(new double[] { p }, type)[0];
    }

    /** Several quantiles, as {@link Quantiles#quantiles} gives them for the values. */
    public double[] quantiles(double[] ps, QuantileType type) {
        return Quantiles.quantilesOfCounts(counts, min, n(), ps, type);
    }

    /** The box statistics, as {@link BoxStatistics#of} gives them for the values; null when nothing was counted. */
    public BoxStatistics box(QuantileType type) {
        int n = n();
        if (n == 0) {
            return null;
        }
        double[] q = quantiles(new double[] { 0.25, 0.5, 0.75 }, type);
        double q1 = q[0];
        double q3 = q[2];
        double lowFence = q1 - BoxStatistics.FENCE_FACTOR * (q3 - q1);
        double highFence = q3 + BoxStatistics.FENCE_FACTOR * (q3 - q1);
        double lower = Double.NaN;
        double upper = Double.NaN;
        int outlierCount = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double v = min + i;
            if (v < lowFence || v > highFence) {
                outlierCount += counts[i];
            } else {
                if (Double.isNaN(lower)) {
                    lower = v;
                }
                upper = v;
            }
        }
        double[] outliers = new double[outlierCount];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            double v = min + i;
            if (counts[i] != 0 && (v < lowFence || v > highFence)) {
                java.util.Arrays.fill(outliers, k, k + counts[i], v);
                k += counts[i];
            }
        }
        return new BoxStatistics(n, q1, q[1], q3, lower, upper, outliers);
    }

    private int first() {
        int i = 0;
        while (counts[i] == 0) {
            i++;
        }
        return i;
    }

    private int last() {
        int i = counts.length - 1;
        while (counts[i] == 0) {
            i--;
        }
        return i;
    }
}
