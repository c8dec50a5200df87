package se.isu.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case validator for the registrar, Swedish first (validation.properties). */
public final class ValidationMessages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.store.internal.validation";

    public static String answerRequired;
    public static String caseIdMissing;
    public static String commentMissing;
    public static String integerAtLeast;
    public static String integerAtMost;
    public static String integerBetween;
    public static String questionNumber;
    public static String retiredChosen;
    public static String tooManyChoices;
    public static String unknownCode;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ValidationMessages.class);
    }

    private ValidationMessages() {
    }
}
