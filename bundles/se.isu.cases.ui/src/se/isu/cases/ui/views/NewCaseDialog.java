package se.isu.cases.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.isu.cases.ui.editors.CaseEditor;
import se.isu.cases.ui.internal.Messages;
import se.isu.forms.FormVersion;

/** Asks which published form version, and which municipality, a new case is recorded with. */
final class NewCaseDialog extends Dialog {

    private final List<FormVersion> versions;
    private final List<String> municipalities;
    private final String preferredMunicipality;
    private Combo versionCombo;
    private Combo municipalityCombo;
    private FormVersion version;
    private String municipality;

    NewCaseDialog(Shell parent, List<FormVersion> versions, List<String> municipalities, String preferredMunicipality) {
        super(parent);
        this.versions = versions;
        this.municipalities = municipalities;
        this.preferredMunicipality = preferredMunicipality;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.newCaseTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.formVersionLabel);
        versionCombo = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(versionCombo);
        versions.forEach(v -> versionCombo.add(CaseEditor.versionLabel(v)));
        // The newest version is the one registrars are asked to use.
        versionCombo.select(versions.size() - 1);

        new Label(area, SWT.NONE).setText(Messages.municipalityLabel);
        municipalityCombo = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(municipalityCombo);
        municipalities.forEach(municipalityCombo::add);
        municipalityCombo.select(Math.max(0, municipalities.indexOf(preferredMunicipality)));
        return area;
    }

    @Override
    protected void okPressed() {
        version = versions.get(versionCombo.getSelectionIndex());
        municipality = municipalityCombo.getText();
        super.okPressed();
    }

    FormVersion version() {
        return version;
    }

    String municipality() {
        return municipality;
    }
}
