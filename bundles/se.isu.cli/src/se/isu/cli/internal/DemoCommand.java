package se.isu.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.demo.DemoData;
import se.isu.demo.DemoException;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.importer.ImportSummary;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu demo [--store DIR] [--files DIR]}: writes the demo workbooks and loads them into an empty
 * store, through the same import as a municipality's file.
 */
final class DemoCommand implements Command {

    private final Supplier<FormRegistry> forms;

    DemoCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()));
    }

    DemoCommand(Supplier<FormRegistry> forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return Messages.demoSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path store = StoreLocation.defaultStoreFolder();
        Path files = StoreLocation.isuHome().resolve("demo");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size() || !(arg.equals("--store") || arg.equals("--files"))) {
                err.println(Messages.demoUsage);
                return CommandLine.USAGE;
            }
            Path value = Path.of(args.get(++i));
            if (arg.equals("--store")) {
                store = value;
            } else {
                files = value;
            }
        }
        try (DerbyCaseStore opened = DerbyCaseStore.open(store)) {
            List<ImportSummary> summaries = DemoData.load(opened, store.toString(), forms.get(), files, new NullProgressMonitor());
            int cases = summaries.stream().mapToInt(ImportSummary::created).sum();
            out.println(NLS.bind(Messages.demoDone, new Object[] { cases, summaries.size(), store, files }));
            return CommandLine.OK;
        } catch (DemoException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        } catch (StoreException | IOException e) {
            err.println(NLS.bind(Messages.demoFailed, e.getMessage()));
            return CommandLine.FAILED;
        }
    }
}
