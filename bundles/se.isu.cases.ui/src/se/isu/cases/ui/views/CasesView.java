package se.isu.cases.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.editors.CaseEditor;
import se.isu.cases.ui.editors.CaseEditorInput;
import se.isu.cases.ui.internal.Messages;
import se.isu.forms.FormVersion;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.Municipality;
import se.isu.store.StoreException;

/**
 * The case navigator: municipalities, under each the years of closing with their counts, and the
 * cases of a year; cases without a closing date have a node of their own. Opens cases in the case
 * editor, starts new ones and deletes them, and reads the store again after every save.
 */
public final class CasesView extends ViewPart {

    public static final String ID = "se.isu.cases.ui.views.cases";

    /** A municipality with cases. */
    public record MunicipalityNode(String name) {
    }

    /** The cases of a municipality closed in one year; a null year holds those without a closing date. */
    public record YearNode(String municipality, Integer year) {
    }

    private TreeViewer viewer;
    private Label problemLine;
    private final Map<Object, Integer> counts = new LinkedHashMap<>();
    /** The year node each case was last listed under, by municipality, form and case id. */
    private final Map<List<String>, YearNode> parents = new HashMap<>();
    private final Runnable caseListener = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            refresh();
        }
    };

    private final IAction openAction = action(Messages.actionOpen, Messages.actionOpenTooltip, this::openSelected);
    private final IAction newAction = action(Messages.actionNewCase, Messages.actionNewCaseTooltip, this::newCase);
    private final IAction deleteAction = action(Messages.actionDelete, Messages.actionDeleteTooltip, this::deleteSelected);
    private final IAction refreshAction = action(Messages.actionRefresh, Messages.actionRefreshTooltip, this::refresh);

    private static IAction action(String text, String tooltip, Runnable run) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(root);
        problemLine = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problemLine);
        problemLine.setVisible(false);

        viewer = new TreeViewer(root, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setComparer(new ByKey());
        viewer.setUseHashlookup(true);
        viewer.addDoubleClickListener(event -> {
            Object element = viewer.getStructuredSelection().getFirstElement();
            if (element instanceof CaseRecord) {
                openSelected();
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        viewer.addSelectionChangedListener(event -> updateActions());

        MenuManager menu = new MenuManager();
        menu.add(openAction);
        menu.add(newAction);
        menu.add(new Separator());
        menu.add(deleteAction);
        menu.add(new Separator());
        menu.add(refreshAction);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(newAction);
        toolBar.add(deleteAction);
        toolBar.add(refreshAction);

        CasesUiPlugin.getDefault().addCaseListener(caseListener);
        viewer.setInput(this);
        refresh();
    }

    @Override
    public void dispose() {
        CasesUiPlugin.getDefault().removeCaseListener(caseListener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** The tree, for those who add to the navigator and for the workbench's tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    // Reached by the test fragment, which runs the actions as the toolbar does.

    IAction newCaseAction() {
        return newAction;
    }

    IAction deleteAction() {
        return deleteAction;
    }

    /** Reads the counts from the store again and redraws the tree, keeping what was expanded. */
    public void refresh() {
        counts.clear();
        List<String> problems = new ArrayList<>();
        try {
            CaseStore store = CasesUiPlugin.getDefault().store();
            problems.addAll(CasesUiPlugin.getDefault().registrationProblems());
            for (CaseCount count : store.counts(CaseQuery.all())) {
                counts.merge(new MunicipalityNode(count.municipality()), count.count(), Integer::sum);
                counts.merge(new YearNode(count.municipality(), count.year()), count.count(), Integer::sum);
            }
        } catch (StoreException e) {
            problems.add(e.getMessage());
        }
        if (problems.isEmpty() && counts.isEmpty()) {
            problems.add(Messages.noCasesYet);
        }
        showProblems(problems);
        viewer.refresh();
        updateActions();
    }

    private void showProblems(List<String> problems) {
        boolean any = !problems.isEmpty();
        problemLine.setText(String.join("\n", problems));
        ((org.eclipse.swt.layout.GridData) problemLine.getLayoutData()).exclude = !any;
        problemLine.setVisible(any);
        problemLine.getParent().layout(true);
    }

    private void updateActions() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        openAction.setEnabled(selected instanceof CaseRecord);
        deleteAction.setEnabled(selected instanceof CaseRecord);
    }

    private void openSelected() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof CaseRecord record) {
            open(getSite().getPage(), CaseEditorInput.of(record));
        }
    }

    /** Opens a case in the case editor; a case that cannot be opened is explained in a dialog. */
    public static void open(IWorkbenchPage page, CaseEditorInput input) {
        try {
            page.openEditor(input, CaseEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailedTitle, e.getMessage());
        }
    }

    private void newCase() {
        List<FormVersion> versions;
        List<String> municipalities;
        try {
            versions = CasesUiPlugin.getDefault().publishedVersions();
            municipalities = CasesUiPlugin.getDefault().store().municipalities().stream().map(Municipality::name).toList();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.newCaseTitle, e.getMessage());
            return;
        }
        if (versions.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.newCaseTitle, Messages.noPublishedVersion);
            return;
        }
        NewCaseDialog dialog = new NewCaseDialog(getSite().getShell(), versions, municipalities, selectedMunicipality());
        if (dialog.open() == Window.OK) {
            FormVersion version = dialog.version();
            open(getSite().getPage(), CaseEditorInput.newCase(dialog.municipality(), version.getFormId(), version.getVersion()));
        }
    }

    private String selectedMunicipality() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected instanceof MunicipalityNode node) {
            return node.name();
        }
        if (selected instanceof YearNode node) {
            return node.municipality();
        }
        return selected instanceof CaseRecord record ? record.municipality() : null;
    }

    private void deleteSelected() {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof CaseRecord record)) {
            return;
        }
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.deleteTitle,
                NLS.bind(Messages.deletePrompt, record.caseId(), record.municipality()))) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        var editor = page.findEditor(CaseEditorInput.of(record));
        if (editor != null) {
            page.closeEditor(editor, false);
        }
        try {
            CasesUiPlugin.getDefault().store().delete(record.municipality(), record.formId(), record.caseId());
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.deleteTitle, e.getMessage());
        }
        CasesUiPlugin.getDefault().casesChanged();
    }


    private static List<String> key(CaseRecord record) {
        return List.of(record.municipality(), record.formId(), record.caseId());
    }

    /** The cases under a year node, read when the node is expanded. */
    private static List<CaseRecord> cases(YearNode node) throws StoreException {
        CaseStore store = CasesUiPlugin.getDefault().store();
        CaseQuery municipality = CaseQuery.all().withMunicipality(node.municipality());
        if (node.year() != null) {
            return store.find(municipality.withClosingYear(node.year()));
        }
        // The query selects years, not their absence: those without a closing date are the rest.
        Set<Integer> years = new TreeSet<>();
        for (CaseCount count : store.counts(municipality)) {
            if (count.year() != null) {
                years.add(count.year());
            }
        }
        Set<List<String>> closed = new HashSet<>();
        if (!years.isEmpty()) {
            store.find(municipality.withClosingYears(years)).forEach(r -> closed.add(List.of(r.formId(), r.caseId())));
        }
        return store.find(municipality).stream().filter(r -> !closed.contains(List.of(r.formId(), r.caseId()))).toList();
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return counts.keySet().stream().filter(MunicipalityNode.class::isInstance).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof MunicipalityNode node) {
                return counts.keySet().stream()
                        .filter(k -> k instanceof YearNode year && year.municipality().equals(node.name())).toArray();
            }
            if (parent instanceof YearNode node) {
                try {
                    List<CaseRecord> cases = cases(node);
                    cases.forEach(r -> parents.put(key(r), node));
                    return cases.toArray();
                } catch (StoreException e) {
                    showProblems(List.of(e.getMessage()));
                }
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof YearNode node) {
                return new MunicipalityNode(node.municipality());
            }
            return element instanceof CaseRecord record ? parents.get(key(record)) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !(element instanceof CaseRecord);
        }
    }

    private final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof MunicipalityNode node) {
                return NLS.bind(Messages.countedNode, node.name(), counts.get(node));
            }
            if (element instanceof YearNode node) {
                return NLS.bind(Messages.countedNode, node.year() == null ? Messages.noClosingDate : node.year().toString(),
                        counts.get(node));
            }
            CaseRecord record = (CaseRecord) element;
            String label = NLS.bind(Messages.caseNode, new Object[] { record.caseId(), record.formId(), record.formVersion() });
            return record.draft() ? NLS.bind(Messages.draftNode, label) : label;
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof CaseRecord record) {
                return images.getImage(record.draft() ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJ_FILE);
            }
            return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
    }

    /**
     * Cases are equal by their key, not by answers or times, so that a case stays selected across the
     * refresh that follows its own save.
     */
    private static final class ByKey implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof CaseRecord x && b instanceof CaseRecord y) {
                return x.municipality().equals(y.municipality()) && x.formId().equals(y.formId())
                        && x.caseId().equals(y.caseId());
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof CaseRecord r ? Objects.hash(r.municipality(), r.formId(), r.caseId())
                    : Objects.hashCode(element);
        }
    }
}
