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
 * other non-zero entry of that line is masked too ("..") — repeated until no line has exactly one
 * masked entry, since every new mask may leave another line with one.</li>
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
        int complements = complement(table, masked);
        List<List<Cell>> rows = new ArrayList<>();
        int measures = 0;
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
        return new Table(table.title(), table.columnHeaders(), table.rowHeaders(), rows, table.sums(),
                table.notes()).withNotes(notes);
    }

    /**
     * Masks more counts until no declared sum line has exactly one masked entry; returns how many it
     * masked. The smallest non-zero entry is taken because it hides the least information; a zero would
     * not help, since the masked value would then equal the difference all the same.
     */
    private static int complement(Table table, boolean[][] masked) {
        int added = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<CellRef> line : table.sums()) {
                int maskedInLine = 0;
                CellRef smallest = null;
                long smallestValue = Long.MAX_VALUE;
                for (CellRef ref : line) {
                    if (masked[ref.row()][ref.column()]) {
                        maskedInLine++;
                    } else if (table.cell(ref) instanceof Cell.Count count && count.value() > 0
                            && count.value() < smallestValue) {
                        smallest = ref;
                        smallestValue = count.value();
                    }
                }
                if (maskedInLine == 1 && smallest != null) {
                    masked[smallest.row()][smallest.column()] = true;
                    added++;
                    changed = true;
                }
            }
        }
        return added;
    }

    public BoxPlot apply(BoxPlot plot) {
        List<BoxPlot.Group> groups = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        String reason = NLS.bind(Messages.maskedMeasureReason, threshold);
        for (BoxPlot.Group group : plot.groups()) {
            if (group.n() < threshold && group.statistics() != null) {
                groups.add(new BoxPlot.Group(group.label(), group.n(), null, reason));
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
