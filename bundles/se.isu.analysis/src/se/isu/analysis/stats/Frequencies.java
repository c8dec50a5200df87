package se.isu.analysis.stats;

import java.util.BitSet;

/**
 * Counts and shares of the options of a choice question over selected rows. Shares of a multiple
 * choice are shares of the children who answered (the sum exceeds 100 %), not of the mentions, unless
 * {@link Denominator#MENTIONS} is asked for.
 *
 * @param codes       the option codes counted, in order
 * @param counts      per code, in the order of {@code codes}
 * @param denominator what the shares are shares of
 */
public record Frequencies(int[] codes, long[] counts, long denominator) {

    /** A value of an int column that means no answer; the store's CaseColumns.MISSING. */
    public static final int MISSING = Integer.MIN_VALUE;

    /** What a share of a multiple-choice option is a share of. */
    public enum Denominator {
        /** The cases (children) who chose at least one option. */
        CASES,
        /** All options chosen, summed over the cases. */
        MENTIONS
    }

    public Frequencies {
        codes = codes.clone();
        counts = counts.clone();
    }

    @Override
    public int[] codes() {
        return codes.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public long count(int index) {
        return counts[index];
    }

    /** The share of option {@code index}, 0..1; NaN when nothing was answered. */
    public double share(int index) {
        return denominator == 0 ? Double.NaN : (double) counts[index] / denominator;
    }

    /** A single-choice question: each answered row counts once; rows without an answer are left out. */
    public static Frequencies single(int[] column, BitSet rows, int[] codes) {
        long[] counts = new long[codes.length];
        long answered = 0;
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            int value = column[row];
            if (value == MISSING) {
                continue;
            }
            answered++;
            int index = indexOf(codes, value);
            if (index >= 0) {
                counts[index]++;
            }
        }
        return new Frequencies(codes, counts, answered);
    }

    /** A multiple-choice question held as one bit mask per row (bit {@code code} set when chosen). */
    public static Frequencies multiple(long[] masks, BitSet rows, int[] codes, Denominator denominator) {
        long[] counts = new long[codes.length];
        long cases = 0;
        long mentions = 0;
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            long mask = masks[row];
            if (mask == 0) {
                continue;
            }
            cases++;
            mentions += Long.bitCount(mask);
            for (int i = 0; i < codes.length; i++) {
                if ((mask & (1L << codes[i])) != 0) {
                    counts[i]++;
                }
            }
        }
        return new Frequencies(codes, counts, denominator == Denominator.CASES ? cases : mentions);
    }

    static int indexOf(int[] codes, int value) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
