package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;

/**
 * The process leader keeps the form versions here; the form registry and form editor arrive with the form model.
 */
public final class FormsPerspective extends IsuPerspective {

    @Override
    public List<String> viewIds() {
        return List.of();
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
