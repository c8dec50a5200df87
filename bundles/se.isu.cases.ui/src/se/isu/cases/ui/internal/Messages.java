package se.isu.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case navigator and the case editor, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.cases.ui.internal.messages";

    public static String actionOpen;
    public static String actionOpenTooltip;
    public static String actionNewCase;
    public static String actionNewCaseTooltip;
    public static String actionDelete;
    public static String actionDeleteTooltip;
    public static String actionRefresh;
    public static String actionRefreshTooltip;
    public static String caseGone;
    public static String caseIdLabel;
    public static String caseIdTaken;
    public static String caseNode;
    public static String caseTooltip;
    public static String commentPrompt;
    public static String countedNode;
    public static String datePattern;
    public static String datePickerTooltip;
    public static String deletePrompt;
    public static String deleteTitle;
    public static String draftNode;
    public static String draftPartName;
    public static String formVersionLabel;
    public static String headerTitle;
    public static String maxSelectionsRefused;
    public static String municipalityLabel;
    public static String municipalityMissing;
    public static String newCaseName;
    public static String newCaseTitle;
    public static String noCasesYet;
    public static String noClosingDate;
    public static String noPublishedVersion;
    public static String notADate;
    public static String notAnInteger;
    public static String openFailedTitle;
    public static String partTooltip;
    public static String registerFailed;
    public static String retiredOption;
    public static String saveFailedTitle;
    public static String statusComplete;
    public static String statusErrors;
    public static String statusStoredDraft;
    public static String statusWarnings;
    public static String unitLabel;
    public static String unitPrompt;
    public static String versionUnknown;
    public static String demoJob;
    public static String demoTitle;
    public static String demoStoreNotEmpty;
    public static String demoDone;
    public static String demoFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
