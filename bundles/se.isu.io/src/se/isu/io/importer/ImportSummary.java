package se.isu.io.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.isu.io.internal.Messages;

/**
 * What an import did.
 *
 * @param outcome    whether anything was stored, and if not, why
 * @param created    cases stored that were new
 * @param updated    stored cases whose answers changed
 * @param unchanged  cases already stored with the same answers, left as they were
 * @param rejected   rows not imported because of a problem
 * @param problems   every problem found, in file order
 * @param unmapped   headers of the columns not imported
 * @param quarantine the file the rejected rows were written to, or null
 * @param rows       the rows of cases read (not the header, not empty rows)
 * @param elapsed    how long the import itself took: reading, checking and storing, not starting the program
 */
public record ImportSummary(Outcome outcome, int created, int updated, int unchanged, int rejected,
        List<ImportProblem> problems, List<String> unmapped, Path quarantine, int rows, Duration elapsed) {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    /** Whether anything was stored, and if not, why. */
    public enum Outcome {
        /** The valid rows were stored (all rows, when none was rejected). */
        STORED,
        /** Rows were rejected and the user chose to import nothing then: nothing was stored. */
        REFUSED,
        /** A cell holds a personnummer or samordningsnummer: nothing was stored. */
        PERSONNUMMER,
        /** The store could not take the cases: nothing was stored. */
        FAILED
    }

    public ImportSummary {
        problems = List.copyOf(problems);
        unmapped = List.copyOf(unmapped);
    }

    /** A summary without the rows read and the time taken. */
    public ImportSummary(Outcome outcome, int created, int updated, int unchanged, int rejected, List<ImportProblem> problems,
            List<String> unmapped, Path quarantine) {
        this(outcome, created, updated, unchanged, rejected, problems, unmapped, quarantine, 0, Duration.ZERO);
    }

    /** Rows read per second of {@link #elapsed}; 0 when no time was measured. */
    public long rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : Math.round(rows * 1e9 / nanos);
    }

    /** The time the import took and its rows per second, in Swedish, as one sentence for the user. */
    public String timing() {
        return NLS.bind(Messages.timing, new Object[] { String.format(SWEDISH, "%.1f", elapsed.toNanos() / 1e9),
                Integer.toString(rows), Long.toString(rowsPerSecond()) });
    }
}
