package se.isu.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.AnalysisContext;
import se.isu.analysis.Populations;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.registry.FormRegistry;
import se.isu.report.internal.Messages;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The dataset a report is computed from: the cases of every version of the form that the store has
 * cases of, read together through the form registry's crosswalks, as {@code isu analyze} reads them.
 */
public final class ReportSource {

    /** The SU-X form, which the standard analyses are written for. */
    public static final String FORM = "su-x";

    private ReportSource() {
    }

    /**
     * Registers the versions the store has cases of (a store opened afresh knows none) and reads them.
     *
     * @throws IllegalArgumentException when the store has no cases of the form or a version the registry
     *                                  does not know (the message says which, in Swedish)
     */
    public static Dataset load(CaseStore store, FormRegistry forms, String formId) throws StoreException {
        Set<String> stored = new TreeSet<>();
        for (CaseCount count : store.counts(CaseQuery.forAnalysis().withForm(formId))) {
            if (count.count() > 0) {
                stored.add(count.formVersion());
            }
        }
        List<FormVersion> versions = new ArrayList<>();
        for (String name : stored) {
            Optional<FormVersion> version = forms.find(formId, name);
            if (version.isEmpty()) {
                throw new IllegalArgumentException(NLS.bind(Messages.unknownVersion, formId, name));
            }
            if (!store.registeredVersions().contains(version.get())) {
                store.register(version.get());
            }
            versions.add(version.get());
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.noCasesInStore, formId));
        }
        versions.sort(Comparator.comparing(FormVersion::getVersion));
        List<Crosswalk> crosswalks = forms.crosswalks().stream()
                .filter(c -> c.getSource() != null && c.getSource().getFormId().equals(formId)
                        && c.getTarget() != null && c.getTarget().getFormId().equals(formId))
                .toList();
        return Dataset.load(store, versions, crosswalks, CaseQuery.forAnalysis(), DatasetRoles.suX());
    }

    /** The store's population figures for the analyses' rates per 1,000 children; none for another store. */
    public static AnalysisContext context(CaseStore store) throws StoreException {
        return store instanceof DerbyCaseStore derby ? new AnalysisContext(Populations.of(derby.population().list()))
                : AnalysisContext.empty();
    }
}
