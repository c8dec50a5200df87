package se.isu.cases.ui.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import se.isu.cases.ui.internal.Messages;
import se.isu.store.CaseRecord;

/**
 * A case to edit: a stored one, named by municipality, form and case id (the store's key, so opening
 * the same case twice finds the editor already open), or a new one of a given form version.
 */
public final class CaseEditorInput implements IEditorInput {

    private final String municipality;
    private final String formId;
    private final String formVersion;
    private final String caseId;

    private CaseEditorInput(String municipality, String formId, String formVersion, String caseId) {
        this.municipality = Objects.requireNonNull(municipality);
        this.formId = Objects.requireNonNull(formId);
        this.formVersion = formVersion;
        this.caseId = caseId;
    }

    /** A stored case; the editor reads it from the store. */
    public static CaseEditorInput of(CaseRecord record) {
        return stored(record.municipality(), record.formId(), record.caseId());
    }

    public static CaseEditorInput stored(String municipality, String formId, String caseId) {
        return new CaseEditorInput(municipality, formId, null, Objects.requireNonNull(caseId));
    }

    /** A case not stored yet, recorded with {@code formVersion} of {@code formId}. */
    public static CaseEditorInput newCase(String municipality, String formId, String formVersion) {
        return new CaseEditorInput(municipality, formId, Objects.requireNonNull(formVersion), null);
    }

    public String municipality() {
        return municipality;
    }

    public String formId() {
        return formId;
    }

    /** The version of a new case; null for a stored one, whose record knows it. */
    public String formVersion() {
        return formVersion;
    }

    /** The stored case's id, or null for a new case. */
    public String caseId() {
        return caseId;
    }

    public boolean isNew() {
        return caseId == null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return isNew() ? NLS.bind(Messages.newCaseName, municipality) : caseId;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return isNew() ? getName() : NLS.bind(Messages.caseTooltip, new Object[] { caseId, municipality, formId });
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** Stored cases are equal by their key; every new case is a case of its own. */
    @Override
    public boolean equals(Object o) {
        if (isNew()) {
            return this == o;
        }
        return o instanceof CaseEditorInput other && !other.isNew() && municipality.equals(other.municipality)
                && formId.equals(other.formId) && caseId.equals(other.caseId);
    }

    @Override
    public int hashCode() {
        return isNew() ? System.identityHashCode(this) : Objects.hash(municipality, formId, caseId);
    }
}
