package se.isu.analysis;

import java.util.BitSet;
import java.util.Map;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.result.AnalysisResult;

/**
 * An analysis contributed to the extension point {@code se.isu.analysis.analyses}. It computes from the
 * selected rows of a dataset and returns a result object, unmasked: the {@link AnalysisRegistry} applies
 * disclosure control before anyone sees it, so an analysis must declare which of its counts sum to which
 * ({@link se.isu.analysis.result.Table#sums()}).
 */
public interface Analysis {

    /**
     * @param rows       the rows the user's filter selects
     * @param parameters by parameter id, with the declared defaults filled in
     */
    AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters);

    /**
     * Runs with what the analysis may need beside the cases, such as population figures; an analysis that
     * needs none keeps this default.
     */
    default AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters, AnalysisContext context) {
        return run(dataset, rows, parameters);
    }
}
