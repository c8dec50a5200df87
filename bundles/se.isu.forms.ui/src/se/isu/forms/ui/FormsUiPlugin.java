package se.isu.forms.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import se.isu.forms.registry.FormRegistry;

/**
 * The form user interface: holds the one {@link FormRegistry} of the running workbench, so that the
 * forms view, the editors and the diff and crosswalk views all see the same versions.
 */
public final class FormsUiPlugin extends AbstractUIPlugin {

    public static final String ID = "se.isu.forms.ui";

    private static FormsUiPlugin instance;

    private FormRegistry registry;

    public FormsUiPlugin() {
        instance = this;
    }

    public static FormsUiPlugin getDefault() {
        return instance;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        registry = null;
        instance = null;
        super.stop(context);
    }

    /**
     * The workbench's form registry: the contributed versions and the user's own, kept in
     * {@link #userFolder()}. Created on first use; problems reading it are in its problems(), not thrown.
     */
    public synchronized FormRegistry registry() {
        if (registry == null) {
            registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), userFolder());
        }
        return registry;
    }

    /** The folder of the user's form versions: {@code <isu home>/forms}. */
    public static Path userFolder() {
        return FormRegistry.defaultUserFolder();
    }
}
