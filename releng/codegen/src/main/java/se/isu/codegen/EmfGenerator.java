package se.isu.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model and edit code of EMF genmodels without an Eclipse workbench, the way the genmodel
 * editor's "Generate Model Code" and "Generate Edit Code" do, including the JMerge of existing files that
 * keeps {@code @generated NOT} members.
 *
 * <p>Arguments: the folder that holds the bundles, one folder per bundle named after its symbolic name, then
 * one or more genmodel files inside those bundles. A genmodel names its target folders as workspace paths
 * ({@code /se.isu.forms/src-gen}); each project name is resolved to the bundle folder of that name.
 *
 * <p>When an Ecore file has gained or lost elements since the genmodel was saved, the genmodel is reconciled
 * with it and saved, as the genmodel editor does when it opens such a genmodel.
 */
public final class EmfGenerator {

    private final Path bundles;
    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final Set<URI> written = new LinkedHashSet<>();

    private EmfGenerator(Path bundles) {
        this.bundles = bundles;
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
            @Override
            public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
                // The platform URI is handed on as the file URI it maps to; count each file once.
                if (uri.isPlatformResource()) {
                    written.add(uri);
                }
                return super.createOutputStream(uri, options);
            }
        });
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        mapEcoreBundle();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: EmfGenerator <bundles folder> <genmodel file>...");
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        for (int i = 1; i < args.length; i++) {
            new EmfGenerator(bundles).generate(Path.of(args[i]).toAbsolutePath().normalize());
        }
    }

    private void generate(Path genModelFile) throws IOException {
        long start = System.nanoTime();
        if (!Files.isRegularFile(genModelFile) || !genModelFile.startsWith(bundles)) {
            throw new IllegalArgumentException(genModelFile + " is not a file inside " + bundles);
        }
        Path inBundles = bundles.relativize(genModelFile);
        String genModelProject = inBundles.getName(0).toString();
        mapProject(genModelProject);
        URI genModelUri = URI.createPlatformResourceURI(inBundles.toString().replace('\\', '/'), true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);

        mapProject(projectOf(genModel.getModelDirectory()));
        mapProject(projectOf(genModel.getEditDirectory()));

        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }
        for (GenPackage used : genModel.getUsedGenPackages()) {
            // reconcile() would drop it silently, and the code would be generated without what it contributes.
            if (used.eIsProxy()) {
                throw new IllegalStateException(genModelFile + " uses a genmodel package that cannot be found: "
                        + ((InternalEObject) used).eProxyURI());
            }
        }
        // reconcile() adds what the Ecore files gained since the genmodel was saved; the generator only
        // produces code for elements the genmodel lists, so the reconciled genmodel is saved (when it changed).
        genModel.reconcile();
        if (!genModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList().equals(ePackages)) {
            // reconcile() turns every package the model refers to but no genmodel covers into one more to generate.
            throw new IllegalStateException(genModelFile + ": the genmodel or a package it uses cannot be resolved; "
                    + "packages after reconciling: " + genModel.getGenPackages().stream().map(GenPackage::getNSURI).toList());
        }
        genModelResource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genModelFile + " is not valid: " + describe(diagnostic));
        }
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        // Without the genmodel's adapter factory the generator finds no adapter for a GenModel and writes nothing.
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);

        ErrorWatch errors = ErrorWatch.start();
        try {
            check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model", new BasicMonitor()), genModelFile);
            check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit", new BasicMonitor()), genModelFile);
        } finally {
            errors.stop();
        }
        if (errors.seen()) {
            // The generator logs and swallows the exceptions of single files, so output on stderr is the only sign.
            throw new IllegalStateException("Generating from " + genModelFile + " reported errors, see above.");
        }
        System.out.printf("Generated model and edit code from %s in %d ms; %d files written%s%n", bundles.relativize(genModelFile),
                (System.nanoTime() - start) / 1_000_000, written.size(), written.isEmpty() ? " (everything was up to date)" : ":");
        for (URI uri : written) {
            System.out.println("  " + uri.toPlatformString(true));
        }
        written.clear();
    }

    private static String projectOf(String workspacePath) {
        URI path = URI.createURI(workspacePath);
        if (!workspacePath.startsWith("/") || path.segmentCount() == 0) {
            throw new IllegalArgumentException("Not a workspace path such as /project/folder: " + workspacePath);
        }
        return path.segment(0);
    }

    private void mapProject(String project) {
        EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundles.resolve(project).toString()).appendSegment(""));
    }

    /**
     * Genmodels refer to Ecore's own genmodel by its location in the running platform. Here that is the Ecore jar
     * on the class path.
     */
    private void mapEcoreBundle() {
        URL genModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
        if (genModel == null) {
            throw new IllegalStateException("model/Ecore.genmodel is not on the class path");
        }
        URI location = URI.createURI(genModel.toString()).trimSegments(2).appendSegment("");
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false), location);
        EcorePlugin.getEPackageNsURIToGenModelLocationMap(false)
                .put(EcorePackage.eNS_URI, URI.createPlatformPluginURI("org.eclipse.emf.ecore/model/Ecore.genmodel", false));
    }

    private static void check(Diagnostic diagnostic, Path genModelFile) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generating from " + genModelFile + " failed: " + describe(diagnostic));
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() == Diagnostic.OK) {
                continue;
            }
            text.append(System.lineSeparator()).append("  ").append(describe(child));
        }
        return text.toString();
    }

    /** Passes stderr through and remembers whether anything was written to it. */
    private static final class ErrorWatch extends PrintStream {
        private final PrintStream original;
        private boolean seen;

        private ErrorWatch(PrintStream original) {
            super(original, true);
            this.original = original;
        }

        static ErrorWatch start() {
            ErrorWatch watch = new ErrorWatch(System.err);
            System.setErr(watch);
            return watch;
        }

        @Override
        public void write(int b) {
            seen = true;
            super.write(b);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            seen |= length > 0;
            super.write(buffer, offset, length);
        }

        void stop() {
            System.setErr(original);
        }

        boolean seen() {
            return seen;
        }
    }
}
