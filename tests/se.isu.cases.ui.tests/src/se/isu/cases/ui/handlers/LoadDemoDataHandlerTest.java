package se.isu.cases.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.views.CasesView;
import se.isu.demo.DemoData;
import se.isu.store.CaseQuery;
import se.isu.store.StoreLocation;

/** Arkiv > Läs in demodata, through the command as the menu runs it, into an empty store of its own. */
class LoadDemoDataHandlerTest {

    @TempDir
    Path home;

    private String previousHome;

    @BeforeEach
    void useAnEmptyStore() throws Exception {
        // The folder first, then the close: a view that opens the store again in between (a job, a refresh)
        // opens the empty one.
        previousHome = System.getProperty(StoreLocation.ISU_HOME_PROPERTY);
        System.setProperty(StoreLocation.ISU_HOME_PROPERTY, home.toString());
        CasesUiPlugin.getDefault().closeStore();
        assertEquals(0, CasesUiPlugin.getDefault().store().count(CaseQuery.all()), "the test starts from an empty store");
    }

    @AfterEach
    void restoreTheStore() throws Exception {
        if (previousHome == null) {
            System.clearProperty(StoreLocation.ISU_HOME_PROPERTY);
        } else {
            System.setProperty(StoreLocation.ISU_HOME_PROPERTY, previousHome);
        }
        CasesUiPlugin.getDefault().closeStore();
        CasesUiPlugin.getDefault().casesChanged();
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    /** The text of the message the user got, read and closed as the user would: the dialog is modal. */
    private String message;

    private void runCommandAndWait() throws Exception {
        message = null;
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            private int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if ("Demodata".equals(shell.getText()) && shell.isVisible()) {
                        message = text(shell);
                        shell.close();
                        return;
                    }
                }
                if (++tries < 3000) {
                    display.timerExec(100, this);
                }
            }
        });
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getService(IHandlerService.class).executeCommand("se.isu.cases.ui.commands.loadDemoData", null);
        long deadline = System.currentTimeMillis() + 300_000;
        while (message == null && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        flush();
    }

    private static String text(Composite parent) {
        StringBuilder all = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                all.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                all.append(text(composite));
            }
        }
        return all.toString();
    }

    @Test
    void theMenuLoadsTheDemoDataAndTheNavigatorShowsItsMunicipalities() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("se.isu.ui.perspectives.registration", window);
        CasesView view = (CasesView) page.findView(CasesView.ID);
        assertNotNull(view);

        runCommandAndWait();
        assertNotNull(message, "the user is told what was loaded");
        assertTrue(message.contains("Demodata inläst: " + DemoData.cases().size() + " ärenden"), message);
        assertEquals(DemoData.cases().size(), CasesUiPlugin.getDefault().store().count(CaseQuery.all()));
        assertTrue(Files.isRegularFile(home.resolve("demo").resolve("Söderhamn SU-X 2020.xlsx")));
        List<String> municipalities = Arrays.stream(view.viewer().getTree().getItems()).map(TreeItem::getText).toList();
        for (String name : List.of("Hudiksvall", "Ovanåker", "Söderhamn", "Sandviken", "Ockelbo", "Ljusdal")) {
            assertTrue(municipalities.stream().anyMatch(text -> text.startsWith(name)), name + " in " + municipalities);
        }

        // Again: the store is no longer empty, so nothing is added and the user is told why.
        runCommandAndWait();
        assertNotNull(message);
        assertTrue(message.contains("innehåller redan " + DemoData.cases().size() + " ärenden"), message);
        assertEquals(DemoData.cases().size(), CasesUiPlugin.getDefault().store().count(CaseQuery.all()));
    }
}
