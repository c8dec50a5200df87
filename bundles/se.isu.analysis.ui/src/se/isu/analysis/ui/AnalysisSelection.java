package se.isu.analysis.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import se.isu.analysis.dataset.DatasetFilter;

/**
 * The selection the filter bar edits and every result view computes with: which cases (a
 * {@link DatasetFilter}) and how to compare municipalities. A small service: listeners run in the thread
 * that changed it, which is the UI thread in the workbench.
 */
public final class AnalysisSelection {

    /** How a result view compares municipalities. */
    public enum Compare {
        /** The selected cases together. */
        NONE("none"),
        /** Each selected municipality (or each municipality, when none is selected) side by side. */
        MUNICIPALITIES("municipalities"),
        /** The focus municipality against the pooled rest of the selection. */
        ONE_VS_REST("oneVsRest");

        private final String parameter;

        Compare(String parameter) {
            this.parameter = parameter;
        }

        /** The value of an analysis's {@code compare} parameter. */
        public String parameter() {
            return parameter;
        }
    }

    private DatasetFilter filter;
    private Compare compare = Compare.NONE;
    private String focus;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    AnalysisSelection(List<String> defaultMunicipalities) {
        filter = DatasetFilter.all().withMunicipalities(defaultMunicipalities);
    }

    public synchronized DatasetFilter filter() {
        return filter;
    }

    public synchronized Compare compare() {
        return compare;
    }

    /** The municipality compared with the rest; null when none is chosen. */
    public synchronized String focus() {
        return focus;
    }

    public void setFilter(DatasetFilter newFilter) {
        synchronized (this) {
            filter = newFilter;
        }
        changed();
    }

    public void setCompare(Compare newCompare, String newFocus) {
        synchronized (this) {
            compare = newCompare;
            focus = newFocus;
        }
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that the selection, or the cases under it, changed. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }
}
