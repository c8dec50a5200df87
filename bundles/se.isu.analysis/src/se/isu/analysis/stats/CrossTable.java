package se.isu.analysis.stats;

import java.util.BitSet;

/**
 * Counts of two single-choice questions against each other over selected rows, with row and column
 * totals. A row missing either answer is left out of every count.
 */
public record CrossTable(int[] rowCodes, int[] columnCodes, long[][] counts) {

    public CrossTable {
        rowCodes = rowCodes.clone();
        columnCodes = columnCodes.clone();
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public static CrossTable of(int[] rowColumn, int[] columnColumn, BitSet rows, int[] rowCodes, int[] columnCodes) {
        long[][] counts = new long[rowCodes.length][columnCodes.length];
        int[] rowTable = Frequencies.indexTable(rowCodes);
        int[] columnTable = Frequencies.indexTable(columnCodes);
        int width = columnCodes.length;
        long[] words = rows.toLongArray();
        long[] flat = Parallel.split(words.length, (from, to) -> {
            long[] out = new long[rowCodes.length * width];
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int r = Frequencies.indexOf(rowTable, rowCodes, rowColumn[row]);
                    int c = Frequencies.indexOf(columnTable, columnCodes, columnColumn[row]);
                    if (r >= 0 && c >= 0) {
                        out[r * width + c]++;
                    }
                }
            }
            return out;
        }, CoOccurrence::add);
        for (int r = 0; r < rowCodes.length; r++) {
            System.arraycopy(flat, r * width, counts[r], 0, width);
        }
        return new CrossTable(rowCodes, columnCodes, counts);
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (long v : counts[row]) {
            sum += v;
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            sum += rowTotal(r);
        }
        return sum;
    }
}
