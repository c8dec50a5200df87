package se.isu.analysis.stats;

import java.util.BitSet;

/**
 * How the options of a multiple-choice question are chosen together, as in the report's Tabell X.1:
 * for every pair of options the number of cases with both, per option the number of cases that chose
 * it (its total mentions, on the diagonal), the number that chose it and nothing else ("alone"), and
 * alone / total.
 */
public record CoOccurrence(int[] codes, long[][] pairs, long[] alone) {

    public CoOccurrence {
        codes = codes.clone();
        alone = alone.clone();
        long[][] copy = new long[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            copy[i] = pairs[i].clone();
        }
        pairs = copy;
    }

    public static CoOccurrence of(long[] masks, BitSet rows, int[] codes) {
        int k = codes.length;
        long[][] pairs = new long[k][k];
        long[] alone = new long[k];
        // Only the chosen bits of a case are visited: the index of each code's bit, -1 for a code not counted.
        int[] indexOfBit = new int[64];
        java.util.Arrays.fill(indexOfBit, -1);
        long counted = 0;
        for (int i = 0; i < k; i++) {
            if (codes[i] >= 0 && codes[i] < 64) {
                indexOfBit[codes[i]] = i;
                counted |= 1L << codes[i];
            }
        }
        long countedBits = counted;
        long[] words = rows.toLongArray();
        // The rows grouped by their mask first (one look-up a row), then each distinct mask spread over the
        // pairs it holds.
        MaskCounts masksCounted = Parallel.split(words.length, (from, to) -> {
            MaskCounts out = new MaskCounts();
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    out.add(masks[base + Long.numberOfTrailingZeros(w)]);
                }
            }
            return out;
        }, MaskCounts::addAll);
        masksCounted.forEach((mask, count) -> {
            long chosen = mask & countedBits;
            for (long a = chosen; a != 0; a &= a - 1) {
                int bit = Long.numberOfTrailingZeros(a);
                int i = indexOfBit[bit];
                if (mask == 1L << bit) {
                    alone[i] += count;
                }
                for (long b = chosen; b != 0; b &= b - 1) {
                    pairs[i][indexOfBit[Long.numberOfTrailingZeros(b)]] += count;
                }
            }
        });
        return new CoOccurrence(codes, pairs, alone);
    }

    static long[] add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /** Cases that chose both options; for i == j the option's total mentions. */
    public long together(int i, int j) {
        return pairs[i][j];
    }

    public long total(int i) {
        return pairs[i][i];
    }

    public long alone(int i) {
        return alone[i];
    }

    /** alone / total of option i; NaN when nobody chose it. */
    public double aloneRatio(int i) {
        return pairs[i][i] == 0 ? Double.NaN : (double) alone[i] / pairs[i][i];
    }
}
