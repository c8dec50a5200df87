package se.isu.analysis.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import se.isu.analysis.AnalysisContext;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.Populations;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.stats.QuantileType;
import se.isu.analysis.ui.outputs.OutputRegistry;
import se.isu.analysis.ui.preferences.AnalysisPreferences;
import se.isu.cases.ui.CasesUiPlugin;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The analysis user interface: the analyses and their outputs, the user's selection shared by the
 * result views, and the dataset they all compute from. The dataset is read from the workbench's case
 * store once and read again after cases were saved, deleted or imported.
 */
public final class AnalysisUiPlugin extends AbstractUIPlugin {

    public static final String ID = "se.isu.analysis.ui";

    /** The form whose cases the analyses read. */
    public static final String FORM_ID = "su-x";

    private static AnalysisUiPlugin instance;

    private AnalysisRegistry analyses;
    private OutputRegistry outputs;
    private AnalysisSelection selection;
    private Dataset dataset;
    private AnalysisContext context = AnalysisContext.empty();
    private long datasetGeneration;
    private final Runnable caseListener = this::casesChanged;
    private boolean listening;

    public AnalysisUiPlugin() {
        instance = this;
    }

    public static AnalysisUiPlugin getDefault() {
        return instance;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        try {
            if (listening && CasesUiPlugin.getDefault() != null) {
                CasesUiPlugin.getDefault().removeCaseListener(caseListener);
            }
        } finally {
            instance = null;
            super.stop(context);
        }
    }

    public synchronized AnalysisRegistry analyses() {
        if (analyses == null) {
            analyses = AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry());
        }
        return analyses;
    }

    public synchronized OutputRegistry outputs() {
        if (outputs == null) {
            outputs = OutputRegistry.fromExtensions(Platform.getExtensionRegistry());
        }
        return outputs;
    }

    /** The filter and the comparison every result view computes with. */
    public synchronized AnalysisSelection selection() {
        if (selection == null) {
            selection = new AnalysisSelection(AnalysisPreferences.defaultMunicipalities(getPreferenceStore()));
        }
        return selection;
    }

    public SmallCountMasking masking() {
        return new SmallCountMasking(getPreferenceStore().getInt(AnalysisPreferences.THRESHOLD));
    }

    public QuantileType quantileType() {
        return AnalysisPreferences.quantileType(getPreferenceStore());
    }

    @Override
    public IPreferenceStore getPreferenceStore() {
        return super.getPreferenceStore();
    }

    /**
     * The cases of every registered version of the form, read from the store when no dataset is held;
     * call it from a job, never from the UI thread.
     */
    public synchronized Dataset dataset(IProgressMonitor monitor) throws StoreException {
        if (!listening) {
            CasesUiPlugin.getDefault().addCaseListener(caseListener);
            listening = true;
        }
        if (dataset == null) {
            CaseStore store = CasesUiPlugin.getDefault().store();
            List<FormVersion> versions = new ArrayList<>(store.registeredVersions().stream()
                    .filter(v -> FORM_ID.equals(v.getFormId())).toList());
            versions.sort(Comparator.comparing(FormVersion::getVersion));
            FormRegistry forms = FormsUiPlugin.getDefault().registry();
            List<Crosswalk> crosswalks = new ArrayList<>();
            for (int i = 0; i + 1 < versions.size(); i++) {
                forms.crosswalk(versions.get(i), versions.get(i + 1)).ifPresent(crosswalks::add);
            }
            if (versions.isEmpty()) {
                throw new StoreException(se.isu.analysis.ui.internal.Messages.noFormVersions);
            }
            dataset = Dataset.load(store, versions, crosswalks, CaseQuery.forAnalysis(), DatasetRoles.suX());
            // The population figures, for rates per 1,000 children, are read with the cases.
            context = store instanceof DerbyCaseStore derby ? new AnalysisContext(Populations.of(derby.population().list()))
                    : AnalysisContext.empty();
            datasetGeneration++;
        }
        return dataset;
    }

    /** What analyses get beside the cases (population figures), read with the dataset. */
    public synchronized AnalysisContext context() {
        return context;
    }

    /** Whether the dataset is loaded, so a view can tell whether computing needs the store. */
    public synchronized boolean hasDataset() {
        return dataset != null;
    }

    /** Counts the datasets read, so a view can tell that the one it shows is outdated. */
    public synchronized long datasetGeneration() {
        return datasetGeneration;
    }

    /** Forgets the dataset, so the next computation reads the store again, and tells the result views. */
    public void casesChanged() {
        synchronized (this) {
            dataset = null;
        }
        selection().changed();
    }
}
