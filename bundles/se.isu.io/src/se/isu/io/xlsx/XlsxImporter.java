package se.isu.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.eclipse.osgi.util.NLS;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.importer.Importer;
import se.isu.io.importer.RowHandler;
import se.isu.io.internal.Messages;
import se.isu.io.internal.Threads;

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
     * <p>
     * Called for every numeric cell of the sheet, so what POI would work out again for each cell is
     * kept: whether a format is a date format (by format index and string), and whole numbers in the
     * General format and whole-day dates are written directly, as POI writes them.
     */
    static final class IsoDateFormatter extends DataFormatter {
        /** Day 0 of Excel's serial dates for days from 1 March 1900, after its 1900 leap-year error. */
        private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
        private static final int CACHED_FORMATS = 1024;

        private final String[] formatStrings = new String[CACHED_FORMATS];
        private final boolean[] dateFormats = new boolean[CACHED_FORMATS];

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (isDateFormat(formatIndex, formatString)) {
                if (!use1904Windowing && value >= 61 && value < 2_958_466 && value == Math.rint(value)) {
                    return EXCEL_EPOCH.plusDays((long) value).toString();
                }
                if (DateUtil.isValidExcelDate(value)) {
                    return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
                }
            } else if ((formatIndex == 0 || "General".equals(formatString)) && value == Math.rint(value) && value >= 0
                    && value < 1e11 && Double.doubleToRawLongBits(value) != Long.MIN_VALUE) {
                // Excel's General shows a whole number below 10^11 with all its digits and no decimals. (Negative
                // ones are left to POI, whose minus sign follows the locale.)
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        private boolean isDateFormat(int formatIndex, String formatString) {
            if (formatIndex < 0 || formatIndex >= CACHED_FORMATS || formatString == null) {
                return DateUtil.isADateFormat(formatIndex, formatString);
            }
            if (!formatString.equals(formatStrings[formatIndex])) {
                dateFormats[formatIndex] = DateUtil.isADateFormat(formatIndex, formatString);
                formatStrings[formatIndex] = formatString;
            }
            return dateFormats[formatIndex];
        }
    }

    /** Stops the parsing thread's SAX parse when the rows are no longer wanted. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** One row as the parsing thread read it. */
    private record SheetRow(int number, List<String> cells) {
    }

    /** Why the parsing thread stopped before the end of the sheet. */
    private record Failure(Throwable cause) {
    }

    private record XlsxSource(Path file) implements ImportSource {

        /** Rows handed from the parsing thread at a time. */
        private static final int BATCH = 256;
        private static final Object END = new Object();

        /**
         * Parses the sheet (unzipping, SAX, formatting the cells) on a thread of its own, while the
         * handler gets the rows before on the calling thread, in order: on two cores the parse no longer
         * waits for what the handler does with each row, and the other way round.
         */
        @Override
        public void read(RowHandler handler) throws ImportException {
            String name = file.getFileName().toString();
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
            AtomicBoolean stopped = new AtomicBoolean();
            Thread parser = new Thread(() -> parse(queue, stopped), "isu-xlsx " + name);
            parser.setDaemon(true);
            parser.start();
            try {
                while (true) {
                    Object next = take(queue, name);
                    if (next == END) {
                        return;
                    }
                    if (next instanceof Failure failure) {
                        if (failure.cause() instanceof Error error) {
                            throw error;
                        }
                        throw new ImportException(new ImportProblem(name, 0, null, null, Messages.xlsxBroken), failure.cause());
                    }
                    for (Object item : (List<?>) next) {
                        SheetRow row = (SheetRow) item;
                        if (row.cells().size() > MAX_COLUMNS) {
                            throw new ImportException(new ImportProblem(name, row.number(), null, null,
                                    NLS.bind(Messages.tooManyColumns, row.cells().size(), MAX_COLUMNS)));
                        }
                        handler.row(row.number(), row.cells());
                    }
                }
            } finally {
                stopped.set(true);
                queue.clear();
                parser.interrupt();
                Threads.joinUninterruptibly(parser);
            }
        }

        /** The parsing thread: batches of rows, then the end or why there is none. */
        private void parse(BlockingQueue<Object> queue, AtomicBoolean stopped) {
            List<SheetRow> batch = new ArrayList<>(BATCH);
            try {
                XlsxSheetReader.readFirstSheet(file, (rowNumber, cells) -> {
                    if (stopped.get()) {
                        throw new Stop();
                    }
                    batch.add(new SheetRow(rowNumber, cells));
                    if (batch.size() == BATCH) {
                        put(queue, List.copyOf(batch), stopped);
                        batch.clear();
                    }
                }, new IsoDateFormatter());
                put(queue, List.copyOf(batch), stopped);
                put(queue, END, stopped);
            } catch (IOException | RuntimeException | Error e) {
                if (!stopped.get()) {
                    try {
                        put(queue, new Failure(e), stopped);
                    } catch (Stop nobodyWaits) {
                        // The handler stopped reading meanwhile.
                    }
                }
            }
        }

        private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
            try {
                while (!stopped.get() && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    // wait for the handler to take a batch, or to stop
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped.set(true);
            }
            if (stopped.get()) {
                throw new Stop();
            }
        }

        private Object take(BlockingQueue<Object> queue, String name) throws ImportException {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException(new ImportProblem(name, 0, null, null, Messages.cancelled), e);
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
