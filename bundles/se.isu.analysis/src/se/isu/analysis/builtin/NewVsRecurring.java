package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.Descriptives;

/**
 * Tabell 3: new and recurring cases. One row per answer of {@code variable} (default
 * {@code tidigare_aktuell}), then {@link Messages#rowTotal} over the cases with an answer; per comparison
 * group three columns: {@link Messages#columnCount}, {@link Messages#columnMeanDuration} (mean of
 * {@code duration}, default insatstid, as the report's "inskrivningstid" is) and
 * {@link Messages#columnMeanAgeShort} (mean of {@code age}). The counts sum to the total row, and with a
 * comparison every count is the sum of the groups'.
 */
public final class NewVsRecurring implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("variable", "tidigare_aktuell");
        String duration = parameters.getOrDefault("duration", "insatstid");
        String age = parameters.getOrDefault("age", dataset.roles().ageVariable());
        Dimension answers = Dimension.choice(dataset, variable);
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null, rows);
        int k = answers.size();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            cells.add(new ArrayList<>());
        }
        List<List<CellRef>> sums = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            BitSet group = groups.rows().get(g);
            BitSet answered = new BitSet();
            for (int row = group.nextSetBit(0); row >= 0; row = group.nextSetBit(row + 1)) {
                if (answers.members()[row] != 0) {
                    answered.set(row);
                }
            }
            List<CellRef> line = new ArrayList<>();
            for (int i = 0; i <= k; i++) {
                BitSet in = i < k ? answers.rows(answered, i) : answered;
                Descriptives days = Descriptives.of(dataset.values(duration, in));
                Descriptives ages = Descriptives.of(dataset.values(age, in));
                cells.get(i).add(new Cell.Count(in.cardinality()));
                cells.get(i).add(LengthAnalysis.measure(days.mean(), days.n()));
                cells.get(i).add(LengthAnalysis.measure(ages.mean(), ages.n()));
                line.add(new CellRef(i, 3 * g));
            }
            sums.add(line);
            headers.add(groups.header(g, Messages.columnCount));
            headers.add(groups.header(g, Messages.columnMeanDuration));
            headers.add(groups.header(g, Messages.columnMeanAgeShort));
        }
        List<Integer> tableRows = new ArrayList<>();
        for (int r = 0; r <= k; r++) {
            tableRows.add(r);
        }
        sums.addAll(groups.acrossComparison(tableRows, 3, 0));
        List<String> rowHeaders = new ArrayList<>(answers.labels());
        rowHeaders.add(Messages.rowTotal);
        return new Table(Messages.titleNewVsRecurring, headers, rowHeaders, cells, sums,
                dataset.comparabilityNotes(variable));
    }
}
