package se.isu.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench window, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.ui.internal.messages";

    public static String appName;
    public static String windowTitle;
    public static String menuFile;
    public static String menuWindow;
    public static String menuHelp;
    public static String menuPerspectives;
    public static String actionSave;
    public static String actionUndo;
    public static String actionRedo;
    public static String actionQuit;
    public static String actionOpenPerspective;
    public static String actionResetPerspective;
    public static String actionPreferences;
    public static String actionAbout;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
