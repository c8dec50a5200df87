package se.isu.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.demo.DemoData;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.report.ReportFilter;
import se.isu.store.derby.DerbyCaseStore;

/** Arkiv > Kvalitetsrapport…: the command, the filter dialog, and the job writing the report of the demo data. */
class ReportActionTest {

    @TempDir
    Path folder;

    @Test
    void theCommandIsDefinedWithAHandler() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand("se.isu.ui.commands.report");
        assertTrue(command.isDefined());
        assertEquals("&Kvalitetsrapport\u2026", command.getName());
        assertTrue(command.isHandled(), "ReportHandler is bound");
    }

    @Test
    void theDialogAsksForMunicipalitiesAYearAndAFolder() {
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ReportDialog dialog = new ReportDialog(parent, List.of("Hudiksvall", "Ockelbo", "S\u00f6derhamn"),
                List.of(2020, 2021), folder);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(3, dialog.municipalityList().getItemCount());
            for (TableItem item : dialog.municipalityList().getItems()) {
                assertTrue(item.getChecked(), "every municipality is proposed");
                item.setChecked(false);
            }
            assertEquals("2021", dialog.yearCombo().getText(), "the latest year is proposed");
            dialog.municipalityList().notifyListeners(SWT.Selection, new Event());
            Button ok = dialog.okButton();
            assertFalse(ok.isEnabled(), "no municipality: nothing to report");
            assertEquals(Messages.needMunicipality, dialog.getErrorMessage());

            dialog.municipalityList().getItem(1).setChecked(true);
            dialog.municipalityList().notifyListeners(SWT.Selection, new Event());
            dialog.yearCombo().select(0);
            dialog.folderText().setText(folder.resolve("ut").toString());
            assertTrue(ok.isEnabled());
            assertNull(dialog.getErrorMessage());
            ok.notifyListeners(SWT.Selection, new Event());
            assertEquals(List.of("Ockelbo"), dialog.municipalities());
            assertEquals(2020, dialog.year());
            assertEquals(folder.resolve("ut"), dialog.folder());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theJobWritesTheReportOfTheDemoData() throws Exception {
        Display display = Display.getCurrent();
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Path out = folder.resolve("rapport");
        try (DerbyCaseStore store = DerbyCaseStore.open(folder.resolve("store"))) {
            DemoData.load(store, "test", FormsUiPlugin.getDefault().registry(), folder.resolve("filer"),
                    new NullProgressMonitor());
            List<Shell> before = List.of(display.getShells());
            // The job tells the user where the report is, in a message that blocks in its own event loop:
            // a timer (which runs in that loop too) closes it.
            Shell[] message = new Shell[1];
            Runnable closer = new Runnable() {
                @Override
                public void run() {
                    for (Shell shell : display.getShells()) {
                        if (!before.contains(shell) && shell.isVisible() && shell.getText().equals(Messages.dialogTitle)) {
                            message[0] = shell;
                            shell.close();
                        }
                    }
                    if (message[0] == null) {
                        display.timerExec(100, this);
                    }
                }
            };
            display.timerExec(100, closer);
            Job job = ReportHandler.schedule(parent, store,
                    new ReportFilter(List.of("Hudiksvall", "Ockelbo", "S\u00f6derhamn"), List.of(2021)), out);
            long deadline = System.currentTimeMillis() + 120_000;
            while ((job.getResult() == null || message[0] == null) && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(20);
                }
            }
            assertNotNull(job.getResult(), "the job ends");
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
            assertNotNull(message[0], "the user is told where the report is");
        }
        Path html = out.resolve("kvalitetsrapport-2021.html");
        assertTrue(Files.isRegularFile(out.resolve("kvalitetsrapport-2021.xlsx")));
        String text = Files.readString(html);
        assertTrue(text.contains("Hudiksvall, Ockelbo, S\u00f6derhamn"));
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(text);
        List<String> images = new ArrayList<>();
        while (img.find()) {
            images.add(img.group(1));
        }
        assertFalse(images.isEmpty());
        for (String image : images) {
            assertTrue(Files.isRegularFile(out.resolve(image)), image);
        }
    }
}
