package se.isu.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.result.Tables;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.analysis.stats.QuantileType;

class SmallCountMaskingTest {

    /** A table of counts with a total column and a total row, each row and column declared as a sum. */
    private static Table withTotals(long[][] counts) {
        int r = counts.length;
        int c = counts[0].length;
        List<List<Cell>> rows = new ArrayList<>();
        long[] columnTotals = new long[c + 1];
        for (long[] row : counts) {
            List<Cell> cells = new ArrayList<>();
            long sum = 0;
            for (int j = 0; j < c; j++) {
                cells.add(new Cell.Count(row[j]));
                sum += row[j];
                columnTotals[j] += row[j];
            }
            cells.add(new Cell.Count(sum));
            columnTotals[c] += sum;
            rows.add(cells);
        }
        List<Cell> total = new ArrayList<>();
        for (long v : columnTotals) {
            total.add(new Cell.Count(v));
        }
        rows.add(total);
        List<List<CellRef>> sums = new ArrayList<>();
        for (int i = 0; i <= r; i++) {
            List<CellRef> line = new ArrayList<>();
            for (int j = 0; j <= c; j++) {
                line.add(new CellRef(i, j));
            }
            sums.add(line);
        }
        for (int j = 0; j <= c; j++) {
            List<CellRef> line = new ArrayList<>();
            for (int i = 0; i <= r; i++) {
                line.add(new CellRef(i, j));
            }
            sums.add(line);
        }
        List<String> headers = new ArrayList<>();
        for (int j = 0; j <= c; j++) {
            headers.add("k" + j);
        }
        List<String> rowHeaders = new ArrayList<>();
        for (int i = 0; i <= r; i++) {
            rowHeaders.add("r" + i);
        }
        return new Table("t", headers, rowHeaders, rows, sums, List.of());
    }

    @Test
    void aSingleSmallCountInAColumnTakesTheNextSmallestWithIt() {
        // one column of three municipalities and the total: 3, 20, 30 = 53
        Table masked = new SmallCountMasking().apply(withTotals(new long[][] { { 3 }, { 20 }, { 30 } }));
        assertEquals("\u22644", ((Cell.Masked) masked.cell(0, 0)).shown());
        assertEquals("..", ((Cell.Masked) masked.cell(1, 0)).shown());
        assertEquals(new Cell.Count(30), masked.cell(2, 0));
        assertEquals(new Cell.Count(53), masked.cell(3, 0));
        // each row's total equals its only cell: the first is small itself, the second must follow its cell
        assertEquals("\u22644", ((Cell.Masked) masked.cell(0, 1)).shown());
        assertEquals("..", ((Cell.Masked) masked.cell(1, 1)).shown());
        // one note on the two small counts, one on the two masked with them
        assertEquals(2, masked.notes().size(), masked.notes().toString());
        assertFalse(((Cell.Masked) masked.cell(0, 0)).reason().isBlank());
    }

    @Test
    void aCrossTableBuiltWithTotalsDeclaresEveryRowAndColumn() {
        Table table = Tables.countsWithTotals("t", List.of("a", "b"), List.of("x", "y", "z"),
                new long[][] { { 7, 2, 9 }, { 5, 6, 8 } }, "Totalt", List.of());
        // rows 7 + 2 + 9 = 18 and 5 + 6 + 8 = 19; columns 12, 8, 17; total 37
        assertEquals(new Cell.Count(18), table.cell(0, 3));
        assertEquals(new Cell.Count(8), table.cell(2, 1));
        assertEquals(new Cell.Count(37), table.cell(2, 3));
        assertEquals(3 + 4, table.sums().size());
        // 2 is masked, and with it the smallest in its row (7) and in its column (6), then 5 in row b
        // and column x: a rectangle of four in which no value can be recomputed
        Table masked = new SmallCountMasking().apply(table);
        for (CellRef ref : List.of(new CellRef(0, 0), new CellRef(0, 1), new CellRef(1, 0), new CellRef(1, 1))) {
            assertInstanceOf(Cell.Masked.class, masked.cell(ref), ref.toString());
        }
        assertEquals(new Cell.Count(9), masked.cell(0, 2));
        assertEquals(new Cell.Count(18), masked.cell(0, 3));
    }

    @Test
    void twoSmallCountsThatCanOnlyBeOnesTakeAThirdWithThem() {
        // 1 + 1 + 30 = 32: with 30 and 32 shown the two "≤4" could only be 1 each
        Table masked = new SmallCountMasking().apply(withTotals(new long[][] { { 1, 1, 30 }, { 10, 20, 30 } }));
        assertInstanceOf(Cell.Masked.class, masked.cell(0, 0));
        assertInstanceOf(Cell.Masked.class, masked.cell(0, 1));
        assertEquals("..", ((Cell.Masked) masked.cell(0, 2)).shown());
        // 1 + 3 + 30 = 34 leaves 4 to share: 1 + 3, 2 + 2 or 3 + 1, so the row needs nothing more
        Table open = new SmallCountMasking().apply(withTotals(new long[][] { { 1, 3, 30 } }));
        assertEquals(new Cell.Count(30), open.cell(0, 2));
    }

    @Test
    void zeroIsShownAndTheThresholdIsAParameter() {
        Table table = withTotals(new long[][] { { 0, 2, 3, 40 } });
        Table byDefault = new SmallCountMasking().apply(table);
        assertEquals(new Cell.Count(0), byDefault.cell(0, 0));
        assertInstanceOf(Cell.Masked.class, byDefault.cell(0, 1));
        assertInstanceOf(Cell.Masked.class, byDefault.cell(0, 2));
        // with threshold 3 only the 2 is small; 3 is then the smallest non-zero entry of its row and goes with it
        Table threshold3 = new SmallCountMasking(3).apply(table);
        assertEquals("\u22642", ((Cell.Masked) threshold3.cell(0, 1)).shown());
        assertEquals("..", ((Cell.Masked) threshold3.cell(0, 2)).shown());
        assertEquals(new Cell.Count(40), threshold3.cell(0, 3));
        Table none = new SmallCountMasking(1).apply(table);
        assertEquals(new Cell.Count(2), none.cell(0, 1));
        assertTrue(none.notes().isEmpty());
    }

    @Test
    void randomTablesLeakNoSmallCountAndNoMaskedCellIsDerivable() {
        SplittableRandom random = new SplittableRandom(20211);
        for (int t = 0; t < 300; t++) {
            int r = 1 + random.nextInt(5);
            int c = 1 + random.nextInt(5);
            long[][] counts = new long[r][c];
            for (long[] row : counts) {
                for (int j = 0; j < c; j++) {
                    // about half small, some zero, some large
                    row[j] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
                }
            }
            Table raw = withTotals(counts);
            Table masked = new SmallCountMasking().apply(raw);
            List<CellRef> hidden = new ArrayList<>();
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= c; j++) {
                    Cell cell = masked.cell(i, j);
                    if (cell instanceof Cell.Count count) {
                        assertFalse(count.value() >= 1 && count.value() <= 4, "a small count escaped in table " + t);
                    } else {
                        assertInstanceOf(Cell.Masked.class, cell);
                        hidden.add(new CellRef(i, j));
                    }
                }
            }
            for (CellRef cell : hidden) {
                assertFalse(derivable(masked.sums(), hidden, cell),
                        "cell " + cell + " of table " + t + " can be recomputed: " + java.util.Arrays.deepToString(counts));
            }
        }
    }

    /**
     * Whether the sum lines, with every shown value known, determine a hidden cell: that is when its unit
     * vector lies in the row space of the lines' coefficients over the hidden cells, i.e. adding it does
     * not raise the rank. Decided by Gaussian elimination, independently of how the masking chose cells.
     */
    private static boolean derivable(List<List<CellRef>> sums, List<CellRef> hidden, CellRef cell) {
        List<double[]> rows = new ArrayList<>();
        for (List<CellRef> line : sums) {
            double[] row = new double[hidden.size()];
            // parts count +1, the total (the line's last entry) −1; shown entries are constants
            for (int k = 0; k < line.size(); k++) {
                int index = hidden.indexOf(line.get(k));
                if (index >= 0) {
                    row[index] = k == line.size() - 1 ? -1 : 1;
                }
            }
            rows.add(row);
        }
        int before = rank(rows, hidden.size());
        double[] unit = new double[hidden.size()];
        unit[hidden.indexOf(cell)] = 1;
        rows.add(unit);
        return rank(rows, hidden.size()) == before;
    }

    private static int rank(List<double[]> input, int columns) {
        double[][] m = input.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int col = 0; col < columns && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-9) {
                    double f = m[i][col] / m[rank][col];
                    for (int j = col; j < columns; j++) {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    @Test
    void measuresOfSmallGroupsAreNotShown() {
        Table table = new Table("t", List.of("medel", "min"), List.of("liten", "stor"),
                List.of(List.of(new Cell.Measure(12.5, 1, 4), new Cell.Measure(9, 0, 4)),
                        List.of(new Cell.Measure(11.0, 1, 5), new Cell.Measure(7, 0, 5))),
                List.of(), List.of());
        Table masked = new SmallCountMasking().apply(table);
        assertInstanceOf(Cell.Masked.class, masked.cell(0, 0));
        assertInstanceOf(Cell.Masked.class, masked.cell(0, 1));
        assertEquals(new Cell.Measure(11.0, 1, 5), masked.cell(1, 0));
        assertEquals(1, masked.notes().size());
    }

    @Test
    void boxesOfSmallGroupsAreSuppressedAndSaySo() {
        double[] four = { 1, 2, 3, 40 };
        double[] five = { 1, 2, 3, 4, 40 };
        BoxPlot plot = new BoxPlot("insatstid",
                List.of(new BoxPlot.Group("Ovan\u00e5ker", 4, BoxStatistics.of(four, QuantileType.TYPE_7), null),
                        new BoxPlot.Group("G\u00e4vle", 5, BoxStatistics.of(five, QuantileType.TYPE_7), null)),
                List.of());
        BoxPlot masked = new SmallCountMasking().apply(plot);
        assertNull(masked.groups().get(0).statistics());
        assertNotNull(masked.groups().get(0).suppressed());
        assertNotNull(masked.groups().get(1).statistics());
        assertEquals(1, masked.notes().size());
        assertTrue(masked.notes().get(0).contains("Ovan\u00e5ker"));
    }

    @Test
    void seriesCountsAreMasked() {
        Series series = new Series("per \u00e5r", List.of("2020", "2021"), List.of(new Cell.Count(3), new Cell.Count(0)),
                List.of());
        Series masked = new SmallCountMasking().apply(series);
        assertInstanceOf(Cell.Masked.class, masked.values().get(0));
        assertEquals(new Cell.Count(0), masked.values().get(1));
        assertEquals(1, masked.notes().size());
    }
}
