package se.isu.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Parses the words given to {@code isu} and runs the command they name. Kept free of the OSGi
 * application context so that it can be tested and reused as it is.
 */
public final class CommandLine {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the command failed (bad input, unreadable file, ...); nothing was changed. */
    public static final int FAILED = 1;
    /** Exit code: the words did not name a command or its arguments were wrong. */
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandLine() {
        register(new CasesCommand());
        register(new FormsCommand());
        register(new ImportCommand());
        register(new DemoCommand());
        register(new PopulationCommand());
        register(new VersionCommand());
        register(new AnalysesCommand());
        register(new AnalyzeCommand());
        register(new ReportCommand());
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    /** Runs {@code isu args...} and returns its exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            printHelp(err);
            return USAGE;
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            printHelp(out);
            return OK;
        }
        Command command = commands.get(first);
        if (command == null) {
            err.println(NLS.bind(Messages.unknownCommand, first));
            err.println(Messages.seeHelp);
            return USAGE;
        }
        List<String> rest = List.copyOf(Arrays.asList(args).subList(1, args.length));
        try {
            return command.run(rest, out, err);
        } catch (RuntimeException e) {
            err.println(NLS.bind(Messages.commandFailed, command.name(), String.valueOf(e.getMessage())));
            e.printStackTrace(err);
            return FAILED;
        }
    }

    private void printHelp(PrintStream out) {
        out.println(Messages.usage);
        out.println();
        out.println(Messages.commandsHeading);
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        width = Math.max(width, "help".length());
        for (Command command : commands.values()) {
            out.println("  " + pad(command.name(), width) + "  " + command.summary());
        }
        out.println("  " + pad("help", width) + "  " + Messages.helpSummary);
        out.println();
        out.println(Messages.exitCodes);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
