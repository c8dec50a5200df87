package se.isu.analysis.benchmark;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.stats.CoOccurrence;
import se.isu.analysis.stats.CrossTable;
import se.isu.analysis.stats.IntHistogram;
import se.isu.analysis.stats.IntSummary;
import se.isu.analysis.stats.QuantileType;
import se.isu.analysis.stats.Quantiles;

/**
 * The four computations the benchmark compares with DuckDB, written as an analysis would write them
 * with the engine's dataset and statistics: background per municipality (Tabell 1: girls, boys, mean,
 * lowest and highest age, mean insatstid), the co-occurrence of problem areas (Tabell X.1: pairs, totals,
 * alone), the quartiles of insatstid per problem area (Tabell X.2, type 7, from per-area histograms of
 * the days) and end reason by intervention mix (Diagram 7). The statistics count in one pass over the
 * rows, on two threads for many rows ({@link se.isu.analysis.stats.Parallel}), as the analyses do. Each result is flattened to {@code key -> number}, the shape {@link DuckDbAnalyses}
 * gives its query results, so the two can be compared value by value.
 * <p>
 * The intervention mix of a case, from the harmonised codes of insatser: 1 traditional family treatment
 * only (code 1 without 2 or 3), 2 a manual-based method only (code 2 or 3 without 1), 3 both, 0 neither
 * (only other interventions); no mix when no intervention is recorded.
 */
final class CoreAnalyses {

    static final String SEX = "kon";
    static final String AGE = "alder";
    static final String LENGTH = "insatstid";
    static final String PROBLEMS = "problematik";
    static final String INTERVENTIONS = "insatser";
    static final String END_REASON = "avslutsorsak";
    static final int GIRL = 1;
    static final int BOY = 2;
    static final long TRADITIONAL = 1L << 1;
    static final long MANUAL = 1L << 2 | 1L << 3;
    static final int[] MIXES = { 0, 1, 2, 3 };

    /** What the computations range over, found before they are timed, as a form model would give it. */
    record Codes(List<String> municipalities, int[] problemAreas, int[] endReasons) {

        static Codes of(Dataset dataset) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            long problems = 0;
            java.util.TreeSet<Integer> reasons = new java.util.TreeSet<>();
            long[] masks = dataset.bits(PROBLEMS);
            int[] reason = dataset.ints(END_REASON);
            for (int row = 0; row < dataset.size(); row++) {
                names.add(dataset.municipality(row));
                problems |= masks[row];
                if (reason[row] != Dataset.MISSING) {
                    reasons.add(reason[row]);
                }
            }
            int[] areas = new int[Long.bitCount(problems)];
            for (int i = 0; problems != 0; i++) {
                areas[i] = Long.numberOfTrailingZeros(problems);
                problems &= problems - 1;
            }
            return new Codes(List.copyOf(names), areas, reasons.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private CoreAnalyses() {
    }

    static Map<String, Double> background(Dataset dataset, BitSet rows, Codes codes) {
        Map<String, Double> out = new LinkedHashMap<>();
        // Grouped by the rows' municipality indexes, one pass per measure, as BackgroundByMunicipality counts.
        int[] municipality = dataset.municipalityIndexes();
        List<String> names = dataset.municipalityNames();
        int[] indexes = new int[names.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        CrossTable sexes = CrossTable.of(municipality, dataset.ints(SEX), rows, indexes, new int[] { GIRL, BOY });
        IntSummary[] ages = IntSummary.byGroup(dataset.ints(AGE), municipality, names.size(), rows);
        IntSummary[] lengths = IntSummary.byGroup(dataset.ints(LENGTH), municipality, names.size(), rows);
        for (String name : codes.municipalities()) {
            int i = names.indexOf(name);
            IntSummary age = i < 0 ? new IntSummary(0, 0, 0, 0) : ages[i];
            IntSummary length = i < 0 ? new IntSummary(0, 0, 0, 0) : lengths[i];
            String key = "background|" + name + "|";
            out.put(key + "girls", i < 0 ? 0.0 : (double) sexes.count(i, 0));
            out.put(key + "boys", i < 0 ? 0.0 : (double) sexes.count(i, 1));
            out.put(key + "meanAge", age.mean());
            out.put(key + "minAge", age.n() == 0 ? Double.NaN : age.min());
            out.put(key + "maxAge", age.n() == 0 ? Double.NaN : age.max());
            out.put(key + "meanLength", length.mean());
        }
        return out;
    }

    static Map<String, Double> coOccurrence(Dataset dataset, BitSet rows, Codes codes) {
        Map<String, Double> out = new LinkedHashMap<>();
        int[] areas = codes.problemAreas();
        CoOccurrence matrix = CoOccurrence.of(dataset.bits(PROBLEMS), rows, areas);
        for (int i = 0; i < areas.length; i++) {
            for (int j = 0; j < areas.length; j++) {
                if (matrix.together(i, j) != 0) {
                    out.put("pair|" + areas[i] + "|" + areas[j], (double) matrix.together(i, j));
                }
            }
            if (matrix.alone(i) != 0) {
                out.put("alone|" + areas[i], (double) matrix.alone(i));
            }
        }
        return out;
    }

    static Map<String, Double> lengthQuantiles(Dataset dataset, BitSet rows, Codes codes) {
        Map<String, Double> out = new LinkedHashMap<>();
        int[] areas = codes.problemAreas();
        double[] ps = { 0.25, 0.5, 0.75 };
        // Counted per area into histograms of the days; gathered as values only if the days span too much.
        IntHistogram[] counted = dataset.histogramsByCode(LENGTH, PROBLEMS, rows, areas);
        double[][] lengths = counted == null ? dataset.valuesByCode(LENGTH, PROBLEMS, rows, areas) : null;
        for (int i = 0; i < areas.length; i++) {
            if (counted != null ? counted[i].n() == 0 : lengths[i].length == 0) {
                continue;
            }
            double[] quartiles = counted != null ? counted[i].quantiles(ps, QuantileType.TYPE_7)
                    : Quantiles.quantiles(lengths[i], ps, QuantileType.TYPE_7);
            out.put("quartiles|" + areas[i] + "|q1", quartiles[0]);
            out.put("quartiles|" + areas[i] + "|median", quartiles[1]);
            out.put("quartiles|" + areas[i] + "|q3", quartiles[2]);
        }
        return out;
    }

    static Map<String, Double> endReasonByMix(Dataset dataset, BitSet rows, Codes codes) {
        Map<String, Double> out = new LinkedHashMap<>();
        long[] interventions = dataset.bits(INTERVENTIONS);
        int[] mix = new int[dataset.size()];
        for (int row = 0; row < mix.length; row++) {
            long mask = interventions[row];
            mix[row] = mask == 0 ? Dataset.MISSING : ((mask & TRADITIONAL) != 0 ? 1 : 0) | ((mask & MANUAL) != 0 ? 2 : 0);
        }
        int[] reasons = codes.endReasons();
        CrossTable table = CrossTable.of(mix, dataset.ints(END_REASON), rows, MIXES, reasons);
        for (int m = 0; m < MIXES.length; m++) {
            for (int r = 0; r < reasons.length; r++) {
                if (table.count(m, r) != 0) {
                    out.put("endReason|" + MIXES[m] + "|" + reasons[r], (double) table.count(m, r));
                }
            }
        }
        return out;
    }

    /** All four, in the order above. */
    static Map<String, Double> all(Dataset dataset, BitSet rows, Codes codes) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.putAll(background(dataset, rows, codes));
        out.putAll(coOccurrence(dataset, rows, codes));
        out.putAll(lengthQuantiles(dataset, rows, codes));
        out.putAll(endReasonByMix(dataset, rows, codes));
        return out;
    }
}
