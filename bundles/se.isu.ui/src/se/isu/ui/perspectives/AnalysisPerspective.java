package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;

/**
 * Analysts run the report's analyses and compare municipalities here; the result views arrive with the analysis engine.
 */
public final class AnalysisPerspective extends IsuPerspective {

    @Override
    public List<String> viewIds() {
        return List.of();
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
