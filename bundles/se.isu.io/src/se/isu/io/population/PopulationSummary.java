package se.isu.io.population;

import java.util.List;

import se.isu.io.importer.ImportProblem;
import se.isu.store.population.PopulationFigure;

/**
 * What a population import found and did.
 *
 * @param outcome   whether the figures were stored
 * @param figures   the figures read from the file, in file order
 * @param created   figures new to the store
 * @param updated   figures that changed a stored number
 * @param unchanged figures the store already had
 * @param errors    rows that could not be read: with any of them nothing is stored
 * @param warnings  things stored but worth a look, above all parts that do not add up to their stated total
 * @param sums      the totals whose parts do not add up, one per warning of that kind
 */
public record PopulationSummary(Outcome outcome, List<PopulationFigure> figures, int created, int updated, int unchanged,
        List<ImportProblem> errors, List<ImportProblem> warnings, List<SumMismatch> sums) {

    /** Whether the figures were stored. */
    public enum Outcome {
        /** Only checked: nothing was stored. */
        CHECKED,
        /** Stored, warnings or not. */
        STORED,
        /** A row could not be read: nothing was stored. */
        REFUSED,
        /** The store could not take the figures: nothing was stored. */
        FAILED
    }

    public PopulationSummary {
        figures = List.copyOf(figures);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        sums = List.copyOf(sums);
    }

    /**
     * A stated total that its parts do not add up to.
     *
     * @param file     the file's name
     * @param row      the row of the total
     * @param value    the total's cell as written
     * @param total    the figure the total row states
     * @param parts    how many parts (districts, or narrower age bands) were added
     * @param sum      what they add up to
     */
    public record SumMismatch(String file, int row, String value, PopulationFigure total, int parts, long sum) {
        /** The stated total (the expected sum). */
        public long expected() {
            return total.persons();
        }
    }
}
