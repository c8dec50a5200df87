package se.isu.analysis.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.internal.Messages;

/**
 * Puts the results of one analysis for several groups of cases (municipalities, or one municipality and
 * the rest) side by side, for analyses that do not compare by themselves. Each result has been through
 * disclosure control for its own group, so the combined one is masked as each part was.
 * <ul>
 * <li>Tables: the categories (row headers, without the total row) as rows and one column per group
 * holding the group's main column: its first column of shares when it has one, else its total (its
 * last column).</li>
 * <li>Series: the labels as rows, one column per group.</li>
 * <li>Box plots: every group's boxes, named "group: box".</li>
 * </ul>
 */
public final class Comparison {

    private Comparison() {
    }

    public static AnalysisResult combine(String title, List<String> groups, List<AnalysisResult> results) {
        if (results.get(0) instanceof BoxPlot) {
            List<BoxPlot.Group> boxes = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                BoxPlot plot = (BoxPlot) results.get(g);
                for (BoxPlot.Group box : plot.groups()) {
                    boxes.add(new BoxPlot.Group(groups.get(g) + ": " + box.label(), box.n(), box.statistics(),
                            box.suppressed()));
                }
                addNotes(notes, groups.get(g), plot.notes());
            }
            return new BoxPlot(title, boxes, notes);
        }
        Map<String, Cell[]> rows = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String valueHeader = null;
        for (int g = 0; g < groups.size(); g++) {
            AnalysisResult result = results.get(g);
            addNotes(notes, groups.get(g), result.notes());
            List<String> labels;
            List<Cell> values;
            if (result instanceof Series series) {
                labels = series.labels();
                values = series.values();
            } else {
                Table table = (Table) result;
                int column = mainColumn(table);
                if (valueHeader == null) {
                    valueHeader = table.columnHeaders().get(column);
                }
                labels = new ArrayList<>();
                values = new ArrayList<>();
                for (int r = 0; r < table.rows().size(); r++) {
                    if (!ResultTables.isTotal(table.rowHeaders().get(r))) {
                        labels.add(table.rowHeaders().get(r));
                        values.add(table.cell(r, column));
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                rows.computeIfAbsent(labels.get(i), k -> new Cell[groups.size()])[g] = values.get(i);
            }
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (Cell[] row : rows.values()) {
            List<Cell> line = new ArrayList<>();
            for (Cell cell : row) {
                line.add(cell == null ? new Cell.Empty() : cell);
            }
            cells.add(line);
        }
        String fullTitle = valueHeader == null ? title : NLS.bind(Messages.comparisonTitle, title, valueHeader);
        return new Table(fullTitle, groups, new ArrayList<>(rows.keySet()), cells, List.of(), notes);
    }

    /** The first column holding shares or other measures, else the last column (the total). */
    static int mainColumn(Table table) {
        for (int c = 0; c < table.columnHeaders().size(); c++) {
            for (List<Cell> row : table.rows()) {
                if (row.get(c) instanceof Cell.Measure) {
                    return c;
                }
            }
        }
        return table.columnHeaders().size() - 1;
    }

    private static void addNotes(List<String> notes, String group, List<String> more) {
        for (String note : more) {
            notes.add(group + ": " + note);
        }
    }
}
