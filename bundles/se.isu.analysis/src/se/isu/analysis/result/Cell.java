package se.isu.analysis.result;

/** One cell of a result table: what an analysis computed, or what disclosure control left of it. */
public sealed interface Cell {

    /** A number of cases. Disclosure control masks small ones. */
    record Count(long value) implements Cell {
    }

    /**
     * A measure computed over a group of cases (a mean, median, minimum, maximum or share). Disclosure
     * control suppresses it when the group is smaller than the threshold, because it can reveal the
     * values of single children.
     *
     * @param decimals  how many decimals to show
     * @param groupSize the number of cases the measure is computed over
     */
    record Measure(double value, int decimals, long groupSize) implements Cell {
    }

    /** A label or a note. */
    record Text(String value) implements Cell {
    }

    /** Nothing to show, e.g. a measure of an empty group. */
    record Empty() implements Cell {
    }

    /**
     * What disclosure control shows instead of a value.
     *
     * @param shown  what the user sees, e.g. "≤4"
     * @param reason why, in words for the user
     */
    record Masked(String shown, String reason) implements Cell {
    }
}
