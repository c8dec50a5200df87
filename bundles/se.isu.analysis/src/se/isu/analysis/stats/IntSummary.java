package se.isu.analysis.stats;

import java.util.BitSet;

/**
 * Count, exact sum, minimum and maximum of an int column's values (no answer left out) over selected
 * rows: what a mean, a lowest and a highest value need. The mean is the number {@link Descriptives#of}
 * gives from the same values, since their partial sums are exact in a double.
 *
 * @param min the smallest value, {@link Integer#MAX_VALUE} when there is none
 * @param max the largest value, {@link Integer#MIN_VALUE} when there is none
 */
public record IntSummary(long n, long sum, int min, int max) {

    /** The column's value for no answer; the store's CaseColumns.MISSING. */
    public static final int MISSING = Integer.MIN_VALUE;

    private static final IntSummary EMPTY = new IntSummary(0, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);

    /** The mean, NaN when there are no values. */
    public double mean() {
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    /** Both together, as if their values were counted at once. */
    public IntSummary plus(IntSummary other) {
        return new IntSummary(n + other.n, sum + other.sum, Math.min(min, other.min), Math.max(max, other.max));
    }

    /**
     * Per group (0 to {@code groups - 1}, each row's group in {@code groupOfRow}, e.g. the dataset's
     * municipality indexes), the summary of the values of the selected rows: one pass over the rows, in
     * two halves on two threads for many rows.
     */
    public static IntSummary[] byGroup(int[] column, int[] groupOfRow, int groups, BitSet rows) {
        long[] words = rows.toLongArray();
        long[] flat = Parallel.split(words.length, (from, to) -> {
            long[] out = new long[groups * 4];
            for (int g = 0; g < groups; g++) {
                out[4 * g + 2] = Integer.MAX_VALUE;
                out[4 * g + 3] = Integer.MIN_VALUE;
            }
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int value = column[row];
                    if (value == MISSING) {
                        continue;
                    }
                    int at = 4 * groupOfRow[row];
                    out[at]++;
                    out[at + 1] += value;
                    out[at + 2] = Math.min(out[at + 2], value);
                    out[at + 3] = Math.max(out[at + 3], value);
                }
            }
            return out;
        }, (a, b) -> {
            for (int at = 0; at < a.length; at += 4) {
                a[at] += b[at];
                a[at + 1] += b[at + 1];
                a[at + 2] = Math.min(a[at + 2], b[at + 2]);
                a[at + 3] = Math.max(a[at + 3], b[at + 3]);
            }
            return a;
        });
        IntSummary[] out = new IntSummary[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = flat[4 * g] == 0 ? EMPTY
                    : new IntSummary(flat[4 * g], flat[4 * g + 1], (int) flat[4 * g + 2], (int) flat[4 * g + 3]);
        }
        return out;
    }
}
