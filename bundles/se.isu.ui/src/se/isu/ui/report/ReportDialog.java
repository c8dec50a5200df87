package se.isu.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The report's filters: the municipalities (checked in a list), the closing year, and the folder to write
 * to, chosen with a directory dialog.
 */
public final class ReportDialog extends TitleAreaDialog {

    private final List<String> municipalities;
    private final List<Integer> years;
    private final Path initialFolder;

    private Table municipalityList;
    private Combo yearCombo;
    private Text folderText;

    private List<String> chosenMunicipalities = List.of();
    private int chosenYear;
    private Path chosenFolder;

    /**
     * @param municipalities the municipalities with cases, in order
     * @param years          the closing years with cases, ascending; the last is proposed
     */
    public ReportDialog(Shell parent, List<String> municipalities, List<Integer> years, Path initialFolder) {
        super(parent);
        this.municipalities = List.copyOf(municipalities);
        this.years = List.copyOf(years);
        this.initialFolder = initialFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.dialogTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.dialogTitle);
        setMessage(Messages.dialogMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.municipalities);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        municipalityList = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        for (String name : municipalities) {
            TableItem item = new TableItem(municipalityList, SWT.NONE);
            item.setText(name);
            item.setChecked(true);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(280, 160).applyTo(municipalityList);
        Button all = new Button(body, SWT.PUSH);
        all.setText(Messages.selectAll);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(all);
        all.addListener(SWT.Selection, e -> {
            for (TableItem item : municipalityList.getItems()) {
                item.setChecked(true);
            }
            validate();
        });
        municipalityList.addListener(SWT.Selection, e -> validate());

        new Label(body, SWT.NONE).setText(Messages.year);
        yearCombo = new Combo(body, SWT.READ_ONLY);
        for (int year : years) {
            yearCombo.add(Integer.toString(year));
        }
        yearCombo.select(years.size() - 1);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(yearCombo);

        new Label(body, SWT.NONE).setText(Messages.folder);
        folderText = new Text(body, SWT.BORDER);
        folderText.setText(initialFolder == null ? "" : initialFolder.toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
        folderText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
            dialog.setText(Messages.dialogTitle);
            dialog.setMessage(Messages.folderDialogMessage);
            dialog.setFilterPath(folderText.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || municipalityList == null || folderText == null) {
            return;
        }
        String problem = null;
        if (checked().isEmpty()) {
            problem = Messages.needMunicipality;
        } else if (folderText.getText().isBlank()) {
            problem = Messages.needFolder;
        }
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    private List<String> checked() {
        List<String> names = new ArrayList<>();
        for (TableItem item : municipalityList.getItems()) {
            if (item.getChecked()) {
                names.add(item.getText());
            }
        }
        return names;
    }

    @Override
    protected void okPressed() {
        chosenMunicipalities = checked();
        chosenYear = years.get(yearCombo.getSelectionIndex());
        Path folder = Path.of(folderText.getText().strip());
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            setErrorMessage(Messages.needFolder);
            return;
        }
        chosenFolder = folder;
        super.okPressed();
    }

    public List<String> municipalities() {
        return chosenMunicipalities;
    }

    public int year() {
        return chosenYear;
    }

    public Path folder() {
        return chosenFolder;
    }

    /** For tests: the widgets. */
    Table municipalityList() {
        return municipalityList;
    }

    Combo yearCombo() {
        return yearCombo;
    }

    Text folderText() {
        return folderText;
    }

    Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
