package se.isu.analysis.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;

/**
 * Disclosure control for every result before anyone sees it.
 * <ul>
 * <li>Primary: a count from 1 to threshold − 1 is shown as "≤4" (for the default threshold 5). Zero is
 * shown: it identifies nobody.</li>
 * <li>Complementary: in a line of counts that sum to a shown total (a row or column with its total,
 * {@link Table#sums()}), a single masked entry could be recomputed by subtraction, so the smallest
 * other non-zero entry of that line is masked too (".."), and more until no masked count can be
 * recomputed from the shown counts through any combination of the sums, nor from a line whose "≤4"
 * cells can only be all 1 (or all 4).</li>
 * <li>A measure (mean, median, minimum, maximum) of a group smaller than the threshold, and the box of
 * such a group, is not shown: with few children it reveals their values.</li>
 * </ul>
 * Every masked cell carries its reason and the result's notes say how much was masked and why.
 */
public final class SmallCountMasking {

    /** Counts 1..4 are masked unless the user's preference says otherwise. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    /** @param threshold counts from 1 to threshold − 1 are masked; 1 or less masks nothing */
    public SmallCountMasking(int threshold) {
        this.threshold = threshold;
    }

    public SmallCountMasking() {
        this(DEFAULT_THRESHOLD);
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count is masked on its own. */
    public boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    public AnalysisResult apply(AnalysisResult result) {
        return switch (result) {
            case Table table -> apply(table);
            case BoxPlot plot -> apply(plot);
            case Series series -> apply(series);
        };
    }

    public Table apply(Table table) {
        int rowCount = table.rows().size();
        int columnCount = table.columnHeaders().size();
        boolean[][] primary = new boolean[rowCount][columnCount];
        boolean[][] masked = new boolean[rowCount][columnCount];
        int primaries = 0;
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                if (table.cell(r, c) instanceof Cell.Count count && isSmall(count.value())) {
                    primary[r][c] = masked[r][c] = true;
                    primaries++;
                }
            }
        }
        int complements = complement(table, masked, primary);
        List<List<Cell>> rows = new ArrayList<>();
        int measures = 0;
        int derived = 0;
        String small = NLS.bind(Messages.maskedSmall, threshold - 1);
        String smallReason = NLS.bind(Messages.maskedSmallReason, threshold - 1);
        String measureReason = NLS.bind(Messages.maskedMeasureReason, threshold);
        for (int r = 0; r < rowCount; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                Cell cell = table.cell(r, c);
                if (primary[r][c]) {
                    row.add(new Cell.Masked(small, smallReason));
                } else if (masked[r][c]) {
                    row.add(new Cell.Masked(Messages.maskedComplement, Messages.maskedComplementReason));
                } else if (cell instanceof Cell.Measure && hidesCount(table, masked, new CellRef(r, c))) {
                    row.add(new Cell.Masked(Messages.maskedComplement, Messages.maskedDerivedReason));
                    derived++;
                } else if (cell instanceof Cell.Measure measure && measure.groupSize() < threshold) {
                    row.add(new Cell.Masked(Messages.maskedComplement, measureReason));
                    measures++;
                } else {
                    row.add(cell);
                }
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (primaries > 0) {
            notes.add(NLS.bind(Messages.noteSmall, primaries, threshold - 1));
        }
        if (complements > 0) {
            notes.add(NLS.bind(Messages.noteComplement, complements));
        }
        if (measures > 0) {
            notes.add(NLS.bind(Messages.noteMeasures, measures, threshold));
        }
        if (derived > 0) {
            notes.add(NLS.bind(Messages.noteDerived, derived));
        }
        return new Table(table.title(), table.columnHeaders(), table.rowHeaders(), rows, table.sums(),
                table.derivedFrom(), table.notes()).withNotes(notes);
    }

    /** Whether a measure is computed from a count that is masked, and so would give it away. */
    private static boolean hidesCount(Table table, boolean[][] masked, CellRef measure) {
        for (CellRef count : table.derivedFrom().getOrDefault(measure, List.of())) {
            if (masked[count.row()][count.column()]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A masked count of a result table that its shown counts determine through the declared sums, or
     * null when there is none: the exact check disclosure control runs, for a table it has masked, so
     * that a test or an export can check any result against it.
     */
    public static CellRef recomputable(Table maskedTable) {
        int rowCount = maskedTable.rows().size();
        int columnCount = maskedTable.columnHeaders().size();
        boolean[][] masked = new boolean[rowCount][columnCount];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                masked[r][c] = maskedTable.cell(r, c) instanceof Cell.Masked;
            }
        }
        for (List<CellRef> line : maskedTable.sums()) {
            int hidden = 0;
            for (CellRef ref : line) {
                hidden += masked[ref.row()][ref.column()] ? 1 : 0;
            }
            if (hidden == 1) {
                return line.stream().filter(ref -> masked[ref.row()][ref.column()]).findFirst().orElseThrow();
            }
        }
        return derivable(maskedTable, masked);
    }

    /**
     * Masks more counts until no masked count can be recomputed from the shown ones through the declared
     * sums; returns how many it masked. First the cheap rule — a line with exactly one masked entry gets
     * its smallest other non-zero entry masked too (the smallest hides the least; a zero would not help,
     * the masked value would still be the difference) — to a fixed point; then, because several lines
     * together can still pin a cell down, an exact check ({@link #derivable}) picks a cell still
     * recomputable and masks the smallest non-zero entry of its lines, and so on until none is.
     */
    private int complement(Table table, boolean[][] masked, boolean[][] primary) {
        int added = 0;
        while (true) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (List<CellRef> line : table.sums()) {
                    int maskedInLine = 0;
                    for (CellRef ref : line) {
                        maskedInLine += masked[ref.row()][ref.column()] ? 1 : 0;
                    }
                    CellRef smallest = smallestUnmasked(table, masked, List.of(line));
                    if ((maskedInLine == 1 || boundsPin(table, masked, primary, line, maskedInLine))
                            && smallest != null) {
                        masked[smallest.row()][smallest.column()] = true;
                        added++;
                        changed = true;
                    }
                }
            }
            CellRef exposed = derivable(table, masked);
            if (exposed == null) {
                return added;
            }
            List<List<CellRef>> through = table.sums().stream().filter(line -> line.contains(exposed)).toList();
            CellRef next = smallestUnmasked(table, masked, through);
            if (next == null) {
                next = smallestUnmasked(table, masked, table.sums());
            }
            if (next == null) {
                return added;
            }
            masked[next.row()][next.column()] = true;
            added++;
        }
    }

    /**
     * Whether the reader can tell the small counts of a line from its shown total by their bounds: when
     * every masked entry is a "≤4" (so 1..4) and their sum, the total less the shown parts, is as small
     * or as large as they can be together, each is 1 (or 4).
     */
    private boolean boundsPin(Table table, boolean[][] masked, boolean[][] primary, List<CellRef> line,
            int maskedInLine) {
        CellRef total = line.get(line.size() - 1);
        if (maskedInLine < 2 || masked[total.row()][total.column()]
                || !(table.cell(total) instanceof Cell.Count totalCount)) {
            return false;
        }
        long hidden = totalCount.value();
        for (CellRef ref : line.subList(0, line.size() - 1)) {
            if (masked[ref.row()][ref.column()]) {
                if (!primary[ref.row()][ref.column()]) {
                    return false;
                }
            } else if (table.cell(ref) instanceof Cell.Count count) {
                hidden -= count.value();
            }
        }
        return hidden == maskedInLine || hidden == (long) maskedInLine * (threshold - 1);
    }

    private static CellRef smallestUnmasked(Table table, boolean[][] masked, List<List<CellRef>> lines) {
        CellRef smallest = null;
        long smallestValue = Long.MAX_VALUE;
        for (List<CellRef> line : lines) {
            for (CellRef ref : line) {
                if (!masked[ref.row()][ref.column()] && table.cell(ref) instanceof Cell.Count count
                        && count.value() > 0 && count.value() < smallestValue) {
                    smallest = ref;
                    smallestValue = count.value();
                }
            }
        }
        return smallest;
    }

    /**
     * A masked count that the sums determine, or null. Each sum line is a linear equation (parts minus
     * total is zero) in the masked counts, the shown ones being constants; a masked count x_k is
     * determined exactly when every solution of the homogeneous system has x_k = 0, i.e. in the reduced
     * row echelon form k is a pivot column whose row has no entry in a free column.
     */
    private static CellRef derivable(Table table, boolean[][] masked) {
        List<CellRef> unknowns = new ArrayList<>();
        for (List<CellRef> line : table.sums()) {
            for (CellRef ref : line) {
                if (masked[ref.row()][ref.column()] && !unknowns.contains(ref)) {
                    unknowns.add(ref);
                }
            }
        }
        int n = unknowns.size();
        if (n == 0) {
            return null;
        }
        List<double[]> equations = new ArrayList<>();
        for (List<CellRef> line : table.sums()) {
            double[] row = new double[n];
            for (int k = 0; k < line.size(); k++) {
                int index = unknowns.indexOf(line.get(k));
                if (index >= 0) {
                    row[index] += k == line.size() - 1 ? -1 : 1;
                }
            }
            equations.add(row);
        }
        double[][] m = equations.toArray(double[][]::new);
        int[] pivotOfRow = new int[m.length];
        boolean[] pivot = new boolean[n];
        int rank = 0;
        for (int col = 0; col < n && rank < m.length; col++) {
            int best = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (best < 0 || Math.abs(m[i][col]) > Math.abs(m[best][col]))) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            double p = m[rank][col];
            for (int j = 0; j < n; j++) {
                m[rank][j] /= p;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-9) {
                    double f = m[i][col];
                    for (int j = 0; j < n; j++) {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            pivot[col] = true;
            pivotOfRow[rank++] = col;
        }
        for (int r = 0; r < rank; r++) {
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = pivot[j] || Math.abs(m[r][j]) <= 1e-9;
            }
            if (alone) {
                return unknowns.get(pivotOfRow[r]);
            }
        }
        return null;
    }

    public BoxPlot apply(BoxPlot plot) {
        List<BoxPlot.Group> groups = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        String reason = NLS.bind(Messages.maskedMeasureReason, threshold);
        for (BoxPlot.Group group : plot.groups()) {
            if (group.n() < threshold && group.statistics() != null) {
                // The size of a suppressed group is a small count itself: it goes too.
                groups.add(new BoxPlot.Group(group.label(), 0, null, reason));
                suppressed.add(group.label());
            } else {
                groups.add(group);
            }
        }
        List<String> notes = suppressed.isEmpty() ? List.of()
                : List.of(NLS.bind(Messages.noteBoxes, threshold, String.join(", ", suppressed)));
        return new BoxPlot(plot.title(), groups, plot.notes()).withNotes(notes);
    }

    /** A series has no totals shown beside it, so only its small counts and small-group measures go. */
    public Series apply(Series series) {
        List<String> labels = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < series.labels().size(); i++) {
            labels.add(series.labels().get(i));
            rows.add(List.of(series.values().get(i)));
        }
        Table masked = apply(new Table(series.title(), List.of(series.title()), labels, rows, List.of(), List.of()));
        List<Cell> values = masked.rows().stream().map(row -> row.get(0)).toList();
        return new Series(series.title(), series.labels(), values, series.notes()).withNotes(masked.notes());
    }
}
