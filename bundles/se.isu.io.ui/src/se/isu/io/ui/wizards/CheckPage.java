package se.isu.io.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.isu.io.importer.CaseImport;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSummary;
import se.isu.io.ui.internal.Messages;

/**
 * The last page: the first rows of the file as the import reads them, every problem of every row
 * (file, row, column, value, message), and the choice of what happens to the rejected rows. The check
 * stores nothing; Finish stores.
 */
public final class CheckPage extends WizardPage {

    private final ImportWizard wizard;
    private Label summaryLabel;
    private Table preview;
    private Label problemsLabel;
    private Table problems;
    private Text detail;
    private Button quarantineButton;
    private Text quarantineText;
    private Button allOrNothingButton;
    private ImportSummary checked;
    private int dataRows;
    private Path quarantineProposedFor;

    CheckPage(ImportWizard wizard) {
        super("check");
        this.wizard = wizard;
        setTitle(Messages.checkPageTitle);
        setDescription(Messages.checkPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        summaryLabel = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summaryLabel);

        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 400).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.previewLabel);
        preview = new Table(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview);

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(bottom);
        problemsLabel = new Label(bottom, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemsLabel);
        problems = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        problems.setHeaderVisible(true);
        problems.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problems);
        column(problems, Messages.problemFile, 110);
        column(problems, Messages.problemRow, 45);
        column(problems, Messages.problemColumn, 120);
        column(problems, Messages.problemValue, 110);
        column(problems, Messages.problemMessage, 560);
        // A message is often longer than its column: the selected problem is shown whole below.
        detail = new Text(bottom, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 3 * detail.getLineHeight()).applyTo(detail);
        problems.addListener(SWT.Selection, e -> showDetail());
        sash.setWeights(2, 3);

        Group choice = new Group(area, SWT.NONE);
        choice.setText(Messages.choiceGroup);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(choice);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
        quarantineButton = new Button(choice, SWT.RADIO);
        quarantineButton.setText(Messages.choiceQuarantine);
        quarantineButton.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(quarantineButton);
        new Label(choice, SWT.NONE).setText("    ");
        quarantineText = new Text(choice, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(quarantineText);
        Button browse = new Button(choice, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());
        allOrNothingButton = new Button(choice, SWT.RADIO);
        allOrNothingButton.setText(Messages.choiceAllOrNothing);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(allOrNothingButton);
        quarantineButton.addListener(SWT.Selection, e -> validate());
        allOrNothingButton.addListener(SWT.Selection, e -> validate());
        quarantineText.addModifyListener(e -> validate());
        setControl(area);
    }

    private static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            proposeQuarantine();
            showPreview();
            check();
        }
        super.setVisible(visible);
        if (visible) {
            // The problems are what the page is for; the preview would otherwise take the focus and select its first row.
            problems.setFocus();
            preview.deselectAll();
        }
    }

    /** Beside the file, named after it: {@code export.csv} gives {@code export-avvisade.csv}. */
    private void proposeQuarantine() {
        Path file = wizard.file();
        if (file.equals(quarantineProposedFor)) {
            return;
        }
        quarantineProposedFor = file;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        quarantineText.setText(file.resolveSibling(stem + Messages.quarantineSuffix + extension).toString());
    }

    private void showPreview() {
        preview.removeAll();
        for (TableColumn column : preview.getColumns()) {
            column.dispose();
        }
        List<List<String>> rows;
        try {
            rows = wizard.firstRows();
        } catch (ImportException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (rows.isEmpty()) {
            return;
        }
        column(preview, Messages.problemRow, 45);
        for (String header : rows.get(0)) {
            column(preview, header, 100);
        }
        for (int r = 1; r < rows.size(); r++) {
            TableItem item = new TableItem(preview, SWT.NONE);
            item.setText(0, String.valueOf(r + 1));
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size() && c + 1 < preview.getColumnCount(); c++) {
                item.setText(c + 1, cells.get(c));
            }
        }
    }

    /** Checks every row, storing nothing, and lists what it found. */
    private void check() {
        checked = null;
        problems.removeAll();
        detail.setText("");
        setErrorMessage(null);
        ImportSummary[] result = new ImportSummary[1];
        try {
            MonitoredSource source = wizard.source();
            CaseImport caseImport = wizard.caseImport(CaseImport.Mode.VALID_ROWS, null);
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.checkTask, source.file().getFileName()), IProgressMonitor.UNKNOWN);
                source.monitor(monitor);
                try {
                    result[0] = caseImport.check();
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    source.monitor(null);
                    monitor.done();
                }
            });
            dataRows = source.dataRows();
        } catch (ImportException e) {
            setErrorMessage(e.getMessage());
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause().getMessage());
        } catch (InterruptedException e) {
            setErrorMessage(Messages.cancelled);
        }
        checked = result[0];
        if (checked != null) {
            for (ImportProblem problem : checked.problems()) {
                TableItem item = new TableItem(problems, SWT.NONE);
                item.setText(new String[] { problem.file(), problem.row() > 0 ? String.valueOf(problem.row()) : "",
                        problem.column() == null ? "" : problem.column(), problem.value() == null ? "" : problem.value(),
                        problem.message() });
            }
            problemsLabel.setText(NLS.bind(Messages.problemsLabel, checked.problems().size()));
            if (problems.getItemCount() > 0) {
                problems.setSelection(0);
            }
            summaryLabel.setText(checked.rejected() == 0 ? NLS.bind(Messages.checkSummaryNone, dataRows)
                    : NLS.bind(Messages.checkSummary, new Object[] { dataRows, dataRows - checked.rejected(), checked.rejected() }));
            if (checked.outcome() == ImportSummary.Outcome.PERSONNUMMER) {
                setErrorMessage(Messages.personnummerFound);
            }
        } else {
            problemsLabel.setText(NLS.bind(Messages.problemsLabel, 0));
            summaryLabel.setText("");
        }
        preview.deselectAll();
        showDetail();
        summaryLabel.getParent().layout(true, true);
        validate();
    }

    private void showDetail() {
        int index = problems.getSelectionIndex();
        detail.setText(checked == null || index < 0 ? "" : checked.problems().get(index).toString());
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        Path current = quarantine();
        if (current != null) {
            dialog.setFilterPath(current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            quarantineText.setText(chosen);
        }
    }

    private void validate() {
        quarantineText.setEnabled(quarantineButton.getSelection());
        boolean ok = checked != null && checked.outcome() != ImportSummary.Outcome.PERSONNUMMER;
        if (ok && quarantineButton.getSelection() && quarantine() == null) {
            setMessage(Messages.quarantineMissing, WARNING);
            ok = false;
        } else {
            setMessage(null);
        }
        setPageComplete(ok);
    }

    CaseImport.Mode mode() {
        return allOrNothingButton.getSelection() ? CaseImport.Mode.ALL_OR_NOTHING : CaseImport.Mode.VALID_ROWS;
    }

    Path quarantine() {
        String text = quarantineText.getText().strip();
        try {
            return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    int dataRows() {
        return dataRows;
    }

    /** What the check found, or null before it ran or when it could not. */
    public ImportSummary checked() {
        return checked;
    }

    public Table previewTable() {
        return preview;
    }

    public Table problemsTable() {
        return problems;
    }

    /** The selected problem, whole. */
    public Text problemDetail() {
        return detail;
    }

    public Button quarantineButton() {
        return quarantineButton;
    }

    public Text quarantineField() {
        return quarantineText;
    }

    public Button allOrNothingButton() {
        return allOrNothingButton;
    }
}
