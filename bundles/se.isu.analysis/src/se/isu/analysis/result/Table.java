package se.isu.analysis.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table (also a matrix such as a co-occurrence matrix). {@code sums} declares which count cells add
 * up to which: each is a line of cells whose first cells sum to its last cell (a row with its total, a
 * column with its total). Disclosure control needs them to keep masked counts from being recomputed
 * from the totals shown. {@code derivedFrom} names, for a measure computed from counts of the table (a
 * share, a ratio), those counts: the measure would give a masked count away, so disclosure control hides
 * it whenever it hides one of them.
 */
public record Table(String title, List<String> columnHeaders, List<String> rowHeaders, List<List<Cell>> rows,
        List<List<CellRef>> sums, Map<CellRef, List<CellRef>> derivedFrom, List<String> notes)
        implements AnalysisResult {

    /** A table without measures computed from its counts. */
    public Table(String title, List<String> columnHeaders, List<String> rowHeaders, List<List<Cell>> rows,
            List<List<CellRef>> sums, List<String> notes) {
        this(title, columnHeaders, rowHeaders, rows, sums, Map.of(), notes);
    }

    public Table {
        columnHeaders = List.copyOf(columnHeaders);
        rowHeaders = List.copyOf(rowHeaders);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> row : rows) {
            if (row.size() != columnHeaders.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, not " + columnHeaders.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        if (rowHeaders.size() != rows.size()) {
            throw new IllegalArgumentException(rowHeaders.size() + " row headers for " + rows.size() + " rows");
        }
        sums = sums.stream().map(List::copyOf).toList();
        Map<CellRef, List<CellRef>> derived = new LinkedHashMap<>();
        derivedFrom.forEach((measure, counts) -> derived.put(measure, List.copyOf(counts)));
        derivedFrom = java.util.Collections.unmodifiableMap(derived);
        notes = List.copyOf(notes);
    }

    public Cell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    public Cell cell(CellRef ref) {
        return cell(ref.row(), ref.column());
    }

    @Override
    public Table withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Table(title, columnHeaders, rowHeaders, rows, sums, derivedFrom, all);
    }
}
