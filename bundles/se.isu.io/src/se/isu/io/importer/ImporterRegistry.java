package se.isu.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

/** The importers contributed to {@value #EXTENSION_POINT}, found by a file's extension. */
public final class ImporterRegistry {

    public static final String EXTENSION_POINT = "se.isu.io.importers";

    /** One contributed importer. */
    public record Entry(String id, String name, List<String> extensions, Importer importer) {
        boolean accepts(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
        }
    }

    private final List<Entry> entries;

    public ImporterRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The importers of the extension registry. A contribution whose class cannot be created is logged
     * and left out, so one broken plug-in does not take every import with it.
     */
    public static ImporterRegistry fromExtensions(IExtensionRegistry registry) {
        List<Entry> entries = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"importer".equals(element.getName())) {
                continue;
            }
            try {
                List<String> extensions = Arrays.stream(element.getAttribute("extensions").split(","))
                        .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
                Importer importer = (Importer) element.createExecutableExtension("class");
                entries.add(new Entry(element.getAttribute("id"), element.getAttribute("name"), extensions, importer));
            } catch (CoreException | ClassCastException | NullPointerException e) {
                ILog.of(ImporterRegistry.class).error("Importer " + element.getAttribute("id") + " of "
                        + element.getContributor().getName() + " cannot be used", e);
            }
        }
        return new ImporterRegistry(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The importer for {@code file}, by its extension. */
    public Optional<Importer> forFile(Path file) {
        return entries.stream().filter(entry -> entry.accepts(file)).map(Entry::importer).findFirst();
    }
}
