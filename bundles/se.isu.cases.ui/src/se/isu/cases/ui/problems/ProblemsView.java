package se.isu.cases.ui.problems;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.editors.CaseEditor;
import se.isu.cases.ui.editors.CaseEditorInput;
import se.isu.cases.ui.views.CasesView;
import se.isu.store.StoreException;
import se.isu.store.validation.CaseProblem;

/**
 * The workbench's Problems view: what is wrong with every case open in an editor, as the registrar
 * types, and with every draft in the store, checked against its form version. Lines are sorted by
 * case, then in the order the case lists them; double-clicking one opens the case (or brings its
 * editor forward) at the question. A stored draft open in an editor is listed as the editor has it.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "se.isu.cases.ui.views.problems";

    private final Runnable openChanged = this::update;
    /** Cases are saved in the UI thread, but an import may tell of its cases from its own. */
    private final Runnable storeChanged = () -> {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (Display.getCurrent() == display) {
            refresh();
        } else {
            display.asyncExec(this::refresh);
        }
    };

    private CLabel summary;
    private TableViewer viewer;
    private List<CaseProblems> drafts = List.of();
    private String draftsProblem;
    private List<ProblemRow> rows = List.of();

    private final IAction refreshAction = new Action(Messages.refresh) {
        @Override
        public void run() {
            refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        summary = new CLabel(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        // The message and the question share what case and type leave as the view is resized.
        Composite tableArea = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        column(columns, Messages.columnMessage, new ColumnWeightData(60, 200), row -> row.problem().message(),
                row -> images.getImage(row.problem().error() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
        column(columns, Messages.columnCase, new ColumnPixelData(190, true), ProblemRow::caseLabel, null);
        column(columns, Messages.columnQuestion, new ColumnWeightData(40, 160), ProblemRow::question, null);
        column(columns, Messages.columnType, new ColumnPixelData(80, true), ProblemRow::type, null);
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof ProblemRow row) {
                open(row);
            }
        });

        refreshAction.setToolTipText(Messages.refreshTooltip);
        getViewSite().getActionBars().getToolBarManager().add(refreshAction);
        getViewSite().getActionBars().getMenuManager().add(refreshAction);

        CasesUiPlugin plugin = CasesUiPlugin.getDefault();
        plugin.problemRegistry().addListener(openChanged);
        plugin.addCaseListener(storeChanged);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, ColumnLayoutData width, Function<ProblemRow, String> text,
            Function<ProblemRow, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ProblemRow) element);
            }

            /** The whole text, for a column too narrow to show it. */
            @Override
            public String getToolTipText(Object element) {
                return text.apply((ProblemRow) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((ProblemRow) element);
            }
        });
    }

    @Override
    public void dispose() {
        CasesUiPlugin plugin = CasesUiPlugin.getDefault();
        if (plugin != null) {
            plugin.problemRegistry().removeListener(openChanged);
            plugin.removeCaseListener(storeChanged);
        }
        super.dispose();
    }

    /** Checks the stored drafts again (after a save, a delete, an import) and shows everything anew. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        try {
            drafts = StoredDrafts.check(CasesUiPlugin.getDefault().store());
            draftsProblem = null;
        } catch (StoreException e) {
            drafts = List.of();
            draftsProblem = NLS.bind(Messages.draftsUnreadable, e.getMessage());
        }
        update();
    }

    /** Shows the open cases' problems as their editors last published them, and the drafts as last read. */
    private void update() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<CaseProblems> open = CasesUiPlugin.getDefault().problemRegistry().openCases();
        List<CaseProblems> cases = new ArrayList<>(open);
        for (CaseProblems draft : drafts) {
            if (open.stream().noneMatch(o -> o.isStoredCase(draft.municipality(), draft.formId(), draft.caseId()))) {
                cases.add(draft);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        cases.sort(Comparator.comparing(ProblemRow::caseLabel, collator));
        List<ProblemRow> lines = new ArrayList<>();
        for (CaseProblems owner : cases) {
            for (CaseProblem problem : owner.problems()) {
                lines.add(new ProblemRow(owner, problem));
            }
        }
        rows = List.copyOf(lines);
        viewer.setInput(rows);
        showSummary();
    }

    private void showSummary() {
        long errors = rows.stream().filter(r -> r.problem().error()).count();
        long warnings = rows.size() - errors;
        String errorText = NLS.bind(Messages.summaryErrors, errors);
        String warningText = warnings == 1 ? Messages.summaryOneWarning : NLS.bind(Messages.summaryWarnings, warnings);
        String text;
        if (errors == 0 && warnings == 0) {
            text = Messages.summaryNone;
        } else if (warnings == 0) {
            text = errorText;
        } else if (errors == 0) {
            text = warningText;
        } else {
            text = NLS.bind(Messages.summaryBoth, errorText, warningText);
        }
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (draftsProblem != null) {
            text = text + " \u2013 " + draftsProblem;
        }
        summary.setText(text);
        summary.setImage(errors > 0 ? images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
                : warnings > 0 || draftsProblem != null ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK)
                : images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
    }

    /** Brings the problem's case forward in its editor, opening a stored draft first, at the question. */
    public void open(ProblemRow row) {
        CaseProblems owner = row.owner();
        CaseEditor editor = owner.editor();
        if (editor != null && editor.getSite().getPage() != null) {
            editor.getSite().getPage().activate(editor);
        } else {
            IWorkbenchPage page = getSite().getPage();
            CasesView.open(page, CaseEditorInput.stored(owner.municipality(), owner.formId(), owner.caseId()));
            IEditorPart active = page.getActiveEditor();
            editor = active instanceof CaseEditor opened ? opened : null;
        }
        if (editor != null && row.problem().variableId() != null) {
            editor.reveal(row.problem().variableId());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    // Reached by the test fragment and by anyone who wants what the view lists.

    /** The lines as listed, top to bottom. */
    public List<ProblemRow> rows() {
        return rows;
    }

    /** "2 fel, 1 varning". */
    public String summaryText() {
        return summary.getText();
    }

    public TableViewer viewer() {
        return viewer;
    }
}
