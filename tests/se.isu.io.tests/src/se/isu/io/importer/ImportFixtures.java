package se.isu.io.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.csv.CsvImporter;
import se.isu.io.xlsx.XlsxImporter;

/** SU-X 2020 as the workbench has it, and files written the way municipal offices write them. */
final class ImportFixtures {

    static final String KOMMUN = "Söderhamn";

    private static FormRegistry registry;

    private ImportFixtures() {
    }

    static synchronized FormVersion sux2020() {
        if (registry == null) {
            registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        }
        return registry.find("su-x", "2020").orElseThrow(() -> new AssertionError("SU-X 2020 is not contributed"));
    }

    static Path write(Path folder, String name, String text, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    static ImportSource open(Path file) throws ImportException {
        Importer importer = file.getFileName().toString().endsWith(".xlsx") ? new XlsxImporter() : new CsvImporter();
        return importer.open(file);
    }
}
