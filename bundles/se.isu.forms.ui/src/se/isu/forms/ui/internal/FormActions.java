package se.isu.forms.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import se.isu.forms.FormVersion;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.editors.FormEditor;
import se.isu.forms.ui.editors.FormEditorInput;
import se.isu.forms.ui.views.DiffView;

/**
 * What the forms view's actions do once the user has answered their dialogs. Kept apart from the
 * dialogs so that the tests run exactly the code the actions run.
 */
public final class FormActions {

    private FormActions() {
    }

    /** Why {@code name} cannot name a new version of {@code base}'s form, or null when it can. */
    public static String checkNewVersionName(FormRegistry registry, FormVersion base, String name) {
        if (name == null || name.isBlank()) {
            return Messages.newDraftNameEmpty;
        }
        if (registry.find(base.getFormId(), name.strip()).isPresent()) {
            return NLS.bind(Messages.newDraftNameUsed, base.getFormName(), name.strip());
        }
        return null;
    }

    /** A draft named {@code name} derived from {@code base}, saved in the user's folder. */
    public static FormVersion createDraft(FormRegistry registry, FormVersion base, String name)
            throws FormLifecycleException, IOException {
        return registry.createDraft(base, name);
    }

    /** The date a user typed as yyyy-mm-dd, or null when it is not one. */
    public static LocalDate parseValidFrom(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Why the date text is not a valid-from date, or null when it is. */
    public static String checkValidFrom(String text) {
        return parseValidFrom(text) == null ? Messages.publishDateInvalid : null;
    }

    /**
     * Publishes {@code draft} valid from {@code validFrom}. Refused, with the lifecycle's message,
     * when the draft breaks a rule or has unsaved changes in an open editor (the saved file is what is
     * published).
     */
    public static void publish(IWorkbenchPage page, FormRegistry registry, FormVersion draft, LocalDate validFrom)
            throws FormLifecycleException, IOException {
        FormLifecycle.requireDraft(draft);
        if (page != null) {
            IEditorPart editor = page.findEditor(FormEditorInput.of(draft));
            if (editor != null && editor.isDirty()) {
                throw new FormLifecycleException(NLS.bind(Messages.publishDirty, FormLabels.name(draft)));
            }
        }
        registry.publish(draft, validFrom);
    }

    public static FormEditor openEditor(IWorkbenchPage page, FormVersion version) throws PartInitException {
        return (FormEditor) page.openEditor(FormEditorInput.of(version), FormEditor.ID);
    }

    /** Shows the diff view on {@code older} → {@code newer}. */
    public static DiffView openDiff(IWorkbenchPage page, FormVersion older, FormVersion newer) throws PartInitException {
        DiffView view = (DiffView) page.showView(DiffView.ID);
        view.show(older, newer);
        return view;
    }
}
