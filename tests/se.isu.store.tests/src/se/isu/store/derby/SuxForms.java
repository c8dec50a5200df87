package se.isu.store.derby;

import org.eclipse.core.runtime.Platform;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;

/** SU-X 2020 and 2021 as the running workbench has them: from the form registry's contributions. */
final class SuxForms {

    static final String FORM_ID = "su-x";

    private static FormRegistry registry;

    private SuxForms() {
    }

    static synchronized FormVersion version(String name) {
        if (registry == null) {
            registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        }
        return registry.find(FORM_ID, name).orElseThrow(() -> new AssertionError("SU-X " + name + " is not contributed"));
    }

    static FormVersion v2020() {
        return version("2020");
    }

    static FormVersion v2021() {
        return version("2021");
    }
}
