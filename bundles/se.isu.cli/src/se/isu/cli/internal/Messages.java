package se.isu.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the {@code isu} command, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.cli.internal.messages";

    public static String importDone;
    public static String importNoFile;
    public static String importNothingStored;
    public static String importPersonnummer;
    public static String importQuarantined;
    public static String importRefused;
    public static String importStoreFailed;
    public static String importSummary;
    public static String demoSummary;
    public static String demoUsage;
    public static String demoDone;
    public static String demoFailed;
    public static String importUnknownForm;
    public static String importUnknownKind;
    public static String importUnknownMunicipality;
    public static String importUnmapped;
    public static String importUsage;
    public static String populationArea;
    public static String populationBand;
    public static String populationDone;
    public static String populationNone;
    public static String populationPersons;
    public static String populationSummary;
    public static String populationUsage;
    public static String populationWarning;
    public static String populationYear;
    public static String usage;
    public static String commandsHeading;
    public static String helpSummary;
    public static String exitCodes;
    public static String unknownCommand;
    public static String seeHelp;
    public static String commandFailed;
    public static String noArgumentsExpected;
    public static String versionSummary;
    public static String versionLine;
    public static String javaLine;
    public static String osgiLine;
    public static String formsSummary;
    public static String formsUsage;
    public static String formsProblem;
    public static String formsListForm;
    public static String formsListVersion;
    public static String formsValidFrom;
    public static String formsContributed;
    public static String formsOwn;
    public static String formsDiffHeading;
    public static String formsBefore;
    public static String formsAfter;
    public static String formsCrosswalk;
    public static String formsValid;
    public static String formsError;
    public static String formsWarning;
    public static String formsUnknownVersion;
    public static String analysesSummary;
    public static String analyzeSummary;
    public static String analyzeUsage;
    public static String analyzeUnknown;
    public static String analyzeXlsxNeedsOut;
    public static String analyzeNoCases;
    public static String analyzeFailed;
    public static String analyzeWriteFailed;
    public static String analyzeWritten;
    public static String analyzeBadValue;
    public static String analyzeSheet;
    public static String analyzeNote;
    public static String analyzeUnknownVersion;
    public static String casesSummary;
    public static String casesUsage;
    public static String casesFailed;
    public static String casesListHeader;
    public static String casesDraft;
    public static String casesNotDraft;
    public static String reportSummary;
    public static String reportUsage;
    public static String reportFailed;
    public static String reportWriteFailed;
    public static String reportWritten;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
