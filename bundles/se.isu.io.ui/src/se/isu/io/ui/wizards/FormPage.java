package se.isu.io.ui.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.editors.CaseEditor;
import se.isu.forms.FormVersion;
import se.isu.io.ui.internal.Messages;
import se.isu.store.Municipality;
import se.isu.store.StoreException;

/** The second page: the published form version the file's cases were recorded with, and their municipality. */
public final class FormPage extends WizardPage {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private final ImportWizard wizard;
    private List<FormVersion> versions = List.of();
    private List<String> municipalities = List.of();
    private Combo versionCombo;
    private Combo municipalityCombo;
    private Path proposedFor;

    FormPage(ImportWizard wizard) {
        super("form");
        this.wizard = wizard;
        setTitle(Messages.formPageTitle);
        setDescription(Messages.formPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.versionLabel);
        versionCombo = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(versionCombo);
        new Label(area, SWT.NONE).setText(Messages.municipalityLabel);
        municipalityCombo = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(municipalityCombo);
        try {
            versions = CasesUiPlugin.getDefault().publishedVersions();
            municipalities = CasesUiPlugin.getDefault().store().municipalities().stream().map(Municipality::name).toList();
        } catch (StoreException e) {
            setErrorMessage(NLS.bind(Messages.storeFailed, e.getMessage()));
        }
        versions.forEach(v -> versionCombo.add(CaseEditor.versionLabel(v)));
        municipalities.forEach(municipalityCombo::add);
        // The newest version is the one registrars are asked to use.
        versionCombo.select(versions.size() - 1);
        versionCombo.addListener(SWT.Selection, e -> validate());
        municipalityCombo.addListener(SWT.Selection, e -> validate());
        if (versions.isEmpty() && getErrorMessage() == null) {
            setErrorMessage(Messages.noPublishedVersion);
        }
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && wizard.file() != null && !wizard.file().equals(proposedFor) && municipalityCombo.getSelectionIndex() < 0) {
            proposedFor = wizard.file();
            // An export is often named after its municipality: propose it.
            String name = wizard.file().getFileName().toString().toLowerCase(SWEDISH);
            for (int i = 0; i < municipalities.size(); i++) {
                if (name.contains(municipalities.get(i).toLowerCase(SWEDISH))) {
                    municipalityCombo.select(i);
                    break;
                }
            }
        }
        super.setVisible(visible);
        validate();
    }

    /** The published versions offered, in the order of the list. */
    List<FormVersion> versions() {
        return versions;
    }

    public Combo versionCombo() {
        return versionCombo;
    }

    public Combo municipalityCombo() {
        return municipalityCombo;
    }

    FormVersion version() {
        int index = versionCombo == null ? -1 : versionCombo.getSelectionIndex();
        return index < 0 ? null : versions.get(index);
    }

    String municipality() {
        int index = municipalityCombo == null ? -1 : municipalityCombo.getSelectionIndex();
        return index < 0 ? null : municipalities.get(index);
    }

    private void validate() {
        if (versions.isEmpty()) {
            setPageComplete(false);
            return;
        }
        if (municipality() == null) {
            setMessage(Messages.chooseMunicipality);
        } else {
            setMessage(null);
        }
        setPageComplete(version() != null && municipality() != null);
    }
}
