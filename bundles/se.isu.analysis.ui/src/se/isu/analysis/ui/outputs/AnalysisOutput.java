package se.isu.analysis.ui.outputs;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.isu.analysis.result.AnalysisResult;

/**
 * A chart of an analysis's result, contributed to {@code se.isu.analysis.ui.outputs} or built in. It is
 * created once per result view and shown every result the view computes, in the UI thread. A masked cell
 * is never drawn as its value: it is drawn as masked ("≤4", hatched or greyed).
 */
public interface AnalysisOutput {

    /** Creates the chart's control in {@code parent}; called once. */
    Control createControl(Composite parent);

    /** Draws a result (already masked by the registry). */
    void show(AnalysisResult result);

    /**
     * What the chart draws, series by series, as it was handed to the chart widget: for the tests and for
     * anyone who checks a chart against its table.
     */
    List<PlottedSeries> plotted();

    /** Whether the chart needs most of the view's width, e.g. a matrix; the table beside it then narrows. */
    default boolean wide() {
        return false;
    }
}
