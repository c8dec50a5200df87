package se.isu.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the analysis engine for the user, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.analysis.internal.messages";

    public static String maskedSmall;
    public static String maskedSmallReason;
    public static String maskedComplement;
    public static String maskedComplementReason;
    public static String maskedMeasureReason;
    public static String maskedDerivedReason;
    public static String noteSmall;
    public static String noteComplement;
    public static String noteMeasures;
    public static String noteDerived;
    public static String noteBoxes;
    public static String notComparable;
    public static String notHarmonised;
    public static String backgroundTitle;
    public static String columnGirls;
    public static String columnBoys;
    public static String columnCases;
    public static String columnMeanAge;
    public static String columnMinAge;
    public static String columnMaxAge;
    public static String columnMeanDuration;
    public static String rowTotal;
    public static String analysisFailed;
    public static String exportGroup;
    public static String exportN;
    public static String exportQ1;
    public static String exportMedian;
    public static String exportQ3;
    public static String exportLowerWhisker;
    public static String exportUpperWhisker;
    public static String exportOutliers;
    public static String exportSuppressed;
    public static String exportNote;
    public static String rowChildren;
    public static String groupRest;
    public static String compareNeedsFocus;
    public static String compareUnknown;
    public static String noChoiceVariable;
    public static String badCodes;
    public static String unknownCategory;
    public static String badQuantileType;
    public static String mixTraditional;
    public static String mixManual;
    public static String mixBoth;
    public static String noteMix;
    public static String noteMethods;
    public static String columnCount;
    public static String columnShare;
    public static String columnMentions;
    public static String columnAlone;
    public static String columnAloneShare;
    public static String columnMeanDays;
    public static String columnMedianDays;
    public static String columnMaxDays;
    public static String columnMinDays;
    public static String columnMeanAgeShort;
    public static String rowNoMethod;
    public static String nameMix;
    public static String nameClosingYear;
    public static String nameProblemAreas;
    public static String nameEndReasons;
    public static String nameSex;
    public static String nameInterventions;
    public static String namePrevious;
    public static String titleBy;
    public static String titleProblemAreas;
    public static String titleProblemAreasBySex;
    public static String titleCoOccurrence;
    public static String titleMix;
    public static String titleMixByProblemArea;
    public static String titleMethods;
    public static String titleEndReasons;
    public static String titleEndReasonsByMix;
    public static String titleEndReasonsByProblemArea;
    public static String titleTrend;
    public static String titleLengthByProblemArea;
    public static String titleLengthByMix;
    public static String titleLengthBy;
    public static String titleLengthBox;
    public static String titleNewVsRecurring;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
