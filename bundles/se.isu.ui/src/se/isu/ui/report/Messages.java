package se.isu.ui.report;

import org.eclipse.osgi.util.NLS;

/** Texts of the annual report action, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.ui.report.messages";

    public static String dialogTitle;
    public static String dialogMessage;
    public static String municipalities;
    public static String year;
    public static String folder;
    public static String browse;
    public static String selectAll;
    public static String folderDialogMessage;
    public static String needMunicipality;
    public static String needFolder;
    public static String noCases;
    public static String storeFailed;
    public static String job;
    public static String failed;
    public static String done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
