package se.isu.store;

/**
 * How many cases of one batch were new, how many replaced stored ones, and how many were stored
 * already exactly as given and were left as they were.
 */
public record ImportResult(int created, int updated, int unchanged) {

    /** A result with no unchanged cases. */
    public ImportResult(int created, int updated) {
        this(created, updated, 0);
    }

    /** Every case of the batch: created, updated and unchanged. */
    public int total() {
        return created + updated + unchanged;
    }
}
