package se.isu.forms.lifecycle;

import org.eclipse.emf.common.util.Diagnostic;

/** A lifecycle step that the form's rules do not allow; nothing was changed. */
public final class FormLifecycleException extends Exception {

    private final transient Diagnostic diagnostic;

    public FormLifecycleException(String message) {
        this(message, null);
    }

    public FormLifecycleException(String message, Diagnostic diagnostic) {
        super(message);
        this.diagnostic = diagnostic;
    }

    /** The validation problems behind the refusal, or null. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
