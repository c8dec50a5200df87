package se.isu.io.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.io.ui.internal.Messages;

/** The first page: which file to import. */
public final class FilePage extends WizardPage {

    private final ImportWizard wizard;
    private Text fileText;

    FilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle(Messages.filePageTitle);
        setDescription(Messages.filePageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.fileLabel);
        fileText = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
        fileText.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> browse());
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.fileHint);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 12).applyTo(hint);
        setControl(area);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.xlsx", "*" });
        dialog.setFilterNames(new String[] { Messages.fileFilterTables, Messages.fileFilterAll });
        Path current = file();
        if (current != null && current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    /** The text field holding the file's path. */
    public Text fileField() {
        return fileText;
    }

    /** The file typed or chosen, or null when the field holds no path. */
    Path file() {
        String text = fileText == null ? "" : fileText.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void validate() {
        Path file = file();
        String error = null;
        if (file == null) {
            error = fileText.getText().isBlank() ? null : NLS.bind(Messages.fileMissing, fileText.getText());
        } else if (!Files.isRegularFile(file)) {
            error = NLS.bind(Messages.fileMissing, file);
        } else if (wizard.importers().forFile(file).isEmpty()) {
            error = NLS.bind(Messages.fileUnknownKind, file.getFileName());
        }
        setErrorMessage(error);
        setPageComplete(file != null && error == null);
    }
}
