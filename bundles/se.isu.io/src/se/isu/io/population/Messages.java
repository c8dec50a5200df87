package se.isu.io.population;

import org.eclipse.osgi.util.NLS;

/** Texts of the population import for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.io.population.messages";

    public static String badAgeBand;
    public static String badCount;
    public static String badYear;
    public static String duplicateFigure;
    public static String missingColumns;
    public static String missingMunicipality;
    public static String nameTooLong;
    public static String storeFailed;
    public static String sumMismatch;
    public static String sumMismatchFewer;
    public static String sumMismatchMore;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
