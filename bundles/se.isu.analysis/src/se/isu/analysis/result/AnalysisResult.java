package se.isu.analysis.result;

import java.util.List;

/**
 * What an analysis returns: data for a view or an export to render, never a widget. Every result the
 * analysis registry hands out has been through disclosure control; its notes say what was masked and
 * why.
 */
public sealed interface AnalysisResult permits Table, BoxPlot, Series {

    String title();

    /** Notes for the reader, e.g. what was masked and why, and categories not comparable across versions. */
    List<String> notes();

    /** A copy with more notes. */
    AnalysisResult withNotes(List<String> more);
}
