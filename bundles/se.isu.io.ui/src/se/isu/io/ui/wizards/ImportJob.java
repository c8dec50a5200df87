package se.isu.io.ui.wizards;

import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.io.importer.CaseImport;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSummary;
import se.isu.io.ui.internal.Messages;
import se.isu.store.StoreException;

/**
 * Stores the cases of a checked file in the workbench's store, with a progress bar and cancel. The
 * import stores in one transaction, so a cancel, whenever it comes before the commit, leaves the
 * store as it was. When done it says what happened (new, updated, unchanged, rejected) and has the
 * case navigator read the store again.
 */
public final class ImportJob extends Job {

    /** Reads of the file per row, at most: check, quarantine, store. */
    private static final int READS = 3;

    private final MonitoredSource source;
    private final CaseImport caseImport;
    private final String municipality;
    private final int rows;
    private volatile ImportSummary summary;
    private volatile String failure;
    private volatile boolean cancelled;

    ImportJob(MonitoredSource source, CaseImport caseImport, String municipality, int rows) {
        super(NLS.bind(Messages.jobName, source.file().getFileName()));
        this.source = source;
        this.caseImport = caseImport;
        this.municipality = municipality;
        this.rows = rows;
    }

    /** What the import did, once the job is done; null when it stopped before (cancel or failure). */
    public ImportSummary summary() {
        return summary;
    }

    /** Whether the user cancelled the import, so that nothing was stored. */
    public boolean wasCancelled() {
        return cancelled;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), rows > 0 ? (rows + 1) * READS : IProgressMonitor.UNKNOWN);
        source.monitor(monitor);
        try {
            ImportSummary result = caseImport.run(CasesUiPlugin.getDefault().store());
            if (monitor.isCanceled() && result.outcome() != ImportSummary.Outcome.STORED) {
                cancelled = true;
            } else {
                summary = result;
            }
        } catch (ImportException e) {
            if (monitor.isCanceled()) {
                cancelled = true;
            } else {
                failure = e.getMessage();
            }
        } catch (StoreException e) {
            failure = NLS.bind(Messages.storeFailed, e.getMessage());
        } finally {
            source.monitor(null);
            monitor.done();
        }
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::report);
        }
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Tells the user what happened and refreshes the case navigator. Runs in the UI thread. */
    private void report() {
        if (summary != null && summary.outcome() == ImportSummary.Outcome.STORED) {
            CasesUiPlugin.getDefault().casesChanged();
        }
        Shell shell = shell();
        if (cancelled) {
            MessageDialog.openInformation(shell, Messages.summaryTitle, Messages.summaryCancelled);
        } else if (failure != null) {
            MessageDialog.openError(shell, Messages.failedTitle, failure);
        } else {
            String text = message(summary, source.file().getFileName().toString(), municipality);
            if (summary.outcome() == ImportSummary.Outcome.STORED) {
                MessageDialog.openInformation(shell, Messages.summaryTitle, text);
            } else {
                MessageDialog.openError(shell, Messages.failedTitle, text);
            }
        }
    }

    /** What the import did, for the user. */
    static String message(ImportSummary summary, String fileName, String municipality) {
        return switch (summary.outcome()) {
            case STORED -> {
                String text = NLS.bind(Messages.summaryStored, new Object[] { fileName, municipality, summary.created(),
                        summary.updated(), summary.unchanged(), summary.rejected() }) + "\n\n" + summary.timing();
                yield summary.quarantine() == null ? text
                        : text + "\n\n" + NLS.bind(Messages.summaryQuarantine, summary.quarantine());
            }
            case REFUSED -> NLS.bind(Messages.summaryRefused, summary.rejected());
            case PERSONNUMMER -> Messages.summaryPersonnummer;
            case FAILED -> NLS.bind(Messages.summaryFailed, summary.problems().stream().filter(p -> p.row() == 0)
                    .map(ImportProblem::message).collect(Collectors.joining(" ")));
        };
    }

    private static Shell shell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window.getShell() : Display.getCurrent().getActiveShell();
    }
}
