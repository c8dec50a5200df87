package se.isu.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.importer.Importer;
import se.isu.io.importer.RowHandler;
import se.isu.io.internal.Messages;

/**
 * Reads CSV files as Swedish offices write them: Excel's "CSV (semikolonavgränsad)" in Windows-1252,
 * or comma-separated UTF-8 with or without a byte order mark. Separator and character set are found
 * from the file itself.
 */
public final class CsvImporter implements Importer {

    /** More columns than any form has questions and options: a row this wide is not case data. */
    public static final int MAX_COLUMNS = 2000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public ImportSource open(Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(new ImportProblem(name, 0, null, null, Messages.emptyFile));
            }
            byte[] head = new byte[(int) Math.min(size, SNIFF_BYTES)];
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(head.length);
            }
            for (byte b : head) {
                // Text never holds NUL; a spreadsheet, archive or image renamed .csv does.
                if (b == 0) {
                    throw new ImportException(new ImportProblem(name, 0, null, null, Messages.notText));
                }
            }
            boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
            Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String firstLine = new String(head, charset).lines().findFirst().orElse("");
            char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
            return new CsvSource(file, charset, bom, delimiter);
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(name, 0, null, null, NLS.bind(Messages.unreadable, e.getMessage())), e);
        }
    }

    /** Whether the whole file decodes as UTF-8, read in blocks so a large file is never held whole. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(SNIFF_BYTES);
            CharBuffer chars = CharBuffer.allocate(SNIFF_BYTES);
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private record CsvSource(Path file, Charset charset, boolean bom, char delimiter) implements ImportSource {

        private CSVFormat format() {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        }

        @Override
        public void read(RowHandler handler) throws ImportException {
            String name = file.getFileName().toString();
            try (Reader reader = new BufferedReader(Files.newBufferedReader(file, charset));
                    CSVParser parser = CSVParser.parse(reader, format())) {
                int row = 0;
                for (CSVRecord record : parser) {
                    row++;
                    if (record.size() > MAX_COLUMNS) {
                        throw new ImportException(new ImportProblem(name, row, null, null,
                                NLS.bind(Messages.tooManyColumns, record.size(), MAX_COLUMNS)));
                    }
                    // The record's own copy of its values: iterating a record streams them into a new list.
                    String[] cells = record.values();
                    if (row == 1 && bom && cells.length > 0) {
                        cells[0] = stripBom(cells[0]);
                    }
                    handler.row(row, Arrays.asList(cells));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new ImportException(new ImportProblem(name, 0, null, null, NLS.bind(Messages.csvBroken, e.getMessage())), e);
            }
        }

        private static String stripBom(String cell) {
            return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
        }

        @Override
        public void write(Path target, List<String> header, List<List<String>> rows) throws ImportException {
            try {
                Path folder = target.toAbsolutePath().getParent();
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
                try {
                    try (Writer writer = Files.newBufferedWriter(partial, charset);
                            CSVPrinter printer = new CSVPrinter(writer, format())) {
                        if (bom) {
                            writer.write('\uFEFF');
                        }
                        printer.printRecord(header);
                        for (List<String> row : rows) {
                            printer.printRecord(row);
                        }
                    }
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException e) {
                throw new ImportException(new ImportProblem(target.getFileName().toString(), 0, null, null,
                        NLS.bind(Messages.writeFailed, e.getMessage())), e);
            }
        }
    }
}
