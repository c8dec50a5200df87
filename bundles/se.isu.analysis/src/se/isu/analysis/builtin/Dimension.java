package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.HarmonisedCategoryInfo;
import se.isu.analysis.internal.Messages;

/**
 * Categories that the rows of a dataset fall into: the options of a choice question, the intervention
 * mix, the closing year. {@code members()[row]} has bit i set when the row belongs to category i; an
 * exclusive dimension puts a row in at most one category (a single choice), a multiple choice in several.
 * <p>
 * A dimension made from the dataset reads its columns as it goes: analyses count through
 * {@link #fill}, 64 rows at a time, in one pass over the selected rows for all categories together, and
 * the per-row arrays {@link #members()} and {@link #answered()} are only made when asked for.
 */
public final class Dimension {

    /** The pseudo-variable of the intervention mix (see {@link InterventionMix}). */
    public static final String MIX = InterventionMix.VARIABLE;
    /** The pseudo-variable of the closing year. */
    public static final String CLOSING_YEAR = "avslutsar";
    /** No dimension: one category holding every row. */
    public static final String NONE = "none";

    private final List<String> labels;
    private final boolean exclusive;
    private final List<String> variables;
    private final boolean complete;
    private final Source source;
    private long[] members;
    private BitSet answered;

    /**
     * @param variables the dataset variables it is made of, for their comparability notes
     * @param answered  the rows with an answer, in a category shown or not: after {@link #only} it keeps the
     *                  rows of the categories left out, so that shares stay shares of everyone who answered
     * @param complete  whether every answer is in a category shown (false after {@link #only})
     */
    public Dimension(List<String> labels, long[] members, boolean exclusive, List<String> variables,
            BitSet answered, boolean complete) {
        this(labels, exclusive, variables, complete, new Materialised(members, answered));
        this.members = members;
        this.answered = answered;
    }

    /** A dimension whose categories hold every answer. */
    public Dimension(List<String> labels, long[] members, boolean exclusive, List<String> variables) {
        this(labels, members, exclusive, variables, nonZero(members), true);
    }

    private Dimension(List<String> labels, boolean exclusive, List<String> variables, boolean complete, Source source) {
        this.labels = List.copyOf(labels);
        this.exclusive = exclusive;
        this.variables = List.copyOf(variables);
        this.complete = complete;
        this.source = source;
        if (labels.size() > 63) {
            throw new IllegalArgumentException("at most 63 categories, not " + labels.size());
        }
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

    public List<String> labels() {
        return labels;
    }

    public boolean exclusive() {
        return exclusive;
    }

    public List<String> variables() {
        return variables;
    }

    public boolean complete() {
        return complete;
    }

    public int size() {
        return labels.size();
    }

    /** Per row of the dataset, bit i set when the row is in category i. Made on the first call. */
    public synchronized long[] members() {
        if (members == null) {
            long[] out = new long[source.size()];
            long[] buffer = new long[64];
            for (int word = 0; word << 6 < out.length; word++) {
                source.fill(word, buffer);
                System.arraycopy(buffer, 0, out, word << 6, Math.min(64, out.length - (word << 6)));
            }
            members = out;
        }
        return members;
    }

    /** The rows with an answer (see the constructor). Made on the first call. */
    public synchronized BitSet answered() {
        if (answered == null) {
            long[] words = new long[(source.size() + 63) >> 6];
            long[] buffer = new long[64];
            for (int word = 0; word < words.length; word++) {
                words[word] = source.fill(word, buffer);
            }
            answered = BitSet.valueOf(words);
        }
        return answered;
    }

    /**
     * The members of the dataset's rows {@code 64 word} to {@code 64 word + 63} into {@code out} (0 beyond
     * the last row); returns which of them have an answer, bit i for row {@code 64 word + i}.
     */
    long fill(int word, long[] out) {
        return source.fill(word, out);
    }

    /** The selected rows in category {@code index}. */
    public BitSet rows(BitSet rows, int index) {
        long[] selected = rows.toLongArray();
        long[] in = new long[selected.length];
        long[] buffer = new long[64];
        long bit = 1L << index;
        for (int word = 0; word < selected.length; word++) {
            if (selected[word] == 0) {
                continue;
            }
            source.fill(word, buffer);
            long out = 0;
            for (long w = selected[word]; w != 0; w &= w - 1) {
                int i = Long.numberOfTrailingZeros(w);
                if ((buffer[i] & bit) != 0) {
                    out |= 1L << i;
                }
            }
            in[word] = out;
        }
        return BitSet.valueOf(in);
    }

    /**
     * The dimension a parameter names: {@link #NONE}, {@link #MIX}, {@link #CLOSING_YEAR} or a choice
     * question's variable id.
     */
    public static Dimension named(String name, Dataset dataset, BitSet rows, Map<String, String> parameters) {
        return switch (name) {
            case NONE -> all(dataset);
            case MIX -> InterventionMix.dimension(dataset, parameters);
            case CLOSING_YEAR -> closingYears(dataset, rows);
            default -> choice(dataset, name);
        };
    }

    /** One category, {@link Messages#rowTotal}, holding every row. */
    public static Dimension all(Dataset dataset) {
        int size = dataset.size();
        return new Dimension(List.of(Messages.rowTotal), true, List.of(), true, new Source(size) {
            @Override
            long fill(int word, long[] out) {
                int end = end(word);
                java.util.Arrays.fill(out, 0, end, 1L);
                java.util.Arrays.fill(out, end, 64, 0L);
                return end == 64 ? -1L : (1L << end) - 1;
            }
        });
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
        int size = dataset.size();
        if (dataset.hasBits(variable)) {
            long[] masks = dataset.bits(variable);
            // Options with consecutive codes (the usual case) are the mask's bits shifted: no look-up per bit.
            int offset = options.get(0).code();
            long optionBits = 0;
            boolean shifted = offset >= 0;
            for (int i = 0; i < options.size(); i++) {
                int code = options.get(i).code();
                shifted &= code == offset + i && code < 63;
                optionBits |= code >= 0 && code < 64 ? 1L << code : 0;
            }
            if (shifted) {
                long wanted = optionBits;
                return new Dimension(labels, false, List.of(variable), true, new Source(size) {
                    @Override
                    long fill(int word, long[] out) {
                        int base = word << 6;
                        int end = end(word);
                        long answered = 0;
                        for (int i = 0; i < end; i++) {
                            long member = (masks[base + i] & wanted) >>> offset;
                            out[i] = member;
                            answered |= member != 0 ? 1L << i : 0;
                        }
                        java.util.Arrays.fill(out, end, 64, 0L);
                        return answered;
                    }
                });
            }
            return new Dimension(labels, false, List.of(variable), true, new Source(size) {
                @Override
                long fill(int word, long[] out) {
                    int base = word << 6;
                    int end = end(word);
                    long answered = 0;
                    for (int i = 0; i < end; i++) {
                        long mask = masks[base + i];
                        long member = 0;
                        while (mask != 0) {
                            member |= bitOfCode[Long.numberOfTrailingZeros(mask)];
                            mask &= mask - 1;
                        }
                        out[i] = member;
                        answered |= member != 0 ? 1L << i : 0;
                    }
                    java.util.Arrays.fill(out, end, 64, 0L);
                    return answered;
                }
            });
        }
        int[] codes = dataset.ints(variable);
        return new Dimension(labels, true, List.of(variable), true, new Source(size) {
            @Override
            long fill(int word, long[] out) {
                int base = word << 6;
                int end = end(word);
                long answered = 0;
                for (int i = 0; i < end; i++) {
                    int code = codes[base + i];
                    long member = code >= 0 && code < 64 ? bitOfCode[code] : 0;
                    out[i] = member;
                    answered |= member != 0 ? 1L << i : 0;
                }
                java.util.Arrays.fill(out, end, 64, 0L);
                return answered;
            }
        });
    }

    /**
     * The intervention mix (see {@link InterventionMix}): category 0 traditional only, 1 manual-based only,
     * 2 both, from the bit masks of the interventions chosen.
     */
    static Dimension mix(List<String> labels, List<String> variables, long[] chosen, long traditional, long manual) {
        return new Dimension(labels, true, variables, true, new Source(chosen.length) {
            @Override
            long fill(int word, long[] out) {
                int base = word << 6;
                int end = end(word);
                long answered = 0;
                for (int i = 0; i < end; i++) {
                    long mask = chosen[base + i];
                    int mix = ((mask & traditional) != 0 ? 1 : 0) | ((mask & manual) != 0 ? 2 : 0);
                    out[i] = mix == 0 ? 0 : 1L << (mix - 1);
                    answered |= mix == 0 ? 0 : 1L << i;
                }
                java.util.Arrays.fill(out, end, 64, 0L);
                return answered;
            }
        });
    }

    /** The closing years of the selected rows, ascending; a row without a closing date is in none. */
    public static Dimension closingYears(Dataset dataset, BitSet rows) {
        int[] years = dataset.closingYears();
        int[] range = dataset.closingYearRange();
        int first = range == null ? 0 : range[0];
        int last = range == null ? -1 : range[1];
        List<String> labels = new ArrayList<>();
        int[] index = new int[first > last ? 0 : last - first + 1];
        java.util.Arrays.fill(index, -1);
        if (first <= last) {
            // Which years the selected rows have: a pass over the rows, word by word.
            boolean[] present = new boolean[last - first + 1];
            long[] words = rows.toLongArray();
            int previous = Dataset.MISSING;
            for (int word = 0; word < words.length; word++) {
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int year = years[word << 6 | Long.numberOfTrailingZeros(w)];
                    if (year != previous && year != Dataset.MISSING) {
                        present[year - first] = true;
                        previous = year;
                    }
                }
            }
            for (int i = 0; i < present.length; i++) {
                if (present[i]) {
                    index[i] = labels.size();
                    labels.add(String.valueOf(first + i));
                }
            }
        }
        int firstYear = first;
        // Per year from the first, its category's bit (0 for none).
        long[] bitOfYear = new long[index.length];
        for (int i = 0; i < index.length; i++) {
            bitOfYear[i] = index[i] < 0 ? 0 : 1L << index[i];
        }
        return new Dimension(labels, true, List.of(dataset.roles().closingDateVariable()), true,
                new Source(dataset.size()) {
                    @Override
                    long fill(int word, long[] out) {
                        int base = word << 6;
                        int end = end(word);
                        long answered = 0;
                        for (int i = 0; i < end; i++) {
                            int at = years[base + i] - firstYear;
                            long member = years[base + i] != Dataset.MISSING && at >= 0 && at < bitOfYear.length
                                    ? bitOfYear[at] : 0;
                            out[i] = member;
                            answered |= member != 0 ? 1L << i : 0;
                        }
                        java.util.Arrays.fill(out, end, 64, 0L);
                        return answered;
                    }
                });
    }

    /** Only the categories at these indexes, in this order. */
    public Dimension only(List<Integer> indexes) {
        List<String> kept = new ArrayList<>();
        long[] bitOf = new long[64];
        for (int k = 0; k < indexes.size(); k++) {
            int index = indexes.get(k);
            kept.add(labels.get(index));
            bitOf[index] |= 1L << k;
        }
        Source inner = source;
        return new Dimension(kept, exclusive, variables, false, new Source(inner.size()) {
            @Override
            long fill(int word, long[] out) {
                long answered = inner.fill(word, out);
                for (int i = 0; i < 64; i++) {
                    long member = out[i];
                    long remapped = 0;
                    while (member != 0) {
                        remapped |= bitOf[Long.numberOfTrailingZeros(member)];
                        member &= member - 1;
                    }
                    out[i] = remapped;
                }
                return answered;
            }
        });
    }

    @Override
    public String toString() {
        return "Dimension" + labels;
    }

    /** Where the members come from: 64 rows at a time. */
    private abstract static class Source {
        private final int size;

        Source(int size) {
            this.size = size;
        }

        final int size() {
            return size;
        }

        /** How many of the word's 64 rows exist. */
        final int end(int word) {
            return Math.max(0, Math.min(64, size - (word << 6)));
        }

        abstract long fill(int word, long[] out);
    }

    /** Members and answers given as arrays. */
    private static final class Materialised extends Source {
        private final long[] members;
        private final long[] answered;

        Materialised(long[] members, BitSet answered) {
            super(members.length);
            this.members = members;
            this.answered = answered.toLongArray();
        }

        @Override
        long fill(int word, long[] out) {
            int base = word << 6;
            int end = end(word);
            System.arraycopy(members, base, out, 0, end);
            java.util.Arrays.fill(out, end, 64, 0L);
            return word < answered.length ? answered[word] : 0;
        }
    }
}
