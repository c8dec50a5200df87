package se.isu.analysis.dataset;

/**
 * A category of a question as the dataset codes it across form versions (from the crosswalk's
 * harmonised code list). A category that is not comparable between the versions keeps
 * {@code comparable == false} so that results can say so instead of merging it silently.
 */
public record HarmonisedCategoryInfo(int code, String label, boolean comparable, String note) {
}
