package se.isu.analysis.result;

import java.util.ArrayList;
import java.util.List;

/**
 * A table (also a matrix such as a co-occurrence matrix). {@code sums} declares which count cells add
 * up to which: each is a line of cells whose first cells sum to its last cell (a row with its total, a
 * column with its total). Disclosure control needs them to keep masked counts from being recomputed
 * from the totals shown.
 */
public record Table(String title, List<String> columnHeaders, List<String> rowHeaders, List<List<Cell>> rows,
        List<List<CellRef>> sums, List<String> notes) implements AnalysisResult {

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
        return new Table(title, columnHeaders, rowHeaders, rows, sums, all);
    }
}
