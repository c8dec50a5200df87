package se.isu.analysis.result;

import java.util.ArrayList;
import java.util.List;

/** Values by label, e.g. cases per closing year, for a bar or line chart. */
public record Series(String title, List<String> labels, List<Cell> values, List<String> notes)
        implements AnalysisResult {

    public Series {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        notes = List.copyOf(notes);
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
    }

    @Override
    public Series withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Series(title, labels, values, all);
    }
}
