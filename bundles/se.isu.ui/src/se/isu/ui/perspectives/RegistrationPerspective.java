package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;

/**
 * Registrars enter closed cases here; the case navigator and the generated case editor arrive with the case store.
 */
public final class RegistrationPerspective extends IsuPerspective {

    @Override
    public List<String> viewIds() {
        return List.of();
    }

    @Override
    protected void placeViews(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
