package se.isu.analysis;

/**
 * What an analysis may need beside the cases: the population figures for rates per 1,000 children.
 *
 * @param populations the store's population figures; {@link Populations#none()} when there are none
 */
public record AnalysisContext(Populations populations) {

    private static final AnalysisContext EMPTY = new AnalysisContext(Populations.none());

    public AnalysisContext {
        populations = populations == null ? Populations.none() : populations;
    }

    /** No population figures. */
    public static AnalysisContext empty() {
        return EMPTY;
    }
}
