package se.isu.store.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case store for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.store.internal.messages";

    public static String openFailed;
    public static String storeNewer;
    public static String storeClosed;
    public static String unknownFormVersion;
    public static String unknownMunicipality;
    public static String municipalityExists;
    public static String emptyMunicipality;
    public static String municipalityTooLong;
    public static String badMunicipalityCode;
    public static String emptyCaseId;
    public static String caseIdTooLong;
    public static String unitTooLong;
    public static String duplicateCase;
    public static String duplicateInBatch;
    public static String unknownQuestion;
    public static String keyAnswer;
    public static String wrongKind;
    public static String kindInteger;
    public static String kindDate;
    public static String kindText;
    public static String kindSingle;
    public static String kindMultiple;
    public static String unknownCode;
    public static String commentNotAsked;
    public static String commentWithoutChoice;
    public static String textTooLong;
    public static String dateOutOfRange;
    public static String commentTooLong;
    public static String layoutMismatch;
    public static String batchFailed;
    public static String saveFailed;
    public static String readFailed;
    public static String registerFailed;
    public static String municipalityFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
