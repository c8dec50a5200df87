package se.isu.analysis.ui.outputs;

import java.util.Locale;

/** The built-in charts, by the names an output's {@code kind} attribute uses. */
public enum OutputKind {
    BAR("bar"), GROUPED_BAR("groupedBar"), STACKED_BAR("stackedBar"), LINE("line"), BOX_PLOT("boxPlot"),
    HEAT_MAP("heatMap");

    private final String attribute;

    OutputKind(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    public static OutputKind of(String attribute) {
        for (OutputKind kind : values()) {
            if (kind.attribute.equalsIgnoreCase(attribute.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no chart kind " + attribute.toLowerCase(Locale.ROOT));
    }

    /** A new chart of this kind. */
    public AnalysisOutput create(ValueChoice values) {
        return switch (this) {
            case BAR, GROUPED_BAR -> new BarChartOutput(false, values);
            case STACKED_BAR -> new BarChartOutput(true, values);
            case LINE -> new LineChartOutput(values);
            case BOX_PLOT -> new BoxPlotOutput();
            case HEAT_MAP -> new HeatMapOutput();
        };
    }
}
