package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.CoOccurrence;
import se.isu.analysis.stats.MaskCounts;

/**
 * Section 5.1.3 and Tabell X.1: how the problem areas ({@code variable}, a multiple choice) are recorded
 * together. Per comparison group a block of columns: one per area (the children with both areas; the
 * diagonal is the area's total mentions), then {@link Messages#columnMentions}, {@link Messages#columnAlone}
 * (children with that area and no other) and {@link Messages#columnAloneShare} (alone / mentions, percent).
 * One row per area, then {@link Messages#rowTotal} with the sums of mentions and alone and their ratio
 * (426 / 64 / 15 % in the report). Declared: the matrix is symmetric, the diagonal equals the mentions,
 * the mentions and alone columns sum to the total row, every count is the sum of the comparison groups',
 * and each ratio derives from its alone count and its mentions.
 */
public final class ProblemAreaCoOccurrence implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("variable", "problematik");
        Dimension areas = Dimension.choice(dataset, variable);
        int k = areas.size();
        int[] codes = new int[k];
        for (int i = 0; i < k; i++) {
            codes[i] = i;
        }
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null);
        CoOccurrence[] matrices = count(rows, comparison, areas, codes);
        int width = k + 3;
        int totalRow = k;
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            cells.add(new ArrayList<>());
        }
        List<String> headers = new ArrayList<>();
        List<List<CellRef>> sums = new ArrayList<>();
        Map<CellRef, List<CellRef>> derived = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            CoOccurrence matrix = matrices[g];
            int base = g * width;
            int mentionsColumn = base + k;
            int aloneColumn = base + k + 1;
            int ratioColumn = base + k + 2;
            long mentions = 0;
            long alone = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    cells.get(i).add(new Cell.Count(matrix.together(i, j)));
                    if (i < j) {
                        sums.add(List.of(new CellRef(i, base + j), new CellRef(j, base + i)));
                    }
                }
                cells.get(i).add(new Cell.Count(matrix.total(i)));
                cells.get(i).add(new Cell.Count(matrix.alone(i)));
                cells.get(i).add(ratio(matrix.alone(i), matrix.total(i)));
                sums.add(List.of(new CellRef(i, base + i), new CellRef(i, mentionsColumn)));
                derived.put(new CellRef(i, ratioColumn),
                        List.of(new CellRef(i, aloneColumn), new CellRef(i, mentionsColumn)));
                mentions += matrix.total(i);
                alone += matrix.alone(i);
            }
            for (int j = 0; j < k; j++) {
                cells.get(totalRow).add(new Cell.Empty());
            }
            cells.get(totalRow).add(new Cell.Count(mentions));
            cells.get(totalRow).add(new Cell.Count(alone));
            cells.get(totalRow).add(ratio(alone, mentions));
            derived.put(new CellRef(totalRow, ratioColumn),
                    List.of(new CellRef(totalRow, aloneColumn), new CellRef(totalRow, mentionsColumn)));
            for (int column : new int[] { mentionsColumn, aloneColumn }) {
                List<CellRef> line = new ArrayList<>();
                for (int r = 0; r <= k; r++) {
                    line.add(new CellRef(r, column));
                }
                sums.add(line);
            }
            for (String label : areas.labels()) {
                headers.add(groups.header(g, label));
            }
            headers.add(groups.header(g, Messages.columnMentions));
            headers.add(groups.header(g, Messages.columnAlone));
            headers.add(groups.header(g, Messages.columnAloneShare));
        }
        if (comparison.partitioned()) {
            for (int column = 0; column < k + 2; column++) {
                List<Integer> tableRows = new ArrayList<>();
                for (int r = 0; r < (column < k ? k : k + 1); r++) {
                    tableRows.add(r);
                }
                sums.addAll(groups.acrossComparison(tableRows, width, column));
            }
        }
        List<String> rowHeaders = new ArrayList<>(areas.labels());
        rowHeaders.add(Messages.rowTotal);
        return new Table(Messages.titleCoOccurrence, headers, rowHeaders, cells, sums, derived,
                dataset.comparabilityNotes(variable));
    }

    /**
     * Per comparison group (the total last, the sum of the others), the co-occurrence of the areas as
     * {@link CoOccurrence#of} counts it from the areas' members: one pass over the selected rows.
     */
    private static CoOccurrence[] count(BitSet rows, Comparison comparison, Dimension areas, int[] codes) {
        int k = areas.size();
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        long[] words = rows.toLongArray();
        // Per group k * k pair counts, then k alone counts.
        int width = k * k + k;
        // Per group, the rows grouped by their areas first (one look-up a row), then each distinct
        // combination spread over the pairs it holds.
        MaskCounts[] combinations = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            MaskCounts[] out = new MaskCounts[counted];
            for (int g = 0; g < counted; g++) {
                out[g] = new MaskCounts();
            }
            long[] members = new long[64];
            for (int word = from; word < to; word++) {
                long selected = words[word];
                if (selected == 0) {
                    continue;
                }
                long answered = areas.fill(word, members) & selected;
                int base = word << 6;
                for (long w = answered; w != 0; w &= w - 1) {
                    int i = Long.numberOfTrailingZeros(w);
                    out[table == null ? 0 : table[keys[base + i]]].add(members[i]);
                }
            }
            return out;
        }, (a, b) -> {
            for (int g = 0; g < a.length; g++) {
                a[g].addAll(b[g]);
            }
            return a;
        });
        long[] flat = new long[counted * width];
        for (int g = 0; g < counted; g++) {
            int at = g * width;
            combinations[g].forEach((member, count) -> {
                if ((member & member - 1) == 0) {
                    int a = Long.numberOfTrailingZeros(member);
                    flat[at + a * k + a] += count;
                    flat[at + k * k + a] += count;
                    return;
                }
                for (long x = member; x != 0; x &= x - 1) {
                    int line = at + Long.numberOfTrailingZeros(x) * k;
                    for (long y = member; y != 0; y &= y - 1) {
                        flat[line + Long.numberOfTrailingZeros(y)] += count;
                    }
                }
            });
        }
        long[] total = new long[width];
        CoOccurrence[] out = new CoOccurrence[comparison.size()];
        for (int g = 0; g < counted; g++) {
            out[g] = matrix(flat, g * width, k);
            for (int i = 0; i < width; i++) {
                total[i] += flat[g * width + i];
            }
        }
        if (comparison.partitioned()) {
            out[counted] = matrix(total, 0, k);
        }
        return out;
    }

    private static CoOccurrence matrix(long[] flat, int at, int k) {
        long[][] pairs = new long[k][];
        for (int i = 0; i < k; i++) {
            pairs[i] = java.util.Arrays.copyOfRange(flat, at + i * k, at + (i + 1) * k);
        }
        int[] codes = new int[k];
        for (int i = 0; i < k; i++) {
            codes[i] = i;
        }
        return new CoOccurrence(codes, pairs, java.util.Arrays.copyOfRange(flat, at + k * k, at + k * k + k));
    }

    private static Cell ratio(long alone, long mentions) {
        return mentions == 0 ? new Cell.Empty() : new Cell.Measure(100.0 * alone / mentions, 0, mentions);
    }
}
