package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;

/**
 * Registrars enter closed cases here: the case navigator on the left, the case editor generated from
 * the case's form version in the middle.
 */
public final class RegistrationPerspective extends IsuPerspective {

    /** Municipalities, years of closing and their cases. */
    public static final String CASES_VIEW = "se.isu.cases.ui.views.cases";

    @Override
    public List<String> viewIds() {
        return List.of(CASES_VIEW);
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(CASES_VIEW, IPageLayout.LEFT, 0.25f, layout.getEditorArea());
        layout.addShowViewShortcut(CASES_VIEW);
    }
}
