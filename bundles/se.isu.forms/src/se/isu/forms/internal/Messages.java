package se.isu.forms.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the form model's validation and lifecycle, Swedish first (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.forms.internal.messages";

    public static String missingVariableId;
    public static String duplicateVariableId;
    public static String duplicateOptionCode;
    public static String publishedWithoutDigest;
    public static String publishedChanged;
    public static String codeReusedAfterRetirement;
    public static String codeGivenNewMeaning;
    public static String labelChangedKeepsCode;
    public static String predecessorCodeMissing;
    public static String predecessorQuestionMissing;
    public static String optionRenumbered;
    public static String ruleNeedsDates;
    public static String ruleNeedsInteger;
    public static String ruleOutsideVersion;
    public static String ruleRangeReversed;
    public static String derivedNeedsDates;
    public static String crosswalkQuestionUnmapped;
    public static String crosswalkOptionUnmapped;
    public static String crosswalkTargetOptionUnmapped;
    public static String notADraft;
    public static String publishBlocked;
    public static String versionExists;
    public static String notEditable;
    public static String emptyVersionName;
    public static String statusDraft;
    public static String statusPublished;
    public static String statusRetired;
    public static String unreadableFile;
    public static String contributionWithoutFile;
    public static String notAFormVersion;
    public static String notACrosswalk;
    public static String saveFailed;
    public static String crosswalkReadOnly;
    public static String mappingExact;
    public static String mappingMerged;
    public static String mappingSplit;
    public static String mappingNew;
    public static String mappingDropped;
    public static String changeAdded;
    public static String changeRemoved;
    public static String changeRetired;
    public static String changeChanged;
    public static String subjectSection;
    public static String subjectQuestion;
    public static String subjectOption;
    public static String subjectRule;
    public static String subjectDerived;
    public static String basisDocumented;
    public static String basisAssumed;
    public static String basisUndocumented;


    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
