package se.isu.store;

/** What a save did with a case id. */
public enum SaveOutcome {
    /** The case id was new for its municipality and form. */
    CREATED,
    /** A case with the same id was replaced. */
    UPDATED
}
