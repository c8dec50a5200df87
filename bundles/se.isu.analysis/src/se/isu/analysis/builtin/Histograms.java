package se.isu.analysis.builtin;

import java.util.BitSet;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.stats.IntHistogram;
import se.isu.analysis.stats.Parallel;

/**
 * The values of an int variable (a length in days, an age) counted per comparison group and category of a
 * dimension, in one pass over the selected rows for all of them: {@link IntHistogram}s, from which the
 * descriptive statistics, medians and box statistics follow exactly as from the values.
 */
final class Histograms {

    private Histograms() {
    }

    /**
     * Per comparison group (the total last, the sum of the others) and category of {@code by}, the
     * histogram of {@code values} over the selected rows in that category that have a value; with
     * {@code any}, one more per group over the rows in any category. Null when the variable's range would
     * make the histograms too large: the caller then gathers the values instead.
     */
    static IntHistogram[][] of(Dataset dataset, String variable, BitSet rows, Comparison comparison, Dimension by,
            boolean any) {
        int[] values = dataset.ints(variable);
        int[] range = dataset.range(variable);
        int k = by.size();
        int perGroup = k + (any ? 1 : 0);
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int min = range == null ? 0 : range[0];
        int max = range == null ? 0 : range[1];
        if (!IntHistogram.fits(min, max, 2L * counted * perGroup)) {
            return null;
        }
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        long[] words = rows.toLongArray();
        IntHistogram[] flat = Parallel.split(words.length, (from, to) -> {
            IntHistogram[] histograms = new IntHistogram[counted * perGroup];
            for (int h = 0; h < histograms.length; h++) {
                histograms[h] = new IntHistogram(min, max);
            }
            long[] members = new long[64];
            for (int word = from; word < to; word++) {
                long selected = words[word];
                if (selected == 0) {
                    continue;
                }
                by.fill(word, members);
                int base = word << 6;
                for (long w = selected; w != 0; w &= w - 1) {
                    int i = Long.numberOfTrailingZeros(w);
                    int value = values[base + i];
                    long member = members[i];
                    if (value == Dataset.MISSING || member == 0) {
                        continue;
                    }
                    int group = table == null ? 0 : table[keys[base + i]] * perGroup;
                    for (long m = member; m != 0; m &= m - 1) {
                        histograms[group + Long.numberOfTrailingZeros(m)].add(value);
                    }
                    if (any) {
                        histograms[group + k].add(value);
                    }
                }
            }
            return histograms;
        }, (a, b) -> {
            for (int h = 0; h < a.length; h++) {
                a[h].addAll(b[h]);
            }
            return a;
        });
        IntHistogram[][] out = new IntHistogram[comparison.size()][];
        for (int g = 0; g < counted; g++) {
            out[g] = java.util.Arrays.copyOfRange(flat, g * perGroup, (g + 1) * perGroup);
        }
        if (comparison.partitioned()) {
            IntHistogram[] total = new IntHistogram[perGroup];
            for (int i = 0; i < perGroup; i++) {
                total[i] = new IntHistogram(min, max);
                for (int g = 0; g < counted; g++) {
                    total[i].addAll(out[g][i]);
                }
            }
            out[counted] = total;
        }
        return out;
    }
}
