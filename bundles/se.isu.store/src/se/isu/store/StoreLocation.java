package se.isu.store;

import java.nio.file.Path;

/** Where the user's store lives. */
public final class StoreLocation {

    /** The system property the start scripts set to the user's ISU folder. */
    public static final String ISU_HOME_PROPERTY = "isu.home";

    private StoreLocation() {
    }

    /** The user's ISU folder: system property {@value #ISU_HOME_PROPERTY}, else {@code ~/.isu}. */
    public static Path isuHome() {
        String home = System.getProperty(ISU_HOME_PROPERTY);
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".isu");
    }

    /** The folder of the default store: {@code store} in the user's ISU folder. */
    public static Path defaultStoreFolder() {
        return isuHome().resolve("store");
    }
}
