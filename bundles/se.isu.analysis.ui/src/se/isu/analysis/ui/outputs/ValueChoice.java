package se.isu.analysis.ui.outputs;

/** Which columns of a table a bar or line chart draws. */
public enum ValueChoice {
    /** Shares (measures, in percent) when the table has them, else counts. */
    AUTO,
    /** The columns of measures. */
    SHARES,
    /** The columns of counts. */
    COUNTS;

    public static ValueChoice of(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return AUTO;
        }
        return switch (attribute.strip()) {
            case "shares" -> SHARES;
            case "counts" -> COUNTS;
            default -> throw new IllegalArgumentException("values must be shares or counts, not " + attribute);
        };
    }
}
