package se.isu.product.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes SU-X 2021 case files as a municipality would send them: a CSV file ({@code ;}, UTF-8) or an
 * Excel workbook written by POI's streaming SXSSF, so a million rows never sit in memory. Every row is
 * valid for the form (required answers, age 0–20, dates in order, at most three problems, no option
 * that asks for a comment); the rows are deterministic for a seed, and the case ids are
 * {@code <prefix>-<row number, 7 digits>}.
 * <p>
 * From the command line: {@code SuxFiles csv|xlsx ROWS FILE [ID-PREFIX [SEED]]}.
 */
public final class SuxFiles {

    /** The columns, by variable id, as {@code isu import} maps them automatically. */
    public static final List<String> HEADER = List.of("arende_id", "alder", "kon", "fodelseland", "aktualiseringsdatum",
            "startdatum", "tidigare_aktuell", "problematik", "insatser", "avslutsdatum", "avslutsorsak");

    /** Problem codes of SU-X 2021 that need no comment (15, "annan", does; 6 and 13 are retired). */
    private static final int[] PROBLEMS = { 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14 };
    /** Intervention codes of SU-X 2021 that need no comment. */
    private static final int[] INTERVENTIONS = { 3, 4 };
    /** Closing reasons that need no comment; 5 is "the intervention never started". */
    private static final int[] REASONS = { 1, 1, 1, 3, 4, 5 };
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private SuxFiles() {
    }

    /** One generated case. {@code start} is null and {@code interventions} empty when it never started. */
    public record Case(String caseId, int age, int sex, int born, LocalDate referred, LocalDate start, int earlier,
            List<Integer> problems, List<Integer> interventions, LocalDate closed, int reason) {

        /** The row's cells as text, in {@link SuxFiles#HEADER} order. */
        public List<String> cells() {
            return List.of(caseId, Integer.toString(age), Integer.toString(sex), Integer.toString(born), referred.toString(),
                    start == null ? "" : start.toString(), Integer.toString(earlier), join(problems), join(interventions),
                    closed.toString(), Integer.toString(reason));
        }

        private static String join(List<Integer> codes) {
            return codes.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** The cases of a file, one at a time. */
    public static final class Cases {
        private final SplittableRandom random;
        private final String prefix;
        private int number;

        public Cases(String idPrefix, long seed) {
            this.random = new SplittableRandom(seed);
            this.prefix = idPrefix;
        }

        public Case next() {
            number++;
            LocalDate referred = FIRST.plusDays(random.nextInt(600));
            int reason = REASONS[random.nextInt(REASONS.length)];
            LocalDate start = null;
            List<Integer> interventions = List.of();
            LocalDate closed;
            if (reason == 5) {
                closed = referred.plusDays(7 + random.nextInt(60));
            } else {
                start = referred.plusDays(random.nextInt(45));
                closed = start.plusDays(14 + random.nextInt(400));
                interventions = random.nextInt(4) == 0 ? List.of(3, 4) : List.of(INTERVENTIONS[random.nextInt(2)]);
            }
            TreeSet<Integer> problems = new TreeSet<>();
            int count = 1 + random.nextInt(3);
            while (problems.size() < count) {
                problems.add(PROBLEMS[random.nextInt(PROBLEMS.length)]);
            }
            return new Case(String.format(Locale.ROOT, "%s-%07d", prefix, number), random.nextInt(21), 1 + random.nextInt(3),
                    1 + random.nextInt(6), referred, start, 1 + random.nextInt(4), new ArrayList<>(problems), interventions,
                    closed, reason);
        }
    }

    /** Writes {@code rows} cases as CSV: {@code ;} between cells, UTF-8 without byte order mark. */
    public static void writeCsv(Path file, int rows, String idPrefix, long seed) throws IOException {
        Cases cases = new Cases(idPrefix, seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", HEADER));
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(String.join(";", cases.next().cells()));
                out.write('\n');
            }
        }
    }

    /**
     * Writes {@code rows} cases as an .xlsx workbook of one sheet through SXSSF (100 rows in memory):
     * numbers as numeric cells, dates as date cells formatted ÅÅÅÅ-MM-DD, multiple choices as text.
     */
    public static void writeXlsx(Path file, int rows, String idPrefix, long seed) throws IOException {
        Cases cases = new Cases(idPrefix, seed);
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("\u00c4renden");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Case next = cases.next();
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(next.caseId());
                row.createCell(1).setCellValue(next.age());
                row.createCell(2).setCellValue(next.sex());
                row.createCell(3).setCellValue(next.born());
                dateCell(row, 4, next.referred(), date);
                if (next.start() != null) {
                    dateCell(row, 5, next.start(), date);
                }
                row.createCell(6).setCellValue(next.earlier());
                row.createCell(7).setCellValue(Case.join(next.problems()));
                if (!next.interventions().isEmpty()) {
                    row.createCell(8).setCellValue(Case.join(next.interventions()));
                }
                dateCell(row, 9, next.closed(), date);
                row.createCell(10).setCellValue(next.reason());
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 5 || !(args[0].equals("csv") || args[0].equals("xlsx"))) {
            System.err.println("usage: SuxFiles csv|xlsx ROWS FILE [ID-PREFIX [SEED]]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
        Path file = Path.of(args[2]);
        String prefix = args.length > 3 ? args[3] : "A";
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 2021;
        if (args[0].equals("csv")) {
            writeCsv(file, rows, prefix, seed);
        } else {
            writeXlsx(file, rows, prefix, seed);
        }
    }
}
