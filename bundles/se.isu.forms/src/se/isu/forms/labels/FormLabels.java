package se.isu.forms.labels;

import se.isu.forms.VersionStatus;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.diff.FormChange;
import se.isu.forms.internal.Messages;

/**
 * What users call the model's enumerations, in Swedish: one place for the workbench's views and the
 * command line, so both speak of a version, a mapping and a change in the same words.
 */
public final class FormLabels {

    private FormLabels() {
    }

    /** utkast, publicerad, utgången */
    public static String status(VersionStatus status) {
        return switch (status) {
            case DRAFT -> Messages.statusDraft;
            case PUBLISHED -> Messages.statusPublished;
            case RETIRED -> Messages.statusRetired;
        };
    }

    /** exakt, sammanslagen, delad, ny, borttagen */
    public static String mapping(MappingKind kind) {
        return switch (kind) {
            case EXACT -> Messages.mappingExact;
            case MERGED -> Messages.mappingMerged;
            case SPLIT -> Messages.mappingSplit;
            case NEW -> Messages.mappingNew;
            case DROPPED -> Messages.mappingDropped;
        };
    }

    /** Tillagd, Borttagen, Utgången, Ändrad */
    public static String kind(FormChange.Kind kind) {
        return switch (kind) {
            case ADDED -> Messages.changeAdded;
            case REMOVED -> Messages.changeRemoved;
            case RETIRED -> Messages.changeRetired;
            case CHANGED -> Messages.changeChanged;
        };
    }

    /** avsnitt, fråga, svarsalternativ, regel, härledd variabel */
    public static String subject(FormChange.Subject subject) {
        return switch (subject) {
            case SECTION -> Messages.subjectSection;
            case QUESTION -> Messages.subjectQuestion;
            case OPTION -> Messages.subjectOption;
            case RULE -> Messages.subjectRule;
            case DERIVED_VARIABLE -> Messages.subjectDerived;
        };
    }

    /** dokumenterad, antagande, odokumenterad */
    public static String basis(FormChange.Basis basis) {
        return switch (basis) {
            case DOCUMENTED -> Messages.basisDocumented;
            case ASSUMED -> Messages.basisAssumed;
            case UNDOCUMENTED -> Messages.basisUndocumented;
        };
    }
}
