package se.isu.io.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the import wizard, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.io.ui.internal.messages";

    public static String browse;
    public static String cancelled;
    public static String checkPageDescription;
    public static String checkPageTitle;
    public static String checkSummary;
    public static String checkSummaryNone;
    public static String checkTask;
    public static String choiceAllOrNothing;
    public static String choiceGroup;
    public static String choiceQuarantine;
    public static String chooseMunicipality;
    public static String columnHeader;
    public static String exampleHeader;
    public static String failedTitle;
    public static String fileFilterAll;
    public static String fileFilterTables;
    public static String fileHint;
    public static String fileLabel;
    public static String fileMissing;
    public static String filePageDescription;
    public static String filePageTitle;
    public static String fileUnknownKind;
    public static String formPageDescription;
    public static String formPageTitle;
    public static String jobName;
    public static String mappingPageDescription;
    public static String mappingPageTitle;
    public static String municipalityLabel;
    public static String noCaseIdColumn;
    public static String noPublishedVersion;
    public static String personnummerFound;
    public static String previewLabel;
    public static String problemColumn;
    public static String problemFile;
    public static String problemMessage;
    public static String problemRow;
    public static String problemValue;
    public static String problemsLabel;
    public static String profileFailed;
    public static String profileLabel;
    public static String profileLoad;
    public static String profileNameLabel;
    public static String profileSave;
    public static String profileSaved;
    public static String quarantineMissing;
    public static String quarantineSuffix;
    public static String storeFailed;
    public static String summaryCancelled;
    public static String summaryFailed;
    public static String summaryPersonnummer;
    public static String summaryQuarantine;
    public static String summaryRefused;
    public static String summaryStored;
    public static String summaryTitle;
    public static String targetAnswer;
    public static String targetCaseId;
    public static String targetHeader;
    public static String targetIgnored;
    public static String targetMunicipality;
    public static String targetOption;
    public static String unmappedColumns;
    public static String versionLabel;
    public static String wizardTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
