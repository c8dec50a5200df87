package se.isu.io.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;
import se.isu.io.importer.ColumnMapping;
import se.isu.io.importer.ColumnMapping.Answer;
import se.isu.io.importer.ColumnMapping.CaseId;
import se.isu.io.importer.ColumnMapping.Ignored;
import se.isu.io.importer.ColumnMapping.Municipality;
import se.isu.io.importer.ColumnMapping.OptionFlag;
import se.isu.io.importer.ColumnMapping.Target;
import se.isu.io.importer.ImportException;
import se.isu.io.ui.internal.Messages;

/**
 * The third page: what each column of the file holds, found from its header and changeable column by
 * column with a list of the form's questions (and, for a multiple choice, each option as a 0/1
 * column). A mapping can be saved as a named profile of the municipality and used for its next file.
 */
public final class MappingPage extends WizardPage {

    private final ImportWizard wizard;
    private Combo profileCombo;
    private Text profileName;
    private ScrolledComposite scroll;
    private Composite columns;
    private final List<Combo> targetCombos = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> targetLabels = new ArrayList<>();
    private List<String> headers = List.of();
    private List<String> example = List.of();
    private ColumnMapping mapping;
    private Path mappedFile;
    private FormVersion mappedVersion;

    MappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(Messages.mappingPageTitle);
        setDescription(Messages.mappingPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.profileLabel);
        profileCombo = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(profileCombo);
        Button load = new Button(area, SWT.PUSH);
        load.setText(Messages.profileLoad);
        load.addListener(SWT.Selection, e -> loadProfile());
        profileName = new Text(area, SWT.BORDER | SWT.SINGLE);
        profileName.setMessage(Messages.profileNameLabel);
        GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(profileName);
        Button save = new Button(area, SWT.PUSH);
        save.setText(Messages.profileSave);
        save.addListener(SWT.Selection, e -> saveProfile());

        scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(640, 320).applyTo(scroll);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        columns = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(columns);
        scroll.setContent(columns);
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            Path file = wizard.file();
            FormVersion version = wizard.version();
            if (!file.equals(mappedFile) || version != mappedVersion) {
                try {
                    List<List<String>> rows = wizard.firstRows();
                    headers = rows.isEmpty() ? List.of() : rows.get(0);
                    example = rows.size() > 1 ? rows.get(1) : List.of();
                    fillTargets(version);
                    show(ColumnMapping.automatic(version, headers));
                    mappedFile = file;
                    mappedVersion = version;
                    setErrorMessage(null);
                } catch (ImportException e) {
                    mapping = null;
                    mappedFile = null;
                    show(null);
                    setErrorMessage(e.getMessage());
                }
            }
            refreshProfiles();
            validate();
        }
        super.setVisible(visible);
    }

    /** What a column can hold: nothing, the case id, the municipality, a question's answer, one option as 0/1. */
    private void fillTargets(FormVersion version) {
        targets.clear();
        targetLabels.clear();
        add(new Ignored(), Messages.targetIgnored);
        add(new CaseId(), Messages.targetCaseId);
        add(new Municipality(), Messages.targetMunicipality);
        for (Question question : version.allQuestions()) {
            if (question.isRetired() || question instanceof TextQuestion text && text.isKey()) {
                continue;
            }
            String number = question.getNumber() == null ? "" : question.getNumber();
            add(new Answer(question.getVariableId()), NLS.bind(Messages.targetAnswer, number, question.getText()));
            if (question instanceof MultipleChoiceQuestion multiple) {
                for (Option option : multiple.getOptions()) {
                    if (!option.isRetired()) {
                        add(new OptionFlag(question.getVariableId(), option.getCode()),
                                NLS.bind(Messages.targetOption, new Object[] { number, question.getText(), option.getLabel() }));
                    }
                }
            }
        }
    }

    private void add(Target target, String label) {
        targets.add(target);
        targetLabels.add(label);
    }

    /** Shows one row per column of {@code shown}: header, first value, and a list of what it may hold. */
    private void show(ColumnMapping shown) {
        mapping = shown;
        for (Control child : columns.getChildren()) {
            child.dispose();
        }
        targetCombos.clear();
        if (shown != null) {
            header(Messages.columnHeader);
            header(Messages.exampleHeader);
            header(Messages.targetHeader);
            for (int c = 0; c < headers.size(); c++) {
                new Label(columns, SWT.NONE).setText(headers.get(c));
                Label value = new Label(columns, SWT.NONE);
                value.setText(c < example.size() ? shorten(example.get(c)) : "");
                Combo combo = new Combo(columns, SWT.READ_ONLY);
                targetLabels.forEach(combo::add);
                combo.setVisibleItemCount(20);
                Target target = shown.target(c);
                int index = targets.indexOf(target);
                combo.select(Math.max(0, index));
                if (index < 0) {
                    shown.set(c, new Ignored());
                }
                int column = c;
                combo.addListener(SWT.Selection, e -> {
                    mapping.set(column, targets.get(combo.getSelectionIndex()));
                    validate();
                });
                GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
                targetCombos.add(combo);
            }
        }
        columns.layout(true, true);
        scroll.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void header(String text) {
        Label label = new Label(columns, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getBannerFont());
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 39) + "\u2026" : value;
    }

    private void refreshProfiles() {
        profileCombo.removeAll();
        String municipality = wizard.municipality();
        if (municipality == null) {
            return;
        }
        try {
            ColumnMapping.profiles(wizard.profileFolder(), municipality).forEach(profileCombo::add);
            if (profileCombo.getItemCount() > 0) {
                profileCombo.select(0);
            }
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.profileFailed, e.getMessage()));
        }
    }

    private void loadProfile() {
        if (profileCombo.getSelectionIndex() < 0 || mapping == null) {
            return;
        }
        try {
            Properties profile = ColumnMapping.loadProfile(wizard.profileFolder(), wizard.municipality(), profileCombo.getText());
            show(ColumnMapping.fromProfile(wizard.version(), headers, profile));
            validate();
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.profileFailed, e.getMessage()));
        }
    }

    private void saveProfile() {
        String name = profileName.getText().strip();
        if (name.isEmpty() || mapping == null) {
            return;
        }
        try {
            mapping.save(wizard.profileFolder(), wizard.municipality(), name);
            refreshProfiles();
            profileCombo.setText(name);
            profileCombo.select(profileCombo.indexOf(name));
            setMessage(NLS.bind(Messages.profileSaved, name, wizard.municipality()), IMessageProvider.INFORMATION);
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.profileFailed, e.getMessage()));
        }
    }

    private void validate() {
        if (mapping == null) {
            setPageComplete(false);
            return;
        }
        if (mapping.caseIdColumn() < 0) {
            setErrorMessage(Messages.noCaseIdColumn);
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        List<String> unmapped = mapping.unmapped();
        if (!unmapped.isEmpty()) {
            setMessage(NLS.bind(Messages.unmappedColumns, String.join(", ", unmapped)), IMessageProvider.WARNING);
        } else if (getMessageType() == IMessageProvider.WARNING) {
            setMessage(null);
        }
        setPageComplete(true);
    }

    /** The mapping as shown. */
    ColumnMapping mapping() {
        return mapping;
    }

    /** The list of what each column holds, one per column of the file. */
    public List<Combo> targetCombos() {
        return List.copyOf(targetCombos);
    }

    public Combo profileCombo() {
        return profileCombo;
    }

    public Text profileNameField() {
        return profileName;
    }
}
