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

/**
 * The report's Tabell 1: per comparison group (by default per municipality, {@link Comparison}) as rows,
 * the total last, girls, boys, mean, lowest and highest age at
 * referral, and mean length of the intervention (insatstid) in days. The girls' and boys' columns sum to
 * their totals, which disclosure control is told.
 */
public final class BackgroundByMunicipality implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String sexVariable = parameters.get("sex");
        int girl = Integer.parseInt(parameters.get("girl"));
        int boy = Integer.parseInt(parameters.get("boy"));
        int[] sex = dataset.ints(sexVariable);
        String age = parameters.get("age");
        String duration = parameters.get("duration");

        Comparison comparison = Comparison.of(dataset, rows, parameters);
        List<String> rowHeaders = comparison.labels();
        long[][] groups = count(sex, girl, boy, dataset.ints(age), dataset.ints(duration), rows, comparison);

        List<List<Cell>> table = new ArrayList<>();
        for (long[] group : groups) {
            long ages = group[AGE_N];
            long days = group[DAYS_N];
            table.add(List.of(new Cell.Count(group[GIRLS]), new Cell.Count(group[BOYS]),
                    measure(ages == 0 ? Double.NaN : (double) group[AGE_SUM] / ages, 1, ages),
                    measure(group[AGE_MIN], 0, ages), measure(group[AGE_MAX], 0, ages),
                    measure(days == 0 ? Double.NaN : (double) group[DAYS_SUM] / days, 0, days)));
        }
        int last = groups.length - 1;
        List<List<CellRef>> sums = new ArrayList<>();
        for (int column = 0; column < 2 && comparison.partitioned(); column++) {
            List<CellRef> line = new ArrayList<>();
            for (int r = 0; r <= last; r++) {
                line.add(new CellRef(r, column));
            }
            sums.add(line);
        }
        List<String> notes = new ArrayList<>(dataset.comparabilityNotes(sexVariable));
        return new Table(Messages.backgroundTitle,
                List.of(Messages.columnGirls, Messages.columnBoys, Messages.columnMeanAge, Messages.columnMinAge,
                        Messages.columnMaxAge, Messages.columnMeanDuration),
                rowHeaders, table, sums, notes);
    }

    private static final int GIRLS = 0;
    private static final int BOYS = 1;
    private static final int AGE_N = 2;
    private static final int AGE_SUM = 3;
    private static final int AGE_MIN = 4;
    private static final int AGE_MAX = 5;
    private static final int DAYS_N = 6;
    private static final int DAYS_SUM = 7;
    private static final int WIDTH = 8;

    /**
     * Per comparison group (the total last), girls, boys, and the number, sum, minimum and maximum of the
     * ages and the number and sum of the durations given; one pass over the selected rows. Means from the
     * exact integer sums are the numbers {@link se.isu.analysis.stats.Descriptives#of} gives from the values.
     */
    private static long[][] count(int[] sex, int girl, int boy, int[] ages, int[] days, BitSet rows,
            Comparison comparison) {
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        long[] words = rows.toLongArray();
        long[] flat = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            long[] out = new long[counted * WIDTH];
            for (int g = 0; g < counted; g++) {
                out[g * WIDTH + AGE_MIN] = Long.MAX_VALUE;
                out[g * WIDTH + AGE_MAX] = Long.MIN_VALUE;
            }
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int at = table == null ? 0 : table[keys[row]] * WIDTH;
                    int s = sex[row];
                    out[at + GIRLS] += s == girl ? 1 : 0;
                    out[at + BOYS] += s == boy ? 1 : 0;
                    int a = ages[row];
                    if (a != Dataset.MISSING) {
                        out[at + AGE_N]++;
                        out[at + AGE_SUM] += a;
                        out[at + AGE_MIN] = Math.min(out[at + AGE_MIN], a);
                        out[at + AGE_MAX] = Math.max(out[at + AGE_MAX], a);
                    }
                    int d = days[row];
                    if (d != Dataset.MISSING) {
                        out[at + DAYS_N]++;
                        out[at + DAYS_SUM] += d;
                    }
                }
            }
            return out;
        }, BackgroundByMunicipality::merge);
        long[][] out = new long[comparison.size()][];
        for (int g = 0; g < counted; g++) {
            out[g] = java.util.Arrays.copyOfRange(flat, g * WIDTH, (g + 1) * WIDTH);
        }
        if (comparison.partitioned()) {
            long[] total = out[0].clone();
            for (int g = 1; g < counted; g++) {
                merge(total, out[g]);
            }
            out[counted] = total;
        }
        return out;
    }

    private static long[] merge(long[] a, long[] b) {
        for (int at = 0; at < a.length; at += WIDTH) {
            for (int i : new int[] { GIRLS, BOYS, AGE_N, AGE_SUM, DAYS_N, DAYS_SUM }) {
                a[at + i] += b[at + i];
            }
            a[at + AGE_MIN] = Math.min(a[at + AGE_MIN], b[at + AGE_MIN]);
            a[at + AGE_MAX] = Math.max(a[at + AGE_MAX], b[at + AGE_MAX]);
        }
        return a;
    }

    private static Cell measure(double value, int decimals, long n) {
        return n == 0 ? new Cell.Empty() : new Cell.Measure(value, decimals, n);
    }
}
