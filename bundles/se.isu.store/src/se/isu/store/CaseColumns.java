package se.isu.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Cases of one form version read column by column into arrays, for analyses that hold a million
 * cases in memory: one primitive array per question instead of one object per answer.
 * <p>
 * Integer answers, single-choice codes and dates (as epoch days) are {@code int[]} with
 * {@link #MISSING} where there is no answer. A multiple choice is a {@code long[]} bit mask (bit
 * {@code code} set when the option was chosen) when every code of the question lies in 0..62, else
 * {@code int[][]} with the sorted codes of each case ({@code null} when none). Texts and comments are
 * {@code String[]} with {@code null} where there is none.
 */
public final class CaseColumns {

    /** The value of an int column where the case has no answer. */
    public static final int MISSING = Integer.MIN_VALUE;

    private final String formId;
    private final String formVersion;
    private final int size;
    private final String[] municipalities;
    private final String[] units;
    private final String[] caseIds;
    private final boolean[] drafts;
    private final Map<String, Object> columns;
    private final Map<String, String[]> comments;

    /**
     * @param columns  by variable id: {@code int[]}, {@code long[]}, {@code int[][]} or {@code String[]}
     * @param comments by {@link #commentKey(String, int)}
     */
    public CaseColumns(String formId, String formVersion, int size, String[] municipalities, String[] units,
            String[] caseIds, boolean[] drafts, Map<String, Object> columns, Map<String, String[]> comments) {
        this.formId = formId;
        this.formVersion = formVersion;
        this.size = size;
        this.municipalities = municipalities;
        this.units = units;
        this.caseIds = caseIds;
        this.drafts = drafts;
        this.columns = Map.copyOf(columns);
        this.comments = Map.copyOf(comments);
    }

    public static String commentKey(String variableId, int code) {
        return variableId + '#' + code;
    }

    public String formId() {
        return formId;
    }

    public String formVersion() {
        return formVersion;
    }

    /** The number of cases. */
    public int size() {
        return size;
    }

    /** Municipality names by row; equal names are the same String instance. */
    public String[] municipalities() {
        return municipalities;
    }

    public String[] units() {
        return units;
    }

    public String[] caseIds() {
        return caseIds;
    }

    public boolean[] drafts() {
        return drafts;
    }

    /** The variable ids that have a column. */
    public java.util.Set<String> variableIds() {
        return columns.keySet();
    }

    /** An integer, single-choice or date question's column (dates as epoch days). */
    public int[] ints(String variableId) {
        return column(variableId, int[].class);
    }

    /** A date answer of one row, or null. */
    public LocalDate date(String variableId, int row) {
        int day = ints(variableId)[row];
        return day == MISSING ? null : LocalDate.ofEpochDay(day);
    }

    /** Whether a multiple-choice question is held as a bit mask ({@link #bits}) or as code arrays. */
    public boolean hasBits(String variableId) {
        return columns.get(variableId) instanceof long[];
    }

    /** A multiple-choice question whose codes all lie in 0..62, as one bit mask per case. */
    public long[] bits(String variableId) {
        return column(variableId, long[].class);
    }

    /** A multiple-choice question's codes for one row, sorted; empty when none was chosen. */
    public int[] codes(String variableId, int row) {
        Object column = columns.get(variableId);
        if (column instanceof long[] masks) {
            long mask = masks[row];
            int[] codes = new int[Long.bitCount(mask)];
            for (int i = 0; mask != 0; i++) {
                codes[i] = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
            }
            return codes;
        }
        int[] codes = column(variableId, int[][].class)[row];
        return codes == null ? new int[0] : codes;
    }

    /** A text question's column. */
    public String[] texts(String variableId) {
        return column(variableId, String[].class);
    }

    /** The comments given to one option, by row; null when the form asks for none. */
    public String[] comments(String variableId, int code) {
        return comments.get(commentKey(variableId, code));
    }

    private <T> T column(String variableId, Class<T> type) {
        Object column = columns.get(Objects.requireNonNull(variableId, "variableId"));
        if (column == null) {
            throw new IllegalArgumentException("no column " + variableId + " in " + formId + " " + formVersion);
        }
        if (!type.isInstance(column)) {
            throw new IllegalArgumentException(variableId + " is held as " + column.getClass().getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        return type.cast(column);
    }
}
