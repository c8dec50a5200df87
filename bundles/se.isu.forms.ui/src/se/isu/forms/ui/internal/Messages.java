package se.isu.forms.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the form views and the form editor, Swedish first (messages.properties), translatable by locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "se.isu.forms.ui.internal.messages";

    public static String errorTitle;
    public static String registryProblems;
    public static String versionLabel;
    public static String versionLabelValidFrom;
    public static String formLabel;
    public static String actionOpen;
    public static String actionOpenTooltip;
    public static String actionNewDraft;
    public static String actionNewDraftTooltip;
    public static String actionPublish;
    public static String actionPublishTooltip;
    public static String actionCompare;
    public static String actionCompareTooltip;
    public static String newDraftTitle;
    public static String newDraftPrompt;
    public static String newDraftNameEmpty;
    public static String newDraftNameUsed;
    public static String publishTitle;
    public static String publishPrompt;
    public static String publishDateInvalid;
    public static String publishRefusedTitle;
    public static String publishDirty;
    public static String noPredecessor;
    public static String saveFailedTitle;
    public static String draftMessage;
    public static String actionAddOption;
    public static String actionAddQuestion;
    public static String actionRetire;
    public static String actionUndo;
    public static String actionRedo;
    public static String newOptionLabel;
    public static String newQuestionText;
    public static String newQuestionVariable;
    public static String questionKindTitle;
    public static String questionKindPrompt;
    public static String kindText;
    public static String kindInteger;
    public static String kindDate;
    public static String kindSingle;
    public static String kindMultiple;
    public static String addOptionNeedsChoice;
    public static String addQuestionNeedsSection;
    public static String retireNeedsElement;
    public static String alreadyRetired;
    public static String problemsHeader;
    public static String noProblems;
    public static String problemCount;
    public static String integerInvalid;
    public static String retiredSuffix;
    public static String detailsNone;
    public static String optionLabel;
    public static String questionLabel;
    public static String diffForm;
    public static String diffFrom;
    public static String diffTo;
    public static String diffColumnKind;
    public static String diffColumnSubject;
    public static String diffColumnVariable;
    public static String diffColumnCode;
    public static String diffColumnProperty;
    public static String diffColumnBefore;
    public static String diffColumnAfter;
    public static String diffColumnBasis;
    public static String diffColumnNote;
    public static String diffSummary;
    public static String diffNoCrosswalk;
    public static String diffSameVersion;
    public static String crosswalkChoose;
    public static String crosswalkLabel;
    public static String crosswalkColumnSource;
    public static String crosswalkColumnTarget;
    public static String crosswalkColumnKind;
    public static String crosswalkColumnNote;
    public static String codeListColumnVariable;
    public static String codeListColumnCode;
    public static String codeListColumnCategory;
    public static String codeListColumnComparable;
    public static String codeListColumnNote;
    public static String yes;
    public static String no;
    public static String crosswalkSave;
    public static String crosswalkContributed;
    public static String crosswalkEditable;
    public static String crosswalkSaved;
    public static String crosswalkNone;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
