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
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            long mask = masks[row];
            if (mask == 0) {
                continue;
            }
            for (int i = 0; i < k; i++) {
                long bit = 1L << codes[i];
                if ((mask & bit) == 0) {
                    continue;
                }
                if (mask == bit) {
                    alone[i]++;
                }
                for (int j = 0; j < k; j++) {
                    if ((mask & (1L << codes[j])) != 0) {
                        pairs[i][j]++;
                    }
                }
            }
        }
        return new CoOccurrence(codes, pairs, alone);
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
