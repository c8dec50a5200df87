package se.isu.io.xlsx;

import java.util.List;

/** Receives the rows of a sheet, in order, from {@link XlsxSheetReader}. */
@FunctionalInterface
public interface XlsxRowHandler {

    /**
     * One row of the sheet.
     *
     * @param rowNumber the row number as the spreadsheet program shows it (the first row is 1)
     * @param cells the cells' text as the spreadsheet program shows it, empty cells as "", up to the
     *            last non-empty cell of the row
     */
    void row(int rowNumber, List<String> cells);
}
