package se.isu.ui.nl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchMessages;
import org.eclipse.ui.internal.progress.ProgressMessages;
import org.junit.jupiter.api.Test;

/**
 * The platform's own texts, around the workbench's Swedish ones, are Swedish too: the workbench runs with
 * {@code -nl sv_SE} (its start script, and this test runtime) and ships the se.isu.nl.* fragments, which
 * give JFace, the Eclipse workbench and the window's tabs Swedish texts. Checked on real dialogs where
 * the texts are on buttons.
 */
@SuppressWarnings("restriction")
class PlatformTextsTest {

    @Test
    void theWorkbenchRunsInSwedish() {
        assertEquals("sv", Locale.getDefault().getLanguage());
    }

    @Test
    void aWizardHasSwedishButtons() {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Wizard wizard = new Wizard() {
            @Override
            public void addPages() {
                addPage(new TextPage("first"));
                addPage(new TextPage("second"));
            }

            @Override
            public boolean performFinish() {
                return true;
            }
        };
        WizardDialog dialog = new WizardDialog(parent, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            flush();
            List<String> buttons = buttons(dialog.getShell());
            assertTrue(buttons.containsAll(List.of("< &Bakåt", "&Nästa >", "&Slutför", "Avbryt")), buttons.toString());
        } finally {
            dialog.close();
        }
    }

    @Test
    void aQuestionHasSwedishAnswers() {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        MessageDialog dialog = new MessageDialog(parent, "Fråga", null, "Ta bort ärendet?", MessageDialog.QUESTION, 0,
                IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            flush();
            // In the platform's order (on GTK the default button comes last).
            assertEquals(List.of("&Ja", "&Nej", "Avbryt"), buttons(dialog.getShell()).stream().sorted().toList());
        } finally {
            dialog.close();
        }
    }

    @Test
    void savePromptsProgressAndTabMenusAreSwedish() {
        // Closing an edited case asks through the workbench; a running import shows the progress dialog;
        // a view's tab has the window's tab menu.
        assertEquals("Spara &inte", WorkbenchMessages.SaveableHelper_Dont_Save);
        assertEquals("Spara ''{0}''?", WorkbenchMessages.EditorManager_saveChangesQuestion);
        assertEquals("&Återställ perspektivet", WorkbenchMessages.ResetPerspective_buttonLabel);
        assertEquals("Kör i &bakgrunden", ProgressMessages.ProgressMonitorFocusJobDialog_RunInBackgroundButton);
        assertEquals("Stäng &övriga", SWTRenderersMessages.menuCloseOthers);
        // What the fragments leave out keeps the platform's own text rather than none.
        assertEquals("Rever&t", WorkbenchMessages.Workbench_revert);
    }

    private static List<String> buttons(Control control) {
        List<String> found = new ArrayList<>();
        if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
            found.add(button.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(buttons(child));
            }
        }
        return found;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // handle what is pending
        }
    }

    private static final class TextPage extends WizardPage {
        TextPage(String name) {
            super(name, "Steg " + name, null);
        }

        @Override
        public void createControl(Composite parent) {
            Label label = new Label(parent, SWT.NONE);
            label.setText(getTitle());
            setControl(label);
        }
    }
}
