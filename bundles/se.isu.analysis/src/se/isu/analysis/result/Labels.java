package se.isu.analysis.result;

import se.isu.analysis.internal.Messages;

/**
 * The labels the built-in analyses give their standard rows and columns, in the user's language. For
 * those who draw or lay out results and treat these apart: a chart leaves the total rows out of its
 * categories, and picks its bars by the kind of column.
 */
public final class Labels {

    private Labels() {
    }

    /** The row (or column) of totals: "Totalt". */
    public static String total() {
        return Messages.rowTotal;
    }

    /** The row that counts the children behind a table of multiple choices: "Antal barn". */
    public static String children() {
        return Messages.rowChildren;
    }

    /** A column of counts: "Antal". */
    public static String count() {
        return Messages.columnCount;
    }

    /** A column of percentages: "Andel (%)". */
    public static String share() {
        return Messages.columnShare;
    }

    /** A column of median lengths in days: "Median (dagar)". */
    public static String medianDays() {
        return Messages.columnMedianDays;
    }

    /** Whether a row with this header sums or counts the others rather than being a category of its own. */
    public static boolean isSummaryRow(String header) {
        return total().equals(header) || children().equals(header);
    }
}
