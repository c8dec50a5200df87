package se.isu.store.population;

import org.eclipse.osgi.util.NLS;

/** Texts of the population table for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.store.population.messages";

    public static String populationReadFailed;
    public static String populationSaveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
