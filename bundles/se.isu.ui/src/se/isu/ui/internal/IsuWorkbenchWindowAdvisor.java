package se.isu.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import se.isu.ui.perspectives.Perspectives;

/** The main window: Swedish title, menu bar, status line and the perspective switcher. */
public final class IsuWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    IsuWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new IsuActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowMenuBar(true);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.windowTitle);
    }

    /**
     * Opens every ISU perspective once, so that the switcher always shows all three (Registrering,
     * Analys, Formulär) side by side, then returns to the one the window was opened in.
     */
    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        IPerspectiveDescriptor current = page.getPerspective();
        IPerspectiveRegistry registry = window.getWorkbench().getPerspectiveRegistry();
        List<String> open = Arrays.stream(page.getOpenPerspectives()).map(IPerspectiveDescriptor::getId).toList();
        for (String id : Perspectives.ALL) {
            IPerspectiveDescriptor descriptor = registry.findPerspectiveWithId(id);
            if (descriptor != null && !open.contains(id)) {
                page.setPerspective(descriptor);
            }
        }
        if (current != null) {
            page.setPerspective(current);
        }
    }
}
