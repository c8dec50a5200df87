package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;

/**
 * The process leader keeps the form versions here: the forms and their versions on the left, the
 * form editor in the middle, and below it the diff between versions and the crosswalks.
 */
public final class FormsPerspective extends IsuPerspective {

    /** The forms and their versions. */
    public static final String FORMS_VIEW = "se.isu.forms.ui.views.forms";
    /** The changes between two versions of a form. */
    public static final String DIFF_VIEW = "se.isu.forms.ui.views.diff";
    /** How one version's questions and options carry over to the next. */
    public static final String CROSSWALK_VIEW = "se.isu.forms.ui.views.crosswalk";

    @Override
    public List<String> viewIds() {
        return List.of(FORMS_VIEW, DIFF_VIEW, CROSSWALK_VIEW);
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editors = layout.getEditorArea();
        layout.addView(FORMS_VIEW, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout bottom = layout.createFolder("se.isu.ui.perspectives.forms.bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(DIFF_VIEW);
        bottom.addView(CROSSWALK_VIEW);
        layout.addShowViewShortcut(FORMS_VIEW);
        layout.addShowViewShortcut(DIFF_VIEW);
        layout.addShowViewShortcut(CROSSWALK_VIEW);
    }
}
