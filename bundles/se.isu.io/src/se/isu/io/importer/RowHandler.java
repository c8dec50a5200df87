package se.isu.io.importer;

import java.util.List;

/** Receives the rows of a table file, in order. */
@FunctionalInterface
public interface RowHandler {

    /**
     * One row.
     *
     * @param rowNumber the row as a spreadsheet program numbers it, the first row of the file being 1
     * @param cells the cells' text, empty cells as ""; a list the handler does not change (it may not allow it)
     * @throws ImportException to stop reading: the reader passes it on unchanged
     */
    void row(int rowNumber, List<String> cells) throws ImportException;
}
