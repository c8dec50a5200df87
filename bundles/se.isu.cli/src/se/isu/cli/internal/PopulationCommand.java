package se.isu.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.Importer;
import se.isu.io.importer.ImporterRegistry;
import se.isu.io.population.PopulationImport;
import se.isu.io.population.PopulationSummary;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;
import se.isu.store.population.PopulationFigure;

/**
 * {@code isu population import FILE [--store DIR]} and {@code isu population list [--store DIR]}:
 * population figures per municipality or city district, year and age band, the denominators of rates
 * per 1,000 children.
 */
final class PopulationCommand implements Command {

    private final Supplier<ImporterRegistry> importers;
    private final Supplier<Path> storeFolder;

    PopulationCommand() {
        this(() -> ImporterRegistry.fromExtensions(Platform.getExtensionRegistry()), StoreLocation::defaultStoreFolder);
    }

    PopulationCommand(Supplier<ImporterRegistry> importers, Supplier<Path> storeFolder) {
        this.importers = importers;
        this.storeFolder = storeFolder;
    }

    @Override
    public String name() {
        return "population";
    }

    @Override
    public String summary() {
        return Messages.populationSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return usage(err);
        }
        Path store = storeFolder.get();
        Path file = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--store") && i + 1 < args.size()) {
                store = Path.of(args.get(++i));
            } else if (!arg.startsWith("--") && file == null) {
                file = Path.of(arg);
            } else {
                return usage(err);
            }
        }
        return switch (args.get(0)) {
            case "import" -> file == null ? usage(err) : importFile(file, store, out, err);
            case "list" -> file != null ? usage(err) : list(store, out, err);
            default -> usage(err);
        };
    }

    private int importFile(Path file, Path storeFolder, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println(NLS.bind(Messages.importNoFile, file));
            return CommandLine.FAILED;
        }
        Optional<Importer> importer = importers.get().forFile(file);
        if (importer.isEmpty()) {
            err.println(NLS.bind(Messages.importUnknownKind, file.getFileName()));
            return CommandLine.FAILED;
        }
        PopulationSummary summary;
        try (DerbyCaseStore store = DerbyCaseStore.open(storeFolder)) {
            summary = new PopulationImport(importer.get().open(file)).run(store.population());
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println(Messages.importNothingStored);
            return CommandLine.FAILED;
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.importStoreFailed, e.getMessage()));
            return CommandLine.FAILED;
        }
        for (ImportProblem problem : summary.errors()) {
            err.println(problem);
        }
        for (ImportProblem warning : summary.warnings()) {
            err.println(NLS.bind(Messages.populationWarning, warning));
        }
        if (summary.outcome() != PopulationSummary.Outcome.STORED) {
            err.println(Messages.importNothingStored);
            return CommandLine.FAILED;
        }
        out.println(NLS.bind(Messages.populationDone, new Object[] { summary.created(), summary.updated(), summary.unchanged(),
                summary.warnings().size() }));
        return CommandLine.OK;
    }

    private static int list(Path storeFolder, PrintStream out, PrintStream err) {
        List<PopulationFigure> figures;
        try (DerbyCaseStore store = DerbyCaseStore.open(storeFolder)) {
            figures = store.population().list();
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.importStoreFailed, e.getMessage()));
            return CommandLine.FAILED;
        }
        if (figures.isEmpty()) {
            out.println(Messages.populationNone);
            return CommandLine.OK;
        }
        int width = Math.max(Messages.populationArea.length(), figures.stream()
                .mapToInt(f -> f.municipality().length() + (f.isDistrict() ? f.district().length() + 3 : 0)).max().orElse(0));
        out.println(row(width, Messages.populationArea, Messages.populationYear, Messages.populationBand, Messages.populationPersons));
        for (PopulationFigure f : figures) {
            String area = f.isDistrict() ? f.municipality() + " / " + f.district() : f.municipality();
            out.println(row(width, area, String.valueOf(f.year()), f.ageBand(), String.valueOf(f.persons())));
        }
        return CommandLine.OK;
    }

    private static String row(int width, String area, String year, String band, String persons) {
        return String.format("%-" + width + "s  %-4s  %-8s  %9s", area, year, band, persons).stripTrailing();
    }

    private static int usage(PrintStream err) {
        err.println(Messages.populationUsage);
        return CommandLine.USAGE;
    }
}
