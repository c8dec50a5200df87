package se.isu.analysis.ui.outputs;

import java.util.List;

/**
 * One series as a chart draws it.
 *
 * @param values the values drawn; null where the cell is masked or empty and nothing is drawn as a value
 * @param masked what is written instead of the value where a cell is masked ("≤4", ".."), else null
 */
public record PlottedSeries(String name, List<String> labels, List<Double> values, List<String> masked) {

    public PlottedSeries {
        labels = List.copyOf(labels);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        masked = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(masked));
    }
}
