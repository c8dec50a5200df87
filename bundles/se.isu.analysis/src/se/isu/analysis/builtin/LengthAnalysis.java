package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.Descriptives;
import se.isu.analysis.stats.IntHistogram;

/**
 * Tabell X.2 and the numbers of Diagram 8 and 9: the length of the intervention ({@code duration},
 * default {@code insatstid}, days) per category of {@code by} (a choice question or
 * {@link InterventionMix#VARIABLE}). One row per category, then {@link Messages#rowTotal} over the
 * children in any category; per comparison group five columns: {@link Messages#columnCount} (children
 * with a length), {@link Messages#columnMeanDays}, {@link Messages#columnMedianDays},
 * {@link Messages#columnMaxDays}, {@link Messages#columnMinDays} (measures over those children). For a
 * single choice the counts sum to the total row; with a comparison every count is the sum of the groups'.
 */
public final class LengthAnalysis implements Analysis, IExecutableExtension {

    private String title;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        title = data instanceof String key ? Titles.of(key) : null;
    }

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String byName = parameters.getOrDefault("by", "problematik");
        String duration = parameters.getOrDefault("duration", "insatstid");
        Dimension by = Dimension.named(byName, dataset, rows, parameters);
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null);
        int k = by.size();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            cells.add(new ArrayList<>());
        }
        List<String> headers = new ArrayList<>();
        List<List<CellRef>> sums = new ArrayList<>();
        IntHistogram[][] histograms = Histograms.of(dataset, duration, rows, comparison, by, true);
        for (int g = 0; g < groups.size(); g++) {
            if (histograms != null) {
                for (int i = 0; i <= k; i++) {
                    cells.get(i).addAll(row(histograms[g][i].descriptives()));
                }
            } else {
                // A range too wide to count: the values gathered per category.
                int[] days = dataset.ints(duration);
                BitSet group = comparison.groups().get(g).rows();
                BitSet any = new BitSet();
                long[] members = by.members();
                for (int row = group.nextSetBit(0); row >= 0; row = group.nextSetBit(row + 1)) {
                    if (members[row] != 0 && days[row] != Dataset.MISSING) {
                        any.set(row);
                    }
                }
                for (int i = 0; i <= k; i++) {
                    BitSet in = i < k ? by.rows(any, i) : any;
                    cells.get(i).addAll(row(Descriptives.of(dataset.values(duration, in))));
                }
            }
            if (by.exclusive()) {
                List<CellRef> line = new ArrayList<>();
                for (int r = 0; r <= k; r++) {
                    line.add(new CellRef(r, 5 * g));
                }
                sums.add(line);
            }
            headers.add(groups.header(g, Messages.columnCount));
            headers.add(groups.header(g, Messages.columnMeanDays));
            headers.add(groups.header(g, Messages.columnMedianDays));
            headers.add(groups.header(g, Messages.columnMaxDays));
            headers.add(groups.header(g, Messages.columnMinDays));
        }
        List<Integer> tableRows = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            tableRows.add(r);
        }
        sums.addAll(groups.acrossComparison(tableRows, 5, 0));
        List<String> rowHeaders = new ArrayList<>(by.labels());
        rowHeaders.add(Messages.rowTotal);
        Set<String> notes = new LinkedHashSet<>();
        for (String v : by.variables()) {
            notes.addAll(dataset.comparabilityNotes(v));
        }
        if (byName.equals(InterventionMix.VARIABLE)) {
            notes.add(Messages.noteMix);
        }
        String name = title != null ? title
                : NLS.bind(Messages.titleLengthBy, DistributionAnalysis.variableName(byName));
        return new Table(name, headers, rowHeaders, cells, sums, new ArrayList<>(notes));
    }

    private static List<Cell> row(Descriptives d) {
        return List.of(new Cell.Count(d.n()), measure(d.mean(), d.n()), measure(d.median(), d.n()),
                measure(d.max(), d.n()), measure(d.min(), d.n()));
    }

    static Cell measure(double value, long n) {
        return n == 0 ? new Cell.Empty() : new Cell.Measure(value, 0, n);
    }
}
