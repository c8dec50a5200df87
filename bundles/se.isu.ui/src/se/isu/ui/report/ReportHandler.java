package se.isu.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.cases.ui.CasesUiPlugin;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.report.ReportFilter;
import se.isu.report.ReportSource;
import se.isu.report.ReportWriter;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;

/**
 * Arkiv > Kvalitetsrapport…: asks for municipalities, closing year and folder, then writes the annual
 * report (se.isu.report, the same writer as {@code isu report}) as a job with progress, so the workbench
 * stays responsive while every standard analysis runs.
 */
public final class ReportHandler extends AbstractHandler {

    /** The job's family, so that tests and the progress view can find it. */
    public static final Object FAMILY = ReportHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        CaseStore store;
        List<String> municipalities = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        try {
            store = CasesUiPlugin.getDefault().store();
            TreeSet<String> names = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE")));
            TreeSet<Integer> closing = new TreeSet<>();
            for (CaseCount count : store.counts(CaseQuery.forAnalysis().withForm(ReportSource.FORM))) {
                if (count.count() > 0) {
                    names.add(count.municipality());
                    if (count.year() != null) {
                        closing.add(count.year());
                    }
                }
            }
            municipalities.addAll(names);
            years.addAll(closing);
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.dialogTitle, NLS.bind(Messages.storeFailed, e.getMessage()));
            return null;
        }
        if (municipalities.isEmpty() || years.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.dialogTitle, Messages.noCases);
            return null;
        }
        ReportDialog dialog = new ReportDialog(shell, municipalities, years, StoreLocation.isuHome().resolve("rapporter"));
        if (dialog.open() != Window.OK) {
            return null;
        }
        schedule(shell, store, new ReportFilter(dialog.municipalities(), List.of(dialog.year())), dialog.folder());
        return null;
    }

    /** Writes the report as a job; tells the user where it went, or why it could not be written. */
    static Job schedule(Shell shell, CaseStore store, ReportFilter filter, Path folder) {
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        Job job = new Job(NLS.bind(Messages.job, filter.yearLabel())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Dataset dataset = ReportSource.load(store, FormsUiPlugin.getDefault().registry(), ReportSource.FORM);
                    ReportWriter writer = new ReportWriter(AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry()),
                            SmallCountMasking.DEFAULT_THRESHOLD, LocalDate.now()).context(ReportSource.context(store));
                    ReportWriter.Report report = writer.write(dataset, filter,
                            StoreLocation.defaultStoreFolder().toString(), folder, monitor);
                    long charts = report.sections().stream().filter(s -> s.image() != null).count();
                    display.asyncExec(() -> MessageDialog.openInformation(shell, Messages.dialogTitle,
                            NLS.bind(Messages.done, new Object[] { folder, report.xlsx().getFileName(),
                                    report.html().getFileName(), charts })));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    return Status.error(NLS.bind(Messages.failed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
