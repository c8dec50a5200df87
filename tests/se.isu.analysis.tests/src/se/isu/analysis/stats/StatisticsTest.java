package se.isu.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/**
 * Expected values are worked out by hand from the Hyndman–Fan (1996) definitions, for the sorted sample
 * x1..xn: type 7 takes h = (n − 1)p + 1, type 6 takes h = (n + 1)p, and the quantile is
 * x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋), clamped to x1..xn. Each case's arithmetic is in its comment.
 */
class StatisticsTest {

    private static final double EPS = 1e-12;

    /** n = 8, sorted 1 3 4 8 10 11 15 21, given unsorted. */
    private static final double[] EIGHT = { 10, 1, 21, 4, 8, 15, 3, 11 };

    /** n = 10, sorted −20 2 4 4 5 7 9 10 12 30, given unsorted. */
    private static final double[] TEN = { 7, 30, 4, -20, 12, 2, 9, 4, 10, 5 };

    @Test
    void type7QuantilesMatchTheDefinition() {
        // p = .25: h = 7·.25 + 1 = 2.75 -> x2 + .75(x3 − x2) = 3 + .75 = 3.75
        assertEquals(3.75, Quantiles.quantile(EIGHT, 0.25, QuantileType.TYPE_7), EPS);
        // p = .5: h = 4.5 -> 8 + .5·2 = 9
        assertEquals(9.0, Quantiles.quantile(EIGHT, 0.5, QuantileType.TYPE_7), EPS);
        // p = .75: h = 6.25 -> 11 + .25·4 = 12
        assertEquals(12.0, Quantiles.quantile(EIGHT, 0.75, QuantileType.TYPE_7), EPS);
        // p = .1: h = 1.7 -> 1 + .7·2 = 2.4
        assertEquals(2.4, Quantiles.quantile(EIGHT, 0.1, QuantileType.TYPE_7), EPS);
        // p = 1: h = 8 -> x8 = 21; p = 0: x1 = 1
        assertEquals(21.0, Quantiles.quantile(EIGHT, 1, QuantileType.TYPE_7), EPS);
        assertEquals(1.0, Quantiles.quantile(EIGHT, 0, QuantileType.TYPE_7), EPS);
    }

    @Test
    void type6QuantilesMatchTheDefinition() {
        // p = .25: h = 9·.25 = 2.25 -> 3 + .25·1 = 3.25
        assertEquals(3.25, Quantiles.quantile(EIGHT, 0.25, QuantileType.TYPE_6), EPS);
        // p = .5: h = 4.5 -> 9
        assertEquals(9.0, Quantiles.quantile(EIGHT, 0.5, QuantileType.TYPE_6), EPS);
        // p = .75: h = 6.75 -> 11 + .75·4 = 14
        assertEquals(14.0, Quantiles.quantile(EIGHT, 0.75, QuantileType.TYPE_6), EPS);
        // p = .1: h = .9 < 1 -> clamped to x1 = 1
        assertEquals(1.0, Quantiles.quantile(EIGHT, 0.1, QuantileType.TYPE_6), EPS);
        // p = .95: h = 8.55 > 8 -> clamped to x8 = 21
        assertEquals(21.0, Quantiles.quantile(EIGHT, 0.95, QuantileType.TYPE_6), EPS);
    }

    @Test
    void quantilesLeaveTheInputUnsortedAndAnswerNaNForNoValues() {
        double[] copy = EIGHT.clone();
        Quantiles.quantile(copy, 0.5, QuantileType.TYPE_7);
        assertArrayEquals(EIGHT, copy);
        assertTrue(Double.isNaN(Quantiles.quantile(new double[0], 0.5, QuantileType.TYPE_7)));
    }

    @Test
    void boxStatisticsType7HaveTukeyWhiskersAtDataPoints() {
        BoxStatistics box = BoxStatistics.of(TEN, QuantileType.TYPE_7);
        // Q1: h = 9·.25 + 1 = 3.25 -> x3 + .25(x4 − x3) = 4 + 0 = 4
        assertEquals(4.0, box.q1(), EPS);
        // median: h = 5.5 -> 5 + .5·2 = 6
        assertEquals(6.0, box.median(), EPS);
        // Q3: h = 7.75 -> 9 + .75·1 = 9.75
        assertEquals(9.75, box.q3(), EPS);
        // IQR 5.75, fences 4 − 8.625 = −4.625 and 9.75 + 8.625 = 18.375: whiskers at the most extreme
        // observations inside them, 2 and 12 (not at the fences); −20 and 30 lie outside
        assertEquals(2.0, box.lowerWhisker(), EPS);
        assertEquals(12.0, box.upperWhisker(), EPS);
        assertArrayEquals(new double[] { -20, 30 }, box.outliers());
        assertEquals(10, box.n());
    }

    @Test
    void boxStatisticsType6() {
        BoxStatistics box = BoxStatistics.of(TEN, QuantileType.TYPE_6);
        // Q1: h = 11·.25 = 2.75 -> 2 + .75·2 = 3.5; Q3: h = 8.25 -> 10 + .25·2 = 10.5; median h = 5.5 -> 6
        assertEquals(3.5, box.q1(), EPS);
        assertEquals(6.0, box.median(), EPS);
        assertEquals(10.5, box.q3(), EPS);
        // IQR 7, fences −7 and 21
        assertEquals(2.0, box.lowerWhisker(), EPS);
        assertEquals(12.0, box.upperWhisker(), EPS);
        assertArrayEquals(new double[] { -20, 30 }, box.outliers());
    }

    @Test
    void boxWithoutOutliersReachesMinimumAndMaximum() {
        // 1 2 3 4 5, type 7: Q1 = 2, Q3 = 4, fences −1 and 7: everything inside
        BoxStatistics box = BoxStatistics.of(new double[] { 5, 1, 4, 2, 3 }, QuantileType.TYPE_7);
        assertEquals(1.0, box.lowerWhisker(), EPS);
        assertEquals(5.0, box.upperWhisker(), EPS);
        assertEquals(0, box.outliers().length);
    }

    @Test
    void descriptives() {
        // sum of EIGHT = 73, mean 9.125; median 9 (as above)
        Descriptives d = Descriptives.of(EIGHT);
        assertEquals(8, d.n());
        assertEquals(9.125, d.mean(), EPS);
        assertEquals(9.0, d.median(), EPS);
        assertEquals(1.0, d.min(), EPS);
        assertEquals(21.0, d.max(), EPS);
        assertTrue(Double.isNaN(Descriptives.of(new double[0]).mean()));
    }

    /**
     * Eight cases, options 1..3, counted by hand:
     * c0 {1}, c1 {1,2}, c2 {2}, c3 {1,2,3}, c4 {3}, c5 none, c6 {1}, c7 {2,3}.
     */
    private static final long[] MASKS = { 1 << 1, 1 << 1 | 1 << 2, 1 << 2, 1 << 1 | 1 << 2 | 1 << 3, 1 << 3, 0, 1 << 1,
            1 << 2 | 1 << 3 };
    private static final int[] CODES = { 1, 2, 3 };

    private static BitSet rows(int... rows) {
        BitSet set = new BitSet();
        for (int row : rows) {
            set.set(row);
        }
        return set;
    }

    @Test
    void coOccurrenceCountedByHand() {
        CoOccurrence m = CoOccurrence.of(MASKS, rows(0, 1, 2, 3, 4, 5, 6, 7), CODES);
        // totals: 1 in c0 c1 c3 c6 = 4; 2 in c1 c2 c3 c7 = 4; 3 in c3 c4 c7 = 3
        assertEquals(4, m.total(0));
        assertEquals(4, m.total(1));
        assertEquals(3, m.total(2));
        // pairs: {1,2} c1 c3 = 2; {1,3} c3 = 1; {2,3} c3 c7 = 2; symmetric
        assertEquals(2, m.together(0, 1));
        assertEquals(2, m.together(1, 0));
        assertEquals(1, m.together(0, 2));
        assertEquals(2, m.together(1, 2));
        assertEquals(2, m.together(2, 1));
        // alone: 1 in c0 c6 = 2; 2 in c2 = 1; 3 in c4 = 1
        assertEquals(2, m.alone(0));
        assertEquals(1, m.alone(1));
        assertEquals(1, m.alone(2));
        assertEquals(0.5, m.aloneRatio(0), EPS);
        assertEquals(0.25, m.aloneRatio(1), EPS);
        assertEquals(1.0 / 3, m.aloneRatio(2), EPS);
        // without c6 option 1 is chosen 3 times, once alone
        CoOccurrence without = CoOccurrence.of(MASKS, rows(0, 1, 2, 3, 4, 5, 7), CODES);
        assertEquals(3, without.total(0));
        assertEquals(1, without.alone(0));
    }

    @Test
    void multipleChoiceSharesAreSharesOfChildrenUnlessMentionsAreAsked() {
        BitSet all = rows(0, 1, 2, 3, 4, 5, 6, 7);
        // 7 children answered (c5 did not); 11 mentions: 1 + 2 + 1 + 3 + 1 + 1 + 2
        Frequencies children = Frequencies.multiple(MASKS, all, CODES, Frequencies.Denominator.CASES);
        assertArrayEquals(new long[] { 4, 4, 3 }, children.counts());
        assertEquals(7, children.denominator());
        assertEquals(4.0 / 7, children.share(0), EPS);
        Frequencies mentions = Frequencies.multiple(MASKS, all, CODES, Frequencies.Denominator.MENTIONS);
        assertEquals(11, mentions.denominator());
        assertEquals(3.0 / 11, mentions.share(2), EPS);
    }

    @Test
    void singleChoiceCountsAndCrossTable() {
        int missing = Frequencies.MISSING;
        int[] sex = { 1, 2, 1, 1, missing, 2, 3, 1 };
        int[] reason = { 1, 1, 2, missing, 1, 2, 2, 1 };
        BitSet all = rows(0, 1, 2, 3, 4, 5, 6, 7);
        Frequencies f = Frequencies.single(sex, all, new int[] { 1, 2, 3 });
        // 1: rows 0 2 3 7; 2: rows 1 5; 3: row 6; row 4 unanswered
        assertArrayEquals(new long[] { 4, 2, 1 }, f.counts());
        assertEquals(7, f.denominator());
        CrossTable t = CrossTable.of(sex, reason, all, new int[] { 1, 2 }, new int[] { 1, 2 });
        // sex 1 x reason 1: rows 0 7; 1 x 2: row 2; 2 x 1: row 1; 2 x 2: row 5 (row 3 lacks a reason,
        // row 4 a sex, row 6 has sex 3 which is not tabulated)
        assertEquals(2, t.count(0, 0));
        assertEquals(1, t.count(0, 1));
        assertEquals(1, t.count(1, 0));
        assertEquals(1, t.count(1, 1));
        assertEquals(3, t.rowTotal(0));
        assertEquals(2, t.columnTotal(1));
        assertEquals(5, t.total());
    }

    @Test
    void ratesPerThousandChildren() {
        // 37 cases among 4,625 children: 37 / 4625 · 1000 = 8
        assertEquals(8.0, Rates.perThousand(37, 4625), EPS);
        assertTrue(Double.isNaN(Rates.perThousand(3, 0)));
    }
}
