package se.isu.analysis.stats;

import java.util.Arrays;

/**
 * Sample quantiles of the Hyndman–Fan types in {@link QuantileType}, with the definitions of Commons
 * Math's {@code Percentile} (R_6, R_7). The values are never reordered. Integer values within a range
 * not much wider than their number (days, ages: what the engine holds) are counted instead of sorted,
 * which is linear in their number; other values are sorted once. NaN values are left out.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The {@code p} quantile (0 &le; p &le; 1) of {@code values}; NaN when there are none. p = 0 is the
     * minimum under every type.
     */
    public static double quantile(double[] values, double p, QuantileType type) {
        return quantiles(values, new double[] { p }, type)[0];
    }

    /** Several quantiles of the same values, which are counted or sorted once for all of them. */
    public static double[] quantiles(double[] values, double[] ps, QuantileType type) {
        for (double p : ps) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p must lie in [0, 1]: " + p);
            }
        }
        double[] out = new double[ps.length];
        OrderStatistics order = OrderStatistics.of(values);
        for (int i = 0; i < ps.length; i++) {
            out[i] = order.size() == 0 ? Double.NaN : estimate(order, ps[i], type);
        }
        return out;
    }

    /** The median, which is the same under types 6 and 7. */
    public static double median(double[] values) {
        return quantile(values, 0.5, QuantileType.TYPE_7);
    }

    /** The {@code p} quantile of values already sorted ascending, without NaN; NaN when there are none. */
    static double quantileOfSorted(double[] sorted, double p, QuantileType type) {
        return sorted.length == 0 ? Double.NaN : estimate(new OrderStatistics.Sorted(sorted), p, type);
    }

    /**
     * Quantiles of integers given as counts per value from {@code min} ({@code counts[i]} times the value
     * {@code min + i}, {@code n} in all): the same order statistics, hence the same numbers, as from the
     * values themselves.
     */
    static double[] quantilesOfCounts(int[] counts, long min, int n, double[] ps, QuantileType type) {
        for (double p : ps) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p must lie in [0, 1]: " + p);
            }
        }
        double[] out = new double[ps.length];
        if (n == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        OrderStatistics order = new OrderStatistics.Counted(counts, min, n);
        for (int i = 0; i < ps.length; i++) {
            out[i] = estimate(order, ps[i], type);
        }
        return out;
    }

    /** {@code values} sorted ascending into a new array, NaN left out. */
    static double[] sorted(double[] values) {
        OrderStatistics order = OrderStatistics.of(values);
        double[] out = new double[order.size()];
        order.copyTo(out);
        return out;
    }

    /**
     * Hyndman and Fan's estimate from the 1-based position h: type 7 h = (n − 1)p + 1, type 6
     * h = (n + 1)p; below the first or beyond the last observation it is that observation.
     */
    private static double estimate(OrderStatistics order, double p, QuantileType type) {
        int n = order.size();
        if (p == 0) {
            return order.get(0);
        }
        double h = type == QuantileType.TYPE_7 ? (n - 1) * p + 1 : (n + 1) * p;
        if (h < 1) {
            return order.get(0);
        }
        if (h >= n) {
            return order.get(n - 1);
        }
        double floor = Math.floor(h);
        int k = (int) floor;
        double lower = order.get(k - 1);
        double upper = order.get(k);
        return lower + (h - floor) * (upper - lower);
    }

    /** The k-th smallest of the values (from 0). */
    private abstract static sealed class OrderStatistics permits OrderStatistics.Sorted, OrderStatistics.Counted {

        abstract int size();

        abstract double get(int k);

        abstract void copyTo(double[] target);

        static OrderStatistics of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean integers = true;
            int nan = 0;
            for (double v : values) {
                if (v != v) {
                    nan++;
                    continue;
                }
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
                integers &= v == Math.rint(v);
            }
            int n = values.length - nan;
            if (n > 0 && integers && max - min <= Math.max(1024, 4.0 * n)) {
                return new Counted(values, (long) min, (int) (max - min) + 1, n);
            }
            double[] sorted = new double[n];
            int i = 0;
            for (double v : values) {
                if (v == v) {
                    sorted[i++] = v;
                }
            }
            Arrays.sort(sorted);
            return new Sorted(sorted);
        }

        static final class Sorted extends OrderStatistics {
            private final double[] sorted;

            Sorted(double[] sorted) {
                this.sorted = sorted;
            }

            @Override
            int size() {
                return sorted.length;
            }

            @Override
            double get(int k) {
                return sorted[k];
            }

            @Override
            void copyTo(double[] target) {
                System.arraycopy(sorted, 0, target, 0, sorted.length);
            }
        }

        /** Integers as counts per value from the minimum: the cumulative counts find the k-th. */
        static final class Counted extends OrderStatistics {
            private final long min;
            private final int[] below;
            private final int n;

            Counted(double[] values, long min, int range, int n) {
                this.min = min;
                this.n = n;
                int[] counts = new int[range + 1];
                for (double v : values) {
                    if (v == v) {
                        counts[(int) ((long) v - min) + 1]++;
                    }
                }
                for (int i = 1; i < counts.length; i++) {
                    counts[i] += counts[i - 1];
                }
                below = counts; // below[i]: how many values are smaller than min + i
            }

            /** From counts per value: {@code counts[i]} values equal {@code min + i}. */
            Counted(int[] counts, long min, int n) {
                this.min = min;
                this.n = n;
                int[] cumulative = new int[counts.length + 1];
                for (int i = 0; i < counts.length; i++) {
                    cumulative[i + 1] = cumulative[i] + counts[i];
                }
                below = cumulative;
            }

            @Override
            int size() {
                return n;
            }

            @Override
            double get(int k) {
                // The last i with below[i] <= k is the value's offset from the minimum.
                int low = 0;
                int high = below.length - 2;
                while (low < high) {
                    int mid = (low + high + 1) >>> 1;
                    if (below[mid] <= k) {
                        low = mid;
                    } else {
                        high = mid - 1;
                    }
                }
                return min + low;
            }

            @Override
            void copyTo(double[] target) {
                for (int i = 0; i + 1 < below.length; i++) {
                    Arrays.fill(target, below[i], below[i + 1], min + i);
                }
            }
        }
    }
}
