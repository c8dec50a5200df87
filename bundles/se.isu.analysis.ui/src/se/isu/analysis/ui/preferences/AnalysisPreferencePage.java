package se.isu.analysis.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import se.isu.analysis.stats.QuantileType;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.internal.Messages;

/**
 * Analys: the masking threshold, the quantile method of medians, quartiles and box plots, and the
 * municipalities selected at start. The result views compute again when the page is applied.
 */
public final class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AnalysisPreferencePage() {
        super(GRID);
        setDescription(Messages.preferencesDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AnalysisUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor threshold = new IntegerFieldEditor(AnalysisPreferences.THRESHOLD,
                Messages.preferencesThreshold, getFieldEditorParent());
        threshold.setValidRange(AnalysisPreferences.MIN_THRESHOLD, 50);
        addField(threshold);
        addField(new RadioGroupFieldEditor(AnalysisPreferences.QUANTILES, Messages.preferencesQuantiles, 1,
                new String[][] { { Messages.preferencesType7, QuantileType.TYPE_7.name() },
                        { Messages.preferencesType6, QuantileType.TYPE_6.name() } },
                getFieldEditorParent(), true));
        addField(new StringFieldEditor(AnalysisPreferences.MUNICIPALITIES, Messages.preferencesMunicipalities,
                getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        AnalysisUiPlugin.getDefault().selection().changed();
        return ok;
    }
}
