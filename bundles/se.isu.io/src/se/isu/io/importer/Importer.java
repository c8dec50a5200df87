package se.isu.io.importer;

import java.nio.file.Path;

/**
 * Reads one kind of table file (CSV, XLSX, ...) row by row, for the case import. Contributed through
 * the extension point {@value ImporterRegistry#EXTENSION_POINT}; an implementation needs a public
 * no-argument constructor.
 */
public interface Importer {

    /**
     * Opens {@code file} and finds how it is written (separator, character set, ...), without reading
     * it whole.
     *
     * @throws ImportException when the file cannot be read as this kind of table; the message is in
     *             Swedish, for the registrar
     */
    ImportSource open(Path file) throws ImportException;
}
