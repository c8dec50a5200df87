package se.isu.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An analysis as its extension declares it; {@link #create()} makes the analysis itself.
 *
 * @param description what it shows and which report item it reproduces; may be null
 * @param parameters  the declared parameters, in order
 */
public record AnalysisDescriptor(String id, String name, String category, String description,
        List<Parameter> parameters, Supplier<Analysis> factory) {

    /** An analysis without a description. */
    public AnalysisDescriptor(String id, String name, String category, List<Parameter> parameters,
            Supplier<Analysis> factory) {
        this(id, name, category, null, parameters, factory);
    }

    /** A declared parameter; {@code defaultValue} may be null. */
    public record Parameter(String id, String name, String defaultValue) {
    }

    public AnalysisDescriptor {
        parameters = List.copyOf(parameters);
    }

    public Analysis create() {
        return factory.get();
    }

    /** The given values over the declared defaults. */
    public Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (parameter.defaultValue() != null) {
                values.put(parameter.id(), parameter.defaultValue());
            }
        }
        values.putAll(given);
        return values;
    }
}
