package se.isu.analysis.dataset;

import java.util.List;

/**
 * The free-text comments to one option of a choice question as a dictionary: each distinct text once
 * ({@link #texts()}), and per row the index of its text, or {@link #NONE}. Comments repeat (a
 * municipality writes its few method names again and again), so an analysis reads each distinct text
 * once and works on the codes per row.
 *
 * @param codes per row of the dataset, an index into {@code texts} or {@link #NONE}
 * @param texts the distinct texts, in the order of their first row
 */
public record Comments(int[] codes, List<String> texts) {

    /** The code of a row without a comment. */
    public static final int NONE = -1;

    public Comments {
        texts = List.copyOf(texts);
    }

    /** The comment of a row, or null. */
    public String text(int row) {
        int code = codes[row];
        return code == NONE ? null : texts.get(code);
    }

    /** Per row its comment, null where there is none. */
    public String[] toArray() {
        String[] out = new String[codes.length];
        for (int row = 0; row < codes.length; row++) {
            out[row] = text(row);
        }
        return out;
    }

    /** The dictionary of comments given per row (null where none): each distinct text gets a code once. */
    public static Comments of(String[] byRow) {
        java.util.Map<String, Integer> codeOf = new java.util.HashMap<>();
        java.util.List<String> texts = new java.util.ArrayList<>();
        int[] codes = new int[byRow.length];
        String previous = null;
        int previousCode = NONE;
        for (int row = 0; row < byRow.length; row++) {
            String text = byRow[row];
            if (text == null) {
                codes[row] = NONE;
                continue;
            }
            if (!text.equals(previous)) {
                previous = text;
                previousCode = codeOf.computeIfAbsent(text, t -> {
                    texts.add(t);
                    return texts.size() - 1;
                });
            }
            codes[row] = previousCode;
        }
        return new Comments(codes, texts);
    }
}
