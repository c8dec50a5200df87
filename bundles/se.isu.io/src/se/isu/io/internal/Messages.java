package se.isu.io.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the import for the registrar, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.io.internal.messages";

    public static String cancelled;
    public static String columnNumber;
    public static String csvBroken;
    public static String duplicateCaseId;
    public static String emptyFile;
    public static String fileChanged;
    public static String moreCellsThanHeaders;
    public static String noCaseIdColumn;
    public static String noSuchDate;
    public static String notADate;
    public static String notAFlag;
    public static String notAnInteger;
    public static String notImportable;
    public static String notText;
    public static String notXlsx;
    public static String otherMunicipality;
    public static String personnummer;
    public static String quarantineSheet;
    public static String reasonColumn;
    public static String commentWithoutChoice;
    public static String storeFailed;
    public static String textTooLong;
    public static String timing;
    public static String tooManyColumns;
    public static String unknownOption;
    public static String unreadable;
    public static String whereColumn;
    public static String whereRow;
    public static String whereValue;
    public static String writeFailed;
    public static String xlsxBroken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
