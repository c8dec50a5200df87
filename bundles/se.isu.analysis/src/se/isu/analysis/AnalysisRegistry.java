package se.isu.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.internal.Messages;
import se.isu.analysis.result.AnalysisResult;

/**
 * The analyses contributed to {@code se.isu.analysis.analyses}. Running one through here is the only way
 * to its result, and the result has always been through disclosure control.
 */
public final class AnalysisRegistry {

    public static final String EXTENSION_POINT = "se.isu.analysis.analyses";

    private final List<AnalysisDescriptor> analyses;

    private AnalysisRegistry(List<AnalysisDescriptor> analyses) {
        this.analyses = List.copyOf(analyses);
    }

    public static AnalysisRegistry fromExtensions(IExtensionRegistry registry) {
        List<AnalysisDescriptor> analyses = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"analysis".equals(element.getName())) {
                continue;
            }
            List<AnalysisDescriptor.Parameter> parameters = new ArrayList<>();
            for (IConfigurationElement parameter : element.getChildren("parameter")) {
                parameters.add(new AnalysisDescriptor.Parameter(parameter.getAttribute("id"),
                        parameter.getAttribute("name"), parameter.getAttribute("default")));
            }
            analyses.add(new AnalysisDescriptor(element.getAttribute("id"), element.getAttribute("name"),
                    element.getAttribute("category"), element.getAttribute("description"), parameters, () -> instantiate(element)));
        }
        analyses.sort(Comparator.comparing(AnalysisDescriptor::category).thenComparing(AnalysisDescriptor::name));
        return new AnalysisRegistry(analyses);
    }

    private static Analysis instantiate(IConfigurationElement element) {
        try {
            return (Analysis) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException(NLS.bind(Messages.analysisFailed, element.getAttribute("id"),
                    e.getMessage()), e);
        }
    }

    /** By category, then name. */
    public List<AnalysisDescriptor> analyses() {
        return analyses;
    }

    public Optional<AnalysisDescriptor> find(String id) {
        return analyses.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Runs an analysis on the selected rows and masks its result. */
    public static AnalysisResult run(AnalysisDescriptor analysis, Dataset dataset, BitSet rows,
            Map<String, String> parameters, SmallCountMasking masking) {
        AnalysisResult raw = analysis.create().run(dataset, rows, analysis.withDefaults(parameters));
        return masking.apply(raw);
    }
}
