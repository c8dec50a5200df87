package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
import se.isu.analysis.AnalysisContext;
import se.isu.analysis.Populations;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.store.population.AgeBand;

/**
 * Closed cases per 1,000 children of the municipality's population, per closing year: how many of its
 * children a municipality's outpatient care reaches, comparable between municipalities of different
 * size. Rows are the comparison groups (municipalities by default) and the total; per closing year the
 * columns {@code Antal}, {@code Befolkning} and {@code Per 1 000 barn}. A group's population is the sum of
 * its municipalities' figures for the year and age band ({@code band}, default 0-20); where one is
 * missing the rate is left empty and a note says so. A rate is computed from its count, so disclosure
 * control hides it with the count.
 */
public final class CasesPerThousand implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        return run(dataset, rows, parameters, AnalysisContext.empty());
    }

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters, AnalysisContext context) {
        String asked = parameters.getOrDefault("band", "0-20");
        String band = AgeBand.parse(asked) != null ? AgeBand.parse(asked) : asked.strip();
        Populations populations = context.populations();
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        // One pass: per group and municipality the cases per closing year (from the dataset's range of
        // years), and which municipalities have selected rows at all.
        int[] closing = dataset.closingYears();
        long[] words = rows.toLongArray();
        int[] yearRange = dataset.closingYearRange();
        int firstYear = yearRange == null ? 0 : yearRange[0];
        int lastYear = yearRange == null ? -1 : yearRange[1];
        int first = firstYear;
        int span = firstYear > lastYear ? 0 : lastYear - firstYear + 1;
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        int[] municipalityOf = dataset.municipalityIndexes();
        int municipalityCount = dataset.municipalityNames().size();
        // Per group and municipality: span year counts, then the count of all its selected rows.
        int width = span + 1;
        long[] flat = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            long[] out = new long[counted * municipalityCount * width];
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int at = ((table == null ? 0 : table[keys[row]]) * municipalityCount + municipalityOf[row]) * width;
                    out[at + span]++;
                    int year = closing[row];
                    if (year != Dataset.MISSING) {
                        out[at + year - first]++;
                    }
                }
            }
            return out;
        }, DistributionAnalysis::add);
        Set<Integer> years = new TreeSet<>();
        for (int i = 0; i < flat.length; i++) {
            if (i % width < span && flat[i] > 0) {
                years.add(first + i % width);
            }
        }
        List<String> headers = new ArrayList<>();
        for (int year : years) {
            headers.add(year + ": " + Messages.columnCount);
            headers.add(year + ": " + NLS.bind(Messages.columnPopulation, band));
            headers.add(year + ": " + Messages.columnPerThousand);
        }
        List<String> rowHeaders = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        Map<CellRef, List<CellRef>> derivedFrom = new LinkedHashMap<>();
        Set<String> missing = new TreeSet<>();
        List<String> groups = comparison.labels();
        for (int g = 0; g < groups.size(); g++) {
            rowHeaders.add(groups.get(g));
            Set<String> municipalities = new TreeSet<>();
            long[] byYear = new long[span];
            for (int c = 0; c < counted; c++) {
                if (comparison.partitioned() && c != g && g != counted) {
                    continue;
                }
                for (int m = 0; m < municipalityCount; m++) {
                    int at = (c * municipalityCount + m) * width;
                    if (flat[at + span] > 0) {
                        municipalities.add(dataset.municipalityNames().get(m));
                        for (int y = 0; y < span; y++) {
                            byYear[y] += flat[at + y];
                        }
                    }
                }
            }
            List<Cell> line = new ArrayList<>();
            int column = 0;
            for (int year : years) {
                long count = byYear[year - first];
                long persons = 0;
                boolean complete = !municipalities.isEmpty();
                for (String municipality : municipalities) {
                    OptionalInt found = populations.persons(municipality, year, band);
                    if (found.isPresent()) {
                        persons += found.getAsInt();
                    } else {
                        complete = false;
                        missing.add(municipality + " " + year);
                    }
                }
                line.add(new Cell.Count(count));
                line.add(complete ? new Cell.Text(String.valueOf(persons)) : new Cell.Empty());
                if (complete && persons > 0) {
                    line.add(new Cell.Measure(1000.0 * count / persons, 1, count));
                    derivedFrom.put(new CellRef(g, column + 2), List.of(new CellRef(g, column)));
                } else {
                    line.add(new Cell.Empty());
                }
                column += 3;
            }
            cells.add(line);
        }
        List<List<CellRef>> sums = new ArrayList<>();
        if (comparison.partitioned()) {
            for (int c = 0; c < headers.size(); c += 3) {
                List<CellRef> sum = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    sum.add(new CellRef(g, c));
                }
                sums.add(sum);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(NLS.bind(Messages.noteRatePerThousand, band));
        if (!missing.isEmpty()) {
            notes.add(NLS.bind(Messages.notePopulationMissing, band, String.join(", ", missing)));
        }
        return new Table(Messages.titleCasesPerThousand, headers, rowHeaders, cells, sums, derivedFrom, notes);
    }
}
