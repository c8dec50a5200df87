package se.isu.io.importer;

import java.nio.file.Path;
import java.util.List;

/** A table file opened by an {@link Importer}: its rows can be read more than once, one at a time. */
public interface ImportSource {

    /** The file read. */
    Path file();

    /**
     * Hands every row of the table to {@code handler}, in order, header row included, without holding
     * the file in memory.
     *
     * @throws ImportException when the file cannot be read to its end
     */
    void read(RowHandler handler) throws ImportException;

    /**
     * Writes a table in the same format as this file (separator and character set for CSV), for the
     * quarantine of rejected rows.
     */
    void write(Path target, List<String> header, List<List<String>> rows) throws ImportException;
}
