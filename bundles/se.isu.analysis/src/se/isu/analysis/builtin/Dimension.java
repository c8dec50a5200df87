package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.HarmonisedCategoryInfo;
import se.isu.analysis.internal.Messages;

/**
 * Categories that the rows of a dataset fall into: the options of a choice question, the intervention
 * mix, the closing year. {@code members[row]} has bit i set when the row belongs to category i; an
 * exclusive dimension puts a row in at most one category (a single choice), a multiple choice in several.
 *
 * @param variables the dataset variables it is made of, for their comparability notes
 * @param answered  the rows with an answer, in a category shown or not: after {@link #only} it keeps the
 *                  rows of the categories left out, so that shares stay shares of everyone who answered
 * @param complete  whether every answer is in a category shown (false after {@link #only})
 */
public record Dimension(List<String> labels, long[] members, boolean exclusive, List<String> variables,
        BitSet answered, boolean complete) {

    /** A dimension whose categories hold every answer. */
    public Dimension(List<String> labels, long[] members, boolean exclusive, List<String> variables) {
        this(labels, members, exclusive, variables, nonZero(members), true);
    }

    private static BitSet nonZero(long[] members) {
        BitSet answered = new BitSet(members.length);
        for (int row = 0; row < members.length; row++) {
            if (members[row] != 0) {
                answered.set(row);
            }
        }
        return answered;
    }

    /** The pseudo-variable of the intervention mix (see {@link InterventionMix}). */
    public static final String MIX = InterventionMix.VARIABLE;
    /** The pseudo-variable of the closing year. */
    public static final String CLOSING_YEAR = "avslutsar";
    /** No dimension: one category holding every row. */
    public static final String NONE = "none";

    public Dimension {
        labels = List.copyOf(labels);
        variables = List.copyOf(variables);
        if (labels.size() > 63) {
            throw new IllegalArgumentException("at most 63 categories, not " + labels.size());
        }
    }

    public int size() {
        return labels.size();
    }

    /** The selected rows in category {@code index}. */
    public BitSet rows(BitSet rows, int index) {
        BitSet in = new BitSet();
        long bit = 1L << index;
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            if ((members[row] & bit) != 0) {
                in.set(row);
            }
        }
        return in;
    }

    /**
     * The dimension a parameter names: {@link #NONE}, {@link #MIX}, {@link #CLOSING_YEAR} or a choice
     * question's variable id.
     */
    public static Dimension named(String name, Dataset dataset, BitSet rows, Map<String, String> parameters) {
        return switch (name) {
            case NONE -> all(dataset);
            case MIX -> InterventionMix.of(dataset, parameters).dimension();
            case CLOSING_YEAR -> closingYears(dataset, rows);
            default -> choice(dataset, name);
        };
    }

    /** One category, {@link Messages#rowTotal}, holding every row. */
    public static Dimension all(Dataset dataset) {
        long[] members = new long[dataset.size()];
        java.util.Arrays.fill(members, 1L);
        return new Dimension(List.of(Messages.rowTotal), members, true, List.of());
    }

    /** The categories of a choice question, in code order (harmonised codes across versions). */
    public static Dimension choice(Dataset dataset, String variable) {
        List<HarmonisedCategoryInfo> options = dataset.options(variable);
        if (options.isEmpty()) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.noChoiceVariable, variable));
        }
        List<String> labels = options.stream().map(HarmonisedCategoryInfo::label).toList();
        long[] bitOfCode = new long[64];
        for (int i = 0; i < options.size(); i++) {
            int code = options.get(i).code();
            if (code >= 0 && code < 64) {
                bitOfCode[code] = 1L << i;
            }
        }
        long[] members = new long[dataset.size()];
        if (dataset.hasBits(variable)) {
            long[] masks = dataset.bits(variable);
            for (int row = 0; row < members.length; row++) {
                long mask = masks[row];
                long member = 0;
                while (mask != 0) {
                    member |= bitOfCode[Long.numberOfTrailingZeros(mask)];
                    mask &= mask - 1;
                }
                members[row] = member;
            }
            return new Dimension(labels, members, false, List.of(variable));
        }
        int[] codes = dataset.ints(variable);
        for (int row = 0; row < members.length; row++) {
            int code = codes[row];
            members[row] = code >= 0 && code < 64 ? bitOfCode[code] : 0;
        }
        return new Dimension(labels, members, true, List.of(variable));
    }

    /** The closing years of the selected rows, ascending; a row without a closing date is in none. */
    public static Dimension closingYears(Dataset dataset, BitSet rows) {
        Set<Integer> years = new TreeSet<>();
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            if (dataset.closingYear(row) != Dataset.MISSING) {
                years.add(dataset.closingYear(row));
            }
        }
        List<Integer> ordered = new ArrayList<>(years);
        long[] members = new long[dataset.size()];
        for (int row = 0; row < members.length; row++) {
            int index = ordered.indexOf(dataset.closingYear(row));
            members[row] = index < 0 ? 0 : 1L << index;
        }
        return new Dimension(ordered.stream().map(String::valueOf).toList(), members, true,
                List.of(dataset.roles().closingDateVariable()));
    }

    /** Only the categories at these indexes, in this order. */
    public Dimension only(List<Integer> indexes) {
        List<String> kept = new ArrayList<>();
        long[] remapped = new long[members.length];
        for (int k = 0; k < indexes.size(); k++) {
            int index = indexes.get(k);
            kept.add(labels.get(index));
            long bit = 1L << index;
            for (int row = 0; row < members.length; row++) {
                if ((members[row] & bit) != 0) {
                    remapped[row] |= 1L << k;
                }
            }
        }
        return new Dimension(kept, remapped, exclusive, variables, answered, false);
    }
}
