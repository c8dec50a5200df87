package se.isu.forms.ui.views;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.forms.ui.internal.FormActions;
import se.isu.forms.ui.internal.FormLabels;
import se.isu.forms.ui.internal.Messages;

/**
 * The forms and their versions, where the process leader opens a version, drafts the next one,
 * publishes a draft and compares a version with the one before it.
 */
public final class FormsView extends ViewPart {

    public static final String ID = "se.isu.forms.ui.views.forms";

    private FormRegistry registry;
    private TreeViewer tree;
    private Text problems;
    private final Runnable registryListener = this::registryChanged;

    private final IAction openAction = action(Messages.actionOpen, Messages.actionOpenTooltip, ISharedImages.IMG_OBJ_FILE,
            this::openSelected);
    private final IAction newDraftAction = action(Messages.actionNewDraft, Messages.actionNewDraftTooltip,
            ISharedImages.IMG_TOOL_NEW_WIZARD, this::newDraftOfSelected);
    private final IAction publishAction = action(Messages.actionPublish, Messages.actionPublishTooltip,
            ISharedImages.IMG_TOOL_FORWARD, this::publishSelected);
    private final IAction compareAction = action(Messages.actionCompare, Messages.actionCompareTooltip,
            ISharedImages.IMG_ELCL_SYNCED, this::compareSelected);

    /** An action with the workbench's own icon, so the view's toolbar stays narrow; the menu shows its text. */
    private static IAction action(String text, String tooltip, String image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return action;
    }

    @Override
    public void createPartControl(Composite parent) {
        registry = FormsUiPlugin.getDefault().registry();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(root);
        tree = new TreeViewer(root, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((FormRegistry) input).definitions().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof FormDefinition d ? d.getVersions().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof FormVersion v ? registry.definitions().stream()
                        .filter(d -> d.getId().equals(v.getFormId())).findFirst().orElse(null) : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof FormDefinition;
            }
        });
        tree.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof FormVersion v ? FormLabels.version(v) : FormLabels.form((FormDefinition) element);
            }
        });
        tree.setInput(registry);
        tree.expandAll();
        tree.addDoubleClickListener(event -> openSelected());
        tree.addSelectionChangedListener(event -> updateActions());

        // What could not be read is shown, not thrown: the forms that could be read stay usable.
        problems = new Text(root, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problems);
        showRegistryProblems();

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        for (IAction action : List.of(openAction, newDraftAction, publishAction, compareAction)) {
            toolBar.add(action);
        }
        MenuManager menu = new MenuManager();
        for (IAction action : List.of(openAction, newDraftAction, publishAction, compareAction)) {
            menu.add(action);
        }
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        getSite().setSelectionProvider(tree);
        registry.addChangeListener(registryListener);
        updateActions();
    }

    private void showRegistryProblems() {
        List<String> found = registry.problems();
        problems.setText(found.isEmpty() ? "" : Messages.registryProblems + "\n" + String.join("\n", found));
        ((org.eclipse.swt.layout.GridData) problems.getLayoutData()).exclude = found.isEmpty();
        problems.setVisible(!found.isEmpty());
        problems.getParent().layout();
    }

    private FormVersion selected() {
        return ((IStructuredSelection) tree.getSelection()).getFirstElement() instanceof FormVersion v ? v : null;
    }

    /** Selects {@code version} in the tree, as a user's click does. */
    public void select(FormVersion version) {
        tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(version), true);
    }

    /** The labels of the versions as the tree shows them, form by form. */
    public List<String> versionLabels() {
        List<String> labels = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem form : tree.getTree().getItems()) {
            for (org.eclipse.swt.widgets.TreeItem version : form.getItems()) {
                labels.add(version.getText());
            }
        }
        return labels;
    }

    /** What the view says about files that could not be read; empty when all could be. */
    public String problemsText() {
        return problems.getText();
    }

    private void updateActions() {
        FormVersion version = selected();
        openAction.setEnabled(version != null);
        newDraftAction.setEnabled(version != null);
        publishAction.setEnabled(version != null && FormLifecycle.isEditable(version));
        compareAction.setEnabled(version != null && version.getPredecessor() != null);
    }

    private void registryChanged() {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh(true);
            tree.expandAll();
            showRegistryProblems();
            updateActions();
        }
    }

    private void openSelected() {
        FormVersion version = selected();
        if (version == null) {
            return;
        }
        try {
            FormActions.openEditor(getSite().getPage(), version);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.errorTitle, e.getMessage());
        }
    }

    private void newDraftOfSelected() {
        FormVersion base = selected();
        if (base == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.newDraftTitle,
                NLS.bind(Messages.newDraftPrompt, base.getFormName(), base.getVersion()), suggestedName(base),
                name -> FormActions.checkNewVersionName(registry, base, name));
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            FormVersion draft = FormActions.createDraft(registry, base, dialog.getValue());
            select(draft);
            FormActions.openEditor(getSite().getPage(), draft);
        } catch (FormLifecycleException | IOException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.newDraftTitle, e.getMessage());
        }
    }

    /** The next year after a version named by a year, which is how SU-X names its versions. */
    private String suggestedName(FormVersion base) {
        try {
            String next = String.valueOf(Integer.parseInt(base.getVersion().strip()) + 1);
            return FormActions.checkNewVersionName(registry, base, next) == null ? next : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private void publishSelected() {
        FormVersion draft = selected();
        if (draft == null) {
            return;
        }
        String title = NLS.bind(Messages.publishTitle, FormLabels.name(draft));
        InputDialog dialog = new InputDialog(getSite().getShell(), title, Messages.publishPrompt,
                LocalDate.now().withDayOfYear(1).plusYears(1).toString(), FormActions::checkValidFrom);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            FormActions.publish(getSite().getPage(), registry, draft, FormActions.parseValidFrom(dialog.getValue()));
        } catch (FormLifecycleException e) {
            MessageDialog.openWarning(getSite().getShell(), Messages.publishRefusedTitle, e.getMessage());
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
        }
    }

    private void compareSelected() {
        FormVersion version = selected();
        if (version == null) {
            return;
        }
        if (version.getPredecessor() == null) {
            MessageDialog.openInformation(getSite().getShell(), Messages.errorTitle,
                    NLS.bind(Messages.noPredecessor, FormLabels.name(version)));
            return;
        }
        try {
            FormActions.openDiff(getSite().getPage(), version.getPredecessor(), version);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.errorTitle, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeChangeListener(registryListener);
        }
        super.dispose();
    }
}
