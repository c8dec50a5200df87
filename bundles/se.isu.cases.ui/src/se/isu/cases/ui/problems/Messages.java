package se.isu.cases.ui.problems;

import org.eclipse.osgi.util.NLS;

/** Texts of the Problems view, Swedish first (messages.properties), translatable by locale. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.cases.ui.problems.messages";

    public static String columnMessage;
    public static String columnCase;
    public static String columnQuestion;
    public static String columnType;
    public static String typeError;
    public static String typeWarning;
    public static String caseLabel;
    public static String newCase;
    public static String noMunicipality;
    public static String wholeCase;
    public static String summaryNone;
    public static String summaryErrors;
    public static String summaryOneWarning;
    public static String summaryWarnings;
    public static String summaryBoth;
    public static String draftsUnreadable;
    public static String refresh;
    public static String refreshTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
