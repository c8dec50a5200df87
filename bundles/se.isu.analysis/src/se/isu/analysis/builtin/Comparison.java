package se.isu.analysis.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 *
 * @param groups the groups, the total last
 */
public record Comparison(List<Group> groups) {

    public static final String PARAMETER = "compare";
    public static final String FOCUS = "focus";
    public static final String NONE = "none";
    public static final String MUNICIPALITIES = "municipalities";
    public static final String ONE_VS_REST = "oneVsRest";

    /** A group of rows and its label. */
    public record Group(String label, BitSet rows) {
    }

    public Comparison {
        groups = List.copyOf(groups);
    }

    /** The groups of {@code rows} that the parameters ask for; {@code compare} missing means none. */
    public static Comparison of(Dataset dataset, BitSet rows, Map<String, String> parameters) {
        String mode = parameters.getOrDefault(PARAMETER, NONE);
        if (mode == null || mode.isBlank()) {
            mode = NONE;
        }
        List<Group> groups = new ArrayList<>();
        switch (mode) {
            case NONE -> {
                // Only the total.
            }
            case MUNICIPALITIES -> {
                Map<String, BitSet> byMunicipality = new TreeMap<>(java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag("sv-SE")));
                for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                    byMunicipality.computeIfAbsent(dataset.municipality(row), k -> new BitSet()).set(row);
                }
                byMunicipality.forEach((name, group) -> groups.add(new Group(name, group)));
            }
            case ONE_VS_REST -> {
                String focus = parameters.get(FOCUS);
                if (focus == null || focus.isBlank()) {
                    throw new IllegalArgumentException(NLS.bind(Messages.compareNeedsFocus, ONE_VS_REST));
                }
                BitSet mine = new BitSet();
                BitSet rest = new BitSet();
                String name = focus.strip();
                for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                    String municipality = dataset.municipality(row);
                    if (municipality.equalsIgnoreCase(name)) {
                        mine.set(row);
                        name = municipality;
                    } else {
                        rest.set(row);
                    }
                }
                groups.add(new Group(name, mine));
                groups.add(new Group(Messages.groupRest, rest));
            }
            default -> throw new IllegalArgumentException(NLS.bind(Messages.compareUnknown, mode,
                    String.join(", ", NONE, MUNICIPALITIES, ONE_VS_REST)));
        }
        groups.add(new Group(Messages.rowTotal, rows));
        return new Comparison(groups);
    }

    /** Whether there are groups besides the total, which then sum to it. */
    public boolean partitioned() {
        return groups.size() > 1;
    }

    /** The index of the total group. */
    public int totalIndex() {
        return groups.size() - 1;
    }

    /** The group's label as a prefix of a column header or group label: "Hudiksvall: ". */
    public String prefix(int group) {
        return groups.size() == 1 ? "" : groups.get(group).label() + ": ";
    }
}
