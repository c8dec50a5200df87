package se.isu.forms.ui.editors;

import java.util.Objects;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import se.isu.forms.FormVersion;
import se.isu.forms.ui.internal.FormLabels;

/**
 * A form version to edit, named by form id and version rather than held, so that the editor always
 * edits the registry's own object and an input made anywhere finds the editor already open.
 */
public final class FormEditorInput implements IEditorInput {

    private final String formId;
    private final String version;
    private final String name;

    public FormEditorInput(String formId, String version, String name) {
        this.formId = Objects.requireNonNull(formId);
        this.version = Objects.requireNonNull(version);
        this.name = name;
    }

    public static FormEditorInput of(FormVersion version) {
        return new FormEditorInput(version.getFormId(), version.getVersion(), FormLabels.name(version));
    }

    public String formId() {
        return formId;
    }

    public String version() {
        return version;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name == null ? formId + " " + version : name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormEditorInput other && formId.equals(other.formId) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formId, version);
    }
}
