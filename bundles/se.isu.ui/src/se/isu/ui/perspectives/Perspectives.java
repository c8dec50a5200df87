package se.isu.ui.perspectives;

import java.util.List;

/**
 * The workbench's perspectives, one per kind of user: registrars (Registrering), analysts (Analys)
 * and the process leader who keeps the forms (Formulär).
 */
public final class Perspectives {

    public static final String REGISTRATION = "se.isu.ui.perspectives.registration";
    public static final String ANALYSIS = "se.isu.ui.perspectives.analysis";
    public static final String FORMS = "se.isu.ui.perspectives.forms";

    /** All perspectives in the order the switcher offers them. */
    public static final List<String> ALL = List.of(REGISTRATION, ANALYSIS, FORMS);

    private Perspectives() {
    }
}
