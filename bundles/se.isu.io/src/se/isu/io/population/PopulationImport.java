package se.isu.io.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.population.PopulationSummary.Outcome;
import se.isu.io.population.PopulationSummary.SumMismatch;
import se.isu.store.StoreException;
import se.isu.store.population.AgeBand;
import se.isu.store.population.PopulationFigure;
import se.isu.store.population.PopulationResult;
import se.isu.store.population.PopulationStore;

/**
 * Imports population figures (aggregate: a number of people per municipality or city district, year
 * and age band) from a CSV or XLSX file, so that analyses can give rates per 1,000 children.
 * <p>
 * The header row names the columns: {@code Kommun}, optionally {@code Stadsdel}, {@code År},
 * {@code Åldersgrupp} (or an age band in the count's header, as in "Antal personer i befolkningen
 * 0-20 år") and {@code Antal}. A row without a district, or whose district reads "Totalt", "Staden
 * totalt" or "Summa", is the municipality's total; when the file also gives that municipality's
 * districts for the same year and band, their sum is compared with the total, and a difference is
 * reported as a warning naming the file, the row, the value, the stated total and the actual sum. The
 * figures are stored as written, warnings or not; a row that cannot be read stops the whole file.
 */
public final class PopulationImport {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final Set<String> MUNICIPALITY = Set.of("kommun", "kommunnamn", "stad", "municipality");
    private static final Set<String> DISTRICT = Set.of("stadsdel", "stadsdelar", "stadsdelsförvaltning", "stadsdelsområde",
            "stadsdelsnämnd", "område", "kommundel", "district");
    private static final Set<String> YEAR = Set.of("år", "årtal", "avser år", "year");
    private static final Set<String> BAND = Set.of("ålder", "åldersgrupp", "åldersintervall", "åldersklass", "age", "age band");
    private static final Set<String> COUNT = Set.of("antal", "antal personer", "befolkning", "folkmängd", "invånare", "population");
    private static final Pattern TOTAL = Pattern.compile("(?:.*\\s)?(?:totalt|total|summa|samtliga)", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ ,.]\\d{3})+|\\d+");

    private final ImportSource source;
    private final String fileName;

    public PopulationImport(ImportSource source) {
        this.source = Objects.requireNonNull(source, "source");
        this.fileName = source.file().getFileName().toString();
    }

    /** Reads and checks every row, storing nothing. */
    public PopulationSummary check() throws ImportException {
        Read read = read();
        return new PopulationSummary(read.errors.isEmpty() ? Outcome.CHECKED : Outcome.REFUSED, read.figures(), 0, 0, 0,
                read.errors, read.warnings, read.sums);
    }

    /** Reads and checks every row, then stores the figures in one transaction unless a row could not be read. */
    public PopulationSummary run(PopulationStore store) throws ImportException {
        Read read = read();
        if (!read.errors.isEmpty()) {
            return new PopulationSummary(Outcome.REFUSED, read.figures(), 0, 0, 0, read.errors, read.warnings, read.sums);
        }
        try {
            PopulationResult result = store.store(read.figures());
            return new PopulationSummary(Outcome.STORED, read.figures(), result.created(), result.updated(), result.unchanged(),
                    read.errors, read.warnings, read.sums);
        } catch (StoreException e) {
            List<ImportProblem> errors = List.of(new ImportProblem(fileName, 0, null, null, NLS.bind(Messages.storeFailed,
                    e.getMessage())));
            return new PopulationSummary(Outcome.FAILED, read.figures(), 0, 0, 0, errors, read.warnings, read.sums);
        }
    }

    /** A figure with the row it came from. */
    private record Row(int row, String countCell, PopulationFigure figure, boolean total) {
    }

    /** The columns of the file. */
    private static final class Columns {
        List<String> headers = List.of();
        int municipality = -1;
        int district = -1;
        int year = -1;
        int band = -1;
        int count = -1;
        String bandFromHeader;
    }

    private final class Read {
        final Columns columns = new Columns();
        final List<Row> rows = new ArrayList<>();
        final List<ImportProblem> errors = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        final List<SumMismatch> sums = new ArrayList<>();

        List<PopulationFigure> figures() {
            return rows.stream().map(Row::figure).toList();
        }
    }

    private Read read() throws ImportException {
        Read read = new Read();
        Map<String, Integer> firstRowOfKey = new LinkedHashMap<>();
        source.read((rowNumber, cells) -> {
            if (read.columns.headers.isEmpty()) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                header(read, rowNumber, cells);
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            Row row = row(read, rowNumber, cells);
            if (row == null) {
                return;
            }
            String key = key(row.figure());
            Integer first = firstRowOfKey.putIfAbsent(key, rowNumber);
            if (first != null) {
                read.errors.add(problem(read, rowNumber, read.columns.count, cells, NLS.bind(Messages.duplicateFigure, first)));
            } else {
                read.rows.add(row);
            }
        });
        if (read.columns.headers.isEmpty()) {
            throw new ImportException(new ImportProblem(fileName, 0, null, null, NLS.bind(Messages.missingColumns,
                    String.join(", ", List.of("Kommun", "År", "Åldersgrupp", "Antal")))));
        }
        checkSums(read);
        return read;
    }

    private void header(Read read, int rowNumber, List<String> cells) throws ImportException {
        Columns c = read.columns;
        c.headers = List.copyOf(cells);
        for (int i = 0; i < cells.size(); i++) {
            String h = normalise(cells.get(i));
            if (c.municipality < 0 && MUNICIPALITY.contains(h)) {
                c.municipality = i;
            } else if (c.district < 0 && DISTRICT.contains(h)) {
                c.district = i;
            } else if (c.year < 0 && YEAR.contains(h)) {
                c.year = i;
            } else if (c.band < 0 && BAND.contains(h)) {
                c.band = i;
            } else if (c.count < 0 && (COUNT.contains(h) || h.startsWith("antal personer") || h.contains("befolkning")
                    || h.startsWith("folkmängd") || h.startsWith("invånare"))) {
                c.count = i;
                c.bandFromHeader = AgeBand.find(cells.get(i));
            }
        }
        List<String> missing = new ArrayList<>();
        if (c.municipality < 0) {
            missing.add("Kommun");
        }
        if (c.year < 0) {
            missing.add("År");
        }
        if (c.band < 0 && (c.count < 0 || c.bandFromHeader == null)) {
            missing.add("Åldersgrupp");
        }
        if (c.count < 0) {
            missing.add("Antal");
        }
        if (!missing.isEmpty()) {
            throw new ImportException(new ImportProblem(fileName, rowNumber, null, null,
                    NLS.bind(Messages.missingColumns, String.join(", ", missing))));
        }
    }

    /** The figure of a row, or null when the row has a problem, which {@code read} then holds. */
    private Row row(Read read, int rowNumber, List<String> cells) {
        Columns c = read.columns;
        int before = read.errors.size();
        String municipality = cell(cells, c.municipality);
        if (municipality.isEmpty()) {
            read.errors.add(problem(read, rowNumber, c.municipality, cells, Messages.missingMunicipality));
        } else if (municipality.length() > PopulationFigure.NAME_LENGTH) {
            read.errors.add(problem(read, rowNumber, c.municipality, cells, NLS.bind(Messages.nameTooLong,
                    PopulationFigure.NAME_LENGTH)));
        }
        String district = c.district < 0 ? "" : cell(cells, c.district);
        boolean total = district.isEmpty() || TOTAL.matcher(district).matches() || district.equalsIgnoreCase(municipality);
        if (total) {
            district = "";
        } else if (district.length() > PopulationFigure.NAME_LENGTH) {
            read.errors.add(problem(read, rowNumber, c.district, cells, NLS.bind(Messages.nameTooLong,
                    PopulationFigure.NAME_LENGTH)));
        }
        int year = 0;
        String yearCell = cell(cells, c.year).replaceFirst("[.,]0+$", "");
        if (yearCell.matches("\\d{4}") && Integer.parseInt(yearCell) >= 1800 && Integer.parseInt(yearCell) <= 2200) {
            year = Integer.parseInt(yearCell);
        } else {
            read.errors.add(problem(read, rowNumber, c.year, cells, Messages.badYear));
        }
        String band = null;
        String bandCell = c.band >= 0 ? cell(cells, c.band) : "";
        if (c.band >= 0 && !bandCell.isEmpty() || c.bandFromHeader == null) {
            try {
                band = AgeBand.parse(bandCell);
            } catch (IllegalArgumentException e) {
                read.errors.add(problem(read, rowNumber, c.band, cells, Messages.badAgeBand));
            }
        } else {
            band = c.bandFromHeader;
        }
        Integer count = count(cell(cells, c.count));
        if (count == null) {
            read.errors.add(problem(read, rowNumber, c.count, cells, Messages.badCount));
        }
        if (read.errors.size() > before) {
            return null;
        }
        return new Row(rowNumber, cell(cells, c.count), new PopulationFigure(municipality, district, year, band, count), total);
    }

    /** A count as offices write it: {@code 14117}, {@code 14 117} (also with a no-break space), {@code 14117,0}. */
    static Integer count(String text) {
        String t = text.strip().replaceAll("[\\u00a0\\u202f\\u2009]", " ").replaceFirst("[.,]0{1,2}$", "");
        if (!GROUPED.matcher(t).matches()) {
            return null;
        }
        long value = Long.parseLong(t.replaceAll("[ ,.]", ""));
        return value > Integer.MAX_VALUE ? null : (int) value;
    }

    /** Totals whose districts, given in the same file, do not add up to them. */
    private void checkSums(Read read) {
        Map<String, Row> totals = new LinkedHashMap<>();
        Map<String, long[]> parts = new LinkedHashMap<>();
        for (Row row : read.rows) {
            PopulationFigure f = row.figure();
            String key = f.municipality().toLowerCase(SWEDISH) + "\u0000" + f.year() + "\u0000" + f.ageBand();
            if (row.total()) {
                totals.put(key, row);
            } else {
                long[] sum = parts.computeIfAbsent(key, k -> new long[2]);
                sum[0] += f.persons();
                sum[1]++;
            }
        }
        for (Map.Entry<String, Row> entry : totals.entrySet()) {
            long[] sum = parts.get(entry.getKey());
            Row total = entry.getValue();
            if (sum == null || sum[0] == total.figure().persons()) {
                continue;
            }
            PopulationFigure f = total.figure();
            long difference = sum[0] - f.persons();
            String how = NLS.bind(difference < 0 ? Messages.sumMismatchFewer : Messages.sumMismatchMore, Math.abs(difference));
            String message = NLS.bind(Messages.sumMismatch, new Object[] { f.municipality(), f.year(), f.ageBand(),
                    f.persons(), sum[1], sum[0], how });
            read.sums.add(new SumMismatch(fileName, total.row(), total.countCell(), f, (int) sum[1], sum[0]));
            read.warnings.add(new ImportProblem(fileName, total.row(), header(read, read.columns.count), total.countCell(), message));
        }
    }

    private ImportProblem problem(Read read, int row, int column, List<String> cells, String message) {
        return new ImportProblem(fileName, row, header(read, column), column < 0 ? null : cell(cells, column), message);
    }

    private static String header(Read read, int column) {
        return column < 0 || column >= read.columns.headers.size() ? null : read.columns.headers.get(column);
    }

    private static String key(PopulationFigure f) {
        return String.join("\u0000", f.municipality().toLowerCase(SWEDISH), f.district().toLowerCase(SWEDISH),
                String.valueOf(f.year()), f.ageBand());
    }

    private static String cell(List<String> cells, int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }

    private static String normalise(String header) {
        return header.strip().replace("\uFEFF", "").replaceAll("\\s+", " ").toLowerCase(SWEDISH);
    }
}
