package se.isu.analysis.ui.outputs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Series;
import se.isu.analysis.result.Table;
import se.isu.analysis.ui.internal.Messages;

/**
 * The outputs contributed to {@code se.isu.analysis.ui.outputs}: the chart bound to an analysis, else the
 * default chart for its type of result. This bundle contributes the defaults (bars for a table, a line
 * for a series, box plots for a box plot) and the outputs of the standard analyses.
 */
public final class OutputRegistry {

    public static final String EXTENSION_POINT = "se.isu.analysis.ui.outputs";

    /** An output as declared: a built-in kind or a class of its own. */
    public record Binding(OutputKind kind, ValueChoice values, IConfigurationElement element, String description) {

        public AnalysisOutput create() {
            if (element != null && element.getAttribute("class") != null) {
                try {
                    return (AnalysisOutput) element.createExecutableExtension("class");
                } catch (CoreException | ClassCastException e) {
                    throw new IllegalStateException(NLS.bind(Messages.outputFailed, element.getAttribute("class"),
                            e.getMessage()), e);
                }
            }
            return kind.create(values);
        }
    }

    private static final Binding TABLE = new Binding(OutputKind.GROUPED_BAR, ValueChoice.AUTO, null, null);
    private static final Binding SERIES = new Binding(OutputKind.LINE, ValueChoice.AUTO, null, null);
    private static final Binding BOX = new Binding(OutputKind.BOX_PLOT, ValueChoice.AUTO, null, null);

    private final Map<String, Binding> byAnalysis;
    private final Map<String, Binding> defaults;

    public OutputRegistry(Map<String, Binding> byAnalysis, Map<String, Binding> defaults) {
        this.byAnalysis = Map.copyOf(byAnalysis);
        this.defaults = Map.copyOf(defaults);
    }

    public static OutputRegistry fromExtensions(IExtensionRegistry registry) {
        Map<String, Binding> byAnalysis = new HashMap<>();
        Map<String, Binding> defaults = new HashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String kind = element.getAttribute("kind");
            if (kind == null && element.getAttribute("class") == null) {
                continue;
            }
            Binding binding = new Binding(kind == null ? OutputKind.BAR : OutputKind.of(kind),
                    ValueChoice.of(element.getAttribute("values")), element, element.getAttribute("description"));
            if ("output".equals(element.getName())) {
                byAnalysis.put(element.getAttribute("analysis"), binding);
            } else if ("defaultOutput".equals(element.getName())) {
                defaults.put(element.getAttribute("result"), binding);
            }
        }
        return new OutputRegistry(byAnalysis, defaults);
    }

    /** The output bound to the analysis, if any. */
    public Optional<Binding> bound(String analysisId) {
        return Optional.ofNullable(byAnalysis.get(analysisId));
    }

    /** The output for a result of the analysis: its own, else the default for the result's type. */
    public Binding binding(String analysisId, AnalysisResult result) {
        Binding own = byAnalysis.get(analysisId);
        return own != null ? own : defaultFor(result);
    }

    /** The default output for a type of result. */
    public Binding defaultFor(AnalysisResult result) {
        return switch (result) {
            case Table table -> defaults.getOrDefault("table", TABLE);
            case Series series -> defaults.getOrDefault("series", SERIES);
            case BoxPlot plot -> defaults.getOrDefault("boxPlot", BOX);
        };
    }

    /** The catalogue's description of the analysis, when an output gives one. */
    public Optional<String> description(String analysisId) {
        return bound(analysisId).map(Binding::description);
    }
}
