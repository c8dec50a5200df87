package se.isu.io.importer;

import org.eclipse.osgi.util.NLS;

import se.isu.io.internal.Messages;

/**
 * Something wrong with an imported file, pointed out for the registrar.
 *
 * @param file    the file's name
 * @param row     the row as a spreadsheet program numbers it, or 0 for the file as a whole
 * @param column  the column's header, or null for the row or file as a whole
 * @param value   the cell's value, or null; any personnummer in it, the column or the message is masked
 * @param message in Swedish
 */
public record ImportProblem(String file, int row, String column, String value, String message) {

    /** Masks personnummer wherever a cell's text may show: in the value, a header, or a message quoting a cell. */
    public ImportProblem {
        value = Personnummer.mask(value);
        column = Personnummer.mask(column);
        message = Personnummer.mask(message);
    }

    /** One line: where, what was there, and what is wrong. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(", ").append(NLS.bind(Messages.whereRow, row));
        }
        if (column != null) {
            where.append(", ").append(NLS.bind(Messages.whereColumn, column));
        }
        if (value != null && !value.isEmpty()) {
            where.append(", ").append(NLS.bind(Messages.whereValue, value));
        }
        return where + ": " + message;
    }
}
