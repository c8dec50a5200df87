package se.isu.io.importer;

import java.nio.file.Path;
import java.util.List;

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
 */
public record ImportSummary(Outcome outcome, int created, int updated, int unchanged, int rejected,
        List<ImportProblem> problems, List<String> unmapped, Path quarantine) {

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
}
