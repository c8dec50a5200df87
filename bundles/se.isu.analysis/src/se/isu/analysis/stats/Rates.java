package se.isu.analysis.stats;

/**
 * Rates per 1,000 children of the population, where population figures exist (e.g. children 0–20 per
 * municipality). A rate shown beside a known population gives its count away, so a table should give
 * a rate cell the count as its group size, and disclosure control then hides the rate whenever it
 * would hide the count.
 */
public final class Rates {

    private Rates() {
    }

    /** {@code count} per 1,000 of {@code population}; NaN when the population is not positive. */
    public static double perThousand(long count, long population) {
        return population <= 0 ? Double.NaN : 1000.0 * count / population;
    }
}
