package se.isu.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.forms.registry.FormRegistry;
import se.isu.report.ReportFilter;
import se.isu.report.ReportSource;
import se.isu.report.ReportWriter;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu report --kommun K[,K…] --year Y[,Y…] [--out DIR] [--store DIR] [--threshold N]}: the annual
 * quality report (kvalitetsrapport) of the user's store as an Excel workbook and an HTML report with its
 * charts, masked as the workbench masks; no display needed.
 */
final class ReportCommand implements Command {

    private final Supplier<FormRegistry> forms;
    private final Supplier<AnalysisRegistry> analyses;
    private final Supplier<Path> storeFolder;

    ReportCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()),
                () -> AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry()), StoreLocation::defaultStoreFolder);
    }

    ReportCommand(Supplier<FormRegistry> forms, Supplier<AnalysisRegistry> analyses, Supplier<Path> storeFolder) {
        this.forms = forms;
        this.analyses = analyses;
        this.storeFolder = storeFolder;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return Messages.reportSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> municipalities = null;
        List<Integer> years = null;
        Path folder = Path.of("");
        Path store = null;
        int threshold = SmallCountMasking.DEFAULT_THRESHOLD;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                return usage(err);
            }
            String option = args.get(i);
            String value = args.get(i + 1);
            try {
                switch (option) {
                    case "--kommun" -> municipalities = list(value);
                    case "--year" -> years = list(value).stream().map(y -> integer(option, y)).toList();
                    case "--out" -> folder = Path.of(value);
                    case "--store" -> store = Path.of(value);
                    case "--threshold" -> {
                        threshold = integer(option, value);
                        if (threshold < 2) {
                            throw new IllegalArgumentException(NLS.bind(Messages.analyzeBadValue, option, value));
                        }
                    }
                    default -> {
                        return usage(err);
                    }
                }
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return usage(err);
            }
        }
        if (municipalities == null || municipalities.isEmpty() || years == null || years.isEmpty()) {
            return usage(err);
        }
        Path storePath = store != null ? store : storeFolder.get();
        ReportFilter filter = new ReportFilter(municipalities, years);
        ReportWriter writer = new ReportWriter(analyses.get(), threshold, LocalDate.now());
        ReportWriter.Report report;
        try (DerbyCaseStore opened = DerbyCaseStore.open(storePath)) {
            Dataset dataset = ReportSource.load(opened, forms.get(), ReportSource.FORM);
            writer.context(ReportSource.context(opened));
            report = writer.write(dataset, filter, storePath.toAbsolutePath().toString(), folder,
                    new NullProgressMonitor());
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.importStoreFailed, e.getMessage()));
            return CommandLine.FAILED;
        } catch (IllegalArgumentException e) {
            err.println(NLS.bind(Messages.reportFailed, e.getMessage()));
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.reportWriteFailed, folder.toAbsolutePath(), e.getMessage()));
            return CommandLine.FAILED;
        }
        long charts = report.sections().stream().filter(s -> s.image() != null).count();
        out.println(NLS.bind(Messages.reportWritten, new Object[] { report.xlsx(), report.html(), charts,
                report.images() }));
        return CommandLine.OK;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        return items;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.analyzeBadValue, option, value));
        }
    }

    private static int usage(PrintStream err) {
        err.println(Messages.reportUsage);
        return CommandLine.USAGE;
    }
}
