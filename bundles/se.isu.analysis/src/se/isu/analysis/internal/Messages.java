package se.isu.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the analysis engine for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.analysis.internal.messages";

    public static String maskedSmall;
    public static String maskedSmallReason;
    public static String maskedComplement;
    public static String maskedComplementReason;
    public static String maskedMeasureReason;
    public static String noteSmall;
    public static String noteComplement;
    public static String noteMeasures;
    public static String noteBoxes;
    public static String notComparable;
    public static String notHarmonised;
    public static String backgroundTitle;
    public static String columnGirls;
    public static String columnBoys;
    public static String columnCases;
    public static String columnMeanAge;
    public static String columnMinAge;
    public static String columnMaxAge;
    public static String columnMeanDuration;
    public static String rowTotal;
    public static String analysisFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
