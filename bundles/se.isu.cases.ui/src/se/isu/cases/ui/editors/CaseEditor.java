package se.isu.cases.ui.editors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.internal.Messages;
import se.isu.cases.ui.problems.CaseProblems;
import se.isu.store.validation.CaseProblem;
import se.isu.store.validation.CaseValidator;
import se.isu.forms.FormVersion;
import se.isu.forms.Question;
import se.isu.forms.Section;
import se.isu.forms.TextQuestion;
import se.isu.store.AnswerValue;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.Municipality;
import se.isu.store.StoreException;

/**
 * Edits one case in a form generated from its form version: the case's municipality, unit and case id
 * at the top, then every question of the version in form order under its section's heading, with the
 * help text beside it. The answers are checked as the registrar types; the problems are marked at
 * their fields and listed above the form. A case with errors can still be saved, as a draft, which
 * the store keeps out of analyses.
 */
public final class CaseEditor extends EditorPart {

    public static final String ID = "se.isu.cases.ui.editors.case";

    private FormVersion version;
    /** The case as last stored, or null while it has never been saved. */
    private CaseRecord stored;
    private CaseValidator validator;
    private boolean dirty;
    /** What the editor held when the case was opened or last saved. */
    private List<Object> saved;
    /** Set while widgets are filled from the record, so that filling does not count as an edit. */
    private boolean loading;
    private List<CaseProblem> problems = List.of();

    private CLabel statusLine;
    private Table messages;
    private ScrolledComposite scroller;
    private Combo municipality;
    private Text unit;
    private Text caseId;
    private String keyVariable;
    private final Map<String, QuestionField> fields = new LinkedHashMap<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CaseEditorInput caseInput)) {
            throw new PartInitException("Not a case: " + input);
        }
        setSite(site);
        setInput(input);
        try {
            CaseStore store = store();
            String versionName;
            if (caseInput.isNew()) {
                versionName = caseInput.formVersion();
            } else {
                stored = store.find(caseInput.municipality(), caseInput.formId(), caseInput.caseId())
                        .orElseThrow(() -> new PartInitException(NLS.bind(Messages.caseGone, caseInput.getToolTipText())));
                versionName = stored.formVersion();
            }
            version = store.registeredVersions().stream()
                    .filter(v -> v.getFormId().equals(caseInput.formId()) && v.getVersion().equals(versionName))
                    .findFirst()
                    .orElseThrow(() -> new PartInitException(NLS.bind(Messages.versionUnknown, caseInput.formId(), versionName)));
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        validator = new CaseValidator(version);
        updatePartName();
    }

    private void updatePartName() {
        String name = stored == null ? getEditorInput().getName() : stored.caseId();
        setPartName(stored != null && stored.draft() ? NLS.bind(Messages.draftPartName, name) : name);
        setTitleToolTip(NLS.bind(Messages.partTooltip, versionLabel(version),
                stored == null ? ((CaseEditorInput) getEditorInput()).municipality() : stored.municipality()));
    }

    /** The workbench's store, asked for at each use since it may have been closed and opened again. */
    private static CaseStore store() throws StoreException {
        return CasesUiPlugin.getDefault().store();
    }

    /** How the editor and the navigator name a form version: "SU-X 2021". */
    public static String versionLabel(FormVersion version) {
        String form = version.getFormName() == null || version.getFormName().isBlank() ? version.getFormId() : version.getFormName();
        return form + " " + version.getVersion();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);

        statusLine = new CLabel(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(statusLine);
        messages = new Table(root, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 84).applyTo(messages);
        messages.addListener(SWT.Selection, e -> revealProblem());

        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        Composite form = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form);
        scroller.setContent(form);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);

        loading = true;
        try {
            createHeader(form);
            for (Section section : version.getSections()) {
                createSection(form, section);
            }
        } finally {
            loading = false;
        }
        form.addListener(SWT.Resize, e -> scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        validate();
        saved = entered();
    }

    private void createHeader(Composite form) {
        Group header = new Group(form, SWT.NONE);
        header.setText(Messages.headerTitle);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);

        label(header, Messages.municipalityLabel);
        municipality = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(municipality);
        List<String> names = new ArrayList<>();
        try {
            store().municipalities().stream().map(Municipality::name).forEach(names::add);
        } catch (StoreException e) {
            statusLine.setText(e.getMessage());
        }
        String chosen = stored != null ? stored.municipality() : ((CaseEditorInput) getEditorInput()).municipality();
        if (!names.contains(chosen)) {
            names.add(chosen);
        }
        municipality.setItems(names.toArray(String[]::new));
        municipality.select(names.indexOf(chosen));
        municipality.addModifyListener(e -> changed());

        label(header, Messages.unitLabel);
        unit = new Text(header, SWT.BORDER);
        unit.setMessage(Messages.unitPrompt);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(unit);
        if (stored != null && stored.unit() != null) {
            unit.setText(stored.unit());
        }
        unit.addModifyListener(e -> changed());

        Question key = version.allQuestions().stream()
                .filter(q -> q instanceof TextQuestion text && text.isKey()).findFirst().orElse(null);
        keyVariable = key == null ? null : key.getVariableId();
        label(header, key == null ? Messages.caseIdLabel : key.getText());
        caseId = new Text(header, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(caseId);
        if (key != null && key.getHelpText() != null) {
            caseId.setToolTipText(key.getHelpText());
        }
        if (stored != null) {
            caseId.setText(stored.caseId());
        }
        caseId.addModifyListener(e -> changed());
        keyFieldsFor(stored);

        label(header, Messages.formVersionLabel);
        Label versionValue = new Label(header, SWT.NONE);
        versionValue.setText(versionLabel(version));
        if (keyVariable != null) {
            decorate(keyVariable, caseId);
        }
    }

    /** A stored case is known by municipality and case id; changing them would store another case. */
    private void keyFieldsFor(CaseRecord record) {
        municipality.setEnabled(record == null);
        caseId.setEditable(record == null);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private void createSection(Composite form, Section section) {
        List<Question> questions = section.getQuestions().stream()
                .filter(q -> !q.isRetired() && !q.getVariableId().equals(keyVariable)).toList();
        if (questions.isEmpty()) {
            return;
        }
        Group group = new Group(form, SWT.NONE);
        group.setText(section.getTitle() == null ? section.getId() : section.getTitle());
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(24, 4).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (Question question : questions) {
            createQuestion(group, question);
        }
    }

    /** The question and its input on the left, its help text in grey on the right. */
    private void createQuestion(Composite group, Question question) {
        Composite left = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 6).applyTo(left);
        GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(left);
        Label title = new Label(left, SWT.WRAP);
        String number = question.getNumber() == null || question.getNumber().isBlank() ? "" : question.getNumber() + ". ";
        title.setText(number + question.getText() + (question.isRequired() ? " *" : ""));
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(title);

        Composite input = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().extendedMargins(8, 0, 0, 0).applyTo(input);
        AnswerValue answer = stored == null ? null : stored.answers().get(question.getVariableId()).orElse(null);
        QuestionField field = QuestionField.create(input, question, answer, this::changed);
        field.note = new Label(left, SWT.WRAP);
        field.note.setForeground(left.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).exclude(true).applyTo(field.note);
        field.note.setVisible(false);
        fields.put(question.getVariableId(), field);
        decorate(question.getVariableId(), field.anchor());

        Label help = new Label(group, SWT.WRAP);
        help.setText(question.getHelpText() == null ? "" : question.getHelpText());
        help.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).indent(0, 6).applyTo(help);
    }

    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();

    private ControlDecoration decorate(String variableId, Control control) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setMarginWidth(2);
        decoration.hide();
        decorations.put(variableId, decoration);
        return decoration;
    }

    private void changed() {
        if (loading) {
            return;
        }
        validate();
        // Dirty means different from what is stored, so typing a change back, or a widget that reports
        // a value it was only given, leaves the editor clean.
        boolean nowDirty = !entered().equals(saved);
        if (nowDirty != dirty) {
            dirty = nowDirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Everything the registrar has entered, unreadable inputs included, to compare with {@link #saved}. */
    private List<Object> entered() {
        List<Object> state = new ArrayList<>(List.of(municipality.getText(), unit.getText().strip(),
                caseId.getText().strip(), answers()));
        fields.values().forEach(f -> state.add(String.valueOf(f.inputError())));
        return state;
    }

    /** The answers as entered; fields whose input cannot be read give none. */
    private Answers answers() {
        Answers.Builder builder = Answers.builder();
        fields.forEach((id, field) -> {
            AnswerValue value = field.value();
            if (value != null) {
                builder.put(id, value);
            }
        });
        return builder.build();
    }

    /** Checks the case as entered and shows the problems at their fields, in the list and the status line. */
    private void validate() {
        List<CaseProblem> found = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        fields.forEach((id, field) -> {
            String error = field.inputError();
            if (error != null) {
                unreadable.add(id);
                found.add(CaseProblem.error(id, error));
            }
        });
        if (municipality.getSelectionIndex() < 0) {
            found.add(CaseProblem.error(null, Messages.municipalityMissing));
        }
        for (CaseProblem problem : validator.validate(caseId.getText(), answers())) {
            // An unreadable input already has its own message; "must be answered" would only confuse.
            if (!unreadable.contains(problem.variableId())) {
                found.add(problem);
            }
        }
        problems = List.copyOf(found);
        showProblems();
    }

    private void showProblems() {
        Map<String, List<CaseProblem>> byField = problems.stream().filter(p -> p.variableId() != null)
                .collect(Collectors.groupingBy(CaseProblem::variableId));
        FieldDecorationRegistry registry = FieldDecorationRegistry.getDefault();
        decorations.forEach((id, decoration) -> {
            List<CaseProblem> own = byField.get(id);
            if (own == null) {
                decoration.hide();
                return;
            }
            boolean error = own.stream().anyMatch(CaseProblem::error);
            decoration.setImage(registry.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR
                    : FieldDecorationRegistry.DEC_WARNING).getImage());
            decoration.setDescriptionText(own.stream().map(CaseProblem::message).collect(Collectors.joining("\n")));
            decoration.show();
        });

        messages.removeAll();
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        for (CaseProblem problem : problems) {
            TableItem item = new TableItem(messages, SWT.NONE);
            item.setText(problem.message());
            item.setImage(images.getImage(problem.error() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
            item.setData(problem);
        }
        long errors = problems.stream().filter(CaseProblem::error).count();
        Image image;
        String text;
        if (errors > 0) {
            image = images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            text = NLS.bind(Messages.statusErrors, errors);
        } else if (stored != null && stored.draft() && !dirty) {
            image = images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            text = Messages.statusStoredDraft;
        } else {
            image = images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
            text = problems.isEmpty() ? Messages.statusComplete : Messages.statusWarnings;
        }
        statusLine.setImage(image);
        statusLine.setText(text);
        statusLine.getParent().layout(true);
        CasesUiPlugin.getDefault().problemRegistry().publish(new CaseProblems(this, municipality.getText(),
                caseId.getText(), stored != null, version, problems));
    }

    @Override
    public void dispose() {
        if (CasesUiPlugin.getDefault() != null) {
            CasesUiPlugin.getDefault().problemRegistry().withdraw(this);
        }
        super.dispose();
    }

    private void revealProblem() {
        int index = messages.getSelectionIndex();
        if (index < 0 || !(messages.getItem(index).getData() instanceof CaseProblem problem) || problem.variableId() == null) {
            return;
        }
        reveal(problem.variableId());
    }

    /** Scrolls the question into view and puts the cursor in it; a question the form does not show is ignored. */
    public void reveal(String variableId) {
        QuestionField field = fields.get(variableId);
        if (field == null && !variableId.equals(keyVariable)) {
            return;
        }
        Control control = field == null ? caseId : field.anchor();
        scroller.showControl(control);
        control.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        validate();
        String id = caseId.getText().strip();
        String chosenMunicipality = municipality.getText();
        String unitName = unit.getText().isBlank() ? null : unit.getText().strip();
        boolean draft = CaseValidator.hasErrors(problems);
        CaseRecord record = CaseRecord.of(chosenMunicipality, unitName, version.getFormId(), version.getVersion(), id,
                draft, answers());
        try {
            if (stored == null) {
                Optional<CaseRecord> existing = id.isEmpty() ? Optional.empty() : store().find(chosenMunicipality, version.getFormId(), id);
                if (existing.isPresent()) {
                    throw new StoreException(NLS.bind(Messages.caseIdTaken, new Object[] { id, chosenMunicipality,
                            versionLabel(version) }));
                }
            }
            store().save(record);
            stored = store().find(chosenMunicipality, version.getFormId(), id).orElse(record);
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        keyFieldsFor(stored);
        saved = entered();
        dirty = false;
        firePropertyChange(PROP_DIRTY);
        updatePartName();
        showProblems();
        CasesUiPlugin.getDefault().casesChanged();
    }

    /** A case is identified by its kommun and ärende-id, not by a file: there is nothing to save it as. */
    @Override
    public void doSaveAs() {
        // isSaveAsAllowed() is false, so the workbench never offers Save As for a case.
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        (caseId.getEditable() ? caseId : unit).setFocus();
    }

    /** The case as last saved, or null before the first save. */
    public CaseRecord storedCase() {
        return stored;
    }

    public FormVersion formVersion() {
        return version;
    }

    /** The problems of the case as entered now, in the order they are listed. */
    public List<CaseProblem> problems() {
        return problems;
    }

    // Reached by the test fragment, which drives the editor as a registrar would.

    Combo municipalityField() {
        return municipality;
    }

    Text caseIdField() {
        return caseId;
    }

    Text unitField() {
        return unit;
    }

    /** The text field of an integer, date or text question. */
    Text textField(String variableId) {
        return (Text) fields.get(variableId).anchor();
    }

    /** The radio button or check box of one option, or null when the option is not offered. */
    org.eclipse.swt.widgets.Button option(String variableId, int code) {
        return ((QuestionField.ChoiceField) fields.get(variableId)).buttons.get(code);
    }

    Text commentField(String variableId, int code) {
        return ((QuestionField.ChoiceField) fields.get(variableId)).comments.get(code);
    }

    /** Why the question last refused an input, or "" when it did not. */
    String note(String variableId) {
        QuestionField field = fields.get(variableId);
        return field.note.isVisible() ? field.note.getText() : "";
    }

    boolean decorated(String variableId) {
        return decorations.get(variableId).isVisible();
    }

    List<String> listedMessages() {
        List<String> texts = new ArrayList<>();
        for (TableItem item : messages.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    String statusText() {
        return statusLine.getText();
    }
}
