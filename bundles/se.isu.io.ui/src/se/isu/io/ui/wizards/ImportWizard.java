package se.isu.io.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import se.isu.forms.FormVersion;
import se.isu.io.importer.CaseImport;
import se.isu.io.importer.ColumnMapping;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.Importer;
import se.isu.io.importer.ImporterRegistry;
import se.isu.io.ui.internal.Messages;
import se.isu.store.StoreLocation;

/**
 * Imports a municipality's cases from a CSV or Excel file, as {@code isu import} does: choose the file,
 * the form version and the municipality, check the column mapping, look at the first rows and every
 * problem, choose what happens to rejected rows, then store in one transaction as a job that can be
 * cancelled (nothing is stored then). Nothing is stored before Finish.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

    /** Rows shown in the preview, header not counted. */
    static final int PREVIEW_ROWS = 10;

    private final ImporterRegistry importers;
    private final Path profileFolder;
    private final FilePage filePage;
    private final FormPage formPage;
    private final MappingPage mappingPage;
    private final CheckPage checkPage;

    private Path openedFile;
    private long openedModified;
    private MonitoredSource source;
    private ImportJob job;

    public ImportWizard() {
        this(ImporterRegistry.fromExtensions(Platform.getExtensionRegistry()), StoreLocation.isuHome().resolve("import-profiles"));
    }

    ImportWizard(ImporterRegistry importers, Path profileFolder) {
        this.importers = importers;
        this.profileFolder = profileFolder;
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(true);
        filePage = new FilePage(this);
        formPage = new FormPage(this);
        mappingPage = new MappingPage(this);
        checkPage = new CheckPage(this);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // The wizard starts from a file; nothing in the selection says which.
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(formPage);
        addPage(mappingPage);
        addPage(checkPage);
    }

    ImporterRegistry importers() {
        return importers;
    }

    Path profileFolder() {
        return profileFolder;
    }

    public FilePage filePage() {
        return filePage;
    }

    public FormPage formPage() {
        return formPage;
    }

    public MappingPage mappingPage() {
        return mappingPage;
    }

    public CheckPage checkPage() {
        return checkPage;
    }

    /** The job Finish started, or null before. */
    public ImportJob job() {
        return job;
    }

    Path file() {
        return filePage.file();
    }

    FormVersion version() {
        return formPage.version();
    }

    String municipality() {
        return formPage.municipality();
    }

    /** The chosen file, opened by its importer; opened again when another file was chosen or the file changed. */
    MonitoredSource source() throws ImportException {
        Path file = file();
        long modified = modified(file);
        if (source == null || !file.equals(openedFile) || modified != openedModified) {
            Optional<Importer> importer = importers.forFile(file);
            if (importer.isEmpty()) {
                throw new ImportException(new ImportProblem(file.getFileName().toString(), 0, null, null,
                        NLS.bind(Messages.fileUnknownKind, file.getFileName())));
            }
            source = new MonitoredSource(importer.get().open(file));
            openedFile = file;
            openedModified = modified;
        }
        return source;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The header and up to {@link #PREVIEW_ROWS} rows after it. */
    List<List<String>> firstRows() throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        try {
            source().read((row, cells) -> {
                rows.add(cells);
                if (rows.size() > PREVIEW_ROWS) {
                    throw new PreviewRead();
                }
            });
        } catch (PreviewRead enough) {
            // The preview needs the first rows only.
        }
        return rows;
    }

    /** Ends a read once the preview has its rows. */
    private static final class PreviewRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PreviewRead() {
            super(null, null, false, false);
        }
    }

    /** The import as the pages describe it. */
    CaseImport caseImport(CaseImport.Mode mode, Path quarantine) throws ImportException {
        ColumnMapping mapping = mappingPage.mapping();
        return new CaseImport(source(), version(), municipality()).mapping(mapping).mode(mode).quarantine(quarantine);
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        try {
            CaseImport.Mode mode = checkPage.mode();
            Path quarantine = mode == CaseImport.Mode.VALID_ROWS ? checkPage.quarantine() : null;
            MonitoredSource monitored = source();
            job = new ImportJob(monitored, caseImport(mode, quarantine), municipality(), checkPage.dataRows());
        } catch (ImportException e) {
            checkPage.setErrorMessage(e.getMessage());
            return false;
        }
        job.setUser(true);
        job.schedule();
        return true;
    }
}
