package se.isu.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.isu.ui.perspectives.AnalysisPerspective;
import se.isu.ui.perspectives.FormsPerspective;
import se.isu.ui.perspectives.IsuPerspective;
import se.isu.ui.perspectives.Perspectives;
import se.isu.ui.perspectives.RegistrationPerspective;

/** The running ISU workbench, started by the UI test harness with the product's own application. */
@TestMethodOrder(OrderAnnotation.class)
class WorkbenchWindowTest {

    private static final Map<String, String> LABELS = Map.of(
            Perspectives.REGISTRATION, "Registrering",
            Perspectives.ANALYSIS, "Analys",
            Perspectives.FORMS, "Formulär");

    private static final Map<String, IsuPerspective> FACTORIES = Map.of(
            Perspectives.REGISTRATION, new RegistrationPerspective(),
            Perspectives.ANALYSIS, new AnalysisPerspective(),
            Perspectives.FORMS, new FormsPerspective());

    private static IWorkbenchWindow window() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has an open window");
        return window;
    }

    @Test
    @Order(0)
    void theProductAndItsWindowAreSwedish() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "the test runs in the ISU product");
        assertEquals("se.isu.ui.product", product.getId());
        assertEquals("se.isu.ui.workbench", product.getApplication());

        IWorkbenchWindow window = window();
        assertEquals("ISU Workbench – individbaserad systematisk uppföljning", window.getShell().getText());

        Menu bar = window.getShell().getMenuBar();
        assertNotNull(bar);
        List<String> menus = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertEquals(List.of("Arkiv", "Fönster", "Hjälp"), menus);
    }

    @Test
    @Order(1)
    void aFreshWorkbenchOpensInRegistrering() {
        IWorkbenchPage page = window().getActivePage();
        assertNotNull(page);
        assertEquals(Perspectives.REGISTRATION, page.getPerspective().getId());
        List<String> open = Arrays.stream(page.getOpenPerspectives()).map(IPerspectiveDescriptor::getId).toList();
        assertTrue(open.containsAll(Perspectives.ALL), "the switcher offers all three perspectives: " + open);
    }

    @Test
    @Order(2)
    void eachPerspectiveOpensWithItsViews() throws WorkbenchException {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = window();
        assertEquals(Perspectives.ALL.size(), LABELS.size());
        for (String id : Perspectives.ALL) {
            IPerspectiveDescriptor descriptor = workbench.getPerspectiveRegistry().findPerspectiveWithId(id);
            assertNotNull(descriptor, "registered: " + id);
            assertEquals(LABELS.get(id), descriptor.getLabel());

            IWorkbenchPage page = workbench.showPerspective(id, window);
            flushEvents();
            assertEquals(id, page.getPerspective().getId());
            assertEquals(LABELS.get(id), page.getPerspective().getLabel());
            for (String viewId : FACTORIES.get(id).viewIds()) {
                assertNotNull(page.findView(viewId), id + " shows the view " + viewId);
            }
            List<String> shortcuts = List.of(page.getPerspectiveShortcuts());
            for (String other : Perspectives.ALL) {
                if (!other.equals(id)) {
                    assertTrue(shortcuts.contains(other), id + " offers " + other + " as a shortcut: " + shortcuts);
                }
            }
        }
    }

    @Test
    @Order(3)
    void thePreferencesHoldTheWorkbenchsPagesOnly() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window().getShell(), null, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            flushEvents();
            List<String> pages = Arrays.stream(dialog.getTreeViewer().getTree().getItems()).map(TreeItem::getText).toList();
            assertTrue(pages.contains("Analys"), "the analyses' page: " + pages);
            // The chart library's own page (legend offsets, bitmap sizes, in English) is hidden by an activity.
            assertFalse(pages.contains("SWTChart"), "no chart library page: " + pages);
        } finally {
            dialog.close();
        }
    }

    private static void flushEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the perspective switch queued
        }
    }
}
