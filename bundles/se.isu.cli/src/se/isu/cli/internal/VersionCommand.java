package se.isu.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** {@code isu version}: which build of the workbench this is, and on which Java and OSGi runtime. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return Messages.versionSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println(NLS.bind(Messages.noArgumentsExpected, name(), String.join(" ", args)));
            return CommandLine.USAGE;
        }
        out.println(NLS.bind(Messages.versionLine, workbenchVersion()));
        out.println(NLS.bind(Messages.javaLine, Runtime.version(), System.getProperty("java.vendor", "?")));
        Bundle framework = systemBundle();
        if (framework != null) {
            out.println(NLS.bind(Messages.osgiLine, framework.getSymbolicName(), framework.getVersion()));
        }
        return CommandLine.OK;
    }

    private static Bundle systemBundle() {
        Bundle self = FrameworkUtil.getBundle(VersionCommand.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        return context == null ? null : context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
    }

    /** The version of this bundle: every ISU bundle of one build carries the same version. */
    static String workbenchVersion() {
        Bundle self = FrameworkUtil.getBundle(VersionCommand.class);
        return self == null ? "?" : self.getVersion().toString();
    }
}
