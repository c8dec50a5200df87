package se.isu.forms.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsFactory;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.internal.Messages;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.resource.FormsResourceFactory;
import se.isu.forms.validation.FormConstraints;

/**
 * Every form version and crosswalk the workbench knows: those contributed by bundles through the
 * extension point {@value #EXTENSION_POINT} (read-only: a bundle's published version never changes),
 * and those the user made, kept as files in a folder of the user's own (drafts, and the versions
 * published from them). Versions are grouped into {@link FormDefinition}s by form id.
 */
public final class FormRegistry {

    /** System property naming the user's ISU folder; the start scripts set it. */
    public static final String ISU_HOME_PROPERTY = "isu.home";

    /** The extension point through which bundles contribute form versions and crosswalks. */
    public static final String EXTENSION_POINT = "se.isu.forms.definitions";

    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final Path userFolder;
    private final List<FormVersion> versions = new ArrayList<>();
    private final List<Crosswalk> crosswalks = new ArrayList<>();
    private final Map<String, FormDefinition> definitions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private FormRegistry(Path userFolder) {
        this.userFolder = userFolder;
        FormsResourceFactory.register(resourceSet.getResourceFactoryRegistry());
    }

    /**
     * The user's ISU folder, where the workbench keeps the user's forms, store and demo files: system
     * property {@value #ISU_HOME_PROPERTY}, else {@code ~/.isu}. Every bundle asks here.
     */
    public static Path isuHome() {
        String home = System.getProperty(ISU_HOME_PROPERTY);
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".isu");
    }

    /** The folder for the user's own versions and crosswalks: {@code forms} in the user's ISU folder. */
    public static Path defaultUserFolder() {
        return isuHome().resolve("forms");
    }

    /**
     * The registry of a running workbench: the contributions to {@value #EXTENSION_POINT}, then the
     * user's versions in {@code userFolder} (created when missing; may be null for none).
     */
    public static FormRegistry fromExtensions(IExtensionRegistry extensions, Path userFolder) {
        FormRegistry registry = new FormRegistry(userFolder);
        List<URI> versionFiles = new ArrayList<>();
        List<URI> crosswalkFiles = new ArrayList<>();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            String bundle = element.getContributor().getName();
            String file = element.getAttribute("file");
            if (file == null || file.isBlank()) {
                registry.problems.add(NLS.bind(Messages.contributionWithoutFile, bundle));
                continue;
            }
            URI uri = URI.createPlatformPluginURI(bundle + "/" + file, true);
            ("crosswalk".equals(element.getName()) ? crosswalkFiles : versionFiles).add(uri);
        }
        registry.load(versionFiles, crosswalkFiles);
        return registry;
    }

    /** A registry of the given files and the user's versions in {@code userFolder} (may be null). */
    public static FormRegistry of(List<URI> versionFiles, List<URI> crosswalkFiles, Path userFolder) {
        FormRegistry registry = new FormRegistry(userFolder);
        registry.load(versionFiles, crosswalkFiles);
        return registry;
    }

    private void load(List<URI> versionFiles, List<URI> crosswalkFiles) {
        for (URI uri : versionFiles) {
            loadRoot(uri, FormVersion.class, Messages.notAFormVersion).ifPresent(versions::add);
        }
        for (Path file : userFiles(FormsResourceFactory.FORMS_EXTENSION)) {
            loadRoot(URI.createFileURI(file.toString()), FormVersion.class, Messages.notAFormVersion).ifPresent(versions::add);
        }
        for (URI uri : crosswalkFiles) {
            loadRoot(uri, Crosswalk.class, Messages.notACrosswalk).ifPresent(crosswalks::add);
        }
        for (Path file : userFiles(FormsResourceFactory.CROSSWALK_EXTENSION)) {
            loadRoot(URI.createFileURI(file.toString()), Crosswalk.class, Messages.notACrosswalk).ifPresent(crosswalks::add);
        }
        regroup();
    }

    /** The user's files with this extension, sorted by name; none when there is no user folder. */
    private List<Path> userFiles(String extension) {
        List<Path> sorted = new ArrayList<>();
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*." + extension)) {
                files.forEach(sorted::add);
            } catch (IOException e) {
                problems.add(NLS.bind(Messages.unreadableFile, userFolder, e.getMessage()));
            }
        }
        Collections.sort(sorted);
        return sorted;
    }

    private <T> Optional<T> loadRoot(URI uri, Class<T> type, String wrongContent) {
        try {
            Resource resource = resourceSet.getResource(uri, true);
            if (!resource.getErrors().isEmpty()) {
                problems.add(NLS.bind(Messages.unreadableFile, uri, resource.getErrors().get(0).getMessage()));
                return Optional.empty();
            }
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (!type.isInstance(root)) {
                problems.add(NLS.bind(wrongContent, uri));
                return Optional.empty();
            }
            return Optional.of(type.cast(root));
        } catch (RuntimeException e) {
            // EMF wraps I/O and parse errors in runtime exceptions; a bad file must not stop the others.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(NLS.bind(Messages.unreadableFile, uri, cause.getMessage()));
            return Optional.empty();
        }
    }

    private void regroup() {
        versions.sort(Comparator.comparing(FormVersion::getFormId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FormVersion::getValidFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FormVersion::getVersion, Comparator.nullsLast(Comparator.naturalOrder())));
        for (FormDefinition definition : definitions.values()) {
            definition.getVersions().clear();
        }
        for (FormVersion version : versions) {
            FormDefinition definition = definitions.computeIfAbsent(version.getFormId(), id -> {
                FormDefinition d = FormsFactory.eINSTANCE.createFormDefinition();
                d.setId(id);
                return d;
            });
            definition.setName(version.getFormName());
            definition.getVersions().add(version);
        }
        definitions.values().removeIf(d -> d.getVersions().isEmpty());
    }

    /** The forms, each with its versions oldest first. */
    public List<FormDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /** Every version of every form. */
    public List<FormVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Optional<FormVersion> find(String formId, String version) {
        return versions.stream()
                .filter(v -> Objects.equals(v.getFormId(), formId) && Objects.equals(v.getVersion(), version))
                .findFirst();
    }

    public List<Crosswalk> crosswalks() {
        return Collections.unmodifiableList(crosswalks);
    }

    /** The crosswalk from {@code source} to {@code target}, if one is registered. */
    public Optional<Crosswalk> crosswalk(FormVersion source, FormVersion target) {
        return crosswalks.stream().filter(c -> c.getSource() == source && c.getTarget() == target).findFirst();
    }

    /** Files that could not be read, and contributions that were wrong, in words for the user. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Whether {@code version} was contributed by a bundle (and so can never be changed here). */
    public boolean isContributed(EObject versionOrCrosswalk) {
        Resource resource = versionOrCrosswalk.eResource();
        return resource == null || userFolder == null || !resource.getURI().isFile()
                || !Path.of(resource.getURI().toFileString()).toAbsolutePath().startsWith(userFolder.toAbsolutePath());
    }

    /**
     * Derives a draft named {@code name} from {@code base}, saves it in the user's folder and registers
     * it. Refused when the form already has a version of that name.
     */
    public FormVersion createDraft(FormVersion base, String name) throws FormLifecycleException, IOException {
        if (name != null && find(base.getFormId(), name.strip()).isPresent()) {
            throw new FormLifecycleException(NLS.bind(Messages.versionExists, base.getFormName(), name.strip()));
        }
        FormVersion draft = FormLifecycle.deriveDraft(base, name);
        Resource resource = resourceSet.createResource(URI.createFileURI(fileFor(draft, draft.getVersion(), FormsResourceFactory.FORMS_EXTENSION).toString()));
        resource.getContents().add(draft);
        Crosswalk crosswalk = CrosswalkSync.identity(base, draft);
        resourceSet.createResource(URI.createFileURI(
                fileFor(draft, base.getVersion() + "-" + draft.getVersion(), FormsResourceFactory.CROSSWALK_EXTENSION).toString()))
                .getContents().add(crosswalk);
        save(draft);
        save(crosswalk);
        versions.add(draft);
        crosswalks.add(crosswalk);
        regroup();
        fireChanged();
        return draft;
    }

    /** Saves a draft the user is editing. Versions that are not drafts are refused. */
    public void saveDraft(FormVersion draft) throws FormLifecycleException, IOException {
        FormLifecycle.requireDraft(draft);
        save(draft);
        Optional<Crosswalk> crosswalk = crosswalkTo(draft);
        if (crosswalk.isPresent() && !isContributed(crosswalk.get())) {
            CrosswalkSync.update(crosswalk.get());
            save(crosswalk.get());
        }
        fireChanged();
    }

    /** The crosswalk from the version {@code version} was derived from to {@code version}, if any. */
    public Optional<Crosswalk> crosswalkTo(FormVersion version) {
        return crosswalks.stream().filter(c -> c.getTarget() == version).findFirst();
    }

    /**
     * Brings the crosswalk to a draft in step with the draft's questions and options (new ones appear
     * as new, deleted ones as dropped) without saving. Returns whether anything changed.
     */
    public boolean updateCrosswalk(Crosswalk crosswalk) {
        return CrosswalkSync.update(crosswalk);
    }

    /** Saves a crosswalk the user edited; a bundle's crosswalk is refused. */
    public void saveCrosswalk(Crosswalk crosswalk) throws FormLifecycleException, IOException {
        if (isContributed(crosswalk)) {
            throw new FormLifecycleException(NLS.bind(Messages.crosswalkReadOnly, crosswalk.getId()));
        }
        save(crosswalk);
        fireChanged();
    }

    /** Publishes a draft (see {@link FormLifecycle#publish}) and saves it. */
    public void publish(FormVersion draft, LocalDate validFrom) throws FormLifecycleException, IOException {
        requireUserVersion(draft);
        FormLifecycle.publish(draft, validFrom);
        save(draft);
        regroup();
        fireChanged();
    }

    /** Retires one of the user's published versions and saves it. */
    public void retire(FormVersion version) throws FormLifecycleException, IOException {
        requireUserVersion(version);
        FormLifecycle.retire(version);
        save(version);
        fireChanged();
    }

    private void requireUserVersion(FormVersion version) throws FormLifecycleException {
        if (isContributed(version)) {
            throw new FormLifecycleException(NLS.bind(Messages.notEditable, FormConstraints.name(version),
                    FormLifecycle.statusName(version)));
        }
    }

    private Path fileFor(FormVersion version, String suffix, String extension) {
        if (userFolder == null) {
            throw new IllegalStateException("This registry has no folder for the user's versions");
        }
        String name = (version.getFormId() + "-" + suffix).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return userFolder.resolve(name + "." + extension);
    }

    /** Writes beside the file and moves into place, so a crash never leaves half a version. */
    private void save(EObject root) throws IOException {
        Resource resource = root.eResource();
        Path file = Path.of(resource.getURI().toFileString());
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            resource.save(bytes, FormsResourceFactory.SAVE_OPTIONS);
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try {
                Files.write(partial, bytes.toByteArray());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            String what = root instanceof FormVersion version ? FormConstraints.name(version) : ((Crosswalk) root).getId();
            throw new IOException(NLS.bind(Messages.saveFailed, new Object[] { what, file, e.getMessage() }), e);
        }
    }

    /** Called after every change to the registered versions, on the thread that made it. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }

    /** The resource set all registered versions live in, for editors that work on them. */
    public ResourceSet resourceSet() {
        return resourceSet;
    }
}
