package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;

/**
 * Analysts run the report's analyses and compare municipalities here: the catalogue of analyses on the
 * left, the filter bar (urval) across the top, and below it the result views, one per analysis opened,
 * stacked in one folder.
 */
public final class AnalysisPerspective extends IsuPerspective {

    /** The registered analyses by category. */
    public static final String CATALOGUE_VIEW = "se.isu.analysis.ui.views.catalogue";
    /** Municipalities, years, form versions, sex, age band and comparison, shared by the result views. */
    public static final String FILTER_VIEW = "se.isu.analysis.ui.views.filter";
    /** One per analysis, the analysis id as its secondary id. */
    public static final String RESULT_VIEW = "se.isu.analysis.ui.views.result";

    /** The folder the result views open in. */
    public static final String RESULTS_FOLDER = "se.isu.analysis.ui.results";

    @Override
    public List<String> viewIds() {
        return List.of(CATALOGUE_VIEW, FILTER_VIEW);
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(CATALOGUE_VIEW, IPageLayout.LEFT, 0.2f, editorArea);
        layout.addView(FILTER_VIEW, IPageLayout.TOP, 0.25f, editorArea);
        IFolderLayout results = layout.createFolder(RESULTS_FOLDER, IPageLayout.BOTTOM, 0.25f, FILTER_VIEW);
        results.addPlaceholder(RESULT_VIEW + ":*");
        layout.addShowViewShortcut(CATALOGUE_VIEW);
        layout.addShowViewShortcut(FILTER_VIEW);
    }
}
