package se.isu.analysis.result;

import java.util.ArrayList;
import java.util.List;

import se.isu.analysis.stats.CoOccurrence;

/**
 * Tables built from statistics with their sums declared, so that an analysis cannot forget to tell
 * disclosure control which totals a reader can subtract from.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * A table of counts (e.g. a cross table) with a total column and a total row; every row and every
     * column is declared as summing to its total.
     */
    public static Table countsWithTotals(String title, List<String> rowLabels, List<String> columnLabels,
            long[][] counts, String totalLabel, List<String> notes) {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        List<List<Cell>> cells = new ArrayList<>();
        long[] columnTotals = new long[columns + 1];
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>();
            long rowTotal = 0;
            for (int c = 0; c < columns; c++) {
                row.add(new Cell.Count(counts[r][c]));
                rowTotal += counts[r][c];
                columnTotals[c] += counts[r][c];
            }
            row.add(new Cell.Count(rowTotal));
            columnTotals[columns] += rowTotal;
            cells.add(row);
        }
        List<Cell> totalRow = new ArrayList<>();
        for (long total : columnTotals) {
            totalRow.add(new Cell.Count(total));
        }
        cells.add(totalRow);
        List<List<CellRef>> sums = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            List<CellRef> line = new ArrayList<>();
            for (int c = 0; c <= columns; c++) {
                line.add(new CellRef(r, c));
            }
            sums.add(line);
        }
        for (int c = 0; c <= columns; c++) {
            List<CellRef> line = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                line.add(new CellRef(r, c));
            }
            sums.add(line);
        }
        List<String> headers = new ArrayList<>(columnLabels);
        headers.add(totalLabel);
        List<String> rowHeaders = new ArrayList<>(rowLabels);
        rowHeaders.add(totalLabel);
        return new Table(title, headers, rowHeaders, cells, sums, notes);
    }

    /**
     * A co-occurrence matrix as in Tabell X.1: the options against each other (total mentions on the
     * diagonal), then "alone" and alone / total per option. Nothing in it adds up, so it declares no
     * sums; the ratio is a measure over the option's cases, hidden with them when they are few.
     */
    public static Table coOccurrence(String title, List<String> optionLabels, CoOccurrence matrix,
            String aloneLabel, String ratioLabel, List<String> notes) {
        int k = optionLabels.size();
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Cell> row = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                row.add(new Cell.Count(matrix.together(i, j)));
            }
            row.add(new Cell.Count(matrix.alone(i)));
            row.add(matrix.total(i) == 0 ? new Cell.Empty() : new Cell.Measure(matrix.aloneRatio(i), 2, matrix.total(i)));
            cells.add(row);
        }
        List<String> headers = new ArrayList<>(optionLabels);
        headers.add(aloneLabel);
        headers.add(ratioLabel);
        return new Table(title, headers, optionLabels, cells, List.of(), notes);
    }
}
