package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * The column groups of a standard table: every comparison group (municipality, the focus and the rest,
 * the total) crossed with every category of an optional second dimension (sex, problem area, intervention
 * mix, closing year), comparison outermost. A group's label joins the two with " – " and leaves out what
 * has a single value; a column header is the group's label, ": " and what the column holds, or only the
 * latter when there is one group.
 */
record ColumnGroups(Comparison comparison, Dimension by, List<String> labels) {

    static ColumnGroups of(Comparison comparison, Dimension by) {
        List<String> labels = new ArrayList<>();
        boolean byShown = by != null;
        for (int g = 0; g < comparison.size(); g++) {
            String groupLabel = comparison.labels().get(g);
            for (int b = 0; b < (byShown ? by.size() : 1); b++) {
                String label = comparison.partitioned() ? groupLabel : "";
                if (byShown) {
                    label = label.isEmpty() ? by.labels().get(b) : label + " \u2013 " + by.labels().get(b);
                }
                labels.add(label);
            }
        }
        return new ColumnGroups(comparison, by, labels);
    }

    int size() {
        return labels.size();
    }

    /** Categories of the second dimension per comparison group (1 without one). */
    int perComparisonGroup() {
        return by == null ? 1 : by.size();
    }

    /** The index of column group (comparison group g, category b). */
    int index(int g, int b) {
        return g * perComparisonGroup() + b;
    }

    String header(int group, String what) {
        String label = labels.get(group);
        return label.isEmpty() ? what : label + ": " + what;
    }

    /**
     * For every category b of the second dimension and every table row, the line of count cells of the
     * comparison groups summing to the total group's, when the comparison partitions the rows.
     */
    List<List<se.isu.analysis.result.CellRef>> acrossComparison(List<Integer> tableRows, int columnsPerGroup,
            int countColumn) {
        List<List<se.isu.analysis.result.CellRef>> lines = new ArrayList<>();
        if (!comparison.partitioned()) {
            return lines;
        }
        for (int b = 0; b < perComparisonGroup(); b++) {
            for (int row : tableRows) {
                List<se.isu.analysis.result.CellRef> line = new ArrayList<>();
                for (int g = 0; g < comparison.size(); g++) {
                    line.add(new se.isu.analysis.result.CellRef(row, index(g, b) * columnsPerGroup + countColumn));
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
