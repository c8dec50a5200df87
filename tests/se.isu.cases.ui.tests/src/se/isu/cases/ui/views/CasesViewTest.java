package se.isu.cases.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.editors.CaseEditor;
import se.isu.cases.ui.editors.CaseEditorInput;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;

/** The navigator's actions: a new case asks for version and municipality; deleting asks first. */
class CasesViewTest {

    private static final String MUNICIPALITY = "Hudiksvall";

    private static CasesView navigator() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("se.isu.ui.perspectives.registration", window);
        flush();
        CasesView view = (CasesView) page.findView(CasesView.ID);
        assertNotNull(view);
        return view;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    /** Presses a button of the dialog titled {@code title} once it is open, as the user would. */
    private static void whenOpen(String title, String buttonLabel) {
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            private int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (title.equals(shell.getText()) && shell.isVisible()) {
                        Button button = button(shell, buttonLabel);
                        assertNotNull(button, "the dialog has a button " + buttonLabel);
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (++tries < 50) {
                    display.timerExec(100, this);
                }
            }
        });
    }

    private static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static CaseRecord stored(String caseId) throws Exception {
        CaseStore store = CasesUiPlugin.getDefault().store();
        store.save(CaseRecord.of(MUNICIPALITY, null, "su-x", "2021", caseId, true,
                Answers.builder().integer("alder", 4).date("avslutsdatum", LocalDate.of(2022, 5, 2)).build()));
        CasesUiPlugin.getDefault().casesChanged();
        navigator().viewer().expandAll();
        flush();
        return store.find(MUNICIPALITY, "su-x", caseId).orElseThrow();
    }

    @Test
    void aNewCaseIsRecordedWithTheNewestPublishedVersionOfTheChosenMunicipality() throws Exception {
        CasesView view = navigator();
        CaseRecord existing = stored("HU-1");
        view.viewer().setSelection(new StructuredSelection(existing), true);
        whenOpen("Nytt ärende", IDialogConstants.OK_LABEL);
        view.newCaseAction().run();
        flush();
        IEditorPart editor = view.getSite().getPage().getActiveEditor();
        assertTrue(editor instanceof CaseEditor, "the new case opened in the case editor: " + editor);
        CaseEditorInput input = (CaseEditorInput) editor.getEditorInput();
        assertTrue(input.isNew());
        assertEquals(MUNICIPALITY, input.municipality(), "the selected case's municipality is proposed");
        assertEquals("2021", ((CaseEditor) editor).formVersion().getVersion());
        assertTrue(view.getSite().getPage().closeEditor(editor, false));
    }

    @Test
    void deletingACaseAsksFirstAndClosesItsEditor() throws Exception {
        CasesView view = navigator();
        CaseRecord record = stored("HU-2");
        IWorkbenchPage page = view.getSite().getPage();
        CasesView.open(page, CaseEditorInput.of(record));
        flush();
        assertNotNull(page.findEditor(CaseEditorInput.of(record)));
        view.viewer().setSelection(new StructuredSelection(record), true);
        assertTrue(view.deleteAction().isEnabled());

        whenOpen("Ta bort ärende", IDialogConstants.CANCEL_LABEL);
        view.deleteAction().run();
        flush();
        assertTrue(CasesUiPlugin.getDefault().store().find(MUNICIPALITY, "su-x", "HU-2").isPresent(), "cancel keeps the case");

        whenOpen("Ta bort ärende", IDialogConstants.OK_LABEL);
        view.deleteAction().run();
        flush();
        assertFalse(CasesUiPlugin.getDefault().store().find(MUNICIPALITY, "su-x", "HU-2").isPresent(), "OK deletes it");
        assertEquals(null, page.findEditor(CaseEditorInput.of(record)), "its editor was closed");
        assertFalse(Arrays.stream(view.viewer().getTree().getItems()).anyMatch(i -> i.getText().contains("HU-2")));
    }
}
