package se.isu.io.ui.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSource;
import se.isu.io.importer.RowHandler;
import se.isu.io.ui.internal.Messages;

/**
 * A file read under a progress monitor: every row read is a unit of work, and a cancel stops the read
 * at the next row with an {@link ImportException}. The case import reads its file for each step
 * (check, compare, store), so a cancel stops whichever step runs, and a cancel while the store writes
 * makes the store's one transaction fail: nothing is stored.
 */
final class MonitoredSource implements ImportSource {

    private final ImportSource delegate;
    private volatile IProgressMonitor monitor = new NullProgressMonitor();
    private volatile int dataRows;

    MonitoredSource(ImportSource delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    void monitor(IProgressMonitor progress) {
        this.monitor = progress == null ? new NullProgressMonitor() : progress;
    }

    /** The rows after the header that are not empty, as counted by the last read to the end. */
    int dataRows() {
        return dataRows;
    }

    @Override
    public Path file() {
        return delegate.file();
    }

    @Override
    public void read(RowHandler handler) throws ImportException {
        IProgressMonitor progress = monitor;
        int[] counted = { 0 };
        delegate.read((row, cells) -> {
            if (progress.isCanceled()) {
                throw new ImportException(new ImportProblem(file().getFileName().toString(), row, null, null, Messages.cancelled));
            }
            progress.worked(1);
            if (row > 1 && !cells.stream().allMatch(String::isBlank)) {
                counted[0]++;
            }
            handler.row(row, cells);
        });
        dataRows = counted[0];
    }

    @Override
    public void write(Path target, List<String> header, List<List<String>> rows) throws ImportException {
        delegate.write(target, header, rows);
    }
}
