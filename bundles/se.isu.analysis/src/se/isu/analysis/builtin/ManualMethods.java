package se.isu.analysis.builtin;

import java.text.Collator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.Analysis;
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
        List<String[]> comments = new ArrayList<>();
        for (int code = 0; code < 63; code++) {
            String[] given = (commented & (1L << code)) != 0 ? dataset.comments(variable, code) : null;
            if (given != null) {
                comments.add(given);
            }
        }
        // Per selected row, its methods; grouped by the canonical name.
        Map<Integer, List<String>> methodsOf = new HashMap<>();
        Map<String, String> names = new TreeMap<>(Collator.getInstance(Locale.forLanguageTag("sv-SE")));
        boolean anyUnnamed = false;
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            List<String> methods = new ArrayList<>();
            if ((chosen[row] & crisis) != 0) {
                methods.add(MethodNames.CRISIS_SUPPORT);
            }
            for (String[] given : comments) {
                for (String method : MethodNames.methods(given[row])) {
                    if (!methods.contains(method)) {
                        methods.add(method);
                    }
                }
            }
            if ((chosen[row] & commented) != 0 && methods.isEmpty()) {
                methods.add(null);
                anyUnnamed = true;
            }
            for (String method : methods) {
                if (method != null) {
                    names.putIfAbsent(method, method);
                }
            }
            methodsOf.put(row, methods);
        }
        List<String> rowHeaders = new ArrayList<>(names.keySet());
        int unnamedRow = anyUnnamed ? rowHeaders.size() : -1;
        if (anyUnnamed) {
            rowHeaders.add(Messages.rowNoMethod);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(rowHeaders.get(i), i);
        }
        Comparison comparison = Comparison.of(dataset, rows, parameters);
        ColumnGroups groups = ColumnGroups.of(comparison, null, rows);
        long[][] counts = new long[rowHeaders.size()][groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            BitSet group = groups.rows().get(g);
            for (int row = group.nextSetBit(0); row >= 0; row = group.nextSetBit(row + 1)) {
                for (String method : methodsOf.get(row)) {
                    counts[method == null ? unnamedRow : index.get(method)][g]++;
                }
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
