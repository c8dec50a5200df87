package se.isu.analysis.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.AnalysisSelection;
import se.isu.analysis.ui.AnalysisSelection.Compare;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.Comparison;
import se.isu.analysis.ui.ResultTables;
import se.isu.analysis.ui.export.ResultExport;
import se.isu.analysis.ui.internal.Messages;
import se.isu.analysis.ui.outputs.AnalysisOutput;
import se.isu.analysis.ui.outputs.OutputKind;
import se.isu.analysis.ui.outputs.OutputRegistry;
import se.isu.analysis.ui.outputs.ValueChoice;

/**
 * The result of one analysis (the view's secondary id is the analysis id): its table beside its chart,
 * computed in a job from the dataset and the filter bar's selection, again whenever the selection or
 * the cases change. The chart is the output bound to the analysis (extension point
 * {@code se.isu.analysis.ui.outputs}), else the default for its result. Exports write what is shown.
 */
public final class ResultView extends ViewPart {

    public static final String ID = "se.isu.analysis.ui.views.result";

    /** The parameters an analysis may declare to take the comparison and the quantile method itself. */
    public static final String COMPARE = "compare";
    public static final String FOCUS = "focus";
    public static final String QUANTILE = "quantile";

    /** A computed result; {@code combined} when the view put several runs side by side itself. */
    record Computed(AnalysisResult result, boolean combined) {
    }

    private AnalysisDescriptor descriptor;
    private Label status;
    private org.eclipse.swt.widgets.Text notes;
    private SashForm sash;
    private TableViewer viewer;
    private Composite chartHolder;
    private AnalysisOutput output;
    private OutputRegistry.Binding outputBinding;
    private OutputKind outputKind;
    private Computed shown;
    private Job job;
    private volatile boolean computing;
    private Color grey;

    /** Whether the selection changed while the view was hidden; it computes again when shown. */
    private boolean stale;

    private final Runnable selectionListener = () -> {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            // Only the views in sight compute at once, so the one the user looks at does not wait for the
            // hidden ones (measured: with all seventeen open at a million cases, over a second).
            if (getSite().getPage().isPartVisible(this)) {
                recompute();
            } else {
                stale = true;
                if (job != null) {
                    job.cancel();
                }
            }
        });
    };

    private final IPartListener2 visibilityListener = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (stale && reference.getPart(false) == ResultView.this) {
                recompute();
            }
        }
    };

    private final IAction pngAction = action(Messages.actionPng, () -> exportWithDialog("*.png", this::exportPng));
    private final IAction xlsxAction = action(Messages.actionXlsx, () -> exportWithDialog("*.xlsx", this::exportXlsx));
    private final IAction csvAction = action(Messages.actionCsv, () -> exportWithDialog("*.csv", this::exportCsv));
    private final IAction copyAction = action(Messages.actionCopy, this::copyToClipboard);

    private interface Export {
        void write(Path target) throws IOException;
    }

    private static IAction action(String text, Runnable run) {
        IAction action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        return action;
    }

    /** Opens (or brings up) the result view of an analysis. */
    public static ResultView open(IWorkbenchPage page, String analysisId) throws PartInitException {
        IViewPart part = page.showView(ID, analysisId, IWorkbenchPage.VIEW_ACTIVATE);
        return (ResultView) part;
    }

    @Override
    public void createPartControl(Composite parent) {
        AnalysisUiPlugin plugin = AnalysisUiPlugin.getDefault();
        String analysisId = getViewSite().getSecondaryId();
        descriptor = analysisId == null ? null : plugin.analyses().find(analysisId).orElse(null);
        grey = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);

        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        chartHolder = new Composite(sash, SWT.NONE);
        chartHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        sash.setWeights(1, 2);
        // The notes (masking, comparability) can be long: a few lines, scrolled, so the chart keeps its room.
        notes = new org.eclipse.swt.widgets.Text(root, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        notes.setBackground(root.getBackground());
        GC measure = new GC(notes);
        int lineHeight = measure.getFontMetrics().getHeight();
        measure.dispose();
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 4 * lineHeight + 6).applyTo(notes);

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(pngAction);
        toolBar.add(xlsxAction);
        toolBar.add(csvAction);
        toolBar.add(copyAction);
        updateActions();

        if (descriptor == null) {
            status.setText(NLS.bind(Messages.unknownAnalysis, analysisId));
            return;
        }
        setPartName(descriptor.name());
        setTitleToolTip(plugin.outputs().description(descriptor.id()).orElse(descriptor.name()));
        plugin.selection().addListener(selectionListener);
        getSite().getPage().addPartListener(visibilityListener);
        recompute();
    }

    @Override
    public void dispose() {
        AnalysisUiPlugin plugin = AnalysisUiPlugin.getDefault();
        if (plugin != null) {
            plugin.selection().removeListener(selectionListener);
        }
        getSite().getPage().removePartListener(visibilityListener);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    public AnalysisDescriptor descriptor() {
        return descriptor;
    }

    /** The result shown, or null before the first computation ends. */
    public AnalysisResult result() {
        return shown == null ? null : shown.result();
    }

    /** The result shown as the table shows it. */
    public Table table() {
        return shown == null ? null : ResultTables.asTable(shown.result());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public AnalysisOutput output() {
        return output;
    }

    /** The control the chart is drawn in. */
    public Control chartControl() {
        return chartHolder;
    }

    /** Whether a computation is under way; its result is shown when it ends. */
    public boolean isComputing() {
        return computing;
    }

    /** Computes the result again, in a job; the view shows it when the job ends. */
    public void recompute() {
        if (descriptor == null) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        stale = false;
        AnalysisUiPlugin plugin = AnalysisUiPlugin.getDefault();
        AnalysisSelection selection = plugin.selection();
        DatasetFilter filter = selection.filter();
        Compare compare = selection.compare();
        String focus = selection.focus();
        SmallCountMasking masking = plugin.masking();
        String quantile = plugin.quantileType() == se.isu.analysis.stats.QuantileType.TYPE_6 ? "6" : "7";
        computing = true;
        status.setText(NLS.bind(Messages.computing, descriptor.name()));
        Display display = status.getDisplay();
        Job next = new Job(NLS.bind(Messages.jobComputing, descriptor.name())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 2);
                Computed computed;
                String problem = null;
                try {
                    Dataset dataset = plugin.dataset(monitor);
                    monitor.worked(1);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    computed = compute(descriptor, dataset, filter, compare, focus, masking, quantile);
                } catch (Exception e) {
                    computed = null;
                    problem = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                monitor.done();
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Computed result = computed;
                String failure = problem;
                Job self = this;
                display.asyncExec(() -> {
                    if (job != self || viewer.getControl().isDisposed()) {
                        return;
                    }
                    computing = false;
                    if (result != null) {
                        show(result);
                    } else {
                        status.setText(NLS.bind(Messages.computeFailed, failure));
                    }
                });
                return Status.OK_STATUS;
            }
        };
        next.setPriority(Job.SHORT);
        job = next;
        next.schedule();
    }

    /** Runs the analysis as the selection asks: once, or once per group with the groups side by side. */
    static Computed compute(AnalysisDescriptor descriptor, Dataset dataset, DatasetFilter filter, Compare compare,
            String focus, SmallCountMasking masking, String quantile) {
        Map<String, String> parameters = new HashMap<>();
        boolean takesCompare = false;
        for (AnalysisDescriptor.Parameter parameter : descriptor.parameters()) {
            if (QUANTILE.equals(parameter.id())) {
                parameters.put(QUANTILE, quantile);
            }
            takesCompare |= COMPARE.equals(parameter.id());
        }
        BitSet rows = dataset.select(filter);
        if (compare == Compare.NONE || takesCompare) {
            // Without a comparison chosen the analysis keeps its own default (Tabell 1 is per municipality).
            if (takesCompare && compare != Compare.NONE) {
                parameters.put(COMPARE, compare.parameter());
                if (focus != null) {
                    parameters.put(FOCUS, focus);
                }
            }
            return new Computed(AnalysisRegistry.run(descriptor, dataset, rows, parameters, masking, AnalysisUiPlugin.getDefault().context()), false);
        }
        TreeSet<String> present = new TreeSet<>();
        rows.stream().forEach(row -> present.add(dataset.municipality(row)));
        List<String> groups = new ArrayList<>();
        List<BitSet> groupRows = new ArrayList<>();
        if (compare == Compare.ONE_VS_REST && focus != null) {
            BitSet one = new BitSet();
            BitSet rest = new BitSet();
            rows.stream().forEach(row -> (focus.equals(dataset.municipality(row)) ? one : rest).set(row));
            groups.add(focus);
            groupRows.add(one);
            groups.add(Messages.rest);
            groupRows.add(rest);
        } else {
            for (String municipality : present) {
                BitSet part = new BitSet();
                rows.stream().filter(row -> municipality.equals(dataset.municipality(row))).forEach(part::set);
                groups.add(municipality);
                groupRows.add(part);
            }
        }
        List<AnalysisResult> results = new ArrayList<>();
        for (BitSet part : groupRows) {
            results.add(AnalysisRegistry.run(descriptor, dataset, part, parameters, masking, AnalysisUiPlugin.getDefault().context()));
        }
        if (results.isEmpty()) {
            return new Computed(AnalysisRegistry.run(descriptor, dataset, rows, parameters, masking, AnalysisUiPlugin.getDefault().context()), false);
        }
        return new Computed(Comparison.combine(descriptor.name(), groups, results), true);
    }

    private void show(Computed computed) {
        shown = computed;
        AnalysisResult result = computed.result();
        Table table = ResultTables.asTable(result);
        status.setText(table.title());
        notes.setText(String.join("\n", result.notes()));
        showTable(table);
        showChart(computed);
        updateActions();
        status.getParent().layout(true, true);
    }

    private void showTable(Table table) {
        viewer.getTable().setRedraw(false);
        try {
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
            TableViewerColumn headerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            headerColumn.getColumn().setText("");
            headerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return table.rowHeaders().get((Integer) element);
                }
            });
            for (int c = 0; c < table.columnHeaders().size(); c++) {
                int column = c;
                TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.RIGHT);
                viewerColumn.getColumn().setText(table.columnHeaders().get(c));
                viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ResultTables.text(table.cell((Integer) element, column));
                    }

                    @Override
                    public Color getForeground(Object element) {
                        return table.cell((Integer) element, column) instanceof Cell.Masked ? grey : null;
                    }

                    @Override
                    public String getToolTipText(Object element) {
                        return table.cell((Integer) element, column) instanceof Cell.Masked masked ? masked.reason() : null;
                    }
                });
            }
            viewer.setInput(IntStream.range(0, table.rows().size()).boxed().toList());
            TableColumn[] columns = viewer.getTable().getColumns();
            for (int c = 0; c < columns.length; c++) {
                columns[c].pack();
                columns[c].setWidth(Math.min(columns[c].getWidth() + 8, c == 0 ? 200 : 110));
                columns[c].setToolTipText(c == 0 ? null : table.columnHeaders().get(c - 1));
            }
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    private void showChart(Computed computed) {
        AnalysisResult result = computed.result();
        OutputRegistry registry = AnalysisUiPlugin.getDefault().outputs();
        OutputRegistry.Binding binding;
        OutputKind kind;
        if (computed.combined() && result instanceof Table) {
            OutputRegistry.Binding own = registry.bound(descriptor.id()).orElse(null);
            kind = own != null && own.kind() == OutputKind.LINE ? OutputKind.LINE : OutputKind.GROUPED_BAR;
            binding = new OutputRegistry.Binding(kind, ValueChoice.AUTO, null, null);
        } else {
            binding = registry.binding(descriptor.id(), result);
            kind = binding.kind();
        }
        boolean same = output != null && outputBinding != null && outputKind == kind
                && outputBinding.element() == binding.element();
        if (!same) {
            for (Control child : chartHolder.getChildren()) {
                child.dispose();
            }
            output = binding.create();
            output.createControl(chartHolder);
            outputBinding = binding;
            outputKind = kind;
            sash.setWeights(output.wide() ? new int[] { 1, 3 } : new int[] { 1, 2 });
            chartHolder.layout(true, true);
        }
        output.show(result);
    }

    private void updateActions() {
        boolean any = shown != null;
        pngAction.setEnabled(any);
        xlsxAction.setEnabled(any);
        csvAction.setEnabled(any);
        copyAction.setEnabled(any);
    }

    private void exportWithDialog(String extension, Export export) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setOverwrite(true);
        dialog.setFileName(descriptor.name() + extension.substring(1));
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            export.write(Path.of(file));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.exportFailedTitle,
                    NLS.bind(Messages.exportFailed, file, e.getMessage()));
        }
    }

    /** The chart as drawn now, as PNG. */
    public void exportPng(Path target) throws IOException {
        ResultExport.writePng(chartHolder, target);
    }

    /** The table as shown, as XLSX. */
    public void exportXlsx(Path target) throws IOException {
        ResultExport.writeXlsx(table(), target);
    }

    /** The table as shown, as CSV. */
    public void exportCsv(Path target) throws IOException {
        ResultExport.writeCsv(table(), target);
    }

    /** The table as text and the chart as an image, on the clipboard. */
    public void copyToClipboard() {
        Clipboard clipboard = new Clipboard(chartHolder.getDisplay());
        Image image = ResultExport.snapshot(chartHolder);
        try {
            clipboard.setContents(new Object[] { ResultExport.asText(table()), image.getImageData() },
                    new Transfer[] { TextTransfer.getInstance(), ImageTransfer.getInstance() });
        } finally {
            image.dispose();
            clipboard.dispose();
        }
    }
}
