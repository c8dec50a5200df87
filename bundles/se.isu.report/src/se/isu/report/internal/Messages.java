package se.isu.report.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the annual report, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.report.internal.messages";

    public static String reportTitle;
    public static String reportSubtitle;
    public static String aboutSheet;
    public static String aboutHeading;
    public static String aboutCreated;
    public static String aboutMunicipalities;
    public static String aboutYears;
    public static String aboutCases;
    public static String aboutSource;
    public static String aboutVersions;
    public static String aboutThreshold;
    public static String aboutMasking;
    public static String aboutContents;
    public static String aboutSheetColumn;
    public static String aboutAnalysisColumn;
    public static String maskingNote;
    public static String allMunicipalities;
    public static String allYears;
    public static String notesHeading;
    public static String noteLabel;
    public static String noChart;
    public static String chartAlt;
    public static String contentsHeading;
    public static String filtersHeading;
    public static String maskingHeading;
    public static String unknownMunicipality;
    public static String noCasesSelected;
    public static String noCasesInStore;
    public static String unknownVersion;
    public static String progressReport;
    public static String progressAnalysis;
    public static String progressWriting;
    public static String axisShare;
    public static String axisCount;
    public static String axisMedianDays;
    public static String axisDays;
    public static String legendCount;
    public static String legendMasked;
    public static String boxLegend;
    public static String boxSuppressed;
    public static String boxEmpty;
    public static String sheetBackgroundByMunicipality;
    public static String sheetCasesPerThousand;
    public static String sheetProblemAreas;
    public static String sheetProblemAreasBySex;
    public static String sheetProblemAreaCoOccurrence;
    public static String sheetInterventionMixByMunicipality;
    public static String sheetManualMethods;
    public static String sheetInterventionMixByProblemArea;
    public static String sheetEndReasons;
    public static String sheetEndReasonsByInterventionMix;
    public static String sheetEndReasonsByProblemArea;
    public static String sheetLengthByProblemArea;
    public static String sheetLengthByProblemAreaBox;
    public static String sheetLengthByInterventionMix;
    public static String sheetLengthByInterventionMixBox;
    public static String sheetNewVsRecurring;
    public static String sheetTrend;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
