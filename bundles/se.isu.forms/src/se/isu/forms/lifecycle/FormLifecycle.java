package se.isu.forms.lifecycle;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormVersion;
import se.isu.forms.VersionStatus;
import se.isu.forms.internal.Messages;
import se.isu.forms.labels.FormLabels;
import se.isu.forms.validation.FormConstraints;

/**
 * The life of a form version: a draft is derived from a published version, edited, and published,
 * which freezes its content (and so its codes); a published version can later be retired. Only
 * drafts change.
 */
public final class FormLifecycle {

    private FormLifecycle() {
    }

    /** Whether {@code version} may be edited: only drafts may. */
    public static boolean isEditable(FormVersion version) {
        return version.getStatus() == VersionStatus.DRAFT;
    }

    /**
     * A new draft with the content of {@code base}, named {@code newVersion}, whose predecessor is
     * {@code base}. It keeps every question, option and code; its change notes start empty.
     */
    public static FormVersion deriveDraft(FormVersion base, String newVersion) throws FormLifecycleException {
        if (newVersion == null || newVersion.isBlank()) {
            throw new FormLifecycleException(Messages.emptyVersionName);
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        FormVersion draft = (FormVersion) copier.copy(base);
        copier.copyReferences();
        draft.setVersion(newVersion.strip());
        draft.setStatus(VersionStatus.DRAFT);
        draft.setPredecessor(base);
        draft.setPublishedDigest(null);
        draft.setValidFrom(null);
        draft.getChangeNotes().clear();
        return draft;
    }

    /** Every problem EMF validation finds in {@code version}, the form's own rules included. */
    public static Diagnostic validate(FormVersion version) {
        return Diagnostician.INSTANCE.validate(version);
    }

    /**
     * Publishes a draft valid from {@code validFrom}: refused, with nothing changed, when the draft
     * breaks any rule. Afterwards the version's content is fixed by its digest.
     */
    public static void publish(FormVersion draft, LocalDate validFrom) throws FormLifecycleException {
        requireDraft(draft);
        LocalDate before = draft.getValidFrom();
        draft.setValidFrom(validFrom);
        Diagnostic diagnostic = validate(draft);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            draft.setValidFrom(before);
            String problems = diagnostic.getChildren().stream()
                    .filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage)
                    .collect(Collectors.joining(" "));
            throw new FormLifecycleException(NLS.bind(Messages.publishBlocked, FormConstraints.name(draft), problems), diagnostic);
        }
        draft.setStatus(VersionStatus.PUBLISHED);
        draft.setPublishedDigest(ContentDigest.of(draft));
    }

    /** Retires a published version: records entered on it stay readable, new ones use a later version. */
    public static void retire(FormVersion version) throws FormLifecycleException {
        if (version.getStatus() != VersionStatus.PUBLISHED) {
            throw new FormLifecycleException(NLS.bind(Messages.notEditable, FormConstraints.name(version), statusName(version)));
        }
        version.setStatus(VersionStatus.RETIRED);
    }

    /** Refuses, with a message for the user, any change to a version that is not a draft. */
    public static void requireDraft(FormVersion version) throws FormLifecycleException {
        if (!isEditable(version)) {
            throw new FormLifecycleException(NLS.bind(Messages.notADraft, FormConstraints.name(version), statusName(version)));
        }
    }

    /** The status as users read it: utkast, publicerad, utgången. */
    public static String statusName(FormVersion version) {
        return FormLabels.status(version.getStatus());
    }
}
