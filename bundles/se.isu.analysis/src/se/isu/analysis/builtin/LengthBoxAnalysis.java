package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.stats.BoxStatistics;
import se.isu.analysis.stats.IntHistogram;
import se.isu.analysis.stats.QuantileType;

/**
 * Diagram 8 and 9 as box plots: the length of the intervention ({@code duration}) per category of
 * {@code by}, quartiles of Hyndman–Fan type {@code quantile} (7, or 6), Tukey whiskers and outliers. One
 * box per category, or with a comparison per comparison group and category ("Hudiksvall: Skolproblem");
 * the pooled total gets no box then, so that a suppressed group's size cannot be had by subtraction.
 */
public final class LengthBoxAnalysis implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String byName = parameters.getOrDefault("by", "problematik");
        String duration = parameters.getOrDefault("duration", "insatstid");
        QuantileType type = switch (parameters.getOrDefault("quantile", "7").strip()) {
            case "6" -> QuantileType.TYPE_6;
            case "7" -> QuantileType.TYPE_7;
            default -> throw new IllegalArgumentException(NLS.bind(Messages.badQuantileType, parameters.get("quantile")));
        };
        Dimension by = Dimension.named(byName, dataset, rows, parameters);
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        int shown = comparison.partitioned() ? comparison.size() - 1 : 1;
        IntHistogram[][] histograms = Histograms.of(dataset, duration, rows, comparison, by, false);
        List<BoxPlot.Group> boxes = new ArrayList<>();
        for (int g = 0; g < shown; g++) {
            for (int i = 0; i < by.size(); i++) {
                String label = comparison.prefix(g) + by.labels().get(i);
                if (histograms != null) {
                    IntHistogram counted = histograms[g][i];
                    boxes.add(new BoxPlot.Group(label, counted.n(), counted.box(type), null));
                } else {
                    // A range too wide to count: the values gathered.
                    double[] values = dataset.values(duration, by.rows(comparison.groups().get(g).rows(), i));
                    boxes.add(new BoxPlot.Group(label, values.length,
                            values.length == 0 ? null : BoxStatistics.of(values, type), null));
                }
            }
        }
        Set<String> notes = new LinkedHashSet<>();
        for (String v : by.variables()) {
            notes.addAll(dataset.comparabilityNotes(v));
        }
        if (byName.equals(InterventionMix.VARIABLE)) {
            notes.add(Messages.noteMix);
        }
        // The same words as the table of the same lengths, so that catalogue, table and box plot agree.
        String lengths = switch (byName) {
            case "problematik" -> Messages.titleLengthByProblemArea;
            case InterventionMix.VARIABLE -> Messages.titleLengthByMix;
            default -> NLS.bind(Messages.titleLengthBy, DistributionAnalysis.variableName(byName));
        };
        return new BoxPlot(NLS.bind(Messages.titleLengthBox, lengths), boxes, new ArrayList<>(notes));
    }
}
