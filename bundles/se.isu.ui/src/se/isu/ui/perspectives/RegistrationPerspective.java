package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;

/**
 * Registrars enter closed cases here: the case navigator on the left, the case editor generated from
 * the case's form version in the middle, the problems of the open cases and stored drafts below it.
 */
public final class RegistrationPerspective extends IsuPerspective {

    /** Municipalities, years of closing and their cases. */
    public static final String CASES_VIEW = "se.isu.cases.ui.views.cases";

    /** What is wrong with the open cases and the stored drafts. */
    public static final String PROBLEMS_VIEW = "se.isu.cases.ui.views.problems";

    @Override
    public List<String> viewIds() {
        return List.of(CASES_VIEW, PROBLEMS_VIEW);
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(CASES_VIEW, IPageLayout.LEFT, 0.25f, layout.getEditorArea());
        layout.addView(PROBLEMS_VIEW, IPageLayout.BOTTOM, 0.75f, layout.getEditorArea());
        layout.addShowViewShortcut(CASES_VIEW);
        layout.addShowViewShortcut(PROBLEMS_VIEW);
    }
}
