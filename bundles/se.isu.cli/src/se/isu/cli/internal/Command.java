package se.isu.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code isu}. */
interface Command {

    /** The word that selects the command: {@code isu <name>}. */
    String name();

    /** One line for {@code isu --help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the words after the command name
     * @return the process exit code: {@link CommandLine#OK}, {@link CommandLine#USAGE} or {@link CommandLine#FAILED}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
