package se.isu.demo.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the demo data for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.demo.internal.messages";

    public static String storeNotEmpty;
    public static String formMissing;
    public static String importFailed;
    public static String writing;
    public static String importing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
