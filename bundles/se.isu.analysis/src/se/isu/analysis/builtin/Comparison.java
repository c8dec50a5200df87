package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.internal.Messages;

/**
 * How an analysis compares municipalities, from its common parameters {@code compare} and {@code focus}:
 * <ul>
 * <li>{@code none}: one group, all selected rows, labelled {@link Messages#rowTotal};</li>
 * <li>{@code municipalities}: one group per municipality (by name), then all of them together;</li>
 * <li>{@code oneVsRest}: the {@code focus} municipality, the others pooled, then all together.</li>
 * </ul>
 * The total group is always last. Apart from it the groups partition the selected rows, so every count
 * of the total group is the sum of the others' ({@link #partitioned()}), which an analysis declares to
 * disclosure control.
 * <p>
 * Analyses that count in one pass do not need the groups' rows: {@link #groupOfKey()} gives the
 * group of each municipality of the dataset, and {@link #groups()} makes the rows only when asked for.
 */
public final class Comparison {

    public static final String PARAMETER = "compare";
    public static final String FOCUS = "focus";
    public static final String NONE = "none";
    public static final String MUNICIPALITIES = "municipalities";
    public static final String ONE_VS_REST = "oneVsRest";

    /** A group of rows and its label. */
    public record Group(String label, BitSet rows) {
    }

    private final List<String> labels;
    private final int[] groupOfMunicipality;
    private final int[] municipalityIndexes;
    private final BitSet rows;
    private List<Group> groups;

    /** Groups given with their rows, the total last (the others partitioning it). */
    public Comparison(List<Group> groups) {
        this.groups = List.copyOf(groups);
        this.labels = this.groups.stream().map(Group::label).toList();
        this.rows = this.groups.get(this.groups.size() - 1).rows();
        if (this.groups.size() > 1) {
            // Each row's group, looked up through an identity table, as municipalities are.
            int[] groupOfRow = new int[rows.length()];
            int[] identity = new int[this.groups.size() - 1];
            for (int g = 0; g < identity.length; g++) {
                identity[g] = g;
                BitSet in = this.groups.get(g).rows();
                for (int row = in.nextSetBit(0); row >= 0 && row < groupOfRow.length; row = in.nextSetBit(row + 1)) {
                    groupOfRow[row] = g;
                }
            }
            this.groupOfMunicipality = identity;
            this.municipalityIndexes = groupOfRow;
        } else {
            this.groupOfMunicipality = null;
            this.municipalityIndexes = null;
        }
    }

    private Comparison(List<String> labels, int[] groupOfMunicipality, int[] municipalityIndexes, BitSet rows) {
        this.labels = List.copyOf(labels);
        this.groupOfMunicipality = groupOfMunicipality;
        this.municipalityIndexes = municipalityIndexes;
        this.rows = rows;
    }

    /** The groups of {@code rows} that the parameters ask for; {@code compare} missing means none. */
    public static Comparison of(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String mode = parameters.getOrDefault(PARAMETER, NONE);
        if (mode == null || mode.isBlank()) {
            mode = NONE;
        }
        List<String> names = dataset.municipalityNames();
        int[] indexes = dataset.municipalityIndexes();
        List<String> labels = new ArrayList<>();
        int[] groupOf = null;
        switch (mode) {
            case NONE -> {
                // Only the total.
            }
            case MUNICIPALITIES -> {
                // The municipalities among the selected rows, ordered with the Swedish collator once.
                int[] lastRow = lastRows(indexes, names.size(), rows);
                List<Integer> present = new ArrayList<>();
                for (int i = 0; i < lastRow.length; i++) {
                    if (lastRow[i] >= 0) {
                        present.add(i);
                    }
                }
                java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"));
                present.sort((a, b) -> collator.compare(names.get(a), names.get(b)));
                groupOf = new int[names.size()];
                java.util.Arrays.fill(groupOf, -1);
                for (int g = 0; g < present.size(); g++) {
                    groupOf[present.get(g)] = g;
                    labels.add(names.get(present.get(g)));
                }
            }
            case ONE_VS_REST -> {
                String focus = parameters.get(FOCUS);
                if (focus == null || focus.isBlank()) {
                    throw new IllegalArgumentException(NLS.bind(Messages.compareNeedsFocus, ONE_VS_REST));
                }
                String name = focus.strip();
                int[] lastRow = lastRows(indexes, names.size(), rows);
                groupOf = new int[names.size()];
                int latest = -1;
                for (int i = 0; i < names.size(); i++) {
                    boolean mine = names.get(i).equalsIgnoreCase(focus.strip());
                    groupOf[i] = mine ? 0 : 1;
                    // The label is spelt as the last selected row of the focus spells it.
                    if (mine && lastRow[i] > latest) {
                        latest = lastRow[i];
                        name = names.get(i);
                    }
                }
                labels.add(name);
                labels.add(Messages.groupRest);
            }
            default -> throw new IllegalArgumentException(NLS.bind(Messages.compareUnknown, mode,
                    String.join(", ", NONE, MUNICIPALITIES, ONE_VS_REST)));
        }
        labels.add(Messages.rowTotal);
        return new Comparison(labels, groupOf, indexes, rows);
    }

    /** Per municipality index, the last selected row of it, or -1. */
    private static int[] lastRows(int[] indexes, int municipalities, BitSet rows) {
        int[] lastRow = new int[municipalities];
        java.util.Arrays.fill(lastRow, -1);
        long[] words = rows.toLongArray();
        for (int word = 0; word < words.length; word++) {
            for (long w = words[word]; w != 0; w &= w - 1) {
                int row = word << 6 | Long.numberOfTrailingZeros(w);
                lastRow[indexes[row]] = row;
            }
        }
        return lastRow;
    }

    /** The groups, the total last, with their rows (made on the first call). */
    public synchronized List<Group> groups() {
        if (groups == null) {
            List<Group> made = new ArrayList<>();
            if (labels.size() > 1) {
                long[] selected = rows.toLongArray();
                long[][] words = new long[labels.size() - 1][selected.length];
                for (int word = 0; word < selected.length; word++) {
                    for (long w = selected[word]; w != 0; w &= w - 1) {
                        int bit = Long.numberOfTrailingZeros(w);
                        words[groupOfMunicipality[municipalityIndexes[word << 6 | bit]]][word] |= 1L << bit;
                    }
                }
                for (int g = 0; g < words.length; g++) {
                    made.add(new Group(labels.get(g), BitSet.valueOf(words[g])));
                }
            }
            made.add(new Group(labels.get(labels.size() - 1), rows));
            groups = List.copyOf(made);
        }
        return groups;
    }

    /** The groups' labels, the total last. */
    public List<String> labels() {
        return labels;
    }

    /** How many groups, the total included. */
    public int size() {
        return labels.size();
    }

    /** The selected rows: the total group's. */
    public BitSet rows() {
        return rows;
    }

    /**
     * With {@link #keys()}, each selected row's group without a pass of its own: the group of row r is
     * {@code groupOfKey()[keys()[r]]} (0 to {@code size() - 2}). Null when there is only the total group.
     * For a comparison by municipality the keys are the dataset's municipality indexes.
     */
    int[] groupOfKey() {
        return groupOfMunicipality;
    }

    /** See {@link #groupOfKey()}. */
    int[] keys() {
        return municipalityIndexes;
    }

    /** Whether there are groups besides the total, which then sum to it. */
    public boolean partitioned() {
        return labels.size() > 1;
    }

    /** The index of the total group. */
    public int totalIndex() {
        return labels.size() - 1;
    }

    /** The group's label as a prefix of a column header or group label: "Hudiksvall: ". */
    public String prefix(int group) {
        return labels.size() == 1 ? "" : labels.get(group) + ": ";
    }

    @Override
    public String toString() {
        return "Comparison" + labels;
    }
}
