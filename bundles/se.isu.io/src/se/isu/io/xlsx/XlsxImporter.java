package se.isu.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.eclipse.osgi.util.NLS;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.importer.Importer;
import se.isu.io.importer.RowHandler;
import se.isu.io.internal.Messages;

/** Reads the first sheet of an .xlsx file through the streaming {@link XlsxSheetReader}. */
public final class XlsxImporter implements Importer {

    /** Column count beyond which a row is not case data; the same as the CSV importer's. */
    public static final int MAX_COLUMNS = se.isu.io.csv.CsvImporter.MAX_COLUMNS;

    @Override
    public ImportSource open(Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(new ImportProblem(name, 0, null, null, Messages.emptyFile));
            }
            byte[] magic;
            try (InputStream in = Files.newInputStream(file)) {
                magic = in.readNBytes(4);
            }
            // An .xlsx is a zip archive; anything else would only fail deeper in POI with a vaguer message.
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new ImportException(new ImportProblem(name, 0, null, null, Messages.notXlsx));
            }
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(name, 0, null, null, NLS.bind(Messages.unreadable, e.getMessage())), e);
        }
        return new XlsxSource(file);
    }

    /**
     * Shows date cells as ÅÅÅÅ-MM-DD whatever their display format: Excel's default date format is
     * month first (3/1/21), which would read as the first of March or the third of January by locale.
     */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Carries a handler's stop through POI's SAX callbacks, which cannot throw checked exceptions. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(Exception cause) {
            super(cause);
        }
    }

    private record XlsxSource(Path file) implements ImportSource {

        @Override
        public void read(RowHandler handler) throws ImportException {
            String name = file.getFileName().toString();
            try {
                XlsxSheetReader.readFirstSheet(file, (rowNumber, cells) -> {
                    try {
                        if (cells.size() > MAX_COLUMNS) {
                            throw new ImportException(new ImportProblem(name, rowNumber, null, null,
                                    NLS.bind(Messages.tooManyColumns, cells.size(), MAX_COLUMNS)));
                        }
                        handler.row(rowNumber, cells);
                    } catch (ImportException | RuntimeException e) {
                        throw new Stop(e);
                    }
                }, new IsoDateFormatter());
            } catch (IOException | RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof Stop stop) {
                        // The handler's own stop, passed on as the handler threw it.
                        if (stop.getCause() instanceof ImportException handlerStop) {
                            throw handlerStop;
                        }
                        throw (RuntimeException) stop.getCause();
                    }
                }
                throw new ImportException(new ImportProblem(name, 0, null, null, Messages.xlsxBroken), e);
            }
        }

        @Override
        public void write(Path target, List<String> header, List<List<String>> rows) throws ImportException {
            try {
                XlsxTableWriter.write(target, Messages.quarantineSheet, header, rows);
            } catch (IOException | RuntimeException e) {
                throw new ImportException(new ImportProblem(target.getFileName().toString(), 0, null, null,
                        NLS.bind(Messages.writeFailed, e.getMessage())), e);
            }
        }
    }
}
