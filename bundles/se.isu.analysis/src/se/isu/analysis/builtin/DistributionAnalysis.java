package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.HarmonisedCategoryInfo;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;
import se.isu.analysis.stats.MaskCounts;

/**
 * How the children are distributed over the categories of one variable ({@code variable}: a choice
 * question or {@link InterventionMix#VARIABLE}), per column group: comparison group × category of an
 * optional second dimension ({@code by}: {@code none}, a choice question, {@code insatsmix} or
 * {@code avslutsar}). The standard analyses Diagram 1, 2, 4, 5, 6, 7, 5.3 and the trend are this
 * analysis with other parameters; the extension names its title after the class name
 * ({@code DistributionAnalysis:endReasons}, see {@link Titles}), else one is made from the variables.
 * <p>
 * Layout: one row per category of {@code variable}; for a multiple choice then a row
 * {@link Messages#rowChildren} (the children with at least one category, the shares' denominator); last
 * the row {@link Messages#rowTotal}: for a single choice the children with an answer (the sum of the
 * rows, unless {@code category} leaves some out), for a multiple choice the mentions of the rows shown
 * (their sum). Two columns per column group:
 * {@link Messages#columnCount} (counts) and {@link Messages#columnShare} (shares of the group's children
 * with an answer, in percent; empty in the last rows). Every count column sums to the total row, and with
 * a comparison every count is the sum of the comparison groups' counts; each share is declared as
 * derived from its count and its denominator.
 */
public final class DistributionAnalysis implements Analysis, IExecutableExtension {

    private String title;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        title = data instanceof String key ? Titles.of(key) : null;
    }

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("variable", "problematik");
        String byName = parameters.getOrDefault("by", Dimension.NONE);
        Dimension categories = Dimension.named(variable, dataset, rows, parameters);
        String codes = parameters.get("category");
        if (codes != null && !codes.isBlank()) {
            categories = categories.only(indexes(dataset, variable, codes));
        }
        Dimension by = Dimension.NONE.equals(byName) ? null : Dimension.named(byName, dataset, rows, parameters);
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups columns = ColumnGroups.of(comparison, by);
        Set<String> notes = new LinkedHashSet<>();
        for (String v : categories.variables()) {
            notes.addAll(dataset.comparabilityNotes(v));
        }
        if (by != null) {
            for (String v : by.variables()) {
                notes.addAll(dataset.comparabilityNotes(v));
            }
        }
        if (variable.equals(InterventionMix.VARIABLE) || byName.equals(InterventionMix.VARIABLE)) {
            notes.add(Messages.noteMix);
        }
        String name = title != null ? title
                : by == null ? variableName(variable)
                        : NLS.bind(Messages.titleBy, variableName(variable), variableName(byName));
        return table(name, categories, columns, count(rows, comparison, categories, by), new ArrayList<>(notes));
    }

    /**
     * Per column group (comparison group × category of {@code by}, as {@link ColumnGroups} orders them), the
     * counts of the categories and, in the last place, of the children with an answer: one pass over the
     * selected rows (in two halves on two threads for many rows), the total group the sum of the others.
     */
    static long[][] count(BitSet rows, Comparison comparison, Dimension categories, Dimension by) {
        int k = categories.size();
        int perGroup = by == null ? 1 : by.size();
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        long[] words = rows.toLongArray();
        int width = k + 1;
        long[] flat = categories.exclusive() ? countExclusive(words, table, keys, counted, perGroup, categories, by)
                : countCombinations(words, table, keys, counted, perGroup, categories, by);
        long[][] out = new long[comparison.size() * perGroup][width];
        for (int c = 0; c < counted * perGroup; c++) {
            System.arraycopy(flat, c * width, out[c], 0, width);
        }
        if (comparison.partitioned()) {
            long[][] total = java.util.Arrays.copyOfRange(out, counted * perGroup, out.length);
            for (int c = 0; c < counted * perGroup; c++) {
                long[] into = total[c % perGroup];
                for (int i = 0; i < width; i++) {
                    into[i] += out[c][i];
                }
            }
        }
        return out;
    }

    /**
     * A multiple choice: per column group the rows are grouped by their combination of categories first
     * (one look-up a row, {@link MaskCounts}), then each distinct combination is spread over its categories.
     */
    private static long[] countCombinations(long[] words, int[] table, int[] keys, int counted, int perGroup,
            Dimension categories, Dimension by) {
        int k = categories.size();
        int width = k + 1;
        MaskCounts[] combinations = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            MaskCounts[] out = new MaskCounts[counted * perGroup];
            for (int c = 0; c < out.length; c++) {
                out[c] = new MaskCounts();
            }
            long[] members = new long[64];
            long[] byMembers = new long[64];
            for (int word = from; word < to; word++) {
                long selected = words[word];
                if (selected == 0) {
                    continue;
                }
                long answered = categories.fill(word, members) & selected;
                if (answered == 0) {
                    continue;
                }
                if (by != null) {
                    by.fill(word, byMembers);
                }
                int base = word << 6;
                for (long w = answered; w != 0; w &= w - 1) {
                    int i = Long.numberOfTrailingZeros(w);
                    int group = table == null ? 0 : table[keys[base + i]] * perGroup;
                    for (long b = by == null ? 1 : byMembers[i]; b != 0; b &= b - 1) {
                        out[group + Long.numberOfTrailingZeros(b)].add(members[i]);
                    }
                }
            }
            return out;
        }, (a, b) -> {
            for (int c = 0; c < a.length; c++) {
                a[c].addAll(b[c]);
            }
            return a;
        });
        long[] flat = new long[counted * perGroup * width];
        for (int c = 0; c < combinations.length; c++) {
            int at = c * width;
            flat[at + k] += combinations[c].zeros();
            combinations[c].forEach((member, count) -> {
                flat[at + k] += count;
                for (long m = member; m != 0; m &= m - 1) {
                    flat[at + Long.numberOfTrailingZeros(m)] += count;
                }
            });
        }
        return flat;
    }

    /** A single choice (at most one category a row): counted row by row. */
    private static long[] countExclusive(long[] words, int[] table, int[] keys, int counted, int perGroup,
            Dimension categories, Dimension by) {
        int k = categories.size();
        int width = k + 1;
        return se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            long[] counts = new long[counted * perGroup * width];
            long[] members = new long[64];
            long[] byMembers = new long[64];
            for (int word = from; word < to; word++) {
                long selected = words[word];
                if (selected == 0) {
                    continue;
                }
                long answered = categories.fill(word, members) & selected;
                if (answered == 0) {
                    continue;
                }
                if (by != null) {
                    by.fill(word, byMembers);
                }
                int base = word << 6;
                for (long w = answered; w != 0; w &= w - 1) {
                    int i = Long.numberOfTrailingZeros(w);
                    int group = table == null ? 0 : table[keys[base + i]] * perGroup;
                    long member = members[i];
                    for (long b = by == null ? 1 : byMembers[i]; b != 0; b &= b - 1) {
                        int at = (group + Long.numberOfTrailingZeros(b)) * width;
                        counts[at + k]++;
                        for (long m = member; m != 0; m &= m - 1) {
                            counts[at + Long.numberOfTrailingZeros(m)]++;
                        }
                    }
                }
            }
            return counts;
        }, DistributionAnalysis::add);
    }

    /** Adds {@code b} into {@code a}. */
    static long[] add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /** The option indexes of the comma-separated codes, for {@code category}. */
    private static List<Integer> indexes(Dataset dataset, String variable, String codes) {
        List<Integer> indexes = new ArrayList<>();
        List<HarmonisedCategoryInfo> options = dataset.options(variable);
        for (String code : codes.split(",")) {
            int wanted;
            try {
                wanted = Integer.parseInt(code.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.badCodes, codes), e);
            }
            int index = -1;
            if (variable.equals(InterventionMix.VARIABLE)) {
                index = wanted >= 1 && wanted <= 3 ? wanted - 1 : -1;
            } else {
                for (int i = 0; i < options.size(); i++) {
                    index = options.get(i).code() == wanted ? i : index;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException(NLS.bind(Messages.unknownCategory, code.strip(), variable));
            }
            indexes.add(index);
        }
        return indexes;
    }

    /** The name of a variable or pseudo-variable of SU-X for a title; other forms' show their ids. */
    static String variableName(String variable) {
        return switch (variable) {
            case InterventionMix.VARIABLE -> Messages.nameMix;
            case Dimension.CLOSING_YEAR -> Messages.nameClosingYear;
            case "problematik" -> Messages.nameProblemAreas;
            case "avslutsorsak" -> Messages.nameEndReasons;
            case "kon" -> Messages.nameSex;
            case "insatser" -> Messages.nameInterventions;
            case "tidigare_aktuell" -> Messages.namePrevious;
            default -> variable;
        };
    }

    /** The table of the layout described above. */
    static Table table(String title, Dimension categories, ColumnGroups columns, long[][] groupCounts, List<String> notes) {
        int k = categories.size();
        boolean multiple = !categories.exclusive();
        int baseRow = multiple ? k : -1;
        int totalRow = multiple ? k + 1 : k;
        int rowCount = totalRow + 1;
        int groups = columns.size();
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            cells.add(new ArrayList<>());
        }
        List<List<CellRef>> sums = new ArrayList<>();
        Map<CellRef, List<CellRef>> derived = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            long[] counts = groupCounts[g];
            long answered = counts[k];
            long mentions = 0;
            int countColumn = 2 * g;
            int shareColumn = countColumn + 1;
            CellRef denominator = new CellRef(multiple ? baseRow : totalRow, countColumn);
            for (int i = 0; i < k; i++) {
                mentions += counts[i];
                cells.get(i).add(new Cell.Count(counts[i]));
                cells.get(i).add(share(counts[i], answered));
                derived.put(new CellRef(i, shareColumn), List.of(new CellRef(i, countColumn), denominator));
            }
            if (multiple) {
                cells.get(baseRow).add(new Cell.Count(answered));
                cells.get(baseRow).add(new Cell.Empty());
            }
            cells.get(totalRow).add(new Cell.Count(multiple ? mentions : answered));
            cells.get(totalRow).add(new Cell.Empty());
            List<CellRef> line = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                line.add(new CellRef(i, countColumn));
            }
            line.add(new CellRef(totalRow, countColumn));
            if (multiple || categories.complete()) {
                sums.add(line);
            }
            headers.add(columns.header(g, Messages.columnCount));
            headers.add(columns.header(g, Messages.columnShare));
        }
        List<Integer> countRows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            countRows.add(r);
        }
        sums.addAll(columns.acrossComparison(countRows, 2, 0));
        List<String> rowHeaders = new ArrayList<>(categories.labels());
        if (multiple) {
            rowHeaders.add(Messages.rowChildren);
        }
        rowHeaders.add(Messages.rowTotal);
        return new Table(title, headers, rowHeaders, cells, sums, derived, notes);
    }

    /** A share in percent of the group's children with an answer. */
    static Cell share(long count, long of) {
        return of == 0 ? new Cell.Empty() : new Cell.Measure(100.0 * count / of, 0, of);
    }
}
