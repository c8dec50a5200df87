package se.isu.store;

import java.nio.file.Path;

import se.isu.forms.registry.FormRegistry;

/** Where the user's store lives. */
public final class StoreLocation {

    /** The system property the start scripts set to the user's ISU folder. */
    public static final String ISU_HOME_PROPERTY = FormRegistry.ISU_HOME_PROPERTY;

    private StoreLocation() {
    }

    /** The user's ISU folder: {@link FormRegistry#isuHome()}. */
    public static Path isuHome() {
        return FormRegistry.isuHome();
    }

    /** The folder of the default store: {@code store} in the user's ISU folder. */
    public static Path defaultStoreFolder() {
        return isuHome().resolve("store");
    }
}
