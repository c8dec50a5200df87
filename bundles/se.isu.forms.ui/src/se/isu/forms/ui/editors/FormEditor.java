package se.isu.forms.ui.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.part.EditorPart;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsFactory;
import se.isu.forms.FormsPackage;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.Section;
import se.isu.forms.crosswalk.provider.CrosswalkItemProviderAdapterFactory;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.provider.FormsItemProviderAdapterFactory;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.forms.ui.internal.FormLabels;
import se.isu.forms.ui.internal.Messages;

/**
 * Edits one form version: its parts in a tree, the selected part's fields beside it, and the
 * version's problems below, checked again after every change. Every change is a command on the
 * editor's own stack, so it can be undone and makes the editor dirty; saving writes the draft
 * through the registry. A version that is not a draft opens read-only and refuses every change with
 * the lifecycle's reason, shown in the message line at the top.
 */
public final class FormEditor extends EditorPart {

    public static final String ID = "se.isu.forms.ui.editors.form";

    /** The question kinds a user may add, in the order the dialog offers them. */
    public static final List<EClass> QUESTION_KINDS = List.of(
            FormsPackage.Literals.TEXT_QUESTION,
            FormsPackage.Literals.INTEGER_QUESTION,
            FormsPackage.Literals.DATE_QUESTION,
            FormsPackage.Literals.SINGLE_CHOICE_QUESTION,
            FormsPackage.Literals.MULTIPLE_CHOICE_QUESTION);

    private FormRegistry registry;
    private FormVersion version;
    private ComposedAdapterFactory adapterFactory;
    private BasicCommandStack commandStack;
    private AdapterFactoryEditingDomain domain;
    /** What changed since the version was opened or last saved, to take back when the user does not save. */
    private ChangeRecorder sinceSave;
    private final Runnable registryListener = this::registryChanged;
    private final CommandStackListener stackListener = event -> commandStackChanged();

    private CLabel messageLine;
    private TreeViewer tree;
    private FormDetailsPanel details;
    private TableViewer problems;
    private Label problemsHeader;

    private final IAction addOptionAction = action(Messages.actionAddOption, this::addOption);
    private final IAction addQuestionAction = action(Messages.actionAddQuestion, this::addQuestionAskingKind);
    private final IAction retireAction = action(Messages.actionRetire, this::retireSelected);
    private final IAction undoAction = action(Messages.actionUndo, this::undo);
    private final IAction redoAction = action(Messages.actionRedo, this::redo);

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof FormEditorInput formInput)) {
            throw new PartInitException("Not a form version: " + input);
        }
        setSite(site);
        setInput(input);
        registry = FormsUiPlugin.getDefault().registry();
        version = registry.find(formInput.formId(), formInput.version())
                .orElseThrow(() -> new PartInitException("No form version " + formInput.getName()));
        setPartName(FormLabels.name(version));
        adapterFactory = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
                new FormsItemProviderAdapterFactory(), new CrosswalkItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory() });
        commandStack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, registry.resourceSet());
        commandStack.addCommandStackListener(stackListener);
        registry.addChangeListener(registryListener);
        sinceSave = new ChangeRecorder(version);

        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        updateActions();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(root);

        messageLine = new CLabel(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(messageLine);
        ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(addQuestionAction);
        toolBar.add(addOptionAction);
        toolBar.add(retireAction);
        toolBar.add(new Separator());
        toolBar.add(undoAction);
        toolBar.add(redoAction);
        GridDataFactory.fillDefaults().applyTo(toolBar.createControl(root));

        SashForm vertical = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(vertical);
        SashForm sash = new SashForm(vertical, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new ItemProviders.Content(adapterFactory));
        tree.setLabelProvider(new ItemProviders.Labels(adapterFactory));
        tree.setInput(version);
        tree.expandToLevel(2);
        details = new FormDetailsPanel(sash, this, adapterFactory);
        sash.setWeights(55, 45);
        tree.addSelectionChangedListener(event -> {
            Object first = event.getStructuredSelection().getFirstElement();
            details.show(first instanceof EObject e ? e : null);
        });

        MenuManager menu = new MenuManager();
        menu.add(addQuestionAction);
        menu.add(addOptionAction);
        menu.add(retireAction);
        menu.add(new Separator());
        menu.add(undoAction);
        menu.add(redoAction);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));

        Composite problemsArea = new Composite(vertical, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(problemsArea);
        problemsHeader = new Label(problemsArea, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsHeader);
        problems = new TableViewer(problemsArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        problems.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Diagnostic) element).getMessage();
            }

            @Override
            public Image getImage(Object element) {
                String image = ((Diagnostic) element).getSeverity() >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK;
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        problems.addSelectionChangedListener(event -> {
            // Selecting a problem selects the part of the form it is about.
            Object first = event.getStructuredSelection().getFirstElement();
            if (first instanceof Diagnostic d && !d.getData().isEmpty() && d.getData().get(0) instanceof EObject subject) {
                tree.setSelection(new StructuredSelection(subject), true);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problems.getControl());
        vertical.setWeights(78, 22);

        getSite().setSelectionProvider(tree);
        showStatus();
        refreshProblems();
    }

    /** Whether this editor may change its version: only a draft may be changed. */
    public boolean isEditable() {
        return FormLifecycle.isEditable(version);
    }

    public FormVersion version() {
        return version;
    }

    /** The text of the message line, where refusals and the read-only state are shown. */
    public String message() {
        return messageLine.getText();
    }

    /** The problems of the version as the problems area shows them. */
    public List<String> problems() {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < problems.getTable().getItemCount(); i++) {
            messages.add(problems.getTable().getItem(i).getText());
        }
        return messages;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    TreeViewer tree() {
        return tree;
    }

    FormDetailsPanel details() {
        return details;
    }

    /** Selects {@code element} in the tree, and so shows its fields. */
    public void select(EObject element) {
        tree.setSelection(new StructuredSelection(element), true);
    }

    private Object selected() {
        return ((IStructuredSelection) tree.getSelection()).getFirstElement();
    }

    // ---- changes ----

    /** Sets a property of a part of the version, as an undoable command; refused unless a draft. */
    void set(EObject owner, EStructuralFeature feature, Object value) {
        execute(SetCommand.create(domain, owner, feature, value));
    }

    /**
     * Adds an option to the selected choice question (or to the question of the selected option).
     * Its code is one more than the highest code the question has ever had, retired ones included,
     * since a code is never reused.
     */
    public Option addOption() {
        if (!refuseIfNotEditable()) {
            return null;
        }
        Object selected = selected();
        ChoiceQuestion question = selected instanceof ChoiceQuestion q ? q
                : selected instanceof Option o && o.eContainer() instanceof ChoiceQuestion q ? q : null;
        if (question == null) {
            showProblem(Messages.addOptionNeedsChoice);
            return null;
        }
        Option option = FormsFactory.eINSTANCE.createOption();
        option.setCode(question.getOptions().stream().mapToInt(Option::getCode).max().orElse(0) + 1);
        option.setLabel(Messages.newOptionLabel);
        // New options go after the ones in use and before the retired ones, the order the form shows.
        int index = 0;
        for (int i = 0; i < question.getOptions().size(); i++) {
            if (!question.getOptions().get(i).isRetired()) {
                index = i + 1;
            }
        }
        return execute(AddCommand.create(domain, question, FormsPackage.Literals.CHOICE_QUESTION__OPTIONS, option, index)) ? option : null;
    }

    private void addQuestionAskingKind() {
        if (!refuseIfNotEditable()) {
            return;
        }
        ListDialog dialog = new ListDialog(getSite().getShell());
        dialog.setTitle(Messages.questionKindTitle);
        dialog.setMessage(Messages.questionKindPrompt);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return kindName((EClass) element);
            }
        });
        dialog.setInput(QUESTION_KINDS);
        dialog.setInitialSelections(QUESTION_KINDS.get(3));
        if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
            addQuestion((EClass) dialog.getResult()[0]);
        }
    }

    /** What the question kind dialog calls a kind: text, heltal, datum, enval, flerval. */
    public static String kindName(EClass kind) {
        if (kind == FormsPackage.Literals.TEXT_QUESTION) {
            return Messages.kindText;
        } else if (kind == FormsPackage.Literals.INTEGER_QUESTION) {
            return Messages.kindInteger;
        } else if (kind == FormsPackage.Literals.DATE_QUESTION) {
            return Messages.kindDate;
        } else if (kind == FormsPackage.Literals.SINGLE_CHOICE_QUESTION) {
            return Messages.kindSingle;
        }
        return Messages.kindMultiple;
    }

    /**
     * Adds a question of {@code kind} after the selected question, or at the end of the selected
     * section, with a variable name no other question of the version has.
     */
    public Question addQuestion(EClass kind) {
        if (!refuseIfNotEditable()) {
            return null;
        }
        Object selected = selected();
        if (selected instanceof Option option) {
            selected = option.eContainer();
        }
        Section section = selected instanceof Section s ? s : selected instanceof Question q && q.eContainer() instanceof Section s ? s : null;
        if (section == null) {
            showProblem(Messages.addQuestionNeedsSection);
            return null;
        }
        int index = selected instanceof Question q ? section.getQuestions().indexOf(q) + 1 : section.getQuestions().size();
        Question question = (Question) EcoreUtil.create(kind);
        int n = 1;
        while (version.findQuestion(NLS.bind(Messages.newQuestionVariable, n)) != null) {
            n++;
        }
        question.setVariableId(NLS.bind(Messages.newQuestionVariable, n));
        question.setText(Messages.newQuestionText);
        return execute(AddCommand.create(domain, section, FormsPackage.Literals.SECTION__QUESTIONS, question, index)) ? question : null;
    }

    /** Marks the selected question or option as retired: published content is never deleted. */
    public void retireSelected() {
        if (!refuseIfNotEditable()) {
            return;
        }
        Object selected = selected();
        EStructuralFeature retired = selected instanceof Option ? FormsPackage.Literals.OPTION__RETIRED
                : selected instanceof Question ? FormsPackage.Literals.QUESTION__RETIRED : null;
        if (retired == null) {
            showProblem(Messages.retireNeedsElement);
            return;
        }
        if (Boolean.TRUE.equals(((EObject) selected).eGet(retired))) {
            showProblem(NLS.bind(Messages.alreadyRetired, FormLabels.element(selected)));
            return;
        }
        set((EObject) selected, retired, Boolean.TRUE);
    }

    public void undo() {
        if (refuseIfNotEditable() && commandStack.canUndo()) {
            commandStack.undo();
        }
    }

    public void redo() {
        if (refuseIfNotEditable() && commandStack.canRedo()) {
            commandStack.redo();
        }
    }

    private boolean execute(Command command) {
        if (!refuseIfNotEditable()) {
            return false;
        }
        if (!command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    /**
     * True when the version is a draft; otherwise shows the lifecycle's reason in the message line
     * (not in a dialog: the user keeps reading the form) and returns false.
     */
    boolean refuseIfNotEditable() {
        try {
            FormLifecycle.requireDraft(version);
            return true;
        } catch (FormLifecycleException e) {
            showProblem(e.getMessage());
            return false;
        }
    }

    /** Shows a reason why something was not done in the message line. */
    void showProblem(String message) {
        if (messageLine != null && !messageLine.isDisposed()) {
            messageLine.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
            messageLine.setText(message);
            messageLine.setToolTipText(message);
        }
    }

    /** The message line at rest: the draft's hint, or why the version cannot change. */
    private void showStatus() {
        try {
            FormLifecycle.requireDraft(version);
            messageLine.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
            messageLine.setText(Messages.draftMessage);
            messageLine.setToolTipText(null);
        } catch (FormLifecycleException e) {
            showProblem(e.getMessage());
        }
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        updateActions();
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        tree.refresh(true);
        Command last = commandStack.getMostRecentCommand();
        Collection<?> affected = last == null ? List.of() : last.getAffectedObjects();
        List<Object> visible = affected.stream().filter(o -> o instanceof EObject e && e.eResource() != null).map(o -> (Object) o).toList();
        if (!visible.isEmpty()) {
            tree.setSelection(new StructuredSelection(visible), true);
        }
        Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
        details.show(first instanceof EObject e && e.eResource() != null ? e : null);
        showStatus();
        refreshProblems();
    }

    private void updateActions() {
        undoAction.setEnabled(commandStack.canUndo());
        redoAction.setEnabled(commandStack.canRedo());
    }

    private void refreshProblems() {
        List<Diagnostic> found = new ArrayList<>();
        collect(FormLifecycle.validate(version), found);
        problems.setInput(found);
        problemsHeader.setText(found.isEmpty() ? Messages.problemsHeader + ": " + Messages.noProblems
                : NLS.bind(Messages.problemCount, found.size()));
    }

    /** The leaves of a diagnostic tree that say something is wrong. */
    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                into.add(diagnostic);
            }
        } else {
            diagnostic.getChildren().forEach(child -> collect(child, into));
        }
    }

    private void registryChanged() {
        // Publishing from the forms view turns an open draft read-only; the editor follows.
        if (messageLine != null && !messageLine.isDisposed()) {
            messageLine.getDisplay().asyncExec(() -> {
                if (!messageLine.isDisposed()) {
                    showStatus();
                    Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
                    details.show(first instanceof EObject e && e.eResource() != null ? e : null);
                    tree.refresh(true);
                    refreshProblems();
                }
            });
        }
    }

    // ---- saving ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!isDirty()) {
            return;
        }
        try {
            registry.saveDraft(version);
            commandStack.saveIsDone();
            sinceSave.dispose();
            sinceSave = new ChangeRecorder(version);
            firePropertyChange(PROP_DIRTY);
            updateActions();
        } catch (FormLifecycleException | IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // One file per version: a copy under another name is a new draft, made from the forms view.
    }

    @Override
    public boolean isDirty() {
        return commandStack != null && commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        registry.removeChangeListener(registryListener);
        commandStack.removeCommandStackListener(stackListener);
        // The version lives on in the registry after the editor closes: changes the user chose not
        // to save are taken back, so the registry holds what is on disk. A recorder, not the command
        // stack, since undoing past the save point and editing again leaves the save point unreachable.
        ChangeDescription unsaved = sinceSave.endRecording();
        if (isDirty()) {
            unsaved.apply();
        }
        sinceSave.dispose();
        adapterFactory.dispose();
        super.dispose();
    }
}
