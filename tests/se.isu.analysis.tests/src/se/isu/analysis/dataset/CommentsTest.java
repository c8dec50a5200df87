package se.isu.analysis.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The dataset's dictionary of comment texts: each distinct text once, a code per row. */
class CommentsTest {

    @Test
    void eachDistinctTextOnceAndACodePerRow() {
        // Equal texts that are different String objects, as the store reads them, share one code.
        String[] byRow = { null, "Marte meo", new String("COS"), "Marte meo", null, new String("Marte meo"), "COS", "" };
        Comments comments = Comments.of(byRow);
        assertEquals(List.of("Marte meo", "COS", ""), comments.texts());
        assertArrayEquals(new int[] { Comments.NONE, 0, 1, 0, Comments.NONE, 0, 1, 2 }, comments.codes());
        assertArrayEquals(byRow, comments.toArray());
        assertNull(comments.text(0));
        assertEquals("COS", comments.text(6));
        assertEquals(0, Comments.of(new String[3]).texts().size());
    }

    @Test
    void manyRowsReadInTwoHalvesGiveTheDictionaryOfOnePass() {
        // More rows than a split needs; texts that first occur in the second half, and in both.
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        String[] byRow = new String[300_001];
        for (int row = 0; row < byRow.length; row++) {
            int kind = random.nextInt(row < 150_000 ? 40 : 60);
            byRow[row] = kind < 5 ? null : new String("Metod " + kind);
        }
        Comments two = Comments.of(byRow);
        Comments one = se.isu.analysis.stats.Parallel.sequentially(() -> Comments.of(byRow));
        assertEquals(one.texts(), two.texts());
        assertArrayEquals(one.codes(), two.codes());
        assertArrayEquals(byRow, two.toArray());
        assertEquals(55, two.texts().size());
    }
}
