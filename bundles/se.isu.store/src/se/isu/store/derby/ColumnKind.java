package se.isu.store.derby;

/** How one question, or one option's comment, is laid out in a form version's table. */
enum ColumnKind {
    /** An integer answer: INT. */
    INTEGER("INT"),
    /**
     * A date answer: INT yyyymmdd. Derby converts every DATE through a Calendar on the way in and out,
     * which costs more than the rest of the row; an int is read straight into an analysis' arrays, still
     * sorts as a date, and its year is {@code column / 10000}.
     */
    DATE("INT"),
    /** A free-text answer: VARCHAR of the question's maximum length. */
    TEXT("VARCHAR"),
    /** A single choice: the option's code as INT. */
    SINGLE("INT"),
    /** A multiple choice whose codes all lie in 0..62 (bit 63 would make the mask negative): one BIGINT with bit {@code code} per chosen option. */
    BITS("BIGINT"),
    /**
     * A multiple choice with a code outside 0..62: the number of chosen options as INT here (null when
     * the question was not answered), the codes in the version's side table.
     */
    SIDE("INT"),
    /** The comment to an option that asks for one: VARCHAR. */
    COMMENT("VARCHAR");

    final String sqlType;

    ColumnKind(String sqlType) {
        this.sqlType = sqlType;
    }
}
