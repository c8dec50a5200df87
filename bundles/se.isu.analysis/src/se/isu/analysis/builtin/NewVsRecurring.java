package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.Descriptives;

/**
 * Tabell 3: new and recurring cases. One row per answer of {@code variable} (default
 * {@code tidigare_aktuell}), then {@link Messages#rowTotal} over the cases with an answer; per comparison
 * group three columns: {@link Messages#columnCount}, {@link Messages#columnMeanDuration} (mean of
 * {@code duration}, default insatstid, as the report's "inskrivningstid" is) and
 * {@link Messages#columnMeanAgeShort} (mean of {@code age}). The counts sum to the total row, and with a
 * comparison every count is the sum of the groups'.
 */
public final class NewVsRecurring implements Analysis {

    private static final int COUNT = 0;
    private static final int DAYS_N = 1;
    private static final int DAYS_SUM = 2;
    private static final int AGE_N = 3;
    private static final int AGE_SUM = 4;
    private static final int WIDTH = 5;

    /**
     * The mean of integers from their exact sum: the same number as {@link Descriptives#of} gives from
     * the values, whose partial sums are exact in a double.
     */
    private static double mean(long sum, long n) {
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    /**
     * Per comparison group (the total last) and answer, then the rows with any answer: the count, and the
     * number and sum of the durations and ages given; one pass over the selected rows.
     */
    private static long[][] count(int[] days, int[] ages, BitSet rows, Comparison comparison, Dimension answers) {
        int k = answers.size();
        int perGroup = k + 1;
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        long[] words = rows.toLongArray();
        long[] flat = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            long[] out = new long[counted * perGroup * WIDTH];
            long[] members = new long[64];
            for (int word = from; word < to; word++) {
                long selected = words[word];
                if (selected == 0) {
                    continue;
                }
                answers.fill(word, members);
                int base = word << 6;
                for (long w = selected; w != 0; w &= w - 1) {
                    int i = Long.numberOfTrailingZeros(w);
                    long member = members[i];
                    if (member == 0) {
                        continue;
                    }
                    int row = base + i;
                    int group = table == null ? 0 : table[keys[row]] * perGroup;
                    int day = days[row];
                    int age = ages[row];
                    for (long m = member | 1L << k; m != 0; m &= m - 1) {
                        int at = (group + Long.numberOfTrailingZeros(m)) * WIDTH;
                        out[at + COUNT]++;
                        if (day != Dataset.MISSING) {
                            out[at + DAYS_N]++;
                            out[at + DAYS_SUM] += day;
                        }
                        if (age != Dataset.MISSING) {
                            out[at + AGE_N]++;
                            out[at + AGE_SUM] += age;
                        }
                    }
                }
            }
            return out;
        }, DistributionAnalysis::add);
        long[][] out = new long[comparison.size() * perGroup][WIDTH];
        for (int c = 0; c < counted * perGroup; c++) {
            System.arraycopy(flat, c * WIDTH, out[c], 0, WIDTH);
            if (comparison.partitioned()) {
                long[] total = out[counted * perGroup + c % perGroup];
                for (int i = 0; i < WIDTH; i++) {
                    total[i] += flat[c * WIDTH + i];
                }
            }
        }
        return out;
    }

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("variable", "tidigare_aktuell");
        String duration = parameters.getOrDefault("duration", "insatstid");
        String age = parameters.getOrDefault("age", dataset.roles().ageVariable());
        Dimension answers = Dimension.choice(dataset, variable);
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null);
        int k = answers.size();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            cells.add(new ArrayList<>());
        }
        List<List<CellRef>> sums = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        long[][] sumsOf = count(dataset.ints(duration), dataset.ints(age), rows, comparison, answers);
        for (int g = 0; g < groups.size(); g++) {
            List<CellRef> line = new ArrayList<>();
            for (int i = 0; i <= k; i++) {
                long[] at = sumsOf[g * (k + 1) + i];
                cells.get(i).add(new Cell.Count(at[COUNT]));
                cells.get(i).add(LengthAnalysis.measure(mean(at[DAYS_SUM], at[DAYS_N]), at[DAYS_N]));
                cells.get(i).add(LengthAnalysis.measure(mean(at[AGE_SUM], at[AGE_N]), at[AGE_N]));
                line.add(new CellRef(i, 3 * g));
            }
            sums.add(line);
            headers.add(groups.header(g, Messages.columnCount));
            headers.add(groups.header(g, Messages.columnMeanDuration));
            headers.add(groups.header(g, Messages.columnMeanAgeShort));
        }
        List<Integer> tableRows = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            tableRows.add(r);
        }
        sums.addAll(groups.acrossComparison(tableRows, 3, 0));
        List<String> rowHeaders = new ArrayList<>(answers.labels());
        rowHeaders.add(Messages.rowTotal);
        return new Table(Messages.titleNewVsRecurring, headers, rowHeaders, cells, sums,
                dataset.comparabilityNotes(variable));
    }
}
