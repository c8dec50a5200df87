package se.isu.analysis.ui.preferences;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.stats.QuantileType;
import se.isu.analysis.ui.AnalysisUiPlugin;

/** The analyst's preferences and their defaults. */
public final class AnalysisPreferences extends AbstractPreferenceInitializer {

    /** Counts from 1 to this − 1 are masked. */
    public static final String THRESHOLD = "maskingThreshold";
    /** {@link QuantileType} by name. */
    public static final String QUANTILES = "quantileType";
    /** Municipalities selected when the workbench starts, separated by commas. */
    public static final String MUNICIPALITIES = "defaultMunicipalities";

    /** The lowest threshold the page accepts: masking below 3 hides nothing worth hiding. */
    public static final int MIN_THRESHOLD = 3;

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = AnalysisUiPlugin.getDefault().getPreferenceStore();
        store.setDefault(THRESHOLD, SmallCountMasking.DEFAULT_THRESHOLD);
        store.setDefault(QUANTILES, QuantileType.TYPE_7.name());
        store.setDefault(MUNICIPALITIES, "");
    }

    public static QuantileType quantileType(IPreferenceStore store) {
        try {
            return QuantileType.valueOf(store.getString(QUANTILES));
        } catch (IllegalArgumentException e) {
            return QuantileType.TYPE_7;
        }
    }

    public static List<String> defaultMunicipalities(IPreferenceStore store) {
        return Arrays.stream(store.getString(MUNICIPALITIES).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
