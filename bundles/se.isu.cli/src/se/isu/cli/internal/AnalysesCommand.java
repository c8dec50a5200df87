package se.isu.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;

/** {@code isu analyses}: the analyses that {@code isu analyze} can run, one a line: id, name, category. */
final class AnalysesCommand implements Command {

    private final Supplier<AnalysisRegistry> analyses;

    AnalysesCommand() {
        this(() -> AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry()));
    }

    AnalysesCommand(Supplier<AnalysisRegistry> analyses) {
        this.analyses = analyses;
    }

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public String summary() {
        return Messages.analysesSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println(NLS.bind(Messages.noArgumentsExpected, name(), String.join(" ", args)));
            return CommandLine.USAGE;
        }
        for (AnalysisDescriptor analysis : analyses.get().analyses()) {
            out.println(analysis.id() + "\t" + analysis.name() + "\t" + analysis.category());
        }
        return CommandLine.OK;
    }
}
