package se.isu.io.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Arkiv › Importera ärenden…: opens the import wizard. */
public final class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ImportWizard wizard = new ImportWizard();
        wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), null);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
