package se.isu.ui.perspectives;

import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Common layout of the ISU perspectives: each one offers the others as shortcuts, and declares the
 * views it shows, so that the layout and the tests that check it read the same list.
 */
public abstract class IsuPerspective implements IPerspectiveFactory {

    /** The ids of the views this perspective places, in placement order. */
    public abstract List<String> viewIds();

    @Override
    public final void createInitialLayout(IPageLayout layout) {
        for (String id : Perspectives.ALL) {
            if (!id.equals(layout.getDescriptor().getId())) {
                layout.addPerspectiveShortcut(id);
            }
        }
        placeViews(layout);
    }

    /** Places {@link #viewIds()} in the layout. */
    protected abstract void placeViews(IPageLayout layout);
}
