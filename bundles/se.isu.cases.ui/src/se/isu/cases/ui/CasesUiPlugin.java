package se.isu.cases.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import se.isu.cases.ui.internal.Messages;
import se.isu.cases.ui.problems.ProblemRegistry;
import se.isu.forms.FormVersion;
import se.isu.forms.VersionStatus;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;
import se.isu.store.derby.DerbyCaseStore;

/**
 * The case user interface: holds the one {@link CaseStore} of the running workbench, opened at the
 * user's default store folder on first use and closed when the workbench stops, so that the navigator
 * and every case editor read and write the same database.
 */
public final class CasesUiPlugin extends AbstractUIPlugin {

    public static final String ID = "se.isu.cases.ui";

    private static CasesUiPlugin instance;

    private CaseStore store;
    private final List<String> registrationProblems = new ArrayList<>();
    private final List<Runnable> caseListeners = new CopyOnWriteArrayList<>();
    private final ProblemRegistry problemRegistry = new ProblemRegistry();
    private final Runnable formsListener = this::formsChanged;
    private boolean listeningToForms;

    public CasesUiPlugin() {
        instance = this;
    }

    public static CasesUiPlugin getDefault() {
        return instance;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        try {
            if (listeningToForms && FormsUiPlugin.getDefault() != null) {
                FormsUiPlugin.getDefault().registry().removeChangeListener(formsListener);
            }
            closeStore();
        } finally {
            instance = null;
            super.stop(context);
        }
    }

    /**
     * The workbench's case store, with every published and retired form version of the form registry
     * registered. A version that cannot be registered is left out and named in
     * {@link #registrationProblems()}; the others stay usable.
     *
     * @throws StoreException when the store cannot be opened at all
     */
    public synchronized CaseStore store() throws StoreException {
        if (store == null) {
            CaseStore opened = DerbyCaseStore.openDefault();
            registrationProblems.clear();
            registerVersions(opened);
            store = opened;
            if (!listeningToForms) {
                FormsUiPlugin.getDefault().registry().addChangeListener(formsListener);
                listeningToForms = true;
            }
        }
        return store;
    }

    /** Registers the registry's published and retired versions that the store does not know yet. */
    private void registerVersions(CaseStore target) {
        for (FormVersion version : FormsUiPlugin.getDefault().registry().versions()) {
            if (version.getStatus() == VersionStatus.DRAFT || target.registeredVersions().contains(version)) {
                continue;
            }
            try {
                target.register(version);
            } catch (StoreException e) {
                registrationProblems.add(NLS.bind(Messages.registerFailed, version.getFormId() + " "
                        + version.getVersion(), e.getMessage()));
            }
        }
    }

    /** A version published in the Formulär perspective can take cases at once, without a restart. */
    private synchronized void formsChanged() {
        if (store != null) {
            registerVersions(store);
        }
    }

    /**
     * Closes the store, for example to let another program or a backup reach its files; the next
     * {@link #store()} opens it again. Does nothing when it is not open.
     */
    public synchronized void closeStore() throws StoreException {
        if (store != null) {
            CaseStore open = store;
            store = null;
            open.close();
        }
    }

    /** Form versions the store could not take, in words for the user; empty when all went well. */
    public synchronized List<String> registrationProblems() {
        return List.copyOf(registrationProblems);
    }

    /** Published versions a new case may be recorded with, as registered in the store. */
    public List<FormVersion> publishedVersions() throws StoreException {
        return store().registeredVersions().stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).toList();
    }

    /** Runs {@code listener} in the UI thread of whoever saved or deleted a case, after each such change. */
    public void addCaseListener(Runnable listener) {
        caseListeners.add(listener);
    }

    public void removeCaseListener(Runnable listener) {
        caseListeners.remove(listener);
    }

    /** Tells the listeners that cases were saved or deleted. */
    public void casesChanged() {
        caseListeners.forEach(Runnable::run);
    }

    /** The problems of the cases open in editors, which the editors publish and the Problems view lists. */
    public ProblemRegistry problemRegistry() {
        return problemRegistry;
    }
}
