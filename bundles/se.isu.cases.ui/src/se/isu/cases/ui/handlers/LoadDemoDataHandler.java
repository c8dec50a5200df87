package se.isu.cases.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.internal.Messages;
import se.isu.demo.DemoData;
import se.isu.demo.DemoException;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.io.importer.ImportSummary;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreLocation;

/**
 * Arkiv > Läs in demodata: the demo workbooks into the workbench's store when it holds no case, as a job
 * with progress; the navigator shows the cases when it is done. A store with cases is left as it is, and
 * the user is told how to get an empty one.
 */
public final class LoadDemoDataHandler extends AbstractHandler {

    /** The job's family, so that tests and the progress view can find it. */
    public static final Object FAMILY = LoadDemoDataHandler.class;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        Job job = new Job(Messages.demoJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    CaseStore store = CasesUiPlugin.getDefault().store();
                    int before = store.count(CaseQuery.all());
                    if (before > 0) {
                        display.asyncExec(() -> MessageDialog.openInformation(shell, Messages.demoTitle,
                                NLS.bind(Messages.demoStoreNotEmpty, before, StoreLocation.defaultStoreFolder())));
                        return Status.OK_STATUS;
                    }
                    List<ImportSummary> summaries = DemoData.load(store, StoreLocation.defaultStoreFolder().toString(),
                            FormsUiPlugin.getDefault().registry(), StoreLocation.isuHome().resolve("demo"), monitor);
                    int cases = summaries.stream().mapToInt(ImportSummary::created).sum();
                    display.asyncExec(() -> {
                        CasesUiPlugin.getDefault().casesChanged();
                        MessageDialog.openInformation(shell, Messages.demoTitle, NLS.bind(Messages.demoDone, new Object[] { cases,
                                summaries.size(), StoreLocation.isuHome().resolve("demo") }));
                    });
                    return Status.OK_STATUS;
                } catch (DemoException e) {
                    return Status.error(e.getMessage());
                } catch (Exception e) {
                    return Status.error(NLS.bind(Messages.demoFailed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return null;
    }
}
