package se.isu.analysis.builtin;

import java.text.Collator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
import se.isu.analysis.dataset.Comments;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.CellRef;
import se.isu.analysis.result.Table;

/**
 * Tabell 2: the named manual-based methods, counted per case (a case that names a method twice counts
 * once), from the free-text comments to the options {@code commented} of {@code variable} (harmonised
 * codes, default 3: 2020 "Manualbaserad metod", 2021 "Annan manualbaserad metod") and, for the options
 * {@code crisis} (default 2, 2021's own "Krisstöd vid orosanmälan om våld mot barn"), that method itself.
 * Spellings are normalised by {@link MethodNames}. Rows: the methods in Swedish alphabetical order, then
 * {@link Messages#rowNoMethod} (a commented option chosen without a comment) if any case has it. As in
 * the report there is no total row: a case can name several methods, so a sum of mentions says little,
 * and without one a "≤4" needs no second cell hidden with it. One column {@link Messages#columnCount} per
 * comparison group; with a comparison every count is the sum of the groups', which is declared.
 */
public final class ManualMethods implements Analysis {

    @Override
    public AnalysisResult run(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String variable = parameters.getOrDefault("variable", "insatser");
        long commented = mask(parameters.getOrDefault("commented", "3"));
        long crisis = mask(parameters.getOrDefault("crisis", "2"));
        long[] chosen = dataset.bits(variable);
        List<Comments> comments = new ArrayList<>();
        for (int code = 0; code < 63; code++) {
            Comments given = (commented & (1L << code)) != 0 ? dataset.commentDictionary(variable, code) : null;
            if (given != null) {
                comments.add(given);
            }
        }
        // Each distinct comment is read once, through the dataset's dictionary of comment texts: per text the
        // indexes of the methods it names; the rows then carry only codes.
        Map<String, Integer> indexOf = new HashMap<>();
        List<String> methods = new ArrayList<>();
        int crisisIndex = index(indexOf, methods, MethodNames.CRISIS_SUPPORT);
        Map<String, int[]> parsed = new HashMap<>();
        int[][][] methodsOfText = new int[comments.size()][][];
        int[][] codes = new int[comments.size()][];
        for (int c = 0; c < comments.size(); c++) {
            List<String> texts = comments.get(c).texts();
            methodsOfText[c] = new int[texts.size()][];
            for (int t = 0; t < texts.size(); t++) {
                methodsOfText[c][t] = parsed.computeIfAbsent(texts.get(t), text -> MethodNames.methods(text).stream()
                        .mapToInt(method -> index(indexOf, methods, method)).toArray());
            }
            codes[c] = comments.get(c).codes();
        }
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null);
        int counted = comparison.partitioned() ? comparison.size() - 1 : 1;
        int[] table = comparison.groupOfKey();
        int[] keys = comparison.keys();
        int unnamed = methods.size();
        int width = unnamed + 1;
        long[] words = rows.toLongArray();
        // Per group, the cases naming each method (a case counts once per method), then those without a name.
        long[] flat = se.isu.analysis.stats.Parallel.split(words.length, (from, to) -> {
            long[] out = new long[counted * width];
            int[] lastRow = new int[unnamed];
            java.util.Arrays.fill(lastRow, -1);
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int at = table == null ? 0 : table[keys[row]] * width;
                    boolean any = false;
                    if ((chosen[row] & crisis) != 0) {
                        lastRow[crisisIndex] = row;
                        out[at + crisisIndex]++;
                        any = true;
                    }
                    for (int c = 0; c < codes.length; c++) {
                        int text = codes[c][row];
                        if (text == Comments.NONE) {
                            continue;
                        }
                        for (int method : methodsOfText[c][text]) {
                            if (lastRow[method] != row) {
                                lastRow[method] = row;
                                out[at + method]++;
                                any = true;
                            }
                        }
                    }
                    if (!any && (chosen[row] & commented) != 0) {
                        out[at + unnamed]++;
                    }
                }
            }
            return out;
        }, DistributionAnalysis::add);
        long[] total = new long[width];
        for (int i = 0; i < counted * width; i++) {
            total[i % width] += flat[i];
        }
        // The methods named in the selected rows, in Swedish alphabetical order.
        List<Integer> found = new ArrayList<>();
        for (int m = 0; m < unnamed; m++) {
            if (total[m] > 0) {
                found.add(m);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        found.sort((a, b) -> collator.compare(methods.get(a), methods.get(b)));
        boolean anyUnnamed = total[unnamed] > 0;
        List<String> rowHeaders = new ArrayList<>();
        found.forEach(m -> rowHeaders.add(methods.get(m)));
        if (anyUnnamed) {
            rowHeaders.add(Messages.rowNoMethod);
            found.add(unnamed);
        }
        long[][] counts = new long[rowHeaders.size()][groups.size()];
        for (int r = 0; r < found.size(); r++) {
            int m = found.get(r);
            for (int g = 0; g < counted; g++) {
                counts[r][g] = flat[g * width + m];
            }
            if (comparison.partitioned()) {
                counts[r][counted] = total[m];
            }
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (long[] row : counts) {
            List<Cell> line = new ArrayList<>();
            for (long count : row) {
                line.add(new Cell.Count(count));
            }
            cells.add(line);
        }
        List<List<CellRef>> sums = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<Integer> tableRows = new ArrayList<>();
        for (int r = 0; r < rowHeaders.size(); r++) {
            tableRows.add(r);
        }
        for (int g = 0; g < groups.size(); g++) {
            headers.add(groups.header(g, Messages.columnCount));
        }
        sums.addAll(groups.acrossComparison(tableRows, 1, 0));
        List<String> notes = new ArrayList<>(dataset.comparabilityNotes(variable));
        notes.add(Messages.noteMethods);
        return new Table(Messages.titleMethods, headers, rowHeaders, cells, sums, notes);
    }

    private static int index(Map<String, Integer> indexOf, List<String> methods, String method) {
        return indexOf.computeIfAbsent(method, m -> {
            methods.add(m);
            return methods.size() - 1;
        });
    }

    private static long mask(String codes) {
        long mask = 0;
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                try {
                    mask |= 1L << Integer.parseInt(code.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(NLS.bind(Messages.badCodes, codes), e);
                }
            }
        }
        return mask;
    }
}
