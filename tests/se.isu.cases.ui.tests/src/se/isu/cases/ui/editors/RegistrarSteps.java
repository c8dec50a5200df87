package se.isu.cases.ui.editors;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import se.isu.cases.ui.views.CasesView;
import se.isu.forms.FormVersion;
import se.isu.forms.Rule;
import se.isu.store.StoreLocation;
import se.isu.tests.support.Screenshots;

/**
 * What the registrar's round does in the workbench, shared by the two workbench runs of the UI test:
 * {@link CasesUiTest} enters and saves a case, {@link CasesAfterRestartUiTest} finds it after the
 * workbench was closed and started again.
 */
final class RegistrarSteps {

    static final String REGISTRATION_PERSPECTIVE = "se.isu.ui.perspectives.registration";
    static final String MUNICIPALITY = "Söderhamn";
    static final String CASE_ID = "SH-2021-017";
    static final String DRAFT_ID = "SH-2021-018";
    /**
     * Written into the ISU folder by the first workbench run once the case is saved: the process id of
     * that workbench, so that the second run can tell it runs in another one.
     */
    static final String FIRST_RUN_MARKER = "ui-test-first-workbench.pid";

    private RegistrarSteps() {
    }

    static Path firstRunMarker() {
        return StoreLocation.isuHome().resolve(FIRST_RUN_MARKER);
    }

    static void markFirstRun() throws IOException {
        Files.writeString(firstRunMarker(), Long.toString(ProcessHandle.current().pid()));
    }

    static IWorkbenchPage registration() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        window.getShell().setSize(1280, 960);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(REGISTRATION_PERSPECTIVE, window);
        flush();
        return page;
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    static void type(Text field, String text) {
        field.setText(text);
        flush();
    }

    /** A click as the user makes it: a radio button also clears its siblings, each told of the change. */
    static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0
                        && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        } else {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    static CaseEditor newSuxCase(IWorkbenchPage page) {
        CasesView.open(page, CaseEditorInput.newCase(MUNICIPALITY, "su-x", "2021"));
        flush();
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof CaseEditor, "the case editor opened: " + editor);
        return (CaseEditor) editor;
    }

    static String ruleMessage(FormVersion version, String ruleId) {
        return version.getRules().stream().filter(r -> r.getId().equals(ruleId)).map(Rule::getMessage).findFirst()
                .orElseThrow();
    }

    static List<String> problemMessages(CaseEditor editor) {
        return editor.problems().stream().map(p -> p.message()).toList();
    }

    /** A PNG of the workbench window as it is drawn now, under target/screenshots. */
    static Path screenshot(String name) throws Exception {
        flush();
        return Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    static TreeItem child(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + prefix + " among "
                        + Arrays.stream(items).map(TreeItem::getText).toList()));
    }
}
