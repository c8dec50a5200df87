package se.isu.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the analysis views, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.analysis.ui.internal.messages";

    public static String actionCopy;
    public static String actionCsv;
    public static String actionPng;
    public static String actionXlsx;
    public static String axisCount;
    public static String axisDays;
    public static String axisShare;
    public static String boxLabel;
    public static String boxSuppressed;
    public static String columnLowerWhisker;
    public static String columnMedian;
    public static String columnN;
    public static String columnOutliers;
    public static String columnQ1;
    public static String columnQ3;
    public static String columnUpperWhisker;
    public static String columnValue;
    public static String compareMunicipalities;
    public static String compareNone;
    public static String compareOneVsRest;
    public static String comparisonTitle;
    public static String computeFailed;
    public static String computing;
    public static String exportFailed;
    public static String exportFailedTitle;
    public static String filterAge;
    public static String filterAgeAny;
    public static String filterAgeFrom;
    public static String filterAgeTo;
    public static String filterCases;
    public static String filterCompare;
    public static String filterFocus;
    public static String filterMunicipalities;
    public static String filterSex;
    public static String filterVersions;
    public static String filterYears;
    public static String heatMapDiagonal;
    public static String heatMapMasked;
    public static String jobComputing;
    public static String jobFilterChoices;
    public static String maskedGroup;
    public static String noDescription;
    public static String noFormVersions;
    public static String noValues;
    public static String outputFailed;
    public static String preferencesDescription;
    public static String preferencesMunicipalities;
    public static String preferencesQuantiles;
    public static String preferencesThreshold;
    public static String preferencesType6;
    public static String preferencesType7;
    public static String rest;
    public static String total;
    public static String unknownAnalysis;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
