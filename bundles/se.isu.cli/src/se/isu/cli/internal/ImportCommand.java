package se.isu.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.importer.CaseImport;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportProblem;
import se.isu.io.importer.ImportSummary;
import se.isu.io.importer.Importer;
import se.isu.io.importer.ImporterRegistry;
import se.isu.store.Municipality;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu import FILE --form su-x-2020 --kommun Söderhamn [--quarantine FILE] [--all-or-nothing]}:
 * the cases of a municipal file into the user's store, checked as the import wizard checks them.
 */
final class ImportCommand implements Command {

    private final Supplier<FormRegistry> forms;
    private final Supplier<ImporterRegistry> importers;
    private final Supplier<Path> storeFolder;

    ImportCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()),
                () -> ImporterRegistry.fromExtensions(Platform.getExtensionRegistry()), StoreLocation::defaultStoreFolder);
    }

    ImportCommand(Supplier<FormRegistry> forms, Supplier<ImporterRegistry> importers, Supplier<Path> storeFolder) {
        this.forms = forms;
        this.importers = importers;
        this.storeFolder = storeFolder;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Messages.importSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        String form = null;
        String kommun = null;
        Path quarantine = null;
        boolean allOrNothing = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "--form" -> form = hasValue ? args.get(++i) : null;
                case "--kommun" -> kommun = hasValue ? args.get(++i) : null;
                case "--quarantine" -> quarantine = hasValue ? Path.of(args.get(++i)) : null;
                case "--all-or-nothing" -> allOrNothing = true;
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        return usage(err);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null || form == null || kommun == null || kommun.isBlank() || allOrNothing && quarantine != null
                || form.lastIndexOf('-') <= 0) {
            return usage(err);
        }
        if (!Files.isRegularFile(file)) {
            err.println(NLS.bind(Messages.importNoFile, file));
            return CommandLine.FAILED;
        }
        String formId = form.substring(0, form.lastIndexOf('-'));
        String versionName = form.substring(form.lastIndexOf('-') + 1);
        FormRegistry registry = forms.get();
        Optional<FormVersion> version = registry.find(formId, versionName);
        if (version.isEmpty()) {
            List<String> known = registry.versions().stream().map(v -> v.getFormId() + "-" + v.getVersion()).toList();
            err.println(NLS.bind(Messages.importUnknownForm, form, String.join(", ", known)));
            return CommandLine.FAILED;
        }
        Optional<Importer> importer = importers.get().forFile(file);
        if (importer.isEmpty()) {
            err.println(NLS.bind(Messages.importUnknownKind, file.getFileName()));
            return CommandLine.FAILED;
        }
        // Without --quarantine nothing is imported when a row is rejected: the safe choice for a script.
        CaseImport.Mode mode = quarantine != null ? CaseImport.Mode.VALID_ROWS : CaseImport.Mode.ALL_OR_NOTHING;
        ImportSummary summary;
        try (DerbyCaseStore store = DerbyCaseStore.open(storeFolder.get())) {
            String wanted = kommun.strip();
            List<Municipality> known = store.municipalities();
            Optional<String> name = known.stream().map(Municipality::name).filter(n -> n.equalsIgnoreCase(wanted)).findFirst();
            if (name.isEmpty()) {
                err.println(NLS.bind(Messages.importUnknownMunicipality, wanted,
                        String.join(", ", known.stream().map(Municipality::name).toList())));
                return CommandLine.FAILED;
            }
            summary = new CaseImport(importer.get().open(file), version.get(), name.get()).mode(mode)
                    .quarantine(quarantine).run(store);
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.println(Messages.importNothingStored);
            return CommandLine.FAILED;
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.importStoreFailed, e.getMessage()));
            return CommandLine.FAILED;
        }
        return report(summary, out, err);
    }

    private static int report(ImportSummary summary, PrintStream out, PrintStream err) {
        for (ImportProblem problem : summary.problems()) {
            err.println(problem);
        }
        if (!summary.unmapped().isEmpty()) {
            out.println(NLS.bind(Messages.importUnmapped, String.join(", ", summary.unmapped())));
        }
        switch (summary.outcome()) {
            case STORED -> {
                out.println(NLS.bind(Messages.importDone, new Object[] { summary.created(), summary.updated(),
                        summary.unchanged(), summary.rejected() }));
                if (summary.quarantine() != null) {
                    out.println(NLS.bind(Messages.importQuarantined, summary.rejected(), summary.quarantine()));
                }
                // On stderr with the other remarks: stdout keeps to the one line of outcome that scripts read.
                err.println(summary.timing());
                return CommandLine.OK;
            }
            case REFUSED -> err.println(NLS.bind(Messages.importRefused, summary.rejected()));
            case PERSONNUMMER -> err.println(Messages.importPersonnummer);
            case FAILED -> err.println(Messages.importNothingStored);
        }
        return CommandLine.FAILED;
    }

    private static int usage(PrintStream err) {
        err.println(Messages.importUsage);
        return CommandLine.USAGE;
    }
}
