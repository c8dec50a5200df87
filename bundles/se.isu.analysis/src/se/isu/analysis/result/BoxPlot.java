package se.isu.analysis.result;

import java.util.ArrayList;
import java.util.List;

import se.isu.analysis.stats.BoxStatistics;

/** Box statistics of a numeric variable per group. */
public record BoxPlot(String title, List<Group> groups, List<String> notes) implements AnalysisResult {

    /**
     * One group's box; {@code statistics} is null when disclosure control suppressed it, and
     * {@code suppressed} then says why.
     */
    public record Group(String label, int n, BoxStatistics statistics, String suppressed) {
    }

    public BoxPlot {
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    @Override
    public BoxPlot withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new BoxPlot(title, groups, all);
    }
}
