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

    /**
     * The dictionary of comments given per row (null where none): each distinct text gets a code once, in
     * the order of its first row. Many rows are read in two halves on two threads, the second half's codes
     * then renumbered into the first's.
     */
    public static Comments of(String[] byRow) {
        int words = (byRow.length + 63) >> 6;
        Part whole = se.isu.analysis.stats.Parallel.split(words,
                (from, to) -> Part.of(byRow, from << 6, Math.min(to << 6, byRow.length)), Part::append);
        return new Comments(whole.codes, whole.texts);
    }

    /** The dictionary of a range of rows. */
    private static final class Part {
        private final int[] codes;
        private final List<String> texts;
        private final java.util.Map<String, Integer> codeOf;

        private Part(int[] codes, List<String> texts, java.util.Map<String, Integer> codeOf) {
            this.codes = codes;
            this.texts = texts;
            this.codeOf = codeOf;
        }

        static Part of(String[] byRow, int from, int to) {
            java.util.Map<String, Integer> codeOf = new java.util.HashMap<>();
            List<String> texts = new java.util.ArrayList<>();
            int[] codes = new int[to - from];
            String previous = null;
            int previousCode = NONE;
            for (int row = from; row < to; row++) {
                String text = byRow[row];
                if (text == null) {
                    codes[row - from] = NONE;
                    continue;
                }
                if (!text.equals(previous)) {
                    previous = text;
                    previousCode = codeOf.computeIfAbsent(text, t -> {
                        texts.add(t);
                        return texts.size() - 1;
                    });
                }
                codes[row - from] = previousCode;
            }
            return new Part(codes, texts, codeOf);
        }

        /** This part's rows, then the next part's, its texts renumbered after this part's. */
        Part append(Part next) {
            int[] renumbered = new int[next.texts.size()];
            for (int i = 0; i < renumbered.length; i++) {
                String text = next.texts.get(i);
                renumbered[i] = codeOf.computeIfAbsent(text, t -> {
                    texts.add(t);
                    return texts.size() - 1;
                });
            }
            int[] all = java.util.Arrays.copyOf(codes, codes.length + next.codes.length);
            for (int i = 0; i < next.codes.length; i++) {
                int code = next.codes[i];
                all[codes.length + i] = code == NONE ? NONE : renumbered[code];
            }
            return new Part(all, texts, codeOf);
        }
    }
}
