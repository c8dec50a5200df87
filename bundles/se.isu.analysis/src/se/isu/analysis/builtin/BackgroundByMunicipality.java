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
 * The report's Tabell 1: per comparison group (by default per municipality, {@link Comparison}) as rows,
 * the total last, girls, boys, mean, lowest and highest age at
 * referral, and mean length of the intervention (insatstid) in days. The girls' and boys' columns sum to
 * their totals, which disclosure control is told.
 */
public final class BackgroundByMunicipality implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String sexVariable = parameters.get("sex");
        int girl = Integer.parseInt(parameters.get("girl"));
        int boy = Integer.parseInt(parameters.get("boy"));
        int[] sex = dataset.ints(sexVariable);
        String age = parameters.get("age");
        String duration = parameters.get("duration");

        Comparison comparison = Comparison.of(dataset, rows, parameters);
        List<String> rowHeaders = comparison.groups().stream().map(Comparison.Group::label).toList();
        List<BitSet> groups = comparison.groups().stream().map(Comparison.Group::rows).toList();

        List<List<Cell>> table = new ArrayList<>();
        for (BitSet group : groups) {
            long girls = 0;
            long boys = 0;
            for (int row = group.nextSetBit(0); row >= 0; row = group.nextSetBit(row + 1)) {
                girls += sex[row] == girl ? 1 : 0;
                boys += sex[row] == boy ? 1 : 0;
            }
            Descriptives ages = Descriptives.of(dataset.values(age, group));
            Descriptives days = Descriptives.of(dataset.values(duration, group));
            table.add(List.of(new Cell.Count(girls), new Cell.Count(boys), measure(ages.mean(), 1, ages.n()),
                    measure(ages.min(), 0, ages.n()), measure(ages.max(), 0, ages.n()),
                    measure(days.mean(), 0, days.n())));
        }
        int last = groups.size() - 1;
        List<List<CellRef>> sums = new ArrayList<>();
        for (int column = 0; column < 2 && comparison.partitioned(); column++) {
            List<CellRef> line = new ArrayList<>();
            for (int r = 0; r <= last; r++) {
                line.add(new CellRef(r, column));
            }
            sums.add(line);
        }
        List<String> notes = new ArrayList<>(dataset.comparabilityNotes(sexVariable));
        return new Table(Messages.backgroundTitle,
                List.of(Messages.columnGirls, Messages.columnBoys, Messages.columnMeanAge, Messages.columnMinAge,
                        Messages.columnMaxAge, Messages.columnMeanDuration),
                rowHeaders, table, sums, notes);
    }

    private static Cell measure(double value, int decimals, long n) {
        return n == 0 ? new Cell.Empty() : new Cell.Measure(value, decimals, n);
    }
}
