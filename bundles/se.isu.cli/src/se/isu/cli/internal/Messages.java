package se.isu.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the {@code isu} command, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.cli.internal.messages";

    public static String usage;
    public static String commandsHeading;
    public static String helpSummary;
    public static String exitCodes;
    public static String unknownCommand;
    public static String seeHelp;
    public static String commandFailed;
    public static String noArgumentsExpected;
    public static String versionSummary;
    public static String versionLine;
    public static String javaLine;
    public static String osgiLine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
