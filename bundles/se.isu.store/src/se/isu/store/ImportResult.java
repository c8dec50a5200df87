package se.isu.store;

/** How many cases of one batch were new, and how many replaced stored ones. */
public record ImportResult(int created, int updated) {
    public int total() {
        return created + updated;
    }
}
