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
        int[] table = indexTable(codes);
        long[] words = rows.toLongArray();
        // Per part of the rows, the counts of the codes, then the rows answered.
        long[] flat = Parallel.split(words.length, (from, to) -> {
            long[] out = new long[codes.length + 1];
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int value = column[base + Long.numberOfTrailingZeros(w)];
                    if (value == MISSING) {
                        continue;
                    }
                    out[codes.length]++;
                    int index = indexOf(table, codes, value);
                    if (index >= 0) {
                        out[index]++;
                    }
                }
            }
            return out;
        }, CoOccurrence::add);
        long[] counts = java.util.Arrays.copyOf(flat, codes.length);
        long answered = flat[codes.length];
        return new Frequencies(codes, counts, answered);
    }

    /** A multiple-choice question held as one bit mask per row (bit {@code code} set when chosen). */
    public static Frequencies multiple(long[] masks, BitSet rows, int[] codes, Denominator denominator) {
        long[] counts = new long[codes.length];
        long cases = 0;
        long mentions = 0;
        // Per bit, the indexes of the codes it stands for (a code's bit is its value modulo 64).
        int[][] indexesOfBit = new int[64][0];
        for (int i = 0; i < codes.length; i++) {
            int bit = codes[i] & 63;
            int[] before = indexesOfBit[bit];
            indexesOfBit[bit] = java.util.Arrays.copyOf(before, before.length + 1);
            indexesOfBit[bit][before.length] = i;
        }
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            long mask = masks[row];
            if (mask == 0) {
                continue;
            }
            cases++;
            mentions += Long.bitCount(mask);
            for (long m = mask; m != 0; m &= m - 1) {
                for (int i : indexesOfBit[Long.numberOfTrailingZeros(m)]) {
                    counts[i]++;
                }
            }
        }
        return new Frequencies(codes, counts, denominator == Denominator.CASES ? cases : mentions);
    }

    /** Index by code for codes in 0..1023 (-1 where none), or null when a code lies outside. */
    static int[] indexTable(int[] codes) {
        int max = -1;
        for (int code : codes) {
            if (code < 0 || code > 1023) {
                return null;
            }
            max = Math.max(max, code);
        }
        int[] table = new int[max + 1];
        java.util.Arrays.fill(table, -1);
        for (int i = codes.length - 1; i >= 0; i--) {
            table[codes[i]] = i;
        }
        return table;
    }

    /** The first index of {@code value} in {@code codes}, through {@link #indexTable} when there is one. */
    static int indexOf(int[] table, int[] codes, int value) {
        if (table == null) {
            return indexOf(codes, value);
        }
        return value >= 0 && value < table.length ? table[value] : -1;
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
